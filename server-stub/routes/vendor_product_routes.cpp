// /api/v1/vendors/me/products: an approved vendor manages their own products. Another vendor's
// product answers 404, exactly like a missing one. New and edited products wait for review
// (PENDING) and leave the public catalog until an admin approves them; a stock-only change
// keeps the status, so restocking never hides a product.
#include <algorithm>

#include "../audit/audit_log.hpp"
#include "../auth/caller.hpp"
#include "../catalog/product_input.hpp"
#include "../catalog/vendor_products.hpp"
#include "../ids.hpp"
#include "routes.hpp"

namespace stub {
namespace {

using catalog::InputMode;
using catalog::ProductInput;

std::string own_vendor_id(SQLite::Database& db, const Context& ctx) {
  auto id = catalog::vendor_id_of_user(db, ctx.caller->user_id);
  if (!id) throw ApiFailure(403, "NO_VENDOR_PROFILE", "this account has no vendor profile");
  return *id;
}

mestore::VendorProduct own_product(SQLite::Database& db, const std::string& vendor_id, const std::string& product_id) {
  auto p = catalog::load_vendor_product(db, product_id, vendor_id);
  if (!p) throw not_found("product");
  return *p;
}

Reply list_own(Stub& s, Context& ctx) {
  catalog::VendorProductFilter f;
  f.page = static_cast<int>(ctx.query_int("page", 1, 1, 1000000));
  f.size = static_cast<int>(ctx.query_int("size", 20, 1, 100));
  f.status = ctx.query("status");
  const auto& statuses = catalog::product_statuses();
  if (!f.status.empty() && std::find(statuses.begin(), statuses.end(), f.status) == statuses.end())
    throw invalid("status", "must be one of DRAFT, PENDING, APPROVED, REJECTED, INACTIVE", "enum_error");
  f.search = ctx.query("search");
  if (f.search.size() > 100) throw invalid("search", "at most 100 characters", "length_error");
  f.vendor_id = own_vendor_id(s.db.conn(), ctx);
  auto page = catalog::list_vendor_products(s.db.conn(), f);
  return Reply::page(page.items, page.pagination);
}

Reply get_own(Stub& s, Context& ctx) {
  auto& db = s.db.conn();
  return Reply::ok(own_product(db, own_vendor_id(db, ctx), ctx.param("id")));
}

Reply create(Stub& s, Context& ctx) {
  const ProductInput in = catalog::read_product_input(ctx.body(), InputMode::Create);
  const std::string id = new_uuid();
  s.db.write([&](SQLite::Database& tx) {
    const std::string vendor_id = own_vendor_id(tx, ctx);
    const std::string category_id = catalog::check_against_database(tx, in, {}, "");
    const std::string now = iso_utc(s.clock.now_seconds());
    const char* status = in.draft ? "DRAFT" : "PENDING";
    SQLite::Statement q(tx,
                        "INSERT INTO products(id, sku, name, description, price, cost_price, category_id, vendor_id, status,"
                        " stock_quantity, stock_reserved, image_path, created_at, updated_at, submitted_at)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?,0,'',?,?,?)");
    q.bind(1, id);
    q.bind(2, *in.sku);
    q.bind(3, *in.name);
    q.bind(4, in.description.value_or(""));
    q.bind(5, *in.price);
    if (in.cost_price && *in.cost_price) q.bind(6, **in.cost_price);
    else q.bind(6);
    q.bind(7, category_id);
    q.bind(8, vendor_id);
    q.bind(9, status);
    q.bind(10, in.stock.value_or(0));
    q.bind(11, now);
    q.bind(12, now);
    if (in.draft) q.bind(13);
    else q.bind(13, now);
    q.exec();
    append_audit(s, tx, audit_event(ctx, "product.created", "product:" + id, "success",
                                    {{"sku", *in.sku}, {"status", status}, {"price", *in.price}}));
  });
  s.catalog_changed();
  return Reply::ok(own_product(s.db.conn(), own_vendor_id(s.db.conn(), ctx), id), 201);
}

// The status an edit leaves behind: reviewed content changed → PENDING again, except drafts
// (still being written) and deactivated products (off until submitted).
std::string status_after_edit(const std::string& status, bool needs_review) {
  if (!needs_review || status == "DRAFT" || status == "INACTIVE") return status;
  return "PENDING";
}

Reply edit(Stub& s, Context& ctx, InputMode mode) {
  const ProductInput in = catalog::read_product_input(ctx.body(), mode);
  std::string vendor_id;
  s.db.write([&](SQLite::Database& tx) {
    vendor_id = own_vendor_id(tx, ctx);
    const auto before = own_product(tx, vendor_id, ctx.param("id"));
    std::optional<std::int64_t> cost;
    if (before.cost_price) cost = before.cost_price->pesos;
    const std::string category_id =
        catalog::check_against_database(tx, in, {before.id, before.price.pesos, cost, before.stock_reserved}, before.category_id);
    const std::string status = status_after_edit(before.status, in.needs_review());
    const std::string now = iso_utc(s.clock.now_seconds());
    SQLite::Statement q(tx,
                        "UPDATE products SET sku = ?, name = ?, description = ?, price = ?, cost_price = ?, category_id = ?,"
                        " stock_quantity = ?, status = ?, updated_at = ?,"
                        " submitted_at = CASE WHEN ?8 = 'PENDING' AND status != 'PENDING' THEN ?9 ELSE submitted_at END,"
                        " rejection_reason = CASE WHEN ?8 = 'PENDING' THEN NULL ELSE rejection_reason END WHERE id = ?10");
    q.bind(1, in.sku.value_or(before.sku));
    q.bind(2, in.name.value_or(before.name));
    q.bind(3, in.description.value_or(before.description));
    q.bind(4, in.price.value_or(before.price.pesos));
    const std::optional<std::int64_t> new_cost = in.cost_price ? *in.cost_price : cost;
    if (new_cost) q.bind(5, *new_cost);
    else q.bind(5);
    q.bind(6, category_id);
    q.bind(7, in.stock.value_or(before.stock_quantity));
    q.bind(8, status);
    q.bind(9, now);
    q.bind(10, before.id);
    q.exec();
    json fields = json::array();
    for (const auto& [key, value] : ctx.body().items()) fields.push_back(key);
    append_audit(s, tx, audit_event(ctx, "product.updated", "product:" + before.id, "success",
                                    {{"fields", fields}, {"status_before", before.status}, {"status", status}}));
  });
  s.catalog_changed();
  return Reply::ok(own_product(s.db.conn(), vendor_id, ctx.param("id")));
}

// A status change by the vendor: `from` lists where it may start; anything else is a 409.
Reply move(Stub& s, Context& ctx, const std::vector<std::string>& from, const std::string& to, const char* action) {
  std::string vendor_id;
  s.db.write([&](SQLite::Database& tx) {
    vendor_id = own_vendor_id(tx, ctx);
    const auto before = own_product(tx, vendor_id, ctx.param("id"));
    if (std::find(from.begin(), from.end(), before.status) == from.end())
      throw ApiFailure(409, "INVALID_STATUS", "a " + before.status + " product cannot go to " + to);
    const std::string now = iso_utc(s.clock.now_seconds());
    SQLite::Statement q(tx,
                        "UPDATE products SET status = ?1, updated_at = ?2,"
                        " submitted_at = CASE WHEN ?1 = 'PENDING' THEN ?2 ELSE submitted_at END,"
                        " rejection_reason = CASE WHEN ?1 = 'PENDING' THEN NULL ELSE rejection_reason END WHERE id = ?3");
    q.bind(1, to);
    q.bind(2, now);
    q.bind(3, before.id);
    q.exec();
    append_audit(s, tx, audit_event(ctx, action, "product:" + before.id, "success", {{"from", before.status}, {"to", to}}));
  });
  s.catalog_changed();
  return Reply::ok(own_product(s.db.conn(), vendor_id, ctx.param("id")));
}

}  // namespace

void add_vendor_product_routes(Router& r, Stub& s) {
  const std::string tag = "vendor products";
  const auto vendor = Access::only({"VENDOR"});
  const std::string base = "/api/v1/vendors/me/products";
  const json page_schema = {{"type", "array"}, {"items", ref("VendorProduct")}};
  r.add({"GET", base, vendor, [&s](Context& c) { return list_own(s, c); },
         "Your products in every status, newest change first; filter status, search (name or SKU); paged", tag,
         BodyKind::None, nullptr, page_schema});
  r.add({"POST", base, vendor, [&s](Context& c) { return create(s, c); },
         "Create a product: PENDING (waits for review), or DRAFT with draft:true", tag, BodyKind::Json,
         ref("ProductCreate"), ref("VendorProduct"), 201});
  r.add({"GET", base + "/{id}", vendor, [&s](Context& c) { return get_own(s, c); },
         "One of your products with its gallery and review trail", tag, BodyKind::None, nullptr, ref("VendorProduct")});
  r.add({"PUT", base + "/{id}", vendor, [&s](Context& c) { return edit(s, c, InputMode::Replace); },
         "Replace a product's fields; reviewed content changed → PENDING again", tag, BodyKind::Json,
         ref("ProductReplace"), ref("VendorProduct")});
  r.add({"PATCH", base + "/{id}", vendor, [&s](Context& c) { return edit(s, c, InputMode::Patch); },
         "Change some fields; anything but stock sends an approved product back to PENDING", tag, BodyKind::Json,
         ref("ProductPatch"), ref("VendorProduct")});
  r.add({"POST", base + "/{id}/submit", vendor,
         [&s](Context& c) { return move(s, c, {"DRAFT", "REJECTED", "INACTIVE"}, "PENDING", "product.submitted"); },
         "Submit a DRAFT, REJECTED or INACTIVE product for review (→ PENDING)", tag, BodyKind::None, nullptr,
         ref("VendorProduct")});
  r.add({"DELETE", base + "/{id}", vendor,
         [&s](Context& c) { return move(s, c, {"DRAFT", "PENDING", "APPROVED", "REJECTED"}, "INACTIVE", "product.deactivated"); },
         "Deactivate a product (→ INACTIVE; kept for order history, submit to bring it back)", tag, BodyKind::None,
         nullptr, ref("VendorProduct")});
}

}  // namespace stub
