// The account screen, split by feature: account_screen.cpp (layout and profile),
// account_password.cpp (change password), account_sessions.cpp (active sessions, ending one,
// logging out everywhere).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "account_parts.hpp"

namespace ui {

class PasswordCard {
 public:
  // Returns true on the frame the password changed (the other sessions just ended).
  bool draw(ScreenContext& ctx, float width);

 private:
  bool check(const std::string& email);
  std::string current_, next_, confirm_;
  bool show_ = false;
  FieldErrors errors_;
  std::string form_error_;
  std::string done_;
  mestore::Handle<mestore::Empty> change_;
};

class SessionsCard {
 public:
  void draw(ScreenContext& ctx, float width);
  void reload(ScreenContext& ctx);

 private:
  void draw_row(ScreenContext& ctx, const mestore::SessionInfo& s, float width);
  void draw_everywhere(ScreenContext& ctx, float width);
  void finish_ending(ScreenContext& ctx);

  mestore::Handle<std::vector<mestore::SessionInfo>> list_;
  std::map<std::string, mestore::Handle<mestore::Empty>> ending_;  // session id → its DELETE
  std::map<std::string, std::string> ended_device_;               // session id → device, for the toast
  std::string error_;
  bool confirm_everywhere_ = false;
  bool everywhere_ = false;  // ending every other session, then this one
};

}  // namespace ui
