#include "widgets.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

#include <imgui_internal.h>

#include "../automation.hpp"
#include "../strings.hpp"
#include "image_view.hpp"

namespace ui {
namespace {
bool g_animating = false;
}

void request_animation() { g_animating = true; }
bool take_animation_request() {
  bool a = g_animating;
  g_animating = false;
  return a;
}

void spinner(float radius, ImU32 col) {
  request_animation();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImVec2 center(pos.x + radius, pos.y + radius);
  float t = static_cast<float>(ImGui::GetTime());
  float start = t * 6.0f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PathClear();
  dl->PathArcTo(center, radius * 0.8f, start, start + 4.2f, 24);
  dl->PathStroke(col, 0, radius * 0.25f);
  ImGui::Dummy(ImVec2(radius * 2, radius * 2));
}

void loading_line(const char* message) {
  float h = ImGui::GetFontSize();
  spinner(h * 0.5f, color::brand);
  ImGui::SameLine();
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(color::muted), "%s", message);
}

void text(ImFont* font, ImU32 col, const std::string& s, bool wrap) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, col);
  // Wrap where the enclosing column (a card, a pushed wrap position) ends, else at the window edge.
  const bool own_wrap = wrap && ImGui::GetCurrentWindow()->DC.TextWrapPos < 0;
  if (own_wrap) ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(s.c_str());
  if (own_wrap) ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void center_line_in_row(float row_h) {
  const float room = row_h - 2 * ImGui::GetStyle().CellPadding.y - ImGui::GetTextLineHeight();
  if (room > 0) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + room / 2);
}

void table_cell(float row_h) {
  ImGui::TableNextColumn();
  center_line_in_row(row_h);
}

void table_cell_at(int column, float row_h) {
  ImGui::TableSetColumnIndex(column);
  center_line_in_row(row_h);
}

float text_lines(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 col, const std::string& s, float width,
                 int max_lines, bool centre) {
  const char* p = s.c_str();
  const char* end = p + s.size();
  const float line_h = size * 1.15f;
  int line = 0;
  while (p < end && line < max_lines) {
    const char* brk = font->CalcWordWrapPositionA(size / font->FontSize, p, end, width);
    if (brk == p) brk = p + 1;  // a word longer than the line: at least one byte per line
    std::string part(p, brk);
    while (!part.empty() && part.back() == ' ') part.pop_back();
    const char* next = brk;
    while (next < end && (*next == ' ' || *next == '\n')) ++next;
    if (line == max_lines - 1 && next < end) {
      // Last allowed line with text left over: shorten it (whole UTF-8 characters) until "…" fits.
      const float dots = font->CalcTextSizeA(size, FLT_MAX, 0, "…").x;
      part = std::string(p, end);
      while (!part.empty() && font->CalcTextSizeA(size, FLT_MAX, 0, part.c_str()).x + dots > width) {
        part.pop_back();
        while (!part.empty() && (static_cast<unsigned char>(part.back()) & 0xC0) == 0x80) part.pop_back();
        if (!part.empty() && (static_cast<unsigned char>(part.back()) & 0xC0) == 0xC0) part.pop_back();
      }
      while (!part.empty() && part.back() == ' ') part.pop_back();
      part += "…";
    }
    const float dx = centre ? std::floor((width - font->CalcTextSizeA(size, FLT_MAX, 0, part.c_str()).x) / 2) : 0.0f;
    dl->AddText(font, size, ImVec2(pos.x + dx, pos.y + line * line_h), col, part.c_str());
    ++line;
    p = next;
  }
  return line * line_h;
}

void centred_text(ImFont* font, ImU32 col, const std::string& s, float width) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float h = text_lines(ImGui::GetWindowDrawList(), font, font->FontSize, pos, col, s, width, 8, true);
  ImGui::Dummy(ImVec2(width, h));
}

std::string price_text(mestore::Cop amount) { return mestore::format_cop(amount, current_locale()); }

static bool styled_button(const std::string& label_and_id, bool enabled, float width, bool primary) {
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color::surface));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(color::brand));
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color::brand));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(color::border));
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(color::surface));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(color::brand_soft));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::ColorConvertU32ToFloat4(color::rgb(0xDCE7FC)));
  }
  if (!enabled) ImGui::BeginDisabled();
  bool clicked = ImGui::Button(label_and_id.c_str(), ImVec2(width, 0));
  if (!enabled) ImGui::EndDisabled();
  ImGui::PopStyleColor(primary ? 2 : 5);
  return clicked && enabled;
}

int page_arrows(const std::string& id, const mestore::Pagination& pg) {
  if (pg.total_pages <= 1) return 0;
  int asked = 0;
  ImGui::Dummy(ImVec2(0, em(0.4f)));
  if (secondary_button(std::string(icon::left) + "##" + id + ".prev", pg.has_prev)) asked = pg.page - 1;
  ImGui::SameLine();
  char at[64];
  std::snprintf(at, sizeof at, tr("orders.page_of"), pg.page, pg.total_pages);
  ImGui::AlignTextToFramePadding();
  text(ImGui::GetFont(), color::muted, at);
  ImGui::SameLine();
  if (secondary_button(std::string(icon::right) + "##" + id + ".next", pg.has_next)) asked = pg.page + 1;
  return asked;
}

void hairline(float width) {
  ImGui::Dummy(ImVec2(0, em(0.3f)));
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(p, ImVec2(p.x + width, p.y), color::border, std::max(1.0f, ImGui::GetFontSize() / 15));
  ImGui::Dummy(ImVec2(0, em(0.5f)));
}

bool primary_button(const std::string& l, bool enabled, float width) { return styled_button(l, enabled, width, true); }
bool secondary_button(const std::string& l, bool enabled, float width) { return styled_button(l, enabled, width, false); }

bool error_box(const char* message, const mestore::ApiError* error, const std::string& retry_id, float width) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 start = ImGui::GetCursorScreenPos();
  if (width <= 0) width = card_inner_width();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(start.x + em(1), start.y + em(0.8f)));
  ImGui::BeginGroup();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color::danger));
  ImGui::TextUnformatted(icon::warning);
  ImGui::PopStyleColor();
  ImGui::SameLine();
  ImGui::PushTextWrapPos(start.x + width - em(1));
  ImGui::TextUnformatted(message);
  if (error && !error->message.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color::muted));
    ImGui::TextUnformatted(error->kind == mestore::ErrorKind::Network ? tr("error.network") : error->message.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopTextWrapPos();
  bool retry = false;
  if (!retry_id.empty()) retry = secondary_button(label("status.retry", retry_id));
  ImGui::EndGroup();
  ImVec2 end(start.x + width, ImGui::GetItemRectMax().y + em(0.8f));
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(start, end, color::danger_soft, em(0.5f));
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(start.x, end.y));
  ImGui::Dummy(ImVec2(width, em(0.5f)));
  return retry;
}

void notice_box(const char* glyph, const std::string& message, ImU32 fg, ImU32 bg, float width) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  if (width <= 0) width = card_inner_width();
  const float pad = em(0.75f);
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad));
  ImGui::BeginGroup();
  ImGui::PushStyleColor(ImGuiCol_Text, fg);
  ImGui::TextUnformatted(glyph);
  ImGui::SameLine();
  ImGui::PushTextWrapPos(start.x + width - pad - ImGui::GetWindowPos().x + ImGui::GetScrollX());
  ImGui::TextUnformatted(message.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::EndGroup();
  const ImVec2 end(start.x + width, ImGui::GetItemRectMax().y + pad);
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(start, end, bg, em(0.5f));
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(start.x, end.y));
  ImGui::Dummy(ImVec2(width, 0));
}

bool icon_button(const char* glyph, const std::string& id, const std::string& label_text, float size, bool selected,
                 const char* role) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool clicked = ImGui::InvisibleButton(("##" + id).c_str(), ImVec2(size, size));
  automation::tag(id, label_text, role);
  if (std::string(role) == "radio" || std::string(role) == "checkbox") automation::set_checked(selected);
  const bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  const ImVec2 max(pos.x + size, pos.y + size);
  const float r = em(0.45f);
  if (selected) dl->AddRectFilled(pos, max, color::brand_soft, r);
  else if (held) dl->AddRectFilled(pos, max, color::rgb(0xDCE7FC), r);
  else if (hovered) dl->AddRectFilled(pos, max, color::rgb(0xF1F4F8), r);
  const ImVec2 ts = ImGui::CalcTextSize(glyph);
  dl->AddText(ImVec2(IM_FLOOR(pos.x + (size - ts.x) / 2), IM_FLOOR(pos.y + (size - ts.y) / 2)),
              selected ? color::brand : color::text, glyph);
  focus_ring(pos, max, r);
  return clicked;
}

bool chip(const std::string& text_s, const std::string& id, bool selected, const char* role) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 ts = ImGui::CalcTextSize(text_s.c_str());
  const ImVec2 size(ts.x + em(1.8f), std::max(ts.y + em(1.0f), em(2.4f)));
  const bool clicked = ImGui::InvisibleButton(("##" + id).c_str(), size);
  automation::tag(id, text_s, role);
  if (std::string(role) == "radio") automation::set_checked(selected);
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  const float r = size.y / 2;
  if (selected) dl->AddRectFilled(pos, max, color::brand, r);
  else {
    dl->AddRectFilled(pos, max, hovered ? color::brand_soft : color::surface, r);
    dl->AddRect(pos, max, hovered ? color::brand : color::border, r);
  }
  dl->AddText(ImVec2(IM_FLOOR(pos.x + (size.x - ts.x) / 2), IM_FLOOR(pos.y + (size.y - ts.y) / 2)),
              selected ? color::surface : color::text, text_s.c_str());
  focus_ring(pos, max, r);
  return clicked;
}

void chip_spacing(const std::string& next_text, float right_edge, float gap) {
  const float w = ImGui::CalcTextSize(next_text.c_str()).x + em(1.8f);  // the chip's width, as chip() draws it
  ImGui::SameLine(0, gap);
  if (ImGui::GetCursorScreenPos().x + w > right_edge) ImGui::NewLine();
}

bool link_button(const std::string& text_s, const std::string& id) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 ts = ImGui::CalcTextSize(text_s.c_str());
  const bool clicked = ImGui::InvisibleButton(("##" + id).c_str(), ts);
  automation::tag(id, text_s, "link");
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  dl->AddText(pos, hovered ? color::brand_dark : color::brand, text_s.c_str());
  if (hovered) dl->AddLine(ImVec2(pos.x, pos.y + ts.y), ImVec2(pos.x + ts.x, pos.y + ts.y), color::brand_dark);
  focus_ring(pos, ImVec2(pos.x + ts.x, pos.y + ts.y), em(0.2f));
  return clicked;
}

void focus_ring(ImVec2 min, ImVec2 max, float rounding) {
  ImGuiContext& g = *GImGui;
  if (g.NavDisableHighlight || g.NavId != g.LastItemData.ID || g.NavId == 0) return;
  const float t = std::max(2.0f, em(0.13f));
  ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - t, min.y - t), ImVec2(max.x + t, max.y + t), color::brand,
                                      rounding + t, 0, t);
}

namespace {
// Money fields take digits; the grouping dots/commas people type (or paste) are dropped.
int digits_filter(ImGuiInputTextCallbackData* data) {
  const ImWchar c = data->EventChar;
  return (c >= '0' && c <= '9') ? 0 : 1;
}
}  // namespace

bool text_field(const std::string& id, std::string& value, const char* hint, float width, bool* submitted,
                int max_chars, bool digits_only) {
  // ImGui edits its own copy while the field is active and writes it back here every frame.
  char buf[256];
  const int limit = std::clamp(max_chars, 1, static_cast<int>(sizeof buf) - 1);
  std::snprintf(buf, static_cast<size_t>(limit) + 1, "%s", value.c_str());
  ImGui::SetNextItemWidth(width);
  ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue;
  if (digits_only) flags |= ImGuiInputTextFlags_CallbackCharFilter;
  const bool enter = ImGui::InputTextWithHint(("##" + id).c_str(), hint, buf, static_cast<size_t>(limit) + 1, flags,
                                              digits_only ? digits_filter : nullptr);
  automation::tag(id, hint ? hint : "", "input");
  automation::set_value(buf);
  if (submitted) *submitted = enter;
  if (value == buf) return false;
  value = buf;
  return true;
}

bool quantity_stepper(const std::string& id, int& value, int min, int max, float height) {
  const int before = value;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float value_w = em(2.6f);
  const ImVec2 max_pos(pos.x + height * 2 + value_w, pos.y + height);
  const float r = em(0.45f);
  dl->AddRectFilled(pos, max_pos, color::surface, r);
  dl->AddRect(pos, max_pos, color::border, r);
  ImGui::BeginDisabled(value <= min);
  if (icon_button(icon::minus, id + ".minus", tr("cart.less"), height)) value = std::max(min, value - 1);
  ImGui::EndDisabled();
  ImGui::SameLine(0, 0);
  const ImVec2 vpos = ImGui::GetCursorScreenPos();
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d", value);
  ImGui::InvisibleButton(("##" + id + ".value").c_str(), ImVec2(value_w, height));
  automation::tag(id + ".value", buf, "text");
  automation::set_value(buf);
  const ImVec2 ts = ImGui::CalcTextSize(buf);
  dl->AddText(ImVec2(IM_FLOOR(vpos.x + (value_w - ts.x) / 2), IM_FLOOR(vpos.y + (height - ts.y) / 2)), color::text, buf);
  ImGui::SameLine(0, 0);
  ImGui::BeginDisabled(value >= max);
  if (icon_button(icon::plus, id + ".plus", tr("cart.more"), height)) value = std::min(max, value + 1);
  ImGui::EndDisabled();
  return value != before;
}

std::string stock_text(int available, ImU32* col) {
  char buf[64];
  if (available <= 0) {
    if (col) *col = color::danger;
    return tr("product.sold_out");
  }
  if (available <= 5) {
    if (col) *col = color::warning;
    std::snprintf(buf, sizeof buf, tr("product.stock_left"), available);
    return buf;
  }
  if (col) *col = color::success;
  return tr("product.in_stock");
}

// Narrow cards (two columns on a phone) give the name a third line: long names differ at the end
// ("… Azul", "… Blanco").
static int name_lines(float width) { return width < em(11.8f) ? 3 : 2; }

float product_card_height(float width, const Fonts& fonts) {
  const float pad = em(0.75f);
  const float image_h = std::floor(width * 0.8f);
  return image_h + fonts.body->FontSize * (1.15f * name_lines(width) + 0.2f) + fonts.price->FontSize +
         fonts.small->FontSize + pad * 3;
}

namespace {
void sold_out_pill(ImDrawList* dl, ImVec2 at, const Fonts& fonts) {
  const char* t = tr("product.sold_out");
  const ImVec2 ts = fonts.small->CalcTextSizeA(fonts.small->FontSize, FLT_MAX, 0, t);
  const float px = em(0.5f), py = em(0.2f);
  dl->AddRectFilled(at, ImVec2(at.x + ts.x + px * 2, at.y + ts.y + py * 2), color::rgb(0x1C2430, 210), em(0.3f));
  dl->AddText(fonts.small, fonts.small->FontSize, ImVec2(at.x + px, at.y + py), color::surface, t);
}
}  // namespace

bool product_card(Platform& platform, const mestore::Product& p, const std::string& id, float width,
                  const Fonts& fonts) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float pad = em(0.75f);
  const float image_h = std::floor(width * 0.8f);
  const ImVec2 size(width, product_card_height(width, fonts));

  const bool clicked = ImGui::InvisibleButton(("##" + id).c_str(), size);
  automation::tag(id, p.name, "link");
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (!ImGui::IsItemVisible()) return clicked;

  const float r = em(0.6f);
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  dl->AddRectFilled(pos, max, color::surface, r);
  const auto gallery = mestore::gallery_urls(p);
  ImageBox box{ImVec2(pos.x + 1, pos.y + 1), ImVec2(max.x - 1, pos.y + image_h), r, ImDrawFlags_RoundCornersTop,
               Fit::Contain, p.category_name};
  image_view(platform, gallery.empty() ? std::string() : gallery.front(), box);
  if (p.stock_available <= 0) sold_out_pill(dl, ImVec2(pos.x + pad * 0.75f, pos.y + pad * 0.75f), fonts);
  dl->AddRect(pos, max, hovered ? color::brand : color::border, r, 0, hovered ? std::max(1.0f, em(0.1f)) : 1.0f);
  focus_ring(pos, max, r);

  float y = pos.y + image_h + pad;
  const float text_w = width - pad * 2;
  // Name: up to two lines, the second one ending in "…" when the name is longer.
  text_lines(dl, fonts.body, fonts.body->FontSize, ImVec2(pos.x + pad, y), color::text, p.name, text_w, name_lines(width));
  y += fonts.body->FontSize * (1.15f * name_lines(width) + 0.2f) + pad * 0.5f;
  const std::string price = price_text(p.price);
  dl->AddText(fonts.price, fonts.price->FontSize, ImVec2(pos.x + pad, y),
              p.stock_available <= 0 ? color::muted : color::text, price.c_str());
  y += fonts.price->FontSize + pad * 0.5f;
  const ImVec4 vclip(pos.x + pad, y, pos.x + pad + text_w, y + fonts.small->FontSize * 1.2f);
  dl->AddText(fonts.small, fonts.small->FontSize, ImVec2(pos.x + pad, y), color::muted, p.vendor_name.c_str(), nullptr,
              0, &vclip);
  return clicked;
}

bool product_row(Platform& platform, const mestore::Product& p, const std::string& id, float width,
                 const Fonts& fonts) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float pad = em(0.75f);
  const float thumb = std::floor(em(6.0f));
  const ImVec2 size(width, thumb + pad * 2);
  const bool clicked = ImGui::InvisibleButton(("##" + id).c_str(), size);
  automation::tag(id, p.name, "link");
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (!ImGui::IsItemVisible()) return clicked;

  const float r = em(0.6f);
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  dl->AddRectFilled(pos, max, color::surface, r);
  const auto gallery = mestore::gallery_urls(p);
  ImageBox box{ImVec2(pos.x + pad, pos.y + pad), ImVec2(pos.x + pad + thumb, pos.y + pad + thumb), em(0.4f),
               ImDrawFlags_RoundCornersAll, Fit::Contain, p.category_name, true};
  image_view(platform, gallery.empty() ? std::string() : gallery.front(), box);
  dl->AddRect(pos, max, hovered ? color::brand : color::border, r, 0, hovered ? std::max(1.0f, em(0.1f)) : 1.0f);
  focus_ring(pos, max, r);

  // Price on the right on wide rows; under the name on narrow ones.
  const std::string price = price_text(p.price);
  const ImVec2 price_size = fonts.price->CalcTextSizeA(fonts.price->FontSize, FLT_MAX, 0, price.c_str());
  const float x = pos.x + pad * 2 + thumb;
  const bool price_right = width > em(28);
  const float text_right = price_right ? max.x - pad * 2 - price_size.x : max.x - pad;
  const float text_w = text_right - x;
  // The text block (name, vendor, stock, and the price when it goes below) is centred vertically.
  const ImVec2 name_size = fonts.strong->CalcTextSizeA(fonts.strong->FontSize, FLT_MAX, text_w, p.name.c_str());
  const float name_h = std::min(name_size.y, fonts.strong->FontSize * 1.15f * 2);
  const float block_h = name_h + em(0.2f) + fonts.small->FontSize * 2.35f +
                        (price_right ? 0.0f : fonts.small->FontSize * 0.35f + fonts.price->FontSize);
  float y = std::floor(pos.y + std::max(pad, (size.y - block_h) / 2));
  text_lines(dl, fonts.strong, fonts.strong->FontSize, ImVec2(x, y), color::text, p.name, text_w, 2);
  y += name_h + em(0.2f);
  const ImVec4 vclip(x, y, text_right, y + fonts.small->FontSize * 1.3f);
  dl->AddText(fonts.small, fonts.small->FontSize, ImVec2(x, y), color::muted, p.vendor_name.c_str(), nullptr, 0, &vclip);
  y += fonts.small->FontSize * 1.35f;
  ImU32 stock_col;
  const std::string stock = stock_text(p.stock_available, &stock_col);
  dl->AddText(fonts.small, fonts.small->FontSize, ImVec2(x, y), stock_col, stock.c_str());
  if (price_right) {
    dl->AddText(fonts.price, fonts.price->FontSize,
                ImVec2(max.x - pad * 1.5f - price_size.x, std::floor(pos.y + (size.y - price_size.y) / 2)),
                p.stock_available <= 0 ? color::muted : color::text, price.c_str());
  } else {
    y += fonts.small->FontSize * 1.35f;
    dl->AddText(fonts.price, fonts.price->FontSize, ImVec2(x, std::min(y, max.y - pad - fonts.price->FontSize)),
                color::text, price.c_str());
  }
  return clicked;
}

void skeleton_card(float width, const Fonts& fonts) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float pad = em(0.75f);
  const float image_h = std::floor(width * 0.8f);
  const ImVec2 size(width, product_card_height(width, fonts));
  ImGui::Dummy(size);
  const float r = em(0.6f);
  const ImU32 bar = color::rgb(0xEDF0F4);
  dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), color::surface, r);
  dl->AddRectFilled(ImVec2(pos.x + 1, pos.y + 1), ImVec2(pos.x + size.x - 1, pos.y + image_h), color::rgb(0xF1F3F6), r,
                    ImDrawFlags_RoundCornersTop);
  float y = pos.y + image_h + pad;
  dl->AddRectFilled(ImVec2(pos.x + pad, y), ImVec2(pos.x + width * 0.85f, y + fonts.body->FontSize * 0.8f), bar, em(0.3f));
  y += fonts.body->FontSize * 1.15f;
  dl->AddRectFilled(ImVec2(pos.x + pad, y), ImVec2(pos.x + width * 0.6f, y + fonts.body->FontSize * 0.8f), bar, em(0.3f));
  y += fonts.body->FontSize * (1.15f * (name_lines(width) - 1) + 0.2f) + pad * 0.5f;
  dl->AddRectFilled(ImVec2(pos.x + pad, y), ImVec2(pos.x + width * 0.45f, y + fonts.price->FontSize * 0.9f), bar, em(0.3f));
  dl->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), color::border, r);
}

}  // namespace ui

namespace ui {
namespace {
struct CardFrame {
  ImDrawListSplitter splitter;
  ImDrawList* dl = nullptr;
  ImVec2 pos;
  float width = 0;
  float pad = 0;
};
std::vector<std::unique_ptr<CardFrame>>& cards() {
  static std::vector<std::unique_ptr<CardFrame>> stack;
  return stack;
}
}  // namespace

void begin_card(float width, float pad) {
  auto c = std::make_unique<CardFrame>();
  c->dl = ImGui::GetWindowDrawList();
  c->pos = ImGui::GetCursorScreenPos();
  c->width = width;
  c->pad = pad;
  c->splitter.Split(c->dl, 2);
  c->splitter.SetCurrentChannel(c->dl, 1);
  ImGui::SetCursorScreenPos(ImVec2(c->pos.x + pad, c->pos.y + pad));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - pad * 2);
  cards().push_back(std::move(c));
}

void end_card() {
  std::unique_ptr<CardFrame> c = std::move(cards().back());
  cards().pop_back();
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  const ImVec2 max(c->pos.x + c->width, ImGui::GetItemRectMax().y + c->pad);
  c->splitter.SetCurrentChannel(c->dl, 0);
  const float r = em(0.7f);
  c->dl->AddRectFilled(c->pos, max, color::surface, r);
  c->dl->AddRect(c->pos, max, color::border, r);
  c->splitter.Merge(c->dl);
  ImGui::SetCursorScreenPos(ImVec2(c->pos.x, max.y));
  ImGui::Dummy(ImVec2(c->width, 0));
}

float card_inner_width() { return cards().empty() ? ImGui::GetContentRegionAvail().x : cards().back()->width - cards().back()->pad * 2; }

int choice_menu(const std::string& id, const std::string& shown, const std::vector<Choice>& options, int current,
                float width, float height) {
  const std::string popup = "##menu." + id;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.8f), (height - ImGui::GetFontSize()) / 2));
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color::text));
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(color::surface));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(color::rgb(0xF8FAFC)));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::ColorConvertU32ToFloat4(color::rgb(0xF1F5F9)));
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool open = ImGui::Button(("##" + id).c_str(), ImVec2(width, height));
  automation::tag(id, shown, "combo");
  automation::set_value(current >= 0 && current < static_cast<int>(options.size()) ? options[current].key : "");
  ImGui::PopStyleColor(4);
  ImGui::PopStyleVar(2);
  // The label, clipped to leave room for the chevron.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float chevron_w = ImGui::CalcTextSize(icon::chevron_down).x;
  const float pad = em(0.8f);
  const ImVec2 ts = ImGui::CalcTextSize(shown.c_str());
  const ImVec4 clip(pos.x + pad, pos.y, pos.x + width - pad - chevron_w - em(0.4f), pos.y + height);
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + pad, pos.y + (height - ts.y) / 2), color::text,
              shown.c_str(), nullptr, 0, &clip);
  dl->AddText(ImVec2(pos.x + width - pad - chevron_w, pos.y + (height - ts.y) / 2), color::muted, icon::chevron_down);
  if (open) ImGui::OpenPopup(popup.c_str());

  int chosen = -1;
  float menu_w = width;
  for (const auto& o : options) menu_w = std::max(menu_w, ImGui::CalcTextSize(o.label.c_str()).x + em(3.4f));
  // Keep the menu on screen (right-aligned buttons open leftwards).
  const float screen_w = ImGui::GetIO().DisplaySize.x;
  const float menu_x = std::max(em(0.5f), std::min(pos.x, screen_w - menu_w - em(0.5f)));
  ImGui::SetNextWindowPos(ImVec2(menu_x, pos.y + height + em(0.25f)));
  ImGui::SetNextWindowSizeConstraints(ImVec2(menu_w, 0), ImVec2(menu_w, FLT_MAX));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.4f), em(0.4f)));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, em(0.1f)));
  if (ImGui::BeginPopup(popup.c_str())) {
    const float row_h = std::max(height, ImGui::GetFontSize() * 2.2f);  // as tall as the button: a finger's size
    for (int i = 0; i < static_cast<int>(options.size()); ++i) {
      const Choice& o = options[static_cast<size_t>(i)];
      const std::string oid = id + "." + o.key;
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const bool selected = i == current;
      if (ImGui::Selectable(("##" + oid).c_str(), selected, 0, ImVec2(menu_w - em(0.8f), row_h))) {
        chosen = i;
        ImGui::CloseCurrentPopup();
      }
      automation::tag(oid, o.label, "radio");
      automation::set_checked(selected);
      const ImVec2 ls = ImGui::CalcTextSize(o.label.c_str());
      ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + em(0.6f), p.y + (row_h - ls.y) / 2),
                                          selected ? color::brand : color::text, o.label.c_str());
      if (selected) {
        const ImVec2 cs = ImGui::CalcTextSize(icon::check);
        ImGui::GetWindowDrawList()->AddText(ImVec2(ImGui::GetItemRectMax().x - cs.x - em(0.6f), p.y + (row_h - cs.y) / 2),
                                            color::brand, icon::check);
      }
    }
    ImGui::EndPopup();
  }
  ImGui::PopStyleVar(2);
  return chosen;
}

}  // namespace ui
