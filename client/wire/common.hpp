// The envelope pieces every endpoint shares: pagination, field errors, the error body.
// Success: {status:"success", data, message?, pagination?}
// Error:   {status:"error", error_code, error_message, details:[{field,message,error_type}], request_id}
#pragma once
#include <string>
#include <vector>

#include "../decode.hpp"

namespace mestore {

struct Pagination {
  int page = 1;
  int size = 20;
  std::int64_t total = 0;
  int total_pages = 0;
  bool has_next = false;
  bool has_prev = false;
};

inline void from_json(const json& j, Pagination& p) {
  decode::required(j, "page", p.page);
  decode::required(j, "size", p.size);
  decode::required(j, "total", p.total);
  decode::required(j, "total_pages", p.total_pages);
  decode::required(j, "has_next", p.has_next);
  decode::required(j, "has_prev", p.has_prev);
}
inline void to_json(json& j, const Pagination& p) {
  j = {{"page", p.page}, {"size", p.size}, {"total", p.total}, {"total_pages", p.total_pages},
       {"has_next", p.has_next}, {"has_prev", p.has_prev}};
}
Pagination make_pagination(int page, int size, std::int64_t total);

struct FieldError {
  std::string field;
  std::string message;
  std::string error_type;
};

inline void from_json(const json& j, FieldError& e) {
  decode::optional(j, "field", e.field);
  decode::required(j, "message", e.message);
  decode::optional(j, "error_type", e.error_type);
}
inline void to_json(json& j, const FieldError& e) {
  j = {{"field", e.field}, {"message", e.message}, {"error_type", e.error_type}};
}

struct ErrorBody {
  std::string error_code;
  std::string error_message;
  std::vector<FieldError> details;
  std::string request_id;
};

inline void from_json(const json& j, ErrorBody& e) {
  decode::required(j, "error_code", e.error_code);
  decode::required(j, "error_message", e.error_message);
  decode::optional(j, "details", e.details);
  decode::optional(j, "request_id", e.request_id);
}
inline void to_json(json& j, const ErrorBody& e) {
  j = {{"status", "error"}, {"error_code", e.error_code}, {"error_message", e.error_message},
       {"details", e.details}, {"request_id", e.request_id}};
}

// A page of a list endpoint: `data` holds the items, `pagination` sits beside it.
template <class T>
struct Page {
  std::vector<T> items;
  Pagination pagination;
};

}  // namespace mestore
