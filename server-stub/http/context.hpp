// What a handler receives: the parsed request, path parameters, the caller, and helpers to
// read validated input. Handlers stay short by throwing ApiFailure for bad input.
#pragma once
#include <httplib.h>

#include <map>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "api_failure.hpp"

namespace stub {

using nlohmann::json;

struct Caller;  // defined by the auth module once sessions exist

struct Context {
  const httplib::Request& req;
  std::map<std::string, std::string> params;  // from {name} segments
  std::string request_id;
  std::string ip;
  const Caller* caller = nullptr;  // set when the route needs authentication
  std::shared_ptr<const Caller> caller_storage;  // owns *caller

  const std::string& param(const std::string& name) const { return params.at(name); }
  bool has_query(const char* key) const { return req.has_param(key); }
  std::string query(const char* key, std::string fallback = "") const {
    return req.has_param(key) ? req.get_param_value(key) : fallback;
  }
  // An integer query parameter within [lo, hi]; anything else is a 422 naming the parameter.
  long long query_int(const char* key, long long fallback, long long lo, long long hi) const;
  // The request body as a JSON object (the router already checked the content type).
  const json& body() const;

  mutable std::optional<json> parsed_body;
};

// A handler's answer. Most are `Reply::ok(data)` or `Reply::page(items, pagination)`.
struct Reply {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;

  static Reply ok(const json& data, int status = 200);
  static Reply ok_message(const json& data, const std::string& message, int status = 200);
  static Reply page(const json& items, const mestore::Pagination& p);
  static Reply raw(std::string body, std::string content_type, int status = 200);
};

}  // namespace stub
