// The native transport's cookies (the browser keeps its own): enough of RFC 6265 for one server
// over loopback. Keeps Path, so the refresh cookie (Path=/api/v1/auth) goes only to the auth
// endpoints, as a browser would send it; Max-Age<=0, an Expires in the past or an empty value
// delete it. Thread-safe: transport workers store while others read.
#pragma once
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace mestore {

class CookieJar {
 public:
  // One Set-Cookie header value: "name=value; Path=/x; HttpOnly; Max-Age=604800".
  void store(std::string_view set_cookie);
  // The Cookie header for a request to `target` (path and query), or "".
  std::string header_for(std::string_view target) const;
  std::size_t size() const;

 private:
  struct Cookie {
    std::string value;
    std::string path = "/";
  };
  mutable std::mutex mu_;
  std::map<std::string, Cookie> cookies_;
};

}  // namespace mestore
