// /api/v1/admin/products: the review queue. Approving puts a PENDING product in the public
// catalog; rejecting needs a reason, which the vendor sees on the product until they change it.
#include "../audit/audit_log.hpp"
#include "../auth/caller.hpp"
#include "../catalog/vendor_products.hpp"
#include "../http/body_reader.hpp"
#include "routes.hpp"

namespace stub {
namespace {

Reply pending(Stub& s, Context& ctx) {
  const int page = static_cast<int>(ctx.query_int("page", 1, 1, 1000000));
  const int size = static_cast<int>(ctx.query_int("size", 20, 1, 100));
  const std::string vendor_id = ctx.query("vendor_id");
  if (vendor_id.size() > 64) throw invalid("vendor_id", "at most 64 characters", "length_error");
  auto p = catalog::list_pending_products(s.db.conn(), vendor_id, page, size);
  return Reply::page(p.items, p.pagination);
}

Reply review_copy(Stub& s, Context& ctx) {
  auto p = catalog::load_vendor_product(s.db.conn(), ctx.param("id"));
  if (!p) throw not_found("product");
  return Reply::ok(*p);
}

Reply decide(Stub& s, Context& ctx, bool approve) {
  std::string reason;
  if (!approve) {
    BodyReader b(ctx.body());
    b.allow_only({"reason"});
    reason = b.text("reason", 5, 500);
    b.check();
  }
  s.db.write([&](SQLite::Database& tx) {
    auto p = catalog::load_vendor_product(tx, ctx.param("id"));
    if (!p) throw not_found("product");
    if (p->status != "PENDING") throw ApiFailure(409, "PRODUCT_NOT_PENDING", "only a PENDING product can be reviewed; this one is " + p->status);
    SQLite::Statement q(tx,
                        "UPDATE products SET status = ?, rejection_reason = ?, reviewed_at = ?, reviewed_by = ?, updated_at = ?"
                        " WHERE id = ?");
    const std::string now = iso_utc(s.clock.now_seconds());
    q.bind(1, approve ? "APPROVED" : "REJECTED");
    if (approve) q.bind(2);
    else q.bind(2, reason);
    q.bind(3, now);
    q.bind(4, ctx.caller->user_id);
    q.bind(5, now);
    q.bind(6, p->id);
    q.exec();
    json details = {{"sku", p->sku}, {"name", p->name}};
    if (!approve) details["reason"] = reason;
    append_audit(s, tx, audit_event(ctx, approve ? "product.approved" : "product.rejected", "product:" + p->id, "success", details));
  });
  s.catalog_changed();
  return Reply::ok(*catalog::load_vendor_product(s.db.conn(), ctx.param("id")));
}

}  // namespace

void add_product_approval_routes(Router& r, Stub& s) {
  const std::string tag = "product approval";
  const auto staff = Access::only({"ADMIN", "SUPERUSER"});
  const std::string base = "/api/v1/admin/products";
  r.add({"GET", base + "/pending", staff, [&s](Context& c) { return pending(s, c); },
         "Products waiting for review, oldest submission first, with vendor name and preview picture; filter vendor_id; paged",
         tag, BodyKind::None, nullptr, {{"type", "array"}, {"items", ref("PendingProduct")}}});
  r.add({"GET", base + "/{id}", staff, [&s](Context& c) { return review_copy(s, c); },
         "Any product in any status, with its gallery and review trail", tag, BodyKind::None, nullptr, ref("VendorProduct")});
  r.add({"POST", base + "/{id}/approve", staff, [&s](Context& c) { return decide(s, c, true); },
         "Approve a PENDING product: it appears in the public catalog", tag, BodyKind::None, nullptr, ref("VendorProduct")});
  r.add({"POST", base + "/{id}/reject", staff, [&s](Context& c) { return decide(s, c, false); },
         "Reject a PENDING product with a reason (5-500 characters) the vendor sees", tag, BodyKind::Json,
         ref("RejectRequest"), ref("VendorProduct")});
}

}  // namespace stub
