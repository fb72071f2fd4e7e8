#pragma once
#include <string_view>

namespace mestore {

enum class Locale { Es, En };

inline std::string_view locale_code(Locale l) { return l == Locale::En ? "en" : "es"; }
inline Locale locale_from_code(std::string_view code) { return code == "en" ? Locale::En : Locale::Es; }

}  // namespace mestore
