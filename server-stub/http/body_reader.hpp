// Reads and validates a JSON request body field by field, collecting every problem, then
// check() throws one 422 listing them all (a form can mark each field at once). Fields the
// caller may not send are refused by name ("field not allowed"), never silently ignored: that is
// how mass assignment (`"user_type": "SUPERUSER"`, `"is_active": true`) is stopped.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "client/wire/common.hpp"

namespace stub {

class BodyReader {
 public:
  explicit BodyReader(const nlohmann::json& body) : body_(body) {}

  // Every key outside `allowed` becomes a field_not_allowed error.
  BodyReader& allow_only(std::initializer_list<std::string_view> allowed);
  bool has(const char* field) const { return body_.contains(field); }

  // Trimmed text of min..max characters without control characters; "" when optional and absent.
  std::string text(const char* field, std::size_t min_chars, std::size_t max_chars, bool required = true);
  // A syntactically plausible address, lowercased and trimmed.
  std::string email(const char* field = "email");
  // Taken as typed (no trimming); only presence and a sane size are checked here.
  std::string secret(const char* field);
  std::optional<bool> boolean(const char* field);
  std::optional<long long> integer(const char* field, long long lo, long long hi, bool required);
  // One of `values`; "" when optional and absent.
  std::string one_of(const char* field, const std::vector<std::string>& values, bool required);
  // Matches a Colombian mobile number (^(\+57|57)?3\d{9}$); "" when optional and absent.
  std::string colombian_mobile(const char* field, bool required);

  void add(std::string field, std::string message, std::string type);
  void add(std::vector<mestore::FieldError> more);
  bool ok() const { return errors_.empty(); }
  // Throws 422 VALIDATION_ERROR with every collected detail, if any.
  void check() const;

 private:
  const nlohmann::json* get(const char* field, bool required);
  const nlohmann::json& body_;
  std::vector<mestore::FieldError> errors_;
};

bool is_colombian_mobile(std::string_view phone);
bool looks_like_email(std::string_view email);

}  // namespace stub
