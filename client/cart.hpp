// The shopper's cart: lines of {product_id, quantity} plus a display snapshot (name, price,
// image) taken when the product was added. Snapshot prices are only for showing the cart before
// the server answers; totals that matter come from the server's quote (wire/commerce.hpp).
// The cart persists itself as JSON through a small storage interface after every change, so it
// survives a reload; in the app that storage is the browser's localStorage.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "money.hpp"
#include "wire/product.hpp"
#include "wire/commerce.hpp"

namespace mestore {

struct CartLine {
  std::string product_id;
  int quantity = 0;
  // Display snapshot: never trusted for totals.
  std::string name;
  Cop price;
  std::string image_url;
  std::string vendor_name;
  int max_quantity = 0;  // latest known stock (from the product or the last quote); 0: unknown
};

// What a fresh quote changed compared with what the shopper saw.
struct CartDifference {
  enum class Kind { PriceUp, PriceDown, QuantityReduced, Unavailable };
  Kind kind;
  std::string product_id;
  std::string name;
  Cop old_price;
  Cop new_price;
  int old_quantity = 0;
  int new_quantity = 0;
};

struct CartStorage {
  std::function<std::string()> load;
  std::function<void(const std::string&)> save;
};

class Cart {
 public:
  static constexpr int kMaxPerLine = 99;
  static constexpr int kMaxLines = 50;

  Cart() = default;
  // Reads the saved cart (a damaged or foreign value gives an empty cart) and saves on changes.
  void attach(CartStorage storage);

  // Adds `quantity` of a product, capped by its stock and kMaxPerLine. Returns how many were
  // actually added (0 when sold out, at the cap, or the cart is full).
  int add(const Product& product, int quantity);
  // Sets a line's quantity (capped); 0 or less removes the line. Returns the quantity kept.
  int set_quantity(const std::string& product_id, int quantity);
  void remove(const std::string& product_id);
  void clear();

  const std::vector<CartLine>& lines() const { return lines_; }
  const CartLine* find(const std::string& product_id) const;
  bool empty() const { return lines_.empty(); }
  int count() const;  // units in the cart (the badge)
  // The most this line may hold: min(kMaxPerLine, known stock).
  static int cap_for(const CartLine& line);
  // Σ snapshot price × quantity: an estimate to show while the quote is missing.
  Cop snapshot_subtotal() const;

  QuoteRequest quote_request() const;
  // Takes the server's view: refreshes snapshot prices and stock, caps quantities to what is
  // available, and returns what changed (for the "prices changed" notice). Lines that are
  // unavailable stay in the cart, flagged by the quote, until the shopper removes them.
  std::vector<CartDifference> apply_quote(const Quote& quote);

  // Bumped on every change, so screens know when to ask for a new quote.
  unsigned revision() const { return revision_; }

  std::string to_json_text() const;
  // Replaces the lines from saved JSON; false (and an empty cart) when the text is unusable.
  bool from_json_text(const std::string& text);

 private:
  CartLine* find_mut(const std::string& product_id);
  void changed();

  std::vector<CartLine> lines_;
  CartStorage storage_;
  unsigned revision_ = 0;
};

}  // namespace mestore
