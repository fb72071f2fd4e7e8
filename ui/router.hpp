// Routes are what the address bar shows after '#': "/catalog?q=café&page=2".
// route() in the automation contract reports them with the leading '#'.
#pragma once
#include <map>
#include <string>

namespace ui {

struct Route {
  std::string path = "/";
  std::map<std::string, std::string> query;

  static Route parse(const std::string& text);  // accepts "#/x?a=b", "/x?a=b" or ""
  std::string str() const;                       // "/x?a=b" (keys sorted, values encoded)
  std::string get(const std::string& key, const std::string& fallback = "") const;
  int get_int(const std::string& key, int fallback) const;
  Route with(const std::string& key, const std::string& value) const;  // empty value removes
  bool operator==(const Route& o) const { return path == o.path && query == o.query; }
};

// Matches "/product/{id}" against a path; fills `param` with the value of the one {…} segment.
bool match_route(const char* pattern, const std::string& path, std::string* param);

}  // namespace ui
