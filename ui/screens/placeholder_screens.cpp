// Screens whose real content arrives with later work: checkout (payment). They say so plainly
// and offer a way back; their automation ids are already the ones the finished screens keep.
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/widgets.hpp"
#include "screens.hpp"

namespace ui {
namespace {

class ComingSoonScreen final : public Screen {
 public:
  ComingSoonScreen(const char* glyph, const char* title, const char* body, const char* back_key, std::string back_id,
                   std::string back_route)
      : glyph_(glyph), title_(title), body_(body), back_key_(back_key), back_id_(std::move(back_id)),
        back_route_(std::move(back_route)) {}

  void draw(ScreenContext& ctx) override {
    const Fonts& f = ctx.theme.fonts();
    const float w = std::min(ImGui::GetContentRegionAvail().x, ctx.theme.px(560));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - w) / 2);
    begin_card(w, ctx.theme.px(28));
    const float inner = card_inner_width();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float r = ctx.theme.px(30);
    dl->AddCircleFilled(ImVec2(p.x + r, p.y + r), r, color::brand_soft, 48);
    const ImVec2 gs = f.title->CalcTextSizeA(f.title->FontSize, FLT_MAX, 0, glyph_);
    dl->AddText(f.title, f.title->FontSize, ImVec2(std::floor(p.x + r - gs.x / 2), std::floor(p.y + r - gs.y / 2)),
                color::brand, glyph_);
    ImGui::Dummy(ImVec2(inner, r * 2 + ctx.theme.px(12)));
    text(f.heading, color::text, tr(title_), true);
    ImGui::Dummy(ImVec2(0, ctx.theme.px(4)));
    text(f.body, color::muted, tr(body_), true);
    ImGui::Dummy(ImVec2(0, ctx.theme.px(16)));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ctx.theme.px(16), (ctx.theme.px(44) - ImGui::GetFontSize()) / 2));
    if (primary_button(label(back_key_, back_id_))) ctx.nav.go(Route::parse(back_route_));
    ImGui::PopStyleVar();
    end_card();
  }

 private:
  const char* glyph_;
  const char* title_;
  const char* body_;
  const char* back_key_;
  std::string back_id_;
  std::string back_route_;
};

}  // namespace

std::unique_ptr<Screen> make_checkout_screen(ScreenContext&, const std::string&) {
  return std::make_unique<ComingSoonScreen>(icon::credit_card, "checkout.soon_title", "checkout.soon_text",
                                            "checkout.back_to_cart", "checkout.back", "/cart");
}

}  // namespace ui
