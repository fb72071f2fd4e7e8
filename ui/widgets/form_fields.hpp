// Form rows: a caption, a field tall enough for a finger (44 CSS px), and under it the field's
// error. Errors are automation items "<id>.error" (role text) so tests read the message that
// sits next to the field, as a person would.
#pragma once
#include <string>
#include <vector>

#include "client/validate.hpp"
#include "../theme.hpp"

namespace ui {

struct FieldSpec {
  const char* caption = "";   // above the field
  const char* hint = "";      // inside it while empty
  int max_chars = 100;
  bool password = false;      // masked, with a show/hide toggle "<id>.show"
  bool* shown = nullptr;      // the toggle's state (password fields)
  bool multiline = false;     // a few lines tall (descriptions)
};

// Draws one row `width` wide. Returns true when Enter was pressed in the field (submit).
bool form_field(const std::string& id, const FieldSpec& spec, std::string& value, const std::string& error, float width);
// A paragraph that is also an automation item (role text, label = the text): notices and errors
// tests must find. Wraps at `width`.
void text_item(const std::string& id, ImFont* font, ImU32 col, const std::string& s, float width);
// An invisible item of `size` at the cursor, without focus or keyboard stop, naming for automation
// what the caller draws there itself (a chip, a right-aligned amount).
void automation_mark(const std::string& id, const std::string& label, ImVec2 size, const char* role = "text");
// The password policy as a live checklist, one line per rule, ticked when it passes
// (rules from mestore::password_rules; the common-password list is the server's to check).
void password_checklist(const std::vector<mestore::PasswordRule>& rules, float width);
// A caption for a group of fields, or for a choice drawn by the caller.
void field_caption(const char* caption);

}  // namespace ui

namespace ui {
// A soft box with an icon and a message that is also an automation item (role text, id `id`):
// session notices, lockouts, form-wide errors. `width` 0 fills the open card; a `value` is what
// automation reports as the item's value (a state tests can compare without reading words).
void notice_item(const std::string& id, const char* glyph, const std::string& message, ImU32 fg, ImU32 bg,
                 float width = 0, const std::string& value = "");
}  // namespace ui
