// Storefront wire types: the quote, categories, the optional image gallery, and the catalog
// route ⇄ query ⇄ request conversions.
#include <doctest/doctest.h>

#include "client/api_client.hpp"
#include "client/wire/catalog.hpp"
#include "client/wire/commerce.hpp"
#include "ui/screens/catalog_query.hpp"

using namespace mestore;

TEST_CASE("a quote decodes in whole pesos, with null and named problems") {
  const char* body = R"({"lines":[
      {"product_id":"a","sku":"TEC-1","name":"Audífonos","unit_price":129900,"quantity":2,"line_total":259800,
       "available":7,"problem":null},
      {"product_id":"b","sku":"TEC-2","name":"Funda","unit_price":29900,"quantity":1,"line_total":29900,
       "available":0,"problem":"OUT_OF_STOCK"}],
    "subtotal":289700,"iva":55043,"shipping":0,"total":344743,"free_shipping_from":200000,"orderable":false})";
  Quote q;
  REQUIRE_FALSE(decode_text(body, q));
  REQUIRE(q.lines.size() == 2);
  CHECK_FALSE(q.lines[0].problem);
  CHECK(q.lines[1].problem == "OUT_OF_STOCK");
  CHECK(q.total == Cop{344743});
  CHECK(q.free_shipping_from == Cop{200000});
  Quote bad;
  auto err = decode_text(R"({"lines":[],"subtotal":1.5,"iva":0,"shipping":0,"total":0})", bad);
  REQUIRE(err);
  CHECK(err->field == "subtotal");
}

TEST_CASE("categories decode with a null or present parent") {
  std::vector<Category> cats;
  REQUIRE_FALSE(decode_text(R"([{"id":"1","slug":"tecnologia","name":"Tecnología","parent_id":null,"product_count":40},
                                 {"id":"2","slug":"audio","name":"Audio","parent_id":"1","product_count":12}])",
                            cats));
  CHECK_FALSE(cats[0].parent_id);
  CHECK(cats[1].parent_id == "1");
}

TEST_CASE("a product's gallery is a list of URLs, optional, primary first without duplicates") {
  Product p;
  REQUIRE_FALSE(decode_text(R"({"id":"p","sku":"S","name":"n","price":100,"stock_available":1,
      "image_url":"/media/a.jpg","images":["/media/a.jpg","/media/b.jpg"]})", p));
  CHECK(gallery_urls(p) == std::vector<std::string>{"/media/a.jpg", "/media/b.jpg"});
  Product none;
  REQUIRE_FALSE(decode_text(R"({"id":"p","sku":"S","name":"n","price":100,"stock_available":1})", none));
  CHECK(gallery_urls(none).empty());
  Product bad;
  CHECK(decode_text(R"({"id":"p","sku":"S","name":"n","price":100,"stock_available":1,"images":[3]})", bad));
}

TEST_CASE("catalog routes round-trip and bad values fall back to defaults") {
  auto q = ui::CatalogQuery::from_route(
      ui::Route::parse("#/catalog?q=caf%C3%A9&cat=cafe&min=10000&max=200.000&stock=1&sort=price_desc&page=3&view=list"));
  CHECK(q.q == "café");
  CHECK(q.cat == "cafe");
  CHECK(q.min_price == 10000);
  CHECK(q.max_price == 200000);
  CHECK(q.in_stock);
  CHECK(q.sort == "price_desc");
  CHECK(q.page == 3);
  CHECK(q.view == "list");
  CHECK(q.to_route().str() == "/catalog?cat=cafe&max=200000&min=10000&page=3&q=caf%C3%A9&sort=price_desc&stock=1&view=list");

  auto bad = ui::CatalogQuery::from_route(
      ui::Route::parse("#/catalog?min=abc&max=999999999999&sort=DROP%20TABLE&page=-2&view=cards&stock=yes"));
  CHECK_FALSE(bad.min_price);
  CHECK_FALSE(bad.max_price);
  CHECK(bad.sort.empty());
  CHECK(bad.page == 1);
  CHECK(bad.view.empty());
  CHECK_FALSE(bad.in_stock);
  CHECK(bad.to_route().str() == "/catalog");

  auto swapped = ui::CatalogQuery::from_route(ui::Route::parse("#/catalog?min=500&max=100"));
  CHECK(swapped.min_price == 100);
  CHECK(swapped.max_price == 500);
}

TEST_CASE("the catalog query becomes the API request, new filters included") {
  ui::CatalogQuery q;
  q.q = "olla";
  q.sort = "newest";
  q.in_stock = true;
  q.min_price = 50000;
  q.page = 2;
  ProductQuery p = q.to_product_query();
  CHECK(p.sort_by == "created_at");
  CHECK(p.sort_order == "desc");
  CHECK(p.size == ui::kCatalogPageSize);
  CHECK(p.page == 2);
  CHECK(p.min_price == 50000);
  CHECK_FALSE(p.max_price);
  CHECK(p.in_stock);
  q.sort.clear();
  CHECK(q.to_product_query().sort_by.empty());  // relevance: the server's order
}

TEST_CASE("prices typed by people parse with or without grouping") {
  bool bad = false;
  CHECK(ui::parse_pesos("200.000", &bad) == 200000);
  CHECK(ui::parse_pesos("$ 1,250,000", &bad) == 1250000);
  CHECK(ui::parse_pesos("  ", &bad) == std::nullopt);
  CHECK_FALSE(bad);
  CHECK(ui::parse_pesos("12a", &bad) == std::nullopt);
  CHECK(bad);
  CHECK(ui::parse_pesos("100000001", &bad) == std::nullopt);
  CHECK(bad);
}
