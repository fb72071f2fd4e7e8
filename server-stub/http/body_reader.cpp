#include "body_reader.hpp"

#include <algorithm>
#include <regex>

#include "api_failure.hpp"

namespace stub {
namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::size_t chars(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool has_control(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

}  // namespace

bool is_colombian_mobile(std::string_view phone) {
  static const std::regex re(R"(^(\+57|57)?3\d{9}$)");
  return std::regex_match(phone.begin(), phone.end(), re);
}

bool looks_like_email(std::string_view e) {
  const auto at = e.find('@');
  if (at == std::string_view::npos || at == 0 || at > 64 || e.size() > 254 || e.find('@', at + 1) != std::string_view::npos)
    return false;
  const auto domain = e.substr(at + 1);
  const auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return false;
  return std::none_of(e.begin(), e.end(), [](char c) {
    return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == ',';
  });
}

BodyReader& BodyReader::allow_only(std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : body_.items())
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      errors_.push_back({key, "field not allowed", "field_not_allowed"});
  return *this;
}

const nlohmann::json* BodyReader::get(const char* field, bool required) {
  auto it = body_.find(field);
  if (it == body_.end() || it->is_null()) {
    if (required) errors_.push_back({field, "is required", "missing"});
    return nullptr;
  }
  return &*it;
}

std::string BodyReader::text(const char* field, std::size_t min_chars, std::size_t max_chars, bool required) {
  const auto* v = get(field, required);
  if (!v) return {};
  if (!v->is_string()) {
    errors_.push_back({field, "must be text", "type_error"});
    return {};
  }
  std::string s = trim(v->get<std::string>());
  const std::size_t n = chars(s);
  if (has_control(s)) errors_.push_back({field, "must not contain control characters", "value_error"});
  else if (n < min_chars || n > max_chars)
    errors_.push_back({field, "must be " + std::to_string(min_chars) + " to " + std::to_string(max_chars) + " characters long",
                       n < min_chars ? (n == 0 && required ? "missing" : "too_short") : "too_long"});
  return s;
}

std::string BodyReader::email(const char* field) {
  std::string e = text(field, 3, 254);
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (!e.empty() && !looks_like_email(e)) errors_.push_back({field, "is not a valid email address", "value_error"});
  return e;
}

std::string BodyReader::secret(const char* field) {
  const auto* v = get(field, true);
  if (!v) return {};
  if (!v->is_string()) {
    errors_.push_back({field, "must be text", "type_error"});
    return {};
  }
  std::string s = v->get<std::string>();
  if (s.empty()) errors_.push_back({field, "is required", "missing"});
  if (s.size() > 4096) errors_.push_back({field, "is too long", "too_long"});
  return s;
}

std::optional<bool> BodyReader::boolean(const char* field) {
  const auto* v = get(field, false);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    errors_.push_back({field, "must be true or false", "type_error"});
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<long long> BodyReader::integer(const char* field, long long lo, long long hi, bool required) {
  const auto* v = get(field, required);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) {
    errors_.push_back({field, "must be a whole number", "type_error"});
    return std::nullopt;
  }
  if (v->is_number_unsigned() && v->get<unsigned long long>() > static_cast<unsigned long long>(hi)) {
    errors_.push_back({field, "must be between " + std::to_string(lo) + " and " + std::to_string(hi), "range_error"});
    return std::nullopt;
  }
  const long long n = v->get<long long>();
  if (n < lo || n > hi) {
    errors_.push_back({field, "must be between " + std::to_string(lo) + " and " + std::to_string(hi), "range_error"});
    return std::nullopt;
  }
  return n;
}

std::string BodyReader::one_of(const char* field, const std::vector<std::string>& values, bool required) {
  const auto* v = get(field, required);
  if (!v) return {};
  if (!v->is_string() || std::find(values.begin(), values.end(), v->get<std::string>()) == values.end()) {
    std::string list;
    for (const auto& x : values) list += (list.empty() ? "" : ", ") + x;
    errors_.push_back({field, "must be one of " + list, "enum_error"});
    return {};
  }
  return v->get<std::string>();
}

std::string BodyReader::colombian_mobile(const char* field, bool required) {
  std::string p = text(field, 0, 16, required);
  p.erase(std::remove(p.begin(), p.end(), ' '), p.end());
  if (!p.empty() && !is_colombian_mobile(p))
    errors_.push_back({field, "must be a Colombian mobile number, e.g. +573001234567", "value_error"});
  return p;
}

void BodyReader::add(std::string field, std::string message, std::string type) {
  errors_.push_back({std::move(field), std::move(message), std::move(type)});
}

void BodyReader::add(std::vector<mestore::FieldError> more) {
  for (auto& e : more) errors_.push_back(std::move(e));
}

void BodyReader::check() const {
  if (!errors_.empty()) throw ApiFailure(422, "VALIDATION_ERROR", "the request has invalid fields", errors_);
}

}  // namespace stub
