// Shared by My orders and the order page: status words and colours, the status chip, and the
// receipt check (signed by the server, verified here with libsodium against its published key).
#pragma once
#include <string>

#include "client/api_client.hpp"
#include "client/receipt.hpp"
#include "screen.hpp"

namespace ui {

// "Pendiente de pago", "Confirmado"… for an order status.
const char* order_status_text(const std::string& status);
// "Pagado", "Sin pagar"… for an order's payment_status.
const char* payment_status_text(const std::string& payment_status);
// A tracking note in the reader's language: the server's own notes (mestore::order_notes) are
// translated; a person's words (a cancel reason, an admin's note) are shown as written.
std::string tracking_note_text(const std::string& note);
// Colours of a status chip: text and background.
void order_status_colors(const std::string& status, ImU32* fg, ImU32* bg);
// A rounded label for the status at the cursor, an automation item `id` (role text).
void status_chip(const std::string& id, const std::string& status);

// Fetches a paid order's signed receipt and the server's keys, and verifies the one with the
// other. Verified only when the signature checks out against the key the receipt names.
class ReceiptCheck {
 public:
  void start(mestore::ApiClient& api, const std::string& order_id);
  bool started() const { return started_; }
  // "Recibo verificado" (order.receipt.verified) or a warning (order.receipt.failed), or a
  // spinner while the receipt or the key is on its way.
  void draw(ScreenContext& ctx, float width);

 private:
  bool started_ = false;
  mestore::Handle<mestore::SignedReceipt> receipt_;
  mestore::Handle<mestore::KeySet> keys_;
};

}  // namespace ui
