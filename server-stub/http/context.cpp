#include "context.hpp"

#include <charconv>

#include "client/decode.hpp"

namespace stub {

long long Context::query_int(const char* key, long long fallback, long long lo, long long hi) const {
  if (!req.has_param(key)) return fallback;
  const std::string& s = req.get_param_value(key);
  long long v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size())
    throw invalid(key, "must be a whole number", "type_error");
  if (v < lo || v > hi)
    throw invalid(key, "must be between " + std::to_string(lo) + " and " + std::to_string(hi), "range_error");
  return v;
}

const json& Context::body() const {
  if (!parsed_body) {
    if (!mestore::json_depth_ok(req.body, 32))
      throw ApiFailure(422, "MALFORMED_JSON", "the JSON body is nested too deeply");
    json j = json::parse(req.body, nullptr, false);
    if (j.is_discarded()) throw ApiFailure(422, "MALFORMED_JSON", "the body is not valid JSON");
    if (!j.is_object()) throw ApiFailure(422, "MALFORMED_JSON", "the body must be a JSON object");
    parsed_body = std::move(j);
  }
  return *parsed_body;
}

Reply Reply::ok(const json& data, int status) {
  Reply r;
  r.status = status;
  r.body = json{{"status", "success"}, {"data", data}}.dump();
  return r;
}

Reply Reply::ok_message(const json& data, const std::string& message, int status) {
  Reply r;
  r.status = status;
  r.body = json{{"status", "success"}, {"data", data}, {"message", message}}.dump();
  return r;
}

Reply Reply::page(const json& items, const mestore::Pagination& p) {
  Reply r;
  r.body = json{{"status", "success"}, {"data", items}, {"pagination", p}}.dump();
  return r;
}

Reply Reply::raw(std::string body, std::string content_type, int status) {
  Reply r;
  r.status = status;
  r.body = std::move(body);
  r.content_type = std::move(content_type);
  return r;
}

}  // namespace stub
