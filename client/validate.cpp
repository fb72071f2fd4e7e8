#include "validate.hpp"

#include <cctype>

namespace mestore {
namespace {

bool ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::string_view trim(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool has_control(std::string_view s) {
  for (unsigned char c : s)
    if (c < 0x20 || c == 0x7f) return true;
  return false;
}

bool has_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

bool contains_ci(std::string_view hay, std::string_view needle) {
  if (needle.empty() || needle.size() > hay.size()) return false;
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && lower(hay[i + k]) == lower(needle[k])) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

// Shared by names, addresses, cities.
Validity check_text(std::string_view raw, std::size_t min, std::size_t max, bool allow_digits, std::string_view required, std::string_view too_short, std::string_view too_long,
                    std::string_view invalid) {
  const std::string_view s = trim(raw);
  if (s.empty()) return {required};
  if (has_control(s) || (!allow_digits && has_digit(s))) return {invalid};
  const std::size_t n = utf8_length(s);
  if (n < min) return {too_short};
  if (n > max) return {too_long};
  return {};
}

}  // namespace

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

Validity validate_email(std::string_view raw) {
  const std::string_view e = trim(raw);
  if (e.empty()) return {"validate.required"};
  if (e.size() > 254) return {"validate.email_invalid"};
  const auto at = e.find('@');
  if (at == std::string_view::npos || at == 0 || at > 64 || e.find('@', at + 1) != std::string_view::npos)
    return {"validate.email_invalid"};
  const std::string_view local = e.substr(0, at), domain = e.substr(at + 1);
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) return {"validate.email_invalid"};
  for (char c : local)
    if (!ascii_alnum(c) && std::string_view("!#$%&'*+/=?^_`{|}~.-").find(c) == std::string_view::npos)
      return {"validate.email_invalid"};
  // domain: labels of [A-Za-z0-9-], not starting or ending with '-', at least two labels.
  if (domain.empty() || domain.find('.') == std::string_view::npos) return {"validate.email_invalid"};
  std::size_t start = 0;
  while (start <= domain.size()) {
    const auto dot = domain.find('.', start);
    const std::string_view label = domain.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return {"validate.email_invalid"};
    for (char c : label)
      if (!ascii_alnum(c) && c != '-') return {"validate.email_invalid"};
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return {};
}

std::optional<std::string> normalize_co_mobile(std::string_view raw) {
  std::string s;
  for (char c : trim(raw)) {
    if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') continue;
    s.push_back(c);
  }
  std::string_view rest = s;
  if (rest.substr(0, 3) == "+57") rest.remove_prefix(3);
  else if (rest.size() == 12 && rest.substr(0, 2) == "57") rest.remove_prefix(2);
  if (rest.size() != 10 || rest[0] != '3') return std::nullopt;
  for (char c : rest)
    if (c < '0' || c > '9') return std::nullopt;
  return "+57" + std::string(rest);
}

Validity validate_co_mobile(std::string_view phone) {
  if (trim(phone).empty()) return {"validate.required"};
  return normalize_co_mobile(phone) ? Validity{} : Validity{"validate.phone_invalid"};
}

std::vector<PasswordRule> password_rules(std::string_view password, std::string_view email) {
  const std::size_t n = utf8_length(password);
  const std::string_view trimmed_email = trim(email);
  const std::string_view local = trimmed_email.substr(0, trimmed_email.find('@'));
  return {
      {"validate.password_too_short", n >= 12},
      {"validate.password_too_long", n <= 128},
      {"validate.password_contains_email", !contains_ci(password, local)},
  };
}

Validity validate_password(std::string_view password, std::string_view email) {
  if (password.empty()) return {"validate.required"};
  for (const auto& rule : password_rules(password, email))
    if (!rule.passed) return {rule.key};
  return {};
}

Validity validate_person_name(std::string_view name) {
  return check_text(name, 2, 100, false, "validate.required", "validate.name_too_short",
                    "validate.name_too_long", "validate.name_invalid");
}

Validity validate_address(std::string_view address) {
  return check_text(address, 5, 200, true, "validate.required", "validate.address_too_short",
                    "validate.address_too_long", "validate.address_invalid");
}

Validity validate_city(std::string_view city) {
  return check_text(city, 2, 80, false, "validate.required", "validate.city_too_short",
                    "validate.city_too_long", "validate.city_invalid");
}

}  // namespace mestore
