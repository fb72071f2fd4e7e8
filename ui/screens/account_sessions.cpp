// Active sessions: every device signed in to this account (device, address, last activity, "this
// device"), ending any other one, and logging out everywhere (every other session, then this).
#include <cstdio>

#include "../automation.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_cards.hpp"
#include "client/format.hpp"

namespace ui {
namespace {

bool on_phone(const mestore::SessionInfo& s) {
  for (const char* word : {"Android", "iOS", "iPhone", "Mobile"})
    if (s.device.find(word) != std::string::npos || s.user_agent.find(word) != std::string::npos) return true;
  return false;
}

std::string device_name(const mestore::SessionInfo& s) {
  if (s.device.empty() || s.device == "unknown") return tr("account.unknown_device");
  return s.device;
}

}  // namespace

void SessionsCard::reload(ScreenContext& ctx) { list_ = ctx.api.sessions(); }

void SessionsCard::finish_ending(ScreenContext& ctx) {
  bool any = false;
  for (auto it = ending_.begin(); it != ending_.end();) {
    if (it->second->loading()) {
      ++it;
      continue;
    }
    const auto& r = *it->second;
    // 404: it had already ended (expired, or ended from that device) — what the user wanted.
    if (r.done() || r.error.http_status == 404) {
      if (!everywhere_) {
        char buf[200];
        std::snprintf(buf, sizeof buf, tr("account.session_ended"), ended_device_[it->first].c_str());
        push_toast(ctx.state, ctx.platform.now(), "success", buf);
      }
    } else {
      error_ = error_text(r.error);
      everywhere_ = false;  // something is still open: do not log this device out over it
    }
    ended_device_.erase(it->first);
    it = ending_.erase(it);
    any = true;
  }
  if (!any || !ending_.empty()) return;
  if (everywhere_) {
    everywhere_ = false;
    push_toast(ctx.state, ctx.platform.now(), "success", tr("account.everywhere_done"));
    ctx.api.logout();  // the app takes this device home: the account page needs a session
    return;
  }
  reload(ctx);
}

void SessionsCard::draw(ScreenContext& ctx, float width) {
  if (!list_) reload(ctx);
  finish_ending(ctx);
  const Fonts& f = ctx.theme.fonts();
  begin_card(width, card_pad(ctx, width));
  const float inner = card_inner_width();
  text(f.heading, color::text, std::string(icon::desktop) + "  " + tr("account.sessions_title"));
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  text(f.small, color::muted, tr("account.sessions_text"), true);
  ImGui::Dummy(ImVec2(0, em(0.5f)));
  if (!error_.empty()) notice_item("account.sessions.error", icon::warning, error_, color::danger, color::danger_soft, inner);

  if (list_->loading()) {
    loading_line(tr("account.sessions_loading"));
  } else if (list_->failed()) {
    if (error_box(tr("account.sessions_failed"), &list_->error, "account.sessions_retry", inner)) reload(ctx);
  } else {
    for (const auto& s : list_->value) draw_row(ctx, s, inner);
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    draw_everywhere(ctx, inner);
  }
  end_card();
}

void SessionsCard::draw_row(ScreenContext& ctx, const mestore::SessionInfo& s, float width) {
  const Fonts& f = ctx.theme.fonts();
  const Theme& th = ctx.theme;
  const bool narrow = width < th.px(460);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float icon_d = th.px(40);
  const float gap = th.px(12);
  const std::string id = "account.session." + s.id;
  const std::string name = device_name(s);

  // Device icon in a soft circle.
  dl->AddCircleFilled(ImVec2(top.x + icon_d / 2, top.y + icon_d / 2), icon_d / 2, s.current ? color::success_soft : color::brand_soft, 32);
  const char* glyph = on_phone(s) ? icon::mobile : icon::desktop;
  const ImVec2 gs = f.heading->CalcTextSizeA(f.heading->FontSize, FLT_MAX, 0, glyph);
  dl->AddText(f.heading, f.heading->FontSize, ImVec2(std::floor(top.x + (icon_d - gs.x) / 2), std::floor(top.y + (icon_d - gs.y) / 2)),
              s.current ? color::success : color::brand, glyph);

  // Name (and "this device"), then where and when.
  const float button_w = narrow ? 0.0f : th.px(170);
  const float text_x = top.x + icon_d + gap;
  const float text_w = width - icon_d - gap - (button_w > 0 ? button_w + gap : 0);
  ImGui::SetCursorScreenPos(ImVec2(text_x, top.y));
  ImGui::BeginGroup();
  ImGui::PushFont(f.strong);
  text_item(id, f.strong, color::text, name, text_w);
  automation::set_role("row");
  automation::set_value(s.current ? "current" : "");
  ImGui::PopFont();
  if (s.current) {
    ImGui::SameLine();
    const char* mark = tr("account.this_device");
    const ImVec2 ms = f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, 0, mark);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 pad(th.px(8), th.px(2));
    dl->AddRectFilled(p, ImVec2(p.x + ms.x + pad.x * 2, p.y + ms.y + pad.y * 2), color::success_soft, ms.y);
    ImGui::SetCursorScreenPos(ImVec2(p.x + pad.x, p.y + pad.y));
    text_item(id + ".current", f.small, color::success, mark, ms.x + 1);
  }
  char where[300];
  const mestore::Locale loc = current_locale();
  std::snprintf(where, sizeof where, tr("account.session_where"), s.ip.empty() ? "—" : s.ip.c_str(),
                mestore::format_relative(s.last_seen_at, mestore::unix_now(), loc).c_str());
  text_item(id + ".seen", f.small, color::muted, where, text_w);
  char since[160];
  std::snprintf(since, sizeof since, tr("account.session_since"), mestore::format_datetime(s.created_at, loc).c_str());
  text_item(id + ".since", f.small, color::muted, since, text_w);
  ImGui::EndGroup();
  float bottom = std::max(top.y + icon_d, ImGui::GetItemRectMax().y);

  if (!s.current) {
    const bool ending = ending_.count(s.id) > 0;
    const bool enabled = !ending && !everywhere_;
    const std::string l = label(ending ? "account.session_ending" : "account.session_end", id + ".end");
    if (narrow) ImGui::SetCursorScreenPos(ImVec2(text_x, bottom + th.px(8)));
    else ImGui::SetCursorScreenPos(ImVec2(top.x + width - button_w, top.y + (bottom - top.y - th.px(44)) / 2));
    if (form_button(ctx, l, enabled, narrow ? 0 : button_w, false)) {
      ending_[s.id] = ctx.api.end_session(s.id);
      ended_device_[s.id] = name;
      error_.clear();
    }
    bottom = std::max(bottom, ImGui::GetItemRectMax().y);
  }
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom + th.px(12)));
  dl->AddLine(ImVec2(top.x, bottom + th.px(6)), ImVec2(top.x + width, bottom + th.px(6)), color::border);
  ImGui::Dummy(ImVec2(width, 0));
}

void SessionsCard::draw_everywhere(ScreenContext& ctx, float width) {
  if (!confirm_everywhere_) {
    if (form_button(ctx, std::string(icon::sign_out) + "  " + label("account.everywhere", "account.logout_everywhere"),
                    !everywhere_, 0, false))
      confirm_everywhere_ = true;
    return;
  }
  notice_item("account.everywhere.question", icon::warning, tr("account.everywhere_question"), color::warning,
              color::warning_soft, width);
  if (form_button(ctx, label("account.everywhere_confirm", "account.logout_everywhere.confirm"), !everywhere_, 0)) {
    confirm_everywhere_ = false;
    everywhere_ = true;
    error_.clear();
    for (const auto& s : list_->value)
      if (!s.current && !ending_.count(s.id)) {
        ending_[s.id] = ctx.api.end_session(s.id);
        ended_device_[s.id] = device_name(s);
      }
    if (ending_.empty()) {  // no other session: only this one to close
      everywhere_ = false;
      push_toast(ctx.state, ctx.platform.now(), "success", tr("account.everywhere_done"));
      ctx.api.logout();
    }
  }
  ImGui::SameLine();
  if (form_button(ctx, label("account.everywhere_cancel", "account.logout_everywhere.cancel"), true, 0, false))
    confirm_everywhere_ = false;
}

}  // namespace ui
