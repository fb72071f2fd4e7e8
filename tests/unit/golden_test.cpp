// Golden files: real-looking answers for every wire type (tests/unit/golden/<type>/ok_*.json must
// decode, bad_*.json must fail with a decode error, never a crash). The same files seed the fuzzer.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "client/api_client.hpp"
#include "client/signature.hpp"

using namespace mestore;
namespace fs = std::filesystem;

namespace {

const fs::path kGolden = fs::path(__FILE__).parent_path() / "golden";

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

HttpResponse ok(std::string body) {
  HttpResponse r;
  r.status = 200;
  r.body = std::move(body);
  return r;
}

// Decodes `body` as the success envelope of T; returns the error (empty when it decoded).
template <class T>
ApiError decode_as(const std::string& body, T* value = nullptr) {
  Remote<T> out;
  settle_from_response(ok(body), out);
  if (value && out.done()) *value = out.value;
  return out.done() ? ApiError{} : out.error;
}

ApiError decode_file(const std::string& type, const std::string& body) {
  if (type == "health") return decode_as<Health>(body);
  if (type == "product") return decode_as<Product>(body);
  if (type == "products_page") return decode_as<Page<Product>>(body);
  if (type == "categories") return decode_as<std::vector<Category>>(body);
  if (type == "login") return decode_as<LoginResult>(body);
  if (type == "me") return decode_as<AuthUser>(body);
  if (type == "security_keys") return decode_as<KeySet>(body);
  if (type == "vendor_product") return decode_as<VendorProduct>(body);
  if (type == "error") {
    HttpResponse r = ok(body);
    r.status = 422;
    ApiError e = error_from_response(r);
    // A readable envelope keeps the server's code; anything else falls back to HTTP_<status>.
    if (e.code == "HTTP_422") {
      e.kind = ErrorKind::Decode;
      return e;
    }
    return {};
  }
  FAIL("golden folder without a decoder: " << type);
  return {};
}

}  // namespace

TEST_CASE("every golden file decodes or fails as its name says") {
  REQUIRE(fs::is_directory(kGolden));
  std::map<std::string, int> counts;
  for (const auto& dir : fs::directory_iterator(kGolden)) {
    if (!dir.is_directory()) continue;
    const std::string type = dir.path().filename().string();
    for (const auto& file : fs::directory_iterator(dir.path())) {
      const std::string name = file.path().filename().string();
      INFO(type << "/" << name);
      ApiError e = decode_file(type, read(file.path()));
      if (name.rfind("ok_", 0) == 0) {
        CHECK(e.kind == ErrorKind::None);
        CHECK(e.message == "");
        ++counts[type + " ok"];
      } else {
        REQUIRE(name.rfind("bad_", 0) == 0);
        CHECK(e.kind == ErrorKind::Decode);
        ++counts[type + " bad"];
      }
    }
  }
  for (const char* type : {"health", "product", "products_page", "categories", "login", "me", "security_keys", "error",
                           "vendor_product"}) {
    INFO(type);
    CHECK(counts[std::string(type) + " ok"] >= 1);
    CHECK(counts[std::string(type) + " bad"] >= 1);
  }
}

TEST_CASE("golden failures name the field that is wrong") {
  const std::pair<const char*, const char*> cases[] = {
      {"product/bad_price_float.json", "data.price"},
      {"vendor_product/bad_price_float.json", "data.price"},
      {"vendor_product/bad_missing_stock_reserved.json", "data.stock_reserved"},
      {"vendor_product/bad_image_width_string.json", "data.images[0].width"},
      {"product/bad_price_string.json", "data.price"},
      {"product/bad_missing_id.json", "data.id"},
      {"product/bad_stock_overflow.json", "data.stock_available"},
      {"products_page/bad_second_item.json", "data[1].name"},
      {"products_page/bad_missing_pagination.json", "pagination"},
      {"products_page/bad_has_next_string.json", "pagination.has_next"},
      {"categories/bad_parent_number.json", "data[0].parent_id"},
      {"categories/bad_missing_parent.json", "data[0].parent_id"},
      {"login/bad_no_user.json", "data.user"},
      {"login/bad_expires_float.json", "data.expires_in"},
      {"login/bad_empty_token.json", "data.access_token"},
      {"login/bad_user_active_string.json", "data.user.is_active"},
      {"me/bad_missing_user_type.json", "data.user_type"},
      {"security_keys/bad_key_missing_id.json", "data[0].key_id"},
      {"health/bad_uptime_string.json", "data.uptime_seconds"},
  };
  for (const auto& [file, field] : cases) {
    INFO(file);
    const std::string path(file);
    ApiError e = decode_file(path.substr(0, path.find('/')), read(kGolden / path));
    REQUIRE(e.kind == ErrorKind::Decode);
    REQUIRE_FALSE(e.details.empty());
    CHECK(e.details[0].field == field);
  }
}

TEST_CASE("golden values come through intact") {
  Product p;
  REQUIRE(decode_as(read(kGolden / "product/ok_full.json"), &p).kind == ErrorKind::None);
  CHECK(p.name == "Audífonos inalámbricos TecnoAndina");
  CHECK(p.price == Cop{129900});
  CHECK(p.category_name == "Tecnología");

  Product nulls;
  REQUIRE(decode_as(read(kGolden / "product/ok_minimal_nulls.json"), &nulls).kind == ErrorKind::None);
  CHECK(nulls.description.empty());
  CHECK(nulls.stock_available == 0);

  Product emoji;
  REQUIRE(decode_as(read(kGolden / "product/ok_unicode_escapes.json"), &emoji).kind == ErrorKind::None);
  CHECK(emoji.name == "Mochila wayuu ñ \xF0\x9F\x91\x9C");

  LoginResult login;
  REQUIRE(decode_as(read(kGolden / "login/ok_buyer.json"), &login).kind == ErrorKind::None);
  CHECK(login.access_token == "opaque-access");
  CHECK(login.expires_in == 1800);
  CHECK(login.user.phone == "+573001234567");
  CHECK_FALSE(login.user.vendor_status);

  std::vector<Category> cats;
  REQUIRE(decode_as(read(kGolden / "categories/ok_tree.json"), &cats).kind == ErrorKind::None);
  CHECK_FALSE(cats[0].parent_id);
  CHECK(cats[1].parent_id == "c1");

  KeySet keys;
  REQUIRE(decode_as(read(kGolden / "security_keys/ok_wrapped.json"), &keys).kind == ErrorKind::None);
  CHECK(keys.keys.size() == 2);
  REQUIRE(decode_as(read(kGolden / "security_keys/ok_list.json"), &keys).kind == ErrorKind::None);
  REQUIRE(keys.find("k-2026-01"));
  unsigned char pk[32];
  CHECK(decode_base64_exact(keys.find("k-2026-01")->public_key, pk, sizeof pk));

  HttpResponse r = ok(read(kGolden / "error/ok_validation.json"));
  r.status = 422;
  ApiError e = error_from_response(r);
  CHECK(e.code == "VALIDATION_ERROR");
  CHECK(e.field_message("shipping_city") == "requerido");
  CHECK(e.request_id == "req-123");
}

TEST_CASE("wire types survive a round trip through their own JSON") {
  Product p;
  REQUIRE(decode_as(read(kGolden / "product/ok_full.json"), &p).kind == ErrorKind::None);
  Product back;
  REQUIRE_FALSE(decode_text(json(p).dump(), back));
  CHECK(json(back) == json(p));

  LoginResult login;
  REQUIRE(decode_as(read(kGolden / "login/ok_vendor.json"), &login).kind == ErrorKind::None);
  LoginResult login_back;
  REQUIRE_FALSE(decode_text(json(login).dump(), login_back));
  CHECK(login_back.user.vendor_status == "APPROVED");

  Category c{"c9", "hogar", "Hogar", std::nullopt, 3};
  Category c_back;
  REQUIRE_FALSE(decode_text(json(c).dump(), c_back));
  CHECK(c_back.slug == "hogar");
  CHECK_FALSE(c_back.parent_id);
}
