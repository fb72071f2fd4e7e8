// Every user-visible text goes through tr("key"). Spanish is the default; English is available.
// Keys are stable and language-independent, and double as automation ids where it fits.
#pragma once
#include <string>

#include "client/locale.hpp"

namespace ui {

void set_locale(mestore::Locale locale);
mestore::Locale current_locale();
// The text for `key` in the current language; the key itself if it is missing (visible in tests).
const char* tr(const char* key);
// The text for a server code (an audit action, a fraud reason…) under `prefix`: tr(prefix + code),
// or the code itself when there is no translation (a code added on the server later still shows).
std::string code_text(const char* prefix, const std::string& code);
// "Label##id" for an actionable widget: visible text from tr(key), id stays the same in every language.
std::string label(const char* key, const std::string& id);

}  // namespace ui
