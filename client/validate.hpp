// Form checks shared by every screen (and previewing what the server will check anyway; the
// server stays the authority). Each returns a message key the UI translates
// ("validate.phone_invalid"); an empty key means the value is fine.
//
//   auto v = mestore::validate_co_mobile(phone_input);
//   if (!v.ok()) field_error(tr(v.key));
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mestore {

struct Validity {
  std::string_view key;  // empty: valid
  bool ok() const { return key.empty(); }
};

// user@example.co: one @, a sane local part and a dotted domain, at most 254 characters.
Validity validate_email(std::string_view email);

// A Colombian mobile number: ^(\+57|57)?3\d{9}$ once spaces, dashes, dots and parentheses are
// removed. normalize_co_mobile gives the canonical "+573001234567" (nullopt when invalid).
Validity validate_co_mobile(std::string_view phone);
std::optional<std::string> normalize_co_mobile(std::string_view phone);

// The password policy, as far as the client can preview it: 12–128 characters, and not
// containing the local part of the email (case-insensitive). The list of common passwords is
// checked by the server only. password_rules() lists every rule with its state, for a live
// checklist; validate_password() gives the first failing rule.
struct PasswordRule {
  std::string_view key;  // validate.password_too_short | _too_long | _contains_email
  bool passed;
};
std::vector<PasswordRule> password_rules(std::string_view password, std::string_view email);
Validity validate_password(std::string_view password, std::string_view email);

// Names, addresses and cities: trimmed, non-empty, sane lengths (in characters), no control
// characters; names and cities have no digits ("Bogotá, D.C.", "Cartagena de Indias",
// "Cra. 7 # 45-10, apto 301" all pass).
Validity validate_person_name(std::string_view name);  // 2–100
Validity validate_address(std::string_view address);   // 5–200
Validity validate_city(std::string_view city);         // 2–80

// Characters (UTF-8 code points) in `s`; invalid UTF-8 bytes count one each.
std::size_t utf8_length(std::string_view s);

}  // namespace mestore
