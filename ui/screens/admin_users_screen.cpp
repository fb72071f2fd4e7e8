// Users and roles (#/admin/users?q=&type=&status=&page=): find an account by email or name, see
// its role, state and last sign-in, and act on it within the caller's rights, which mirror the
// server's (server-stub/auth/user_admin.hpp):
//   - ADMIN and SUPERUSER activate, deactivate and unlock BUYER and VENDOR accounts;
//   - only a SUPERUSER acts on ADMIN and SUPERUSER accounts or changes a role (never their own,
//     never to or from VENDOR).
// What the caller may not do is not drawn at all; the server still refuses it (403) if forced.
#include <cstdio>
#include <map>

#include "../automation.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "backoffice_parts.hpp"
#include "client/format.hpp"
#include "screens.hpp"

namespace ui {
namespace {

constexpr int kPageSize = 20;
constexpr float kActionWidth = 130;  // CSS px per action button
constexpr const char* kTypes[] = {"", "BUYER", "VENDOR", "ADMIN", "SUPERUSER"};
constexpr const char* kStates[] = {"", "active", "inactive", "locked"};
constexpr const char* kGrantable[] = {"BUYER", "ADMIN", "SUPERUSER"};

bool is_staff(const std::string& user_type) { return user_type == "ADMIN" || user_type == "SUPERUSER"; }

// The caller's rights over one account, as the server grants them.
struct Rights {
  bool manage = false;       // activate / deactivate / unlock
  bool change_role = false;  // the role menu
  bool self = false;
};
Rights rights_over(const mestore::User& me, const mestore::User& target) {
  Rights r;
  const bool super = me.user_type == "SUPERUSER";
  const bool self = me.id == target.id;
  r.self = self;
  r.manage = !self && (super || !is_staff(target.user_type));
  r.change_role = super && !self && target.user_type != "VENDOR";
  return r;
}

class AdminUsersScreen final : public Screen {
 public:
  explicit AdminUsersScreen(ScreenContext& ctx) { on_route(ctx, ctx.state.route); }

  void on_route(ScreenContext& ctx, const Route& r) override {
    query_ = mestore::UserQuery{};
    query_.page = std::max(1, r.get_int("page", 1));
    query_.size = kPageSize;
    query_.search = r.get("q");
    query_.user_type = r.get("type");
    query_.status = r.get("status");
    search_ = query_.search;
    load(ctx);
  }

  void draw(ScreenContext& ctx) override {
    finish(ctx);
    backoffice_header(ctx, "users");
    const Fonts& f = ctx.theme.fonts();
    const float width = backoffice_width(ctx);
    draw_filters(ctx, width);
    if (!list_ || list_->loading()) {
      loading_line(tr("bo.users.loading"));
      return;
    }
    if (list_->failed()) {
      if (error_box(tr("bo.users.failed"), &list_->error, "bo.users.retry")) load(ctx);
      return;
    }
    const auto& page = list_->value;
    char count[96];
    std::snprintf(count, sizeof count, tr(page.pagination.total == 1 ? "bo.users.count_one" : "bo.users.count"),
                  static_cast<long long>(page.pagination.total));
    text_item("bo.users.count", f.small, color::muted, count, width);
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    if (page.items.empty()) {
      begin_card(width, card_pad(ctx, width));
      text_item("bo.users.empty", f.body, color::muted, tr("bo.users.empty"), card_inner_width());
      end_card();
      return;
    }
    const auto& me = ctx.api.session().user();
    if (!me) return;
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    bool first = true;
    for (const auto& m : page.items) {
      if (!first) hairline(inner);
      first = false;
      draw_user(ctx, *me, m, inner);
    }
    end_card();
    if (const int asked = page_arrows("bo.users.page", page.pagination))
      ctx.nav.go(ctx.state.route.with("page", std::to_string(asked)));
  }

 private:
  void load(ScreenContext& ctx) { list_ = ctx.api.users(query_); }

  void draw_filters(ScreenContext& ctx, float width) {
    std::vector<Choice> options;
    int current = 0;
    for (const char* s : kStates) {
      if (query_.status == s) current = static_cast<int>(options.size());
      options.push_back({*s ? s : "all", tr((std::string("bo.users.state.") + (*s ? s : "all")).c_str())});
    }
    const auto in = search_and_menu(ctx, width, "bo.users.search", search_, tr("bo.users.search_hint"), 100, "bo.users.status",
                                    options, current);
    if (in.searched) ctx.nav.replace(ctx.state.route.with("q", trimmed(search_)).with("page", ""));
    if (in.picked >= 0) ctx.nav.replace(ctx.state.route.with("status", kStates[in.picked]).with("page", ""));
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    bool first = true;
    const float right = ImGui::GetCursorScreenPos().x + width;
    for (const char* t : kTypes) {
      const char* words = *t ? role_name(t) : tr("vp.orders.all");
      if (!first) chip_spacing(words, right, em(0.4f));
      first = false;
      if (chip(words, std::string("bo.users.type.") + (*t ? t : "all"), query_.user_type == t, "radio") && query_.user_type != t)
        ctx.nav.replace(ctx.state.route.with("type", t).with("page", ""));
    }
    ImGui::Dummy(ImVec2(0, em(0.6f)));
  }

  std::string state_text(ScreenContext&, const mestore::ManagedUser& m, ImU32* col) const {
    if (m.locked_until) {
      *col = color::danger;
      char buf[160];
      std::snprintf(buf, sizeof buf, tr("bo.users.locked_until"), mestore::format_datetime(*m.locked_until, current_locale()).c_str());
      return buf;
    }
    *col = m.user.is_active ? color::success : color::muted;
    return tr(m.user.is_active ? "bo.users.state.active" : "bo.users.state.inactive");
  }

  void draw_user(ScreenContext& ctx, const mestore::User& me, const mestore::ManagedUser& m, float inner) {
    const Fonts& f = ctx.theme.fonts();
    const std::string id = "bo.users.row." + m.user.email;
    const Rights rights = rights_over(me, m.user);
    const bool compact = inner < ctx.theme.px(720);
    // The actions sit at the right edge: as wide as the buttons this caller gets for this account.
    const int buttons = int(rights.change_role) + int(rights.manage && m.locked_until) + int(rights.manage);
    const float actions_w = compact ? inner
                            : buttons == 0 ? ctx.theme.px(300)
                                           : static_cast<float>(buttons) * (ctx.theme.px(kActionWidth) + em(0.4f)) - em(0.4f);
    const float start_x = ImGui::GetCursorPosX();
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    ImGui::BeginGroup();
    text_item(id, f.strong, color::text, m.user.full_name, compact ? inner : inner - actions_w - em(1));
    automation::set_value(m.user.user_type + "/" + (m.locked_until ? "locked" : m.user.is_active ? "active" : "inactive"));
    text(f.small, color::muted, m.user.email + "  ·  " + role_name(m.user.user_type));
    ImU32 col;
    const std::string state = state_text(ctx, m, &col);
    const std::string last = m.last_login_at ? std::string(tr("bo.users.last_login")) + " " +
                                                   mestore::format_relative(*m.last_login_at, mestore::unix_now(), current_locale())
                                             : std::string(tr("bo.users.never"));
    text(f.small, col, state);
    ImGui::SameLine(0, em(0.6f));
    text(f.small, color::muted, "·  " + last);
    ImGui::EndGroup();
    if (!compact) {
      ImGui::SameLine();
      ImGui::SetCursorPosX(start_x + inner - actions_w);
    }
    ImGui::BeginGroup();
    draw_actions(ctx, m, rights, id);
    ImGui::EndGroup();
    auto it = errors_.find(m.user.id);
    if (it != errors_.end()) notice_item(id + ".error", icon::warning, it->second, color::danger, color::danger_soft, inner);
    ImGui::Dummy(ImVec2(0, em(0.3f)));
  }

  void draw_actions(ScreenContext& ctx, const mestore::ManagedUser& m, const Rights& rights, const std::string& id) {
    auto& pending = requests_[m.user.id];
    const bool busy = pending && pending->loading();
    const float button_w = ctx.theme.px(kActionWidth);
    const float h = ctx.theme.px(44);
    bool row_started = false;
    const auto next = [&] {
      if (row_started) ImGui::SameLine(0, em(0.4f));
      row_started = true;
    };
    if (rights.change_role) {
      next();
      std::vector<Choice> roles;
      int current = -1;
      for (const char* t : kGrantable) {
        if (m.user.user_type == t) current = static_cast<int>(roles.size());
        roles.push_back({t, role_name(t)});
      }
      const int picked = choice_menu(id + ".role", role_name(m.user.user_type), roles, current, button_w, h);
      if (picked >= 0 && picked != current && !busy) {
        mestore::UserUpdate u;
        u.user_type = kGrantable[picked];
        start(ctx, m.user.id, ctx.api.update_user(m.user.id, u));
      }
    }
    if (rights.manage && m.locked_until) {
      next();
      if (form_button(ctx, label("bo.users.unlock", id + ".unlock"), !busy, button_w, false)) start(ctx, m.user.id, ctx.api.unlock_user(m.user.id));
    }
    if (rights.manage) {
      next();
      const bool active = m.user.is_active;
      if (form_button(ctx, label(active ? "bo.users.deactivate" : "bo.users.activate", id + (active ? ".deactivate" : ".activate")), !busy,
                      button_w, !active)) {
        mestore::UserUpdate u;
        u.is_active = !active;
        start(ctx, m.user.id, ctx.api.update_user(m.user.id, u));
      }
    }
    if (!rights.manage && !rights.change_role)
      text(ctx.theme.fonts().small, color::muted, tr(rights.self ? "bo.users.you" : "bo.users.no_rights"), true);
  }

  void start(ScreenContext&, const std::string& user_id, mestore::Handle<mestore::ManagedUser> h) {
    errors_.erase(user_id);
    requests_[user_id] = std::move(h);
  }

  void finish(ScreenContext& ctx) {
    for (auto& [user_id, h] : requests_) {
      auto r = take_settled(h);
      if (!r) continue;
      if (r->failed()) {
        errors_[user_id] = error_text(r->error);
        continue;
      }
      // Put the server's answer in place of the row.
      if (list_ && list_->done())
        for (auto& m : list_->value.items)
          if (m.user.id == r->value.user.id) m = r->value;
      char msg[200];
      std::snprintf(msg, sizeof msg, tr("bo.users.saved"), r->value.user.email.c_str());
      push_toast(ctx.state, ctx.platform.now(), "success", msg);
    }
  }

  mestore::UserQuery query_;
  std::string search_;
  mestore::Handle<mestore::Page<mestore::ManagedUser>> list_;
  std::map<std::string, mestore::Handle<mestore::ManagedUser>> requests_;
  std::map<std::string, std::string> errors_;
};

}  // namespace

std::unique_ptr<Screen> make_admin_users_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<AdminUsersScreen>(ctx);
}

}  // namespace ui
