// The checkout, split by feature: checkout_screen.cpp (layout, placing the order and paying,
// with one idempotency key per attempt), checkout_forms.cpp (shipping address and the payment
// method forms: card, PSE, Efecty) and checkout_summary.cpp (what is being bought and its totals).
#pragma once
#include <string>

#include "account_parts.hpp"
#include "client/api_client.hpp"
#include "client/idempotency.hpp"
#include "screen.hpp"

namespace ui {

enum class PayMethod { Card, Pse, Efecty };
const char* method_code(PayMethod m);  // CARD | PSE | EFECTY

// What the shopper typed. Card fields are cleared as soon as the card is tokenized: after that
// the app holds only the gateway's single-use token, its brand and last four digits.
struct CheckoutForm {
  mestore::ShippingAddress ship;
  std::string notes;
  PayMethod method = PayMethod::Card;
  std::string card_number, card_holder, card_expiry, card_cvc;
  std::string bank_code;
  FieldErrors errors;  // field (API name, or card_* / bank_code) → message under it
};

// One Idempotency-Key per attempt: the key is kept while the request body stays the same (a retry
// after a dropped connection is the same attempt and must not charge twice) and renewed as soon
// as the body changes (another card, another method, a changed cart).
class AttemptKey {
 public:
  const mestore::Intent& for_body(const std::string& body) {
    if (!last_.empty() && body != last_) intent_.renew();
    last_ = body;
    return intent_;
  }
  void renew() {
    intent_.renew();
    last_.clear();
  }

 private:
  mestore::Intent intent_;
  std::string last_;
};

// Shipping fields; the errors under them come from CheckoutForm::errors. Returns the card's inner
// width used.
void draw_shipping_form(ScreenContext& ctx, CheckoutForm& form, float width, bool enabled);
// Method tabs and the chosen method's fields (card form, PSE bank list, Efecty instructions).
void draw_payment_form(ScreenContext& ctx, CheckoutForm& form, const mestore::Handle<mestore::PaymentMethods>& methods,
                       float width, bool enabled);
// Client-side checks of every field (the server and the gateway check again). True when all pass.
bool check_checkout_form(CheckoutForm& form);
// The server's field errors, renamed to the form's fields where they differ.
void take_field_errors(CheckoutForm& form, const mestore::ApiError& e);

}  // namespace ui
