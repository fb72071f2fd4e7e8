// Product pictures uploaded by their vendor: the raw body (any Content-Type) or a multipart form
// with one file, checked by content (media/image_check.hpp: JPEG, PNG or WebP up to 5 MB) and
// stored under <data-dir>/media/uploads/ with a content-hashed name the server makes up, so no
// part of the client's file name ever reaches the disk. A new picture is reviewed like any other
// edit (an approved product goes back to PENDING).
#include <algorithm>
#include <cctype>
#include <filesystem>

#include "../audit/audit_log.hpp"
#include "../auth/caller.hpp"
#include "../catalog/vendor_products.hpp"
#include "../ids.hpp"
#include "../media/image_check.hpp"
#include "../media/media_store.hpp"
#include "routes.hpp"

namespace stub {
namespace {

constexpr int kMaxImagesPerProduct = 8;

std::string own_vendor_id(SQLite::Database& db, const Context& ctx) {
  auto id = catalog::vendor_id_of_user(db, ctx.caller->user_id);
  if (!id) throw ApiFailure(403, "NO_VENDOR_PROFILE", "this account has no vendor profile");
  return *id;
}

// The uploaded bytes: the one file of a multipart form, or the body itself.
std::string_view uploaded_bytes(const Context& ctx) {
  if (ctx.req.is_multipart_form_data()) {
    if (ctx.req.files.size() != 1) throw invalid("file", "send exactly one file in the form", "value_error");
    return ctx.req.files.begin()->second.content;
  }
  return ctx.req.body;
}

void refuse_image(const media::ImageCheck& c) {
  if (c.problem == "TOO_LARGE") throw ApiFailure(413, "PAYLOAD_TOO_LARGE", "images may be at most 5 MB", {{"file", c.detail, "too_large"}});
  if (c.problem == "UNSUPPORTED_TYPE")
    throw ApiFailure(415, "UNSUPPORTED_MEDIA_TYPE", "send a JPEG, PNG or WebP picture", {{"file", c.detail, "unsupported_type"}});
  std::string type = c.problem;
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  throw ApiFailure(422, "INVALID_IMAGE", "the picture was refused: " + c.detail, {{"file", c.detail, type}});
}

Reply upload(Stub& s, Context& ctx) {
  const std::string_view bytes = uploaded_bytes(ctx);
  const media::ImageCheck check = media::check_image_upload(bytes);
  if (!check.ok()) refuse_image(check);
  const std::string product_id = ctx.param("id");
  const std::string path = "uploads/" + product_id + "-" + media::content_hash(bytes, 16) + check.extension();
  std::string vendor_id;
  s.db.write([&](SQLite::Database& tx) {
    vendor_id = own_vendor_id(tx, ctx);
    auto p = catalog::load_vendor_product(tx, product_id, vendor_id);
    if (!p) throw not_found("product");
    if (static_cast<int>(p->images.size()) >= kMaxImagesPerProduct)
      throw ApiFailure(409, "TOO_MANY_IMAGES", "a product has at most " + std::to_string(kMaxImagesPerProduct) + " pictures");
    for (const auto& img : p->images)
      if (img.id == catalog::image_id_of(path)) throw ApiFailure(409, "DUPLICATE_IMAGE", "this picture is already in the gallery");
    // The file first, inside the transaction: if writing it fails nothing is recorded, and a
    // crash after it leaves only an unreferenced file.
    if (!media::write_media_file(s.config.data_dir + "/media", path, bytes)) throw std::runtime_error("cannot write " + path);
    const std::string now = iso_utc(s.clock.now_seconds());
    SQLite::Statement ins(tx,
                          "INSERT INTO product_images(product_id, position, path, mime, width, height, bytes, created_at)"
                          " VALUES (?1, (SELECT COALESCE(MAX(position) + 1, 0) FROM product_images WHERE product_id = ?1), ?, ?, ?, ?, ?, ?)");
    ins.bind(1, product_id);
    ins.bind(2, path);
    ins.bind(3, check.mime());
    ins.bind(4, check.width);
    ins.bind(5, check.height);
    ins.bind(6, static_cast<std::int64_t>(bytes.size()));
    ins.bind(7, now);
    ins.exec();
    SQLite::Statement upd(tx,
                          "UPDATE products SET image_path = CASE WHEN image_path = '' THEN ?1 ELSE image_path END, updated_at = ?2,"
                          " status = CASE WHEN status IN ('APPROVED','REJECTED') THEN 'PENDING' ELSE status END,"
                          " submitted_at = CASE WHEN status IN ('APPROVED','REJECTED') THEN ?2 ELSE submitted_at END,"
                          " rejection_reason = CASE WHEN status IN ('APPROVED','REJECTED') THEN NULL ELSE rejection_reason END"
                          " WHERE id = ?3");
    upd.bind(1, path);
    upd.bind(2, now);
    upd.bind(3, product_id);
    upd.exec();
    append_audit(s, tx, audit_event(ctx, "product.image_uploaded", "product:" + product_id, "success",
                                    {{"image_id", catalog::image_id_of(path)}, {"mime", check.mime()},
                                     {"bytes", static_cast<std::int64_t>(bytes.size())}}));
  });
  s.catalog_changed();
  return Reply::ok(*catalog::load_vendor_product(s.db.conn(), product_id, vendor_id), 201);
}

Reply remove(Stub& s, Context& ctx) {
  const std::string product_id = ctx.param("id");
  std::string vendor_id, removed_path;
  s.db.write([&](SQLite::Database& tx) {
    vendor_id = own_vendor_id(tx, ctx);
    auto p = catalog::load_vendor_product(tx, product_id, vendor_id);
    if (!p) throw not_found("product");
    const auto it = std::find_if(p->images.begin(), p->images.end(), [&](const auto& i) { return i.id == ctx.param("image_id"); });
    if (it == p->images.end()) throw not_found("image");
    removed_path = it->url.substr(std::string("/media/").size());
    SQLite::Statement del(tx, "DELETE FROM product_images WHERE product_id = ? AND path = ?");
    del.bind(1, product_id);
    del.bind(2, removed_path);
    del.exec();
    // The primary picture is the first one left (or none).
    SQLite::Statement upd(tx,
                          "UPDATE products SET updated_at = ?1, image_path = COALESCE((SELECT path FROM product_images"
                          " WHERE product_id = ?2 ORDER BY position LIMIT 1), '') WHERE id = ?2");
    upd.bind(1, iso_utc(s.clock.now_seconds()));
    upd.bind(2, product_id);
    upd.exec();
    append_audit(s, tx, audit_event(ctx, "product.image_deleted", "product:" + product_id, "success", {{"image_id", it->id}}));
  });
  // Uploaded files go with their row; seeded pictures stay on disk, since a reset to the seed
  // brings their rows back.
  if (removed_path.rfind("uploads/", 0) == 0) {
    std::error_code ec;
    std::filesystem::remove(std::filesystem::path(s.config.data_dir) / "media" / removed_path, ec);
  }
  s.catalog_changed();
  return Reply::ok(*catalog::load_vendor_product(s.db.conn(), product_id, vendor_id));
}

}  // namespace

void add_product_image_routes(Router& r, Stub& s) {
  const std::string tag = "vendor products";
  const auto vendor = Access::only({"VENDOR"});
  const std::string base = "/api/v1/vendors/me/products/{id}/images";
  r.add({"POST", base, vendor, [&s](Context& c) { return upload(s, c); },
         "Add a picture: the raw body, or multipart/form-data with one file; JPEG, PNG or WebP up to 5 MB, checked by "
         "content (415 other types, 422 broken or polyglot files, 413 too large); at most 8 per product",
         tag, BodyKind::Upload, nullptr, ref("VendorProduct"), 201});
  r.add({"DELETE", base + "/{image_id}", vendor, [&s](Context& c) { return remove(s, c); },
         "Remove a picture (the next one becomes the primary)", tag, BodyKind::None, nullptr, ref("VendorProduct")});
}

}  // namespace stub
