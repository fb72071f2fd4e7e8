// Handlers report a failure by throwing ApiFailure; the router turns it into the one error
// envelope. Anything else thrown becomes a generic 500 (details go to the log, never the client).
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

#include "client/wire/common.hpp"

namespace stub {

struct ApiFailure : std::exception {
  int status;
  std::string code;
  std::string message;
  std::vector<mestore::FieldError> details;
  int retry_after_seconds = 0;

  ApiFailure(int status, std::string code, std::string message, std::vector<mestore::FieldError> details = {})
      : status(status), code(std::move(code)), message(std::move(message)), details(std::move(details)) {}
  const char* what() const noexcept override { return message.c_str(); }
};

inline ApiFailure not_found(std::string what = "resource") {
  return ApiFailure(404, "NOT_FOUND", what + " not found");
}
inline ApiFailure invalid(std::string field, std::string message, std::string type = "value_error") {
  return ApiFailure(422, "VALIDATION_ERROR", "the request has invalid fields", {{field, message, type}});
}

}  // namespace stub
