// Vendors manage their own products over real HTTP: statuses, validation naming each field,
// mass assignment refused, another vendor's products invisible, pictures checked by content.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>

#include "catalog_management.hpp"
#include "client/api_client.hpp"
#include "test_images.hpp"

using namespace testsupport;

namespace {

const std::string kBase = "/api/v1/vendors/me/products";

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("a vendor's new product is PENDING and not public; draft:true keeps a DRAFT") {
  const std::string vendor = token_for(kVendor);
  REQUIRE_FALSE(vendor.empty());
  json body = product_body("nuevo");
  Answer created = create_product(vendor, body);
  REQUIRE(created.status == 201);
  const json p = created.data();
  CHECK(p["status"] == "PENDING");
  CHECK(p["sku"] == body["sku"]);
  CHECK(p["price"] == 125000);
  CHECK(p["cost_price"] == 62500);
  CHECK(p["category_name"] == "Audio");
  CHECK(p["stock_quantity"] == 12);
  CHECK(p["stock_available"] == 12);
  CHECK(p["images"].empty());
  CHECK_FALSE(p["submitted_at"].is_null());
  const std::string id = p["id"];
  CHECK(catalog_api().get("/api/v1/products/" + id).status == 404);
  CHECK_FALSE(has(public_ids("search=" + mestore::percent_encode(body["name"].get<std::string>())), id));

  json draft_body = product_body("borrador");
  draft_body["draft"] = true;
  Answer draft = create_product(vendor, draft_body);
  REQUIRE(draft.status == 201);
  CHECK(draft.data()["status"] == "DRAFT");
  CHECK(draft.data()["submitted_at"].is_null());

  Answer mine = catalog_api().get(kBase + "?size=100&status=DRAFT", vendor);
  REQUIRE(mine.status == 200);
  bool found = false;
  for (const auto& item : mine.data()) {
    CHECK(item["status"] == "DRAFT");
    found = found || item["id"] == draft.data()["id"];
  }
  CHECK(found);
  // Seeded products of every status show in the vendor's own list, with paging.
  Answer all = catalog_api().get(kBase + "?size=5&page=1", vendor);
  REQUIRE(all.status == 200);
  CHECK(all.data().size() == 5);
  CHECK(all.body["pagination"]["total"].get<int>() > 5);
  CHECK(catalog_api().get(kBase + "?status=SOLD", vendor).detail_type("status") == "enum_error");
}

TEST_CASE("validation errors name every broken field in one 422") {
  const std::string vendor = token_for(kVendor);
  Answer bad = create_product(vendor, {{"name", "X"}, {"sku", "no spaces!"}, {"price", 50}, {"cost_price", -1}, {"stock", -3},
                                       {"category_id", "no-such-category"}, {"description", std::string(1001, 'a')}});
  REQUIRE(bad.status == 422);
  CHECK(bad.code() == "VALIDATION_ERROR");
  CHECK(bad.detail_type("name") == "too_short");
  CHECK(bad.detail_type("sku") == "value_error");
  CHECK(bad.detail_type("price") == "range_error");
  CHECK(bad.detail_type("cost_price") == "range_error");
  CHECK(bad.detail_type("stock") == "range_error");
  CHECK(bad.detail_type("description") == "too_long");

  CHECK(create_product(vendor, {{"sku", "ABC-1"}}).detail_type("name") == "missing");
  json fractional = product_body("frac");
  fractional["price"] = 1999.5;
  CHECK(create_product(vendor, fractional).detail_type("price") == "type_error");
  json huge = product_body("huge");
  huge["price"] = 100000001;
  CHECK(create_product(vendor, huge).detail_type("price") == "range_error");
  json text_price = product_body("texto");
  text_price["price"] = "125000";
  CHECK(create_product(vendor, text_price).detail_type("price") == "type_error");
  json half_stock = product_body("stock");
  half_stock["stock"] = 2.5;
  CHECK(create_product(vendor, half_stock).detail_type("stock") == "type_error");
  // Checks that need the database come back the same way.
  json no_category = product_body("cat");
  no_category["category_id"] = "no-such-category";
  CHECK(create_product(vendor, no_category).detail_type("category_id") == "not_found");
  json costly = product_body("costo");
  costly["cost_price"] = 200000;
  CHECK(create_product(vendor, costly).detail_type("cost_price") == "range_error");
  json first = product_body("sku");
  REQUIRE(create_product(vendor, first).status == 201);
  json again = product_body("sku2");
  again["sku"] = first["sku"];
  CHECK(create_product(vendor, again).detail_type("sku") == "duplicate");
  CHECK(create_product(token_for(kVendorB), again).detail_type("sku") == "duplicate");
}

TEST_CASE("status, vendor_id, commission and id in a body never take effect") {
  const std::string vendor = token_for(kVendor);
  json body = product_body("masivo");
  body["status"] = "APPROVED";
  body["vendor_id"] = "someone-else";
  body["commission"] = 0;
  body["id"] = "chosen-id";
  Answer refused = create_product(vendor, body);
  REQUIRE(refused.status == 422);
  for (const char* f : {"status", "vendor_id", "commission", "id"}) CHECK(refused.detail_type(f) == "field_not_allowed");
  CHECK(catalog_api().get(kBase + "/chosen-id", vendor).status == 404);

  Answer created = create_product(vendor, product_body("honesto"));
  REQUIRE(created.status == 201);
  const std::string id = created.data()["id"];
  Answer patched = catalog_api().patch(kBase + "/" + id, {{"status", "APPROVED"}, {"stock_reserved", 0}}, vendor);
  CHECK(patched.detail_type("status") == "field_not_allowed");
  CHECK(patched.detail_type("stock_reserved") == "field_not_allowed");
  Answer now = catalog_api().get(kBase + "/" + id, vendor);
  CHECK(now.data()["status"] == "PENDING");
  CHECK(catalog_api().get("/api/v1/products/" + id).status == 404);
}

TEST_CASE("vendor A can neither see nor change vendor B's product: it is a 404") {
  const std::string a = token_for(kVendor), b = token_for(kVendorB);
  Answer created = create_product(b, product_body("ajeno"));
  REQUIRE(created.status == 201);
  const std::string id = created.data()["id"];
  const std::string path = kBase + "/" + id;
  CHECK(catalog_api().get(path, a).status == 404);
  CHECK(put_json(catalog_api(), path, product_body("robo"), a).status == 404);
  CHECK(catalog_api().patch(path, {{"price", 100}}, a).status == 404);
  CHECK(catalog_api().post(path + "/submit", json::object(), a).status == 404);
  CHECK(catalog_api().del(path, a).status == 404);
  CHECK(upload_raw(id, make_png(8, 8), "image/png", a).status == 404);
  for (const auto& p : catalog_api().get(kBase + "?size=100&search=ajeno", a).data()) CHECK(p["id"] != id);
  Answer still = catalog_api().get(path, b);
  REQUIRE(still.status == 200);
  CHECK(still.data()["price"] == 125000);
}

TEST_CASE("edits, submit and deactivate move the status along the rules") {
  const std::string vendor = token_for(kVendor);
  json body = product_body("ciclo");
  body["draft"] = true;
  Answer created = create_product(vendor, body);
  REQUIRE(created.status == 201);
  const std::string path = kBase + "/" + created.data()["id"].get<std::string>();

  Answer edited = catalog_api().patch(path, {{"name", "Producto ciclo editado"}}, vendor);
  REQUIRE(edited.status == 200);
  CHECK(edited.data()["status"] == "DRAFT");  // drafts stay drafts until submitted
  CHECK(edited.data()["name"] == "Producto ciclo editado");
  Answer submitted = catalog_api().post(path + "/submit", json::object(), vendor);
  REQUIRE(submitted.status == 200);
  CHECK(submitted.data()["status"] == "PENDING");
  CHECK(catalog_api().post(path + "/submit", json::object(), vendor).code() == "INVALID_STATUS");

  // PUT replaces: what it leaves out is cleared; stock is required.
  json replacement = product_body("reemplazo");
  replacement.erase("cost_price");
  replacement.erase("description");
  Answer replaced = put_json(catalog_api(), path, replacement, vendor);
  REQUIRE(replaced.status == 200);
  CHECK(replaced.data()["cost_price"].is_null());
  CHECK(replaced.data()["description"] == "");
  replacement.erase("stock");
  CHECK(put_json(catalog_api(), path, replacement, vendor).detail_type("stock") == "missing");

  Answer off = catalog_api().del(path, vendor);
  REQUIRE(off.status == 200);
  CHECK(off.data()["status"] == "INACTIVE");
  CHECK(catalog_api().del(path, vendor).code() == "INVALID_STATUS");
  CHECK(catalog_api().post(path + "/submit", json::object(), vendor).data()["status"] == "PENDING");
}

TEST_CASE("a real PNG uploads (raw or multipart) and is served with long cache headers; deleting removes it") {
  const std::string vendor = token_for(kVendor);
  Answer created = create_product(vendor, product_body("foto"));
  REQUIRE(created.status == 201);
  const std::string id = created.data()["id"];
  const std::string png = make_png(64, 48, 1);

  Answer up = upload_raw(id, png, "image/png", vendor);
  REQUIRE(up.status == 201);
  REQUIRE(up.data()["images"].size() == 1);
  const json img = up.data()["images"][0];
  CHECK(img["mime"] == "image/png");
  CHECK(img["width"] == 64);
  CHECK(img["height"] == 48);
  CHECK(img["bytes"] == static_cast<long long>(png.size()));
  CHECK(up.data()["image_url"] == img["url"]);

  httplib::Client c(catalog_stub().url());
  auto served = c.Get(img["url"].get<std::string>().c_str());
  REQUIRE(served);
  CHECK(served->status == 200);
  CHECK(served->body == png);
  CHECK(served->get_header_value("Content-Type") == "image/png");
  CHECK(served->get_header_value("Cache-Control") == "public, max-age=31536000, immutable");

  // The same picture twice is refused; another one through a form goes second.
  CHECK(upload_raw(id, png, "image/png", vendor).code() == "DUPLICATE_IMAGE");
  Answer form = upload_form(id, make_png(32, 32, 2), "../../etc/passwd.png", "image/png", vendor);
  REQUIRE(form.status == 201);
  REQUIRE(form.data()["images"].size() == 2);
  const std::string second_url = form.data()["images"][1]["url"];
  CHECK(second_url.find("passwd") == std::string::npos);  // the client's file name never reaches the disk
  CHECK(second_url.find("..") == std::string::npos);

  Answer removed = catalog_api().del(kBase + "/" + id + "/images/" + img["id"].get<std::string>(), vendor);
  REQUIRE(removed.status == 200);
  REQUIRE(removed.data()["images"].size() == 1);
  CHECK(removed.data()["image_url"] == second_url);  // the next picture became the primary one
  CHECK(c.Get(img["url"].get<std::string>().c_str())->status == 404);
  CHECK(catalog_api().del(kBase + "/" + id + "/images/no-such-image", vendor).status == 404);
}

TEST_CASE("uploads are judged by content: a text file named .jpg, a polyglot and more than 5 MB are refused") {
  const std::string vendor = token_for(kVendor);
  Answer created = create_product(vendor, product_body("falsa"));
  REQUIRE(created.status == 201);
  const std::string id = created.data()["id"];

  Answer text = upload_form(id, "hola, no soy una foto\n", "foto.jpg", "image/jpeg", vendor);
  CHECK(text.status == 415);
  CHECK(text.code() == "UNSUPPORTED_MEDIA_TYPE");
  CHECK(upload_raw(id, "<html><script>alert(1)</script></html>", "image/jpeg", vendor).status == 415);
  std::string broken = make_png(16, 16);
  broken[broken.size() / 2] ^= 0x55;  // a CRC no longer matches
  Answer corrupt = upload_raw(id, broken, "image/png", vendor);
  CHECK(corrupt.status == 422);
  CHECK(corrupt.code() == "INVALID_IMAGE");
  CHECK(corrupt.detail_type("file") == "corrupt");
  Answer polyglot = upload_raw(id, make_png(8, 8) + "<script>alert(1)</script>", "image/png", vendor);
  CHECK(polyglot.status == 422);

  std::string big = make_png(1100, 1600);  // stored, not compressed: a little over 5 MB
  REQUIRE(big.size() > 5u * 1024 * 1024);
  Answer too_big = upload_raw(id, big, "image/png", vendor);
  CHECK(too_big.status == 413);
  CHECK(too_big.code() == "PAYLOAD_TOO_LARGE");
  CHECK(catalog_api().get(kBase + "/" + id, vendor).data()["images"].empty());
}

TEST_CASE("every catalog management and developer route is in /openapi.json, and every $ref resolves") {
  Answer doc = catalog_api().get("/openapi.json");
  REQUIRE(doc.status == 200);
  const json& paths = doc.body["paths"];
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"/api/v1/vendors/me/products", "get"},           {"/api/v1/vendors/me/products", "post"},
      {"/api/v1/vendors/me/products/{id}", "get"},      {"/api/v1/vendors/me/products/{id}", "put"},
      {"/api/v1/vendors/me/products/{id}", "patch"},    {"/api/v1/vendors/me/products/{id}", "delete"},
      {"/api/v1/vendors/me/products/{id}/submit", "post"}, {"/api/v1/vendors/me/products/{id}/images", "post"},
      {"/api/v1/vendors/me/products/{id}/images/{image_id}", "delete"}, {"/api/v1/admin/products/pending", "get"},
      {"/api/v1/admin/products/{id}", "get"},           {"/api/v1/admin/products/{id}/approve", "post"},
      {"/api/v1/admin/products/{id}/reject", "post"},   {"/api/v1/dev/chaos", "get"},
      {"/api/v1/dev/chaos", "put"},                     {"/api/v1/dev/faults", "get"},
      {"/api/v1/dev/faults", "put"},                    {"/api/v1/dev/reset", "post"}};
  for (const auto& [path, method] : expected) {
    INFO(method << " " << path);
    REQUIRE(paths.contains(path));
    CHECK(paths[path].contains(method));
  }
  CHECK(paths["/api/v1/vendors/me/products/{id}/images"]["post"]["requestBody"]["content"].contains("multipart/form-data"));
  CHECK(paths["/api/v1/admin/products/pending"]["get"]["x-roles"] == json{"ADMIN", "SUPERUSER"});
  std::function<void(const json&)> refs_resolve = [&](const json& j) {
    if (j.is_object()) {
      if (j.contains("$ref")) {
        const std::string name = j["$ref"].get<std::string>().substr(std::string("#/components/schemas/").size());
        INFO(name);
        CHECK(doc.body["components"]["schemas"].contains(name));
      }
      for (const auto& [k, v] : j.items()) refs_resolve(v);
    } else if (j.is_array()) {
      for (const auto& v : j) refs_resolve(v);
    }
  };
  refs_resolve(doc.body);
}
