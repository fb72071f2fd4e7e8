// The admin review queue over real HTTP: approval puts a product in the public catalog at once
// (the response cache follows every write), rejection needs a reason the vendor then sees, only
// staff may review, and every step is in the audit log.
#include <doctest/doctest.h>

#include <algorithm>

#include "catalog_management.hpp"
#include "client/api_client.hpp"
#include "test_images.hpp"

using namespace testsupport;

namespace {

const std::string kAdminBase = "/api/v1/admin/products";

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

json public_product(const std::string& id) {
  Answer a = catalog_api().get("/api/v1/products/" + id);
  return a.status == 200 ? a.data() : json();
}

// The public list entry of `id` among the newest products, or null.
json in_public_list(const std::string& id) {
  Answer a = catalog_api().get("/api/v1/products?size=100&sort_by=newest");
  for (const auto& p : a.data())
    if (p["id"] == id) return p;
  return nullptr;
}

}  // namespace

TEST_CASE("an approved product appears in the public catalog and its search at once") {
  const std::string vendor = token_for(kVendor), admin = token_for(kAdmin);
  json body = product_body("aprobable");
  Answer created = create_product(vendor, body);
  REQUIRE(created.status == 201);
  const std::string id = created.data()["id"];
  REQUIRE(upload_raw(id, make_png(40, 40, 5), "image/png", vendor).status == 201);
  const std::string search = "search=" + mestore::percent_encode(body["name"].get<std::string>());
  CHECK_FALSE(has(public_ids(search), id));  // also warms the cache with "not there"

  Answer queue = catalog_api().get(kAdminBase + "/pending?size=100", admin);
  REQUIRE(queue.status == 200);
  json entry;
  for (const auto& p : queue.data())
    if (p["id"] == id) entry = p;
  REQUIRE(entry.is_object());
  CHECK(entry["vendor_name"] == "TecnoAndina S.A.S.");
  CHECK(entry["image_url"].get<std::string>().rfind("/media/uploads/", 0) == 0);
  CHECK(entry["image_count"] == 1);
  CHECK(entry["status"] == "PENDING");
  CHECK_FALSE(entry.contains("cost_price"));
  CHECK(catalog_api().get(kAdminBase + "/" + id, admin).data()["images"].size() == 1);

  Answer approved = catalog_api().post(kAdminBase + "/" + id + "/approve", json::object(), admin);
  REQUIRE(approved.status == 200);
  CHECK(approved.data()["status"] == "APPROVED");
  CHECK_FALSE(approved.data()["reviewed_at"].is_null());
  CHECK(has(public_ids(search), id));
  const json shown = public_product(id);
  REQUIRE(shown.is_object());
  CHECK(shown["price"] == 125000);
  CHECK_FALSE(shown.contains("cost_price"));
  CHECK(shown.dump().find("62500") == std::string::npos);  // the cost price is in no value either
  CHECK(catalog_api().post(kAdminBase + "/" + id + "/approve", json::object(), admin).code() == "PRODUCT_NOT_PENDING");
}

TEST_CASE("a changed price or stock shows in the public list immediately") {
  const std::string vendor = token_for(kVendor), admin = token_for(kAdmin);
  Answer created = create_product(vendor, product_body("precio"));
  REQUIRE(created.status == 201);
  const std::string id = created.data()["id"];
  REQUIRE(catalog_api().post(kAdminBase + "/" + id + "/approve", json::object(), admin).status == 200);
  REQUIRE(in_public_list(id).is_object());
  CHECK(in_public_list(id)["price"] == 125000);  // twice: the second answer comes from the cache

  // Restocking keeps the product approved and shows at once.
  Answer restocked = catalog_api().patch("/api/v1/vendors/me/products/" + id, {{"stock", 40}}, vendor);
  REQUIRE(restocked.status == 200);
  CHECK(restocked.data()["status"] == "APPROVED");
  CHECK(in_public_list(id)["stock_available"] == 40);
  CHECK(public_product(id)["stock_available"] == 40);

  // A new price is reviewed first: off the list, then back with the new price once approved.
  Answer repriced = catalog_api().patch("/api/v1/vendors/me/products/" + id, {{"price", 99900}}, vendor);
  REQUIRE(repriced.status == 200);
  CHECK(repriced.data()["status"] == "PENDING");
  CHECK(in_public_list(id).is_null());
  CHECK(public_product(id).is_null());
  REQUIRE(catalog_api().post(kAdminBase + "/" + id + "/approve", json::object(), admin).status == 200);
  CHECK(in_public_list(id)["price"] == 99900);
  CHECK(public_product(id)["price"] == 99900);
}

TEST_CASE("a rejection needs a reason, which the vendor sees until the product is edited") {
  const std::string vendor = token_for(kVendor), admin = token_for(kAdmin);
  Answer created = create_product(vendor, product_body("rechazable"));
  REQUIRE(created.status == 201);
  const std::string id = created.data()["id"];
  const std::string reject = kAdminBase + "/" + id + "/reject";
  CHECK(catalog_api().post(reject, json::object(), admin).detail_type("reason") == "missing");
  CHECK(catalog_api().post(reject, {{"reason", "no"}}, admin).detail_type("reason") == "too_short");
  CHECK(catalog_api().post(reject, {{"reason", "Falta una foto real"}, {"status", "APPROVED"}}, admin).detail_type("status") ==
        "field_not_allowed");
  Answer rejected = catalog_api().post(reject, {{"reason", "Falta una foto real del producto"}}, admin);
  REQUIRE(rejected.status == 200);
  CHECK(rejected.data()["status"] == "REJECTED");

  Answer seen = catalog_api().get("/api/v1/vendors/me/products/" + id, vendor);
  CHECK(seen.data()["status"] == "REJECTED");
  CHECK(seen.data()["rejection_reason"] == "Falta una foto real del producto");
  Answer listed = catalog_api().get("/api/v1/vendors/me/products?status=REJECTED&size=100", vendor);
  bool found = false;
  for (const auto& p : listed.data()) found = found || (p["id"] == id && p["rejection_reason"] == "Falta una foto real del producto");
  CHECK(found);
  CHECK(catalog_api().get("/api/v1/products/" + id).status == 404);

  Answer fixed = catalog_api().patch("/api/v1/vendors/me/products/" + id, {{"description", "Ahora con foto"}}, vendor);
  CHECK(fixed.data()["status"] == "PENDING");
  CHECK(fixed.data()["rejection_reason"].is_null());
}

TEST_CASE("buyers and vendors cannot use the admin product routes") {
  const std::string buyer = token_for(kBuyer), vendor = token_for(kVendor);
  Answer created = create_product(vendor, product_body("intruso"));
  REQUIRE(created.status == 201);
  const std::string id = created.data()["id"];
  for (const std::string& token : {buyer, vendor}) {
    CHECK(catalog_api().get(kAdminBase + "/pending", token).status == 403);
    CHECK(catalog_api().get(kAdminBase + "/" + id, token).status == 403);
    CHECK(catalog_api().post(kAdminBase + "/" + id + "/approve", json::object(), token).status == 403);
    CHECK(catalog_api().post(kAdminBase + "/" + id + "/reject", {{"reason", "porque sí"}}, token).status == 403);
  }
  CHECK(catalog_api().get("/api/v1/vendors/me/products", buyer).status == 403);
  CHECK(catalog_api().post("/api/v1/vendors/me/products", product_body("comprador"), buyer).status == 403);
  CHECK(catalog_api().get(kAdminBase + "/pending").status == 401);
  CHECK(catalog_api().get("/api/v1/vendors/me/products/" + id, vendor).data()["status"] == "PENDING");
}

TEST_CASE("create, edit, submit, upload, approve and reject are in the audit log") {
  const std::string vendor = token_for(kVendor), admin = token_for(kAdmin);
  json body = product_body("auditado");
  body["draft"] = true;
  Answer created = create_product(vendor, body);
  REQUIRE(created.status == 201);
  const std::string id = created.data()["id"];
  const std::string path = "/api/v1/vendors/me/products/" + id;
  REQUIRE(catalog_api().patch(path, {{"price", 130000}}, vendor).status == 200);
  REQUIRE(upload_raw(id, make_png(10, 10, 9), "image/png", vendor).status == 201);
  REQUIRE(catalog_api().post(path + "/submit", json::object(), vendor).status == 200);
  REQUIRE(catalog_api().post(kAdminBase + "/" + id + "/reject", {{"reason", "Precio sin soporte"}}, admin).status == 200);
  REQUIRE(catalog_api().post(path + "/submit", json::object(), vendor).status == 200);
  REQUIRE(catalog_api().post(kAdminBase + "/" + id + "/approve", json::object(), admin).status == 200);

  for (const char* action : {"product.created", "product.updated", "product.image_uploaded", "product.submitted",
                             "product.rejected", "product.approved"}) {
    INFO(action);
    Answer log = catalog_api().get(std::string("/api/v1/admin/audit-log?size=100&action=") + action, admin);
    REQUIRE(log.status == 200);
    bool found = false;
    for (const auto& e : log.data()) found = found || e["target"] == "product:" + id;
    CHECK(found);
  }
}

TEST_CASE("the typed client manages products and the review queue") {
  mestore::ApiClient vendor_api(mestore::make_default_transport(catalog_stub().url()));
  mestore::ApiClient admin_api(mestore::make_default_transport(catalog_stub().url()));
  auto v = vendor_api.login(kVendor, seed_password());
  auto a = admin_api.login(kAdmin, seed_password());
  REQUIRE(vendor_api.wait(v));
  REQUIRE(admin_api.wait(a));
  REQUIRE(v->done());
  REQUIRE(a->done());

  const json body = product_body("cliente");
  mestore::ProductInput in;
  in.name = body["name"].get<std::string>();
  in.sku = body["sku"].get<std::string>();
  in.price = 45900;
  in.category_id = "cafe";
  in.stock = 3;
  auto created = vendor_api.create_product(in);
  REQUIRE(vendor_api.wait(created));
  REQUIRE(created->done());
  CHECK(created->value.status == "PENDING");
  const std::string id = created->value.id;

  mestore::ProductInput bad;
  bad.price = 5;
  auto refused = vendor_api.update_product(id, bad);
  REQUIRE(vendor_api.wait(refused));
  REQUIRE(refused->failed());
  REQUIRE(refused->error.details.size() == 1);
  CHECK(refused->error.details[0].field == "price");

  auto uploaded = vendor_api.upload_product_image(id, make_png(20, 20, 11), "image/png");
  REQUIRE(vendor_api.wait(uploaded));
  REQUIRE(uploaded->done());
  REQUIRE(uploaded->value.images.size() == 1);

  auto queue = admin_api.pending_products(1, 100);
  REQUIRE(admin_api.wait(queue));
  REQUIRE(queue->done());
  CHECK(std::any_of(queue->value.items.begin(), queue->value.items.end(), [&](const auto& p) { return p.id == id; }));
  auto rejected = admin_api.reject_product(id, "La foto no corresponde");
  REQUIRE(admin_api.wait(rejected));
  REQUIRE(rejected->done());
  auto mine = vendor_api.my_products({1, 100, "REJECTED", ""});
  REQUIRE(vendor_api.wait(mine));
  REQUIRE(mine->done());
  bool seen = false;
  for (const auto& p : mine->value.items) seen = seen || (p.id == id && p.rejection_reason == "La foto no corresponde");
  CHECK(seen);
  auto resubmitted = vendor_api.submit_product(id);
  REQUIRE(vendor_api.wait(resubmitted));
  CHECK(resubmitted->value.status == "PENDING");
  auto approved = admin_api.approve_product(id);
  REQUIRE(admin_api.wait(approved));
  CHECK(approved->value.status == "APPROVED");
  auto removed = vendor_api.delete_product_image(id, uploaded->value.images[0].id);
  REQUIRE(vendor_api.wait(removed));
  CHECK(removed->value.images.empty());
  auto off = vendor_api.deactivate_product(id);
  REQUIRE(vendor_api.wait(off));
  CHECK(off->value.status == "INACTIVE");
  auto review = admin_api.review_product(id);
  REQUIRE(admin_api.wait(review));
  CHECK(review->value.status == "INACTIVE");
}
