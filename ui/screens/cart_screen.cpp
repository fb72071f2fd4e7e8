// Cart: the lines (picture, name, price, quantity, remove), and the server's quote beside them.
// Every change is saved at once (the cart survives a reload) and re-quoted after a short pause,
// so holding "+" does not flood the server. Lines the server cannot sell are flagged, not hidden.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "../automation.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/image_view.hpp"
#include "../widgets/widgets.hpp"
#include "cart_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

constexpr double kQuotePauseSeconds = 0.35;

class CartScreen final : public Screen {
 public:
  explicit CartScreen(ScreenContext&) {}

  void draw(ScreenContext& ctx) override {
    const Fonts& f = ctx.theme.fonts();
    mestore::Cart& cart = ctx.state.cart;
    refresh_quote(ctx);

    char title[96];
    const int units = cart.count();
    if (units == 1) std::snprintf(title, sizeof title, "%s", tr("cart.title_one"));
    else std::snprintf(title, sizeof title, tr("cart.title_many"), units);
    text(is_compact(ctx.theme) ? f.heading : f.title, color::text, cart.empty() ? tr("cart.title") : title);
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    if (cart.empty()) {
      draw_empty(ctx);
      return;
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool wide = avail / ctx.theme.dpr() >= 860;
    if (wide) {
      const float gap = ctx.theme.px(28);
      const float side_w = ctx.theme.px(360);
      const float lines_w = avail - side_w - gap;
      const ImVec2 top = ImGui::GetCursorScreenPos();
      ImGui::BeginGroup();
      draw_cart_differences(ctx, s_, lines_w);
      draw_lines(ctx, lines_w);
      ImGui::EndGroup();
      ImGui::SetCursorScreenPos(ImVec2(top.x + lines_w + gap, top.y));
      ImGui::BeginGroup();
      draw_cart_summary(ctx, s_, side_w);
      ImGui::EndGroup();
    } else {
      draw_cart_differences(ctx, s_, avail);
      draw_lines(ctx, avail);
      ImGui::Dummy(ImVec2(0, em(0.5f)));
      draw_cart_summary(ctx, s_, avail);
    }
  }

 private:
  // Asks for a quote when the cart changed (after a pause), and takes the answer in.
  void refresh_quote(ScreenContext& ctx) {
    mestore::Cart& cart = ctx.state.cart;
    if (s_.quote && s_.quote->done() && !applied_) {
      applied_ = true;
      if (s_.quoted_revision == cart.revision()) {
        auto diffs = cart.apply_quote(s_.quote->value);
        if (!diffs.empty()) s_.differences = std::move(diffs);
        // apply_quote may have lowered a quantity: that changes the revision and asks again.
        if (cart.revision() != s_.quoted_revision) s_.changed_at = -1;
      }
    }
    if (cart.empty() || cart.revision() == s_.quoted_revision) return;
    const double now = ctx.platform.now();
    if (s_.changed_at >= 0 && now - s_.changed_at < kQuotePauseSeconds) {
      ctx.platform.wake_after(kQuotePauseSeconds - (now - s_.changed_at));
      return;
    }
    s_.quoted_revision = cart.revision();
    s_.quote = ctx.api.quote(cart.quote_request());
    applied_ = false;
  }

  void changed(ScreenContext& ctx) {
    s_.changed_at = ctx.platform.now();
    ctx.platform.wake_after(kQuotePauseSeconds);
  }

  void draw_empty(ScreenContext& ctx) {
    const Fonts& f = ctx.theme.fonts();
    const float w = ImGui::GetContentRegionAvail().x;
    begin_card(w, ctx.theme.px(32));
    const float inner = card_inner_width();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float r = ctx.theme.px(36);
    dl->AddCircleFilled(ImVec2(p.x + inner / 2, p.y + r), r, color::brand_soft, 48);
    const ImVec2 gs = f.title->CalcTextSizeA(f.title->FontSize, FLT_MAX, 0, icon::cart);
    dl->AddText(f.title, f.title->FontSize, ImVec2(std::floor(p.x + inner / 2 - gs.x / 2), std::floor(p.y + r - gs.y / 2)),
                color::brand, icon::cart);
    ImGui::Dummy(ImVec2(inner, r * 2 + em(0.8f)));
    auto centred = [&](ImFont* font, ImU32 col, const std::string& t) { centred_text(font, col, t, inner); };
    centred(f.heading, color::text, tr("cart.empty_title"));
    centred(f.body, color::muted, tr("cart.empty_text"));
    ImGui::Dummy(ImVec2(0, em(0.6f)));
    const std::string b = label("cart.browse", "cart.browse");
    const float bw = ImGui::CalcTextSize(b.c_str(), nullptr, true).x + em(2.4f);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (inner - bw) / 2);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(1), (ctx.theme.px(44) - ImGui::GetFontSize()) / 2));
    if (primary_button(b, true, bw)) ctx.nav.go(Route::parse("/catalog"));
    ImGui::PopStyleVar();
    end_card();
  }

  void draw_lines(ScreenContext& ctx, float width) {
    // Copy the ids first: a line may be removed while the list is drawn.
    std::vector<std::string> ids;
    for (const auto& l : ctx.state.cart.lines()) ids.push_back(l.product_id);
    for (size_t i = 0; i < ids.size(); ++i) {
      const mestore::CartLine* line = ctx.state.cart.find(ids[i]);
      if (!line) continue;
      if (i) ImGui::Dummy(ImVec2(0, em(0.1f)));
      draw_line(ctx, *line, width);
    }
  }

  void draw_line(ScreenContext& ctx, mestore::CartLine line, float width) {
    const Fonts& f = ctx.theme.fonts();
    const Theme& th = ctx.theme;
    const bool compact = width / th.dpr() < 560;
    const std::string id = "cart.line." + line.product_id;
    const mestore::QuoteLine* q = quote_line(s_, line.product_id);
    const bool quoted = s_.quote && s_.quote->done();
    const bool unavailable = quoted && (!q || q->available <= 0 || (q->problem && q->available < line.quantity));
    const float pad = th.px(compact ? 12 : 16);
    const float thumb = th.px(compact ? 72 : 88);
    const float step_h = th.px(compact ? 44 : 40);  // touch targets on phones

    begin_card(width, pad);
    const float inner = card_inner_width();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    // Picture, which opens the product.
    if (ImGui::InvisibleButton(("##" + id + ".open").c_str(), ImVec2(thumb, thumb)))
      ctx.nav.go(Route::parse("/product/" + line.product_id));
    automation::tag(id + ".open", line.name, "link");
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImageBox box{top, ImVec2(top.x + thumb, top.y + thumb), th.px(8), ImDrawFlags_RoundCornersAll, Fit::Contain,
                 line.name, true};
    image_view(ctx.platform, line.image_url, box);
    dl->AddRect(top, ImVec2(top.x + thumb, top.y + thumb), color::border, th.px(8));
    focus_ring(top, ImVec2(top.x + thumb, top.y + thumb), th.px(8));

    // Name, vendor, unit price, flags.
    const float x = top.x + thumb + th.px(14);
    const mestore::Cop unit = q ? q->unit_price : line.price;
    const std::string total = price_text(unit * line.quantity);
    const ImVec2 total_size = f.price->CalcTextSizeA(f.price->FontSize, FLT_MAX, 0, total.c_str());
    const float text_right = compact ? top.x + inner : top.x + inner - total_size.x - th.px(20);
    ImGui::SetCursorScreenPos(ImVec2(x, top.y));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + (text_right - x));
    text(f.strong, unavailable ? color::muted : color::text, line.name, true);
    ImGui::PopTextWrapPos();
    if (!line.vendor_name.empty()) text(f.small, color::muted, line.vendor_name);
    char each[96];
    std::snprintf(each, sizeof each, tr("cart.each"), price_text(unit).c_str());
    text(f.small, color::muted, each);
    for (const auto& d : s_.differences) {
      if (d.product_id != line.product_id) continue;
      if (d.kind == mestore::CartDifference::Kind::PriceUp || d.kind == mestore::CartDifference::Kind::PriceDown) {
        text(f.small, color::warning, std::string(icon::info) + "  " + tr("cart.price_updated"));
        break;
      }
    }
    if (unavailable) {
      text(f.small, color::danger,
           std::string(icon::warning) + "  " + (!q || q->available <= 0 ? tr("cart.unavailable") : tr("cart.not_enough")));
    } else if (q && q->available > 0 && q->available <= 5) {
      char left[64];
      std::snprintf(left, sizeof left, tr("product.stock_left"), q->available);
      text(f.small, color::warning, left);
    }
    ImGui::EndGroup();
    float bottom = std::max(top.y + thumb, ImGui::GetItemRectMax().y);

    // Quantity and remove: under the text on phones, at the bottom right on desktops.
    const float remove_w = step_h;
    ImVec2 controls = compact ? ImVec2(top.x, bottom + th.px(12)) : ImVec2(x, std::max(ImGui::GetItemRectMax().y + th.px(10), top.y + thumb - step_h));
    ImGui::SetCursorScreenPos(controls);
    int qty = line.quantity;
    const int cap = mestore::Cart::cap_for(line);
    if (quantity_stepper(id + ".qty", qty, 1, std::max(1, std::max(cap, line.quantity)), step_h)) {
      ctx.state.cart.set_quantity(line.product_id, qty);
      changed(ctx);
    }
    ImGui::SameLine(0, th.px(10));
    if (icon_button(icon::trash, id + ".remove", tr("cart.remove"), remove_w)) {
      ctx.state.cart.remove(line.product_id);
      std::erase_if(s_.differences, [&](const auto& d) { return d.product_id == line.product_id; });
      changed(ctx);
      char buf[200];
      std::snprintf(buf, sizeof buf, tr("cart.removed"), line.name.c_str());
      push_toast(ctx.state, ctx.platform.now(), "info", buf);
    }
    bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    // Line total.
    const ImVec2 total_pos = compact ? ImVec2(top.x + inner - total_size.x, controls.y + (step_h - total_size.y) / 2)
                                     : ImVec2(top.x + inner - total_size.x, top.y);
    dl->AddText(f.price, f.price->FontSize, total_pos, unavailable ? color::muted : color::text, total.c_str());
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
    ImGui::Dummy(ImVec2(inner, 0));
    end_card();
  }

  CartScreenState s_;
  bool applied_ = true;
};

}  // namespace

std::unique_ptr<Screen> make_cart_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<CartScreen>(ctx);
}

}  // namespace ui
