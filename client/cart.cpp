#include "cart.hpp"

#include <algorithm>

namespace mestore {

namespace {
constexpr int kFormatVersion = 1;

void to_json(json& j, const CartLine& l) {
  j = {{"product_id", l.product_id}, {"quantity", l.quantity}, {"name", l.name},
       {"price", l.price}, {"image_url", l.image_url}, {"vendor_name", l.vendor_name},
       {"max_quantity", l.max_quantity}};
}
}  // namespace

// Found by the decoder through argument-dependent lookup; file-local.
static void from_json(const json& j, CartLine& l) {
  decode::required(j, "product_id", l.product_id);
  decode::required(j, "quantity", l.quantity);
  decode::optional(j, "name", l.name);
  decode::optional(j, "price", l.price);
  decode::optional(j, "image_url", l.image_url);
  decode::optional(j, "vendor_name", l.vendor_name);
  decode::optional(j, "max_quantity", l.max_quantity);
}

void Cart::attach(CartStorage storage) {
  storage_ = std::move(storage);
  if (storage_.load) from_json_text(storage_.load());
}

int Cart::cap_for(const CartLine& line) {
  return line.max_quantity > 0 ? std::min(kMaxPerLine, line.max_quantity) : kMaxPerLine;
}

CartLine* Cart::find_mut(const std::string& product_id) {
  for (auto& l : lines_)
    if (l.product_id == product_id) return &l;
  return nullptr;
}

const CartLine* Cart::find(const std::string& product_id) const {
  for (const auto& l : lines_)
    if (l.product_id == product_id) return &l;
  return nullptr;
}

int Cart::add(const Product& p, int quantity) {
  if (quantity <= 0 || p.id.empty() || p.stock_available <= 0) return 0;
  CartLine* line = find_mut(p.id);
  if (!line) {
    if (static_cast<int>(lines_.size()) >= kMaxLines) return 0;
    lines_.push_back(CartLine{p.id, 0});
    line = &lines_.back();
  }
  // The snapshot follows the product as the shopper saw it just now.
  line->name = p.name;
  line->price = p.price;
  const auto gallery = gallery_urls(p);
  line->image_url = gallery.empty() ? std::string() : gallery.front();
  line->vendor_name = p.vendor_name;
  line->max_quantity = p.stock_available;
  const int before = line->quantity;
  line->quantity = std::min(cap_for(*line), before + quantity);
  const int added = line->quantity - before;
  if (line->quantity <= 0) remove(p.id);
  else if (added > 0) changed();
  return added;
}

int Cart::set_quantity(const std::string& product_id, int quantity) {
  CartLine* line = find_mut(product_id);
  if (!line) return 0;
  if (quantity <= 0) {
    remove(product_id);
    return 0;
  }
  const int kept = std::min(cap_for(*line), quantity);
  if (kept != line->quantity) {
    line->quantity = kept;
    changed();
  }
  return kept;
}

void Cart::remove(const std::string& product_id) {
  auto it = std::remove_if(lines_.begin(), lines_.end(), [&](const CartLine& l) { return l.product_id == product_id; });
  if (it == lines_.end()) return;
  lines_.erase(it, lines_.end());
  changed();
}

void Cart::clear() {
  if (lines_.empty()) return;
  lines_.clear();
  changed();
}

int Cart::count() const {
  int n = 0;
  for (const auto& l : lines_) n += l.quantity;
  return n;
}

Cop Cart::snapshot_subtotal() const {
  Cop sum;
  for (const auto& l : lines_) sum = sum + l.price * l.quantity;
  return sum;
}

QuoteRequest Cart::quote_request() const {
  QuoteRequest r;
  for (const auto& l : lines_) r.items.push_back({l.product_id, l.quantity});
  return r;
}

std::vector<CartDifference> Cart::apply_quote(const Quote& quote) {
  std::vector<CartDifference> diffs;
  bool any = false;
  // A line the server left out of its answer cannot be bought either.
  for (const CartLine& line : lines_) {
    bool quoted = false;
    for (const QuoteLine& q : quote.lines) quoted = quoted || q.product_id == line.product_id;
    if (!quoted)
      diffs.push_back({CartDifference::Kind::Unavailable, line.product_id, line.name, line.price, line.price,
                       line.quantity, 0});
  }
  for (const QuoteLine& q : quote.lines) {
    CartLine* line = find_mut(q.product_id);
    if (!line) continue;
    const std::string& name = q.name.empty() ? line->name : q.name;
    if (q.available <= 0) {
      diffs.push_back({CartDifference::Kind::Unavailable, line->product_id, name, line->price, q.unit_price,
                       line->quantity, 0});
    } else if (line->quantity > q.available) {
      diffs.push_back({CartDifference::Kind::QuantityReduced, line->product_id, name, line->price, q.unit_price,
                       line->quantity, q.available});
      line->quantity = std::min(q.available, kMaxPerLine);
      any = true;
    }
    if (q.available > 0 && q.unit_price != line->price && line->price.pesos != 0) {
      diffs.push_back({q.unit_price > line->price ? CartDifference::Kind::PriceUp : CartDifference::Kind::PriceDown,
                       line->product_id, name, line->price, q.unit_price, line->quantity, line->quantity});
    }
    if (q.unit_price != line->price || q.available != line->max_quantity || (!q.name.empty() && q.name != line->name)) {
      line->price = q.unit_price;
      line->max_quantity = q.available;
      if (!q.name.empty()) line->name = q.name;
      any = true;
    }
  }
  if (any) {
    // Snapshot refreshes are saved but are not a change the shopper made: no new revision unless
    // a quantity moved (that changes what the next quote must ask for).
    bool quantity_moved = false;
    for (const auto& d : diffs)
      if (d.kind == CartDifference::Kind::QuantityReduced) quantity_moved = true;
    if (quantity_moved) ++revision_;
    if (storage_.save) storage_.save(to_json_text());
  }
  return diffs;
}

void Cart::changed() {
  ++revision_;
  if (storage_.save) storage_.save(to_json_text());
}

std::string Cart::to_json_text() const {
  json lines = json::array();
  for (const auto& l : lines_) {
    json j;
    to_json(j, l);
    lines.push_back(std::move(j));
  }
  return json{{"version", kFormatVersion}, {"lines", lines}}.dump();
}

bool Cart::from_json_text(const std::string& text) {
  lines_.clear();
  if (text.empty()) return false;
  json root = json::parse(text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) return false;
  std::vector<CartLine> loaded;
  try {
    int version = 0;
    decode::required(root, "version", version);
    if (version != kFormatVersion) return false;
    decode::required(root, "lines", loaded);
  } catch (const std::exception&) {
    return false;
  }
  // Whatever was saved (possibly by an older or tampered page) is brought back within limits.
  for (auto& l : loaded) {
    if (l.product_id.empty() || l.product_id.size() > 64 || find_mut(l.product_id)) continue;
    if (static_cast<int>(lines_.size()) >= kMaxLines) break;
    if (l.max_quantity < 0) l.max_quantity = 0;
    l.quantity = std::min(cap_for(l), l.quantity);
    if (l.quantity <= 0) continue;
    if (l.price.pesos < 0) l.price = {};
    lines_.push_back(std::move(l));
  }
  ++revision_;
  return true;
}

}  // namespace mestore
