// One stub shared by the vendor-product and approval tests of this process (known seed
// password, developer controls on), and helpers to create products and upload pictures.
#pragma once
#include <httplib.h>

#include <string>

#include "api_helpers.hpp"

namespace testsupport {

inline constexpr const char* kVendorB = "casacaribe@mestore.com";

inline StubProcess& catalog_stub() {
  static StubProcess s(auth_stub_options());
  return s;
}

inline Api catalog_api() { return Api(catalog_stub().url()); }

inline std::string token_for(const char* email) {
  Login l = login(catalog_api(), email);
  return l.ok() ? l.access : "";
}

// A unique, valid product body (its SKU and name carry a counter).
inline json product_body(const std::string& tag, long long price = 125000) {
  static int n = 0;
  const std::string k = std::to_string(::getpid() % 100000) + "-" + std::to_string(++n);
  return {{"name", "Producto " + tag + " " + k}, {"sku", "T-" + k}, {"price", price}, {"cost_price", price / 2},
          {"category_id", "audio"}, {"stock", 12}, {"description", "Hecho para pruebas"}};
}

// POST /vendors/me/products; returns the answer (data is the VendorProduct).
inline Answer create_product(const std::string& token, const json& body) {
  return catalog_api().post("/api/v1/vendors/me/products", body, token);
}

inline Answer put_json(const Api& api, const std::string& path, const json& body, const std::string& token) {
  return api.send("PUT", path, body, token);
}

// Uploads `bytes` as the raw body with `content_type`.
inline Answer upload_raw(const std::string& product_id, const std::string& bytes, const std::string& content_type,
                         const std::string& token) {
  httplib::Client c(catalog_stub().url());
  c.set_read_timeout(30, 0);
  httplib::Headers h = {{"Authorization", "Bearer " + token}};
  auto r = c.Post(("/api/v1/vendors/me/products/" + product_id + "/images").c_str(), h, bytes, content_type.c_str());
  Answer a;
  if (!r) return a;
  a.status = r->status;
  a.headers = r->headers;
  a.raw = r->body;
  a.body = json::parse(r->body, nullptr, false);
  return a;
}

// Uploads `bytes` as the one file of a multipart form, under the given file name and type.
inline Answer upload_form(const std::string& product_id, const std::string& bytes, const std::string& filename,
                          const std::string& content_type, const std::string& token) {
  httplib::Client c(catalog_stub().url());
  c.set_read_timeout(30, 0);
  httplib::Headers h = {{"Authorization", "Bearer " + token}};
  httplib::MultipartFormDataItems items = {{"file", bytes, filename, content_type}};
  auto r = c.Post(("/api/v1/vendors/me/products/" + product_id + "/images").c_str(), h, items);
  Answer a;
  if (!r) return a;
  a.status = r->status;
  a.headers = r->headers;
  a.raw = r->body;
  a.body = json::parse(r->body, nullptr, false);
  return a;
}

// Every public product id of a search (first 100).
inline std::vector<std::string> public_ids(const std::string& query) {
  Answer a = catalog_api().get("/api/v1/products?size=100&" + query);
  std::vector<std::string> out;
  if (a.status == 200)
    for (const auto& p : a.data()) out.push_back(p["id"]);
  return out;
}

}  // namespace testsupport
