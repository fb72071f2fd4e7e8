// libFuzzer target (clang-14, -fsanitize=fuzzer,address,undefined) for everything in client/
// that reads bytes from the network or a form: the JSON pre-scan, every wire type's decoder
// (bare and inside the success envelope), the error envelope, dates, phone numbers, emails,
// passwords and base64 keys. Any crash, sanitizer report or leak fails the ctest `fuzz` test.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "client/format.hpp"
#include "client/settle.hpp"
#include "client/signature.hpp"
#include "client/validate.hpp"
#include "client/wire/backoffice.hpp"
#include "client/wire/catalog.hpp"
#include "client/wire/commissions.hpp"
#include "client/wire/fraud.hpp"
#include "client/wire/health.hpp"
#include "client/wire/orders.hpp"
#include "client/wire/payments.hpp"
#include "client/wire/product.hpp"
#include "client/wire/security_wire.hpp"
#include "client/wire/session_wire.hpp"
#include "client/wire/dev_controls.hpp"
#include "client/wire/vendor_product.hpp"

using namespace mestore;

namespace {

// Inside the envelope, as an answer with `status` (Page<T> only exists inside one).
template <class T>
void settle_as(std::string_view text, int status) {
  HttpResponse r;
  r.status = status;
  r.body = std::string(text);
  if (status == 401 || status == 429) r.headers["retry-after"] = std::string(text.substr(0, 12));
  Remote<T> out;
  settle_from_response(r, out);
  // Every request settles one way or the other: never stuck loading.
  if (out.state == RequestState::Loading) __builtin_trap();
}

template <class T>
void decode_both_ways(std::string_view text, int status) {
  T bare{};
  (void)decode_text(text, bare);
  settle_as<T>(text, status);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)json_depth_ok(text);
  (void)json_depth_ok(text, 3);

  // The status an answer came with changes the path taken: derive one from the input.
  static const int statuses[] = {200, 201, 401, 422, 429, 503, 0};
  const int status = statuses[size % (sizeof statuses / sizeof statuses[0])];

  decode_both_ways<Health>(text, status);
  decode_both_ways<Product>(text, status);
  settle_as<Page<Product>>(text, status);
  decode_both_ways<std::vector<Category>>(text, status);
  decode_both_ways<LoginResult>(text, status);
  decode_both_ways<TokenGrant>(text, status);
  decode_both_ways<AuthUser>(text, status);
  decode_both_ways<KeySet>(text, status);
  decode_both_ways<ErrorBody>(text, status);
  decode_both_ways<json>(text, status);
  decode_both_ways<VendorProduct>(text, status);
  settle_as<Page<VendorProduct>>(text, status);
  settle_as<Page<PendingProduct>>(text, status);
  decode_both_ways<ChaosConfig>(text, status);
  decode_both_ways<FaultsState>(text, status);
  decode_both_ways<ResetResult>(text, status);
  decode_both_ways<Order>(text, status);
  settle_as<Page<Order>>(text, status);
  decode_both_ways<Payment>(text, status);
  decode_both_ways<PaymentStatus>(text, status);
  decode_both_ways<AdminOrderDetail>(text, status);
  settle_as<Page<AdminOrderRow>>(text, status);
  settle_as<Page<VendorOrder>>(text, status);
  decode_both_ways<AdminDashboard>(text, status);
  decode_both_ways<VendorDashboard>(text, status);
  decode_both_ways<PaymentMethods>(text, status);
  decode_both_ways<CardToken>(text, status);
  decode_both_ways<Commission>(text, status);
  decode_both_ways<EarningsSummary>(text, status);
  decode_both_ways<FraudReview>(text, status);
  decode_both_ways<std::vector<FraudAlert>>(text, status);

  // Short strings through the form and date parsers.
  const std::string_view head = text.substr(0, 256);
  (void)parse_iso8601(head);
  (void)format_relative(head, 1800000000, Locale::Es);
  (void)format_date(head, Locale::En);
  (void)validate_email(head);
  (void)normalize_co_mobile(head);
  (void)validate_password(head, text.substr(size / 2, 64));
  (void)validate_address(head);
  unsigned char key[32];
  (void)decode_base64_exact(head, key, sizeof key);
  PublishedKey pk{"k", "Ed25519", std::string(head.substr(0, 64))};
  (void)verify_ed25519(pk, text, head.substr(head.size() / 2));
  return 0;
}
