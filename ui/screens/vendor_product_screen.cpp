// A vendor's product form: #/vendor/product/new creates one, #/vendor/product/ID edits it.
// Fields are checked here with MeStore's rules before sending (and the server checks again; its
// 422 details land under the same fields). A new product goes to review ("Enviar a aprobación")
// or is kept as a draft; an edit of what reviewers approved goes back to review. Pictures (JPEG,
// PNG or WebP up to 5 MB, checked by content on the server) are added once the product exists.
#include <cctype>
#include <cstdio>

#include "../automation.hpp"
#include "../categories.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/image_view.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "backoffice_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

constexpr std::size_t kMaxPictureBytes = 5u << 20;
constexpr const char* kPictureTypes = "image/jpeg,image/png,image/webp";

// Whole pesos or units typed by a person ("189.000" and "189000" alike); nullopt when not a number.
std::optional<std::int64_t> whole_number(const std::string& typed) {
  std::int64_t v = 0;
  int digits = 0;
  for (char c : typed) {
    if (c == '.' || c == ' ' || c == '$') continue;
    if (!std::isdigit(static_cast<unsigned char>(c)) || ++digits > 12) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return digits ? std::optional<std::int64_t>(v) : std::nullopt;
}

bool valid_sku(const std::string& s) {
  if (s.size() < 3 || s.size() > 50) return false;
  for (char c : s)
    if (!(std::isdigit(static_cast<unsigned char>(c)) || (c >= 'A' && c <= 'Z') || c == '-')) return false;
  return true;
}

class VendorProductScreen final : public Screen {
 public:
  VendorProductScreen(ScreenContext& ctx, const std::string& id) : id_(id == "new" ? "" : id) {
    if (!ctx.state.categories || ctx.state.categories->failed()) ctx.state.categories = ctx.api.categories();
    if (!id_.empty()) product_ = ctx.api.my_product(id_);
  }

  void draw(ScreenContext& ctx) override {
    finish(ctx);
    backoffice_header(ctx, "vendor_products");
    const Fonts& f = ctx.theme.fonts();
    const float width = std::min(backoffice_width(ctx), ctx.theme.px(880));
    if (link_button(std::string(icon::left) + "  " + tr("vp.product.back"), "vp.product.back")) ctx.nav.go(Route::parse("/vendor/products"));
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    if (!id_.empty()) {
      if (!product_ || product_->loading()) {
        loading_line(tr("vp.product.loading"));
        return;
      }
      if (product_->failed()) {
        if (error_box(tr(product_->error.http_status == 404 ? "vp.product.not_found" : "vp.product.failed"), &product_->error,
                      "vp.product.retry"))
          product_ = ctx.api.my_product(id_);
        return;
      }
      if (!filled_) fill_from(product_->value);
    }
    const mestore::VendorProduct* p = id_.empty() ? nullptr : &product_->value;
    text_item("vp.product.title", f.heading, color::text, p ? p->name : tr("vp.product.new_title"), width);
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 1.2f));
    if (p) {
      ImU32 fg, bg;
      product_status_colors(p->status, &fg, &bg);
      notice_item("vp.product.status", icon::tag, std::string(tr("vp.product.status_is")) + " " + product_status_text(p->status), fg, bg, width,
                  p->status);
      if (p->status == "REJECTED" && p->rejection_reason)
        notice_item("vp.product.rejection", icon::warning, std::string(tr("vp.products.rejected_because")) + " " + *p->rejection_reason,
                    color::danger, color::danger_soft, width);
    }
    draw_form(ctx, p, width);
    ImGui::Dummy(ImVec2(0, em(0.8f)));
    if (p) draw_pictures(ctx, *p, width);
  }

 private:
  void fill_from(const mestore::VendorProduct& p) {
    filled_ = true;
    name_ = p.name;
    sku_ = p.sku;
    description_ = p.description;
    price_ = std::to_string(p.price.pesos);
    cost_ = p.cost_price ? std::to_string(p.cost_price->pesos) : "";
    stock_ = std::to_string(p.stock_quantity);
    category_id_ = p.category_id;
  }

  void draw_form(ScreenContext& ctx, const mestore::VendorProduct* p, float width) {
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    const bool two = inner >= ctx.theme.px(560);
    const float gap = em(1.0f);
    const float half = two ? (inner - gap) / 2 : inner;
    const float third = two ? (inner - gap * 2) / 3 : inner;
    const auto err = [&](const char* k) { return errors_.count(k) ? errors_.at(k) : std::string(); };
    const auto beside = [&] {
      if (two) ImGui::SameLine(0, gap);
    };
    form_field("vp.product.name", {tr("vp.product.name"), tr("vp.product.name_hint"), 200}, name_, err("name"), inner);
    ImGui::BeginGroup();
    form_field("vp.product.sku", {tr("vp.product.sku"), "TEC-00123", 50}, sku_, err("sku"), half);
    ImGui::EndGroup();
    beside();
    ImGui::BeginGroup();
    draw_category(ctx, half, err("category_id"));
    ImGui::EndGroup();
    ImGui::BeginGroup();
    form_field("vp.product.price", {tr("vp.product.price"), "189000", 15}, price_, err("price"), third);
    ImGui::EndGroup();
    beside();
    ImGui::BeginGroup();
    form_field("vp.product.cost", {tr("vp.product.cost"), tr("vp.product.optional"), 15}, cost_, err("cost_price"), third);
    ImGui::EndGroup();
    beside();
    ImGui::BeginGroup();
    form_field("vp.product.stock", {tr("vp.product.stock"), "10", 9}, stock_, err("stock"), third);
    ImGui::EndGroup();
    FieldSpec desc{tr("vp.product.description"), tr("vp.product.description_hint"), 1000};
    desc.multiline = true;
    form_field("vp.product.description", desc, description_, err("description"), inner);
    if (!form_error_.empty()) notice_item("vp.product.error", icon::warning, form_error_, color::danger, color::danger_soft, inner);
    if (p && p->status == "APPROVED")
      text(ctx.theme.fonts().small, color::muted, tr("vp.product.edit_reviews"), true);
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    const bool busy = (save_ && save_->loading()) || (action_ && action_->loading());
    const float button_w = two ? ctx.theme.px(220) : inner;
    if (!p) {
      if (form_button(ctx, label("vp.product.submit_new", "vp.product.save"), !busy, button_w)) save(ctx, false);
      if (two) ImGui::SameLine(0, em(0.6f));
      if (form_button(ctx, label("vp.product.save_draft", "vp.product.save_draft"), !busy, button_w, false)) save(ctx, true);
    } else {
      if (form_button(ctx, label("vp.product.save_changes", "vp.product.save"), !busy, button_w)) save(ctx, false);
      if (p->status == "DRAFT" || p->status == "REJECTED" || p->status == "INACTIVE") {
        if (two) ImGui::SameLine(0, em(0.6f));
        if (form_button(ctx, label("vp.product.submit", "vp.product.submit"), !busy, button_w, false)) action_ = ctx.api.submit_product(p->id);
      }
      if (p->status == "APPROVED" || p->status == "PENDING") {
        if (two) ImGui::SameLine(0, em(0.6f));
        if (form_button(ctx, label("vp.product.deactivate", "vp.product.deactivate"), !busy, button_w, false))
          action_ = ctx.api.deactivate_product(p->id);
      }
    }
    end_card();
  }

  void draw_category(ScreenContext& ctx, float width, const std::string& error) {
    field_caption(tr("vp.product.category"));
    std::vector<Choice> options;
    int current = -1;
    if (ctx.state.categories && ctx.state.categories->done()) {
      const auto& all = ctx.state.categories->value;
      for (const auto& c : all) {
        if (c.id == category_id_) current = static_cast<int>(options.size());
        std::string shown = c.name;
        if (c.parent_id)
          if (const auto* parent = find_category(all, *c.parent_id)) shown = parent->name + " › " + c.name;
        options.push_back({c.slug, shown});
      }
      const std::string now = current >= 0 ? options[static_cast<std::size_t>(current)].label : std::string(tr("vp.product.pick_category"));
      const int picked = choice_menu("vp.product.category", now, options, current, width, ctx.theme.px(44));
      if (picked >= 0) category_id_ = all[static_cast<std::size_t>(picked)].id;
    } else {
      loading_line(tr("vp.product.loading_categories"));
    }
    if (!error.empty()) text_item("vp.product.category.error", ImGui::GetFont(), color::danger, std::string(icon::warning) + "  " + error, width);
    ImGui::Dummy(ImVec2(0, em(0.35f)));
  }

  // The rules the server applies, checked first so every problem shows at once next to its field.
  bool check(mestore::ProductInput& in) {
    errors_.clear();
    form_error_.clear();
    const std::string name = trimmed(name_), sku = trimmed(sku_);
    if (name.size() < 2 || name.size() > 200) errors_["name"] = tr("vp.product.err.name");
    if (!valid_sku(sku)) errors_["sku"] = tr("vp.product.err.sku");
    if (category_id_.empty()) errors_["category_id"] = tr("vp.product.err.category");
    const auto price = whole_number(price_);
    if (!price || *price < 100 || *price > 100000000) errors_["price"] = tr("vp.product.err.price");
    std::optional<std::int64_t> cost;
    if (!trimmed(cost_).empty()) {
      cost = whole_number(cost_);
      if (!cost) errors_["cost_price"] = tr("vp.product.err.number");
      else if (price && *cost > *price) errors_["cost_price"] = tr("vp.product.err.cost");
    }
    const auto stock = whole_number(stock_);
    if (!stock || *stock > 1000000) errors_["stock"] = tr("vp.product.err.stock");
    if (description_.size() > 1000) errors_["description"] = tr("vp.product.err.description");
    if (!errors_.empty()) return false;
    in.name = name;
    in.sku = sku;
    in.category_id = category_id_;
    in.price = *price;
    if (cost) in.cost_price = *cost;
    in.stock = *stock;
    in.description = trimmed(description_);
    return true;
  }

  void save(ScreenContext& ctx, bool draft) {
    mestore::ProductInput in;
    if (!check(in)) return;
    if (id_.empty()) {
      if (draft) in.draft = true;
      save_ = ctx.api.create_product(in);
    } else {
      save_ = ctx.api.update_product(id_, in);
    }
  }

  void draw_pictures(ScreenContext& ctx, const mestore::VendorProduct& p, float width) {
    const Fonts& f = ctx.theme.fonts();
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    text(f.strong, color::text, tr("vp.product.pictures"));
    text(f.small, color::muted, tr("vp.product.pictures_hint"), true);
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    const float pic = ctx.theme.px(112);
    const float gap = em(0.8f);
    const float left = ImGui::GetCursorScreenPos().x;
    int n = 0;
    for (const auto& img : p.images) {
      const std::string id = "vp.product.picture." + std::to_string(n++);
      ImVec2 at = ImGui::GetCursorScreenPos();
      if (n > 1 && at.x + pic > left + inner) {  // wrap to a new row
        ImGui::NewLine();
        at = ImGui::GetCursorScreenPos();
      }
      ImGui::BeginGroup();
      image_view(ctx.platform, img.url, {at, ImVec2(at.x + pic, at.y + pic), em(0.4f), ImDrawFlags_RoundCornersAll, Fit::Contain, p.category_name});
      automation_mark(id, img.url, ImVec2(pic, pic));
      const bool busy = remove_ && remove_->loading();
      if (link_button(tr("vp.product.remove_picture"), id + ".remove") && !busy) remove_ = ctx.api.delete_product_image(p.id, img.id);
      ImGui::EndGroup();
      ImGui::SameLine(0, gap);
    }
    if (p.images.empty()) text_item("vp.product.no_pictures", f.body, color::muted, tr("vp.product.no_pictures"), inner);
    else ImGui::NewLine();
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    if (!picture_error_.empty())
      text_item("vp.product.picture.error", ImGui::GetFont(), color::danger, std::string(icon::warning) + "  " + picture_error_, inner);
    const bool uploading = upload_ && upload_->loading();
    if (uploading) loading_line(tr("vp.product.uploading"));
    if (form_button(ctx, label("vp.product.add_picture", "vp.product.add_picture"), !uploading, std::min(inner, ctx.theme.px(220)), false)) {
      picture_error_.clear();
      ctx.platform.pick_file(kPictureTypes);
    }
    end_card();
  }

  void finish(ScreenContext& ctx) {
    if (auto picked = ctx.platform.take_picked_file(); picked && !id_.empty()) {
      if (picked->bytes.size() > kMaxPictureBytes) picture_error_ = tr("vp.product.err.picture_size");
      else upload_ = ctx.api.upload_product_image(id_, std::move(picked->bytes), picked->mime.empty() ? "application/octet-stream" : picked->mime);
    }
    if (auto r = take_settled(upload_)) {
      if (r->failed()) picture_error_ = picture_error_text(r->error);
      else product_ = r;
    }
    if (auto r = take_settled(remove_)) {
      if (r->failed()) picture_error_ = error_text(r->error);
      else product_ = r;
    }
    if (auto r = take_settled(action_)) {
      if (r->failed()) form_error_ = error_text(r->error);
      else {
        product_ = r;
        push_toast(ctx.state, ctx.platform.now(), "success", tr(r->value.status == "PENDING" ? "vp.product.sent" : "vp.product.deactivated"));
      }
    }
    if (auto r = take_settled(save_)) {
      if (r->failed()) {
        errors_ = field_errors_of(r->error);
        if (errors_.empty()) form_error_ = error_text(r->error);
        return;
      }
      push_toast(ctx.state, ctx.platform.now(), "success", tr(r->value.status == "PENDING" ? "vp.product.sent" : "vp.product.saved"));
      if (id_.empty()) {
        ctx.nav.replace(Route::parse("/vendor/product/" + r->value.id));  // a new screen, now able to take pictures
        return;
      }
      product_ = r;
      filled_ = false;
    }
  }

  // The server's reason for refusing a picture, in words.
  static std::string picture_error_text(const mestore::ApiError& e) {
    if (e.http_status == 413) return tr("vp.product.err.picture_size");
    if (e.http_status == 415 || e.http_status == 422) return tr("vp.product.err.picture_type");
    return error_text(e);
  }

  std::string id_;  // "" while creating
  mestore::Handle<mestore::VendorProduct> product_;
  bool filled_ = false;
  std::string name_, sku_, description_, price_, cost_, stock_ = "0", category_id_;
  FieldErrors errors_;
  std::string form_error_;
  std::string picture_error_;
  mestore::Handle<mestore::VendorProduct> save_, action_, upload_, remove_;
};

}  // namespace

std::unique_ptr<Screen> make_vendor_product_screen(ScreenContext& ctx, const std::string& param) {
  return std::make_unique<VendorProductScreen>(ctx, param);
}

}  // namespace ui
