// The typed MeStore API client: one method per endpoint, each returning a Handle the UI polls.
// Same code in the browser and natively; only the Transport (and the Scheduler) differ.
//
// Under every method sits the Dispatcher (dispatcher.hpp): bearer token from the Session,
// Idempotency-Key from an Intent, retries with backoff for what is safe to retry, one shared
// refresh + one replay on an expired token. Endpoint methods stay one short function each:
//
//   Handle<Order> ApiClient::create_order(const OrderRequest& r, const Intent& intent) {
//     return start<Order>({"POST", "/api/v1/orders", {}, json(r).dump()}, RequestOptions::for_intent(intent));
//   }
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "dispatcher.hpp"
#include "idempotency.hpp"
#include "remote.hpp"
#include "retry.hpp"
#include "scheduler.hpp"
#include "session.hpp"
#include "settle.hpp"
#include "transport.hpp"
#include "wire/audit.hpp"
#include "wire/auth.hpp"
#include "wire/backoffice.hpp"
#include "wire/catalog.hpp"
#include "wire/commerce.hpp"
#include "wire/commissions.hpp"
#include "wire/fraud.hpp"
#include "wire/orders.hpp"
#include "wire/payments.hpp"
#include "wire/common.hpp"
#include "wire/dev_controls.hpp"
#include "wire/health.hpp"
#include "wire/product.hpp"
#include "wire/receipt.hpp"
#include "wire/security_wire.hpp"
#include "wire/text_file.hpp"
#include "wire/session_wire.hpp"
#include "wire/vendor_product.hpp"

namespace mestore {

struct ClientOptions {
  std::unique_ptr<Scheduler> scheduler;       // null: the platform's (make_default_scheduler)
  RetryPolicy retry;
  RandomBelow random;                         // null: libsodium's randombytes_uniform
  std::optional<RefreshStyle> refresh_style;  // null: Cookie in the browser, Body natively
};

class ApiClient {
 public:
  explicit ApiClient(std::unique_ptr<Transport> transport, ClientOptions options = {});
  ~ApiClient();
  ApiClient(const ApiClient&) = delete;
  ApiClient& operator=(const ApiClient&) = delete;

  // --- endpoints -------------------------------------------------------------------------------
  Handle<Health> health();  // a poll: never retried (the next poll is the retry)
  Handle<Page<Product>> products(const ProductQuery& query);
  Handle<Product> product(const std::string& id);
  Handle<std::vector<Category>> categories();

  // --- session (see session.hpp) -----------------------------------------------------------------
  // POST /auth/login. Done: signed in, the session holds the user and the access token.
  // Failed: INVALID_CREDENTIALS (401), ACCOUNT_LOCKED (429; session().lock_seconds_left()), …
  Handle<AuthUser> login(const std::string& email, const std::string& password);
  // On app start: restores the session from the refresh cookie (browser) or the refresh token
  // held in memory (native). Failed (quietly) when there is none; the app then shows "sign in".
  Handle<AuthUser> restore_session();
  // POST /auth/logout. The client forgets the session at once, whatever the server answers.
  Handle<Empty> logout();
  // GET /auth/me; refreshes session().user().
  Handle<AuthUser> me();
  Session& session() { return session_; }
  const Session& session() const { return session_; }

  // --- signatures (see signature.hpp) ------------------------------------------------------------
  // GET /security/keys, fetched once per session (again after a failure or a new session).
  Handle<KeySet> signing_keys();

  // --- developer tools -----------------------------------------------------------------------
  // The `data` of any GET, undecoded; for mestore-cli and debugging, never for screens.
  Handle<json> raw_get(const std::string& target);

  // --- accounts (signed in through the session above) -------------------------------------------
  // POST /auth/admin-login: like login, 403 FORBIDDEN unless ADMIN or SUPERUSER.
  Handle<AuthUser> admin_login(const std::string& email, const std::string& password);
  // POST /auth/register: creates a BUYER (201, not signed in: log in afterwards).
  Handle<User> register_buyer(const RegisterRequest& request);
  // POST /vendors/register: a VENDOR account pending an admin's approval.
  Handle<VendorApplication> apply_as_vendor(const VendorRegisterRequest& request);
  Handle<std::vector<SessionInfo>> sessions();                 // GET /auth/sessions (own)
  Handle<Empty> end_session(const std::string& session_id);     // DELETE /auth/sessions/{id}
  Handle<Empty> change_password(const ChangePasswordRequest& request);  // ends the other sessions

  // --- accounts administration (ADMIN: BUYER and VENDOR accounts; SUPERUSER: all, and roles) -----
  Handle<Page<ManagedUser>> users(const UserQuery& query);
  Handle<ManagedUser> managed_user(const std::string& id);
  // Not retried: a change that landed but whose answer was lost is read back instead.
  Handle<ManagedUser> update_user(const std::string& id, const UserUpdate& update);
  Handle<ManagedUser> unlock_user(const std::string& id);
  // Vendor applications (POST /vendors/register), newest first; status PENDING | APPROVED | REJECTED.
  Handle<Page<VendorApplication>> vendor_applications(const std::string& status = "PENDING", int page = 1, int size = 20);
  Handle<VendorApplication> approve_vendor_application(const std::string& id);
  Handle<VendorApplication> reject_vendor_application(const std::string& id, const std::string& reason);  // 5-500 characters

  // --- audit log (ADMIN, SUPERUSER); check what it shows with client/audit_chain.hpp -------------
  Handle<Page<AuditEntry>> audit_log(const AuditQuery& query);
  Handle<AuditHead> audit_head();
  Handle<std::vector<CategoryNode>> category_tree();
  Handle<CategoryDetail> category(const std::string& id_or_slug);
  // Server-priced lines and totals for a cart; the client never computes an amount that matters.
  Handle<Quote> quote(const QuoteRequest& request);

  // --- catalog management: a VENDOR's own products (see wire/vendor_product.hpp) -----------------
  // Failed with 422 VALIDATION_ERROR carries one detail per field (name, sku, price, cost_price,
  // category_id, stock, description); another vendor's product is a 404 like a missing one.
  Handle<Page<VendorProduct>> my_products(const VendorProductQuery& query);
  Handle<VendorProduct> my_product(const std::string& id);
  Handle<VendorProduct> create_product(const ProductInput& input);  // PENDING, or DRAFT with input.draft
  Handle<VendorProduct> replace_product(const std::string& id, const ProductInput& input);  // PUT
  Handle<VendorProduct> update_product(const std::string& id, const ProductInput& input);   // PATCH
  Handle<VendorProduct> submit_product(const std::string& id);      // DRAFT | REJECTED | INACTIVE → PENDING
  Handle<VendorProduct> deactivate_product(const std::string& id);  // → INACTIVE
  // The picture's bytes as they are (JPEG, PNG or WebP, ≤ 5 MB; the server checks the content).
  Handle<VendorProduct> upload_product_image(const std::string& id, std::string bytes, const std::string& content_type);
  Handle<VendorProduct> delete_product_image(const std::string& id, const std::string& image_id);

  // --- product approval (ADMIN, SUPERUSER) ---------------------------------------------------------
  Handle<Page<PendingProduct>> pending_products(int page = 1, int size = 20, const std::string& vendor_id = "");
  Handle<VendorProduct> review_product(const std::string& id);  // any status, with gallery
  Handle<VendorProduct> approve_product(const std::string& id);
  Handle<VendorProduct> reject_product(const std::string& id, const std::string& reason);  // 5-500 characters

  // --- developer controls (stub with --dev-controls, loopback only; 404 otherwise) ----------------
  Handle<ChaosConfig> chaos();
  Handle<ChaosConfig> set_chaos(const ChaosConfig& config);
  Handle<FaultsState> faults();
  Handle<FaultsState> set_faults(const std::vector<std::string>& active);
  Handle<ResetResult> reset_to_seed();
  // --- orders and payments (BUYER) ---------------------------------------------------------------
  // POST /orders. Keep one Intent per "place this cart" and renew it when the cart changes: every
  // retry (automatic or the user pressing again) sends the same Idempotency-Key, so at most one
  // order is placed. Failed: VALIDATION_ERROR with details per field (items[i].quantity, …).
  Handle<Order> create_order(const CreateOrderRequest& request, const Intent& intent);
  Handle<Page<Order>> orders(int page = 1, int size = 20);
  Handle<Order> order(const std::string& id);
  Handle<Tracking> order_tracking(const std::string& id);
  Handle<Order> cancel_order(const std::string& id, const std::string& reason);
  // POST /sandbox-gateway/v1/tokens: the only call that carries a card number; keep the token.
  Handle<CardToken> tokenize_card(const CardTokenRequest& card);
  Handle<PaymentMethods> payment_methods();
  // POST /payments/process, one Intent per "Pagar" (renew it for another card or method). Done
  // does not mean paid: read Payment::status (APPROVED, DECLINED, PENDING, REVIEW, REJECTED).
  Handle<Payment> process_payment(const PaymentRequest& request, const Intent& intent);
  Handle<PaymentStatus> payment_status(const std::string& order_id);
  // GET /orders/{id}/receipt; check it with verify_receipt(receipt, signing_keys()) (receipt.hpp).
  Handle<SignedReceipt> receipt(const std::string& order_id);

  // --- commissions (VENDOR: own; ADMIN/SUPERUSER: all) and the fraud queue ------------------------
  Handle<Page<Commission>> vendor_commissions(const CommissionQuery& query);
  Handle<EarningsSummary> vendor_earnings();
  Handle<Page<Commission>> admin_commissions(const CommissionQuery& query);
  Handle<Commission> approve_commission(const std::string& id);
  // The same lists as CSV files (every matching row, oldest first; page and size are ignored).
  Handle<TextFile> vendor_commissions_csv(const CommissionQuery& query);
  Handle<TextFile> admin_commissions_csv(const CommissionQuery& query);
  Handle<Page<FraudReview>> fraud_reviews(const std::string& status = "pending", int page = 1);
  Handle<FraudReview> approve_fraud_review(const std::string& id, const std::string& note = "");
  Handle<FraudReview> reject_fraud_review(const std::string& id, const std::string& reason);
  Handle<std::vector<FraudAlert>> fraud_alerts();

  // --- back office (ADMIN/SUPERUSER) and vendor portal (VENDOR: own lines only) ------------------
  Handle<Page<AdminOrderRow>> admin_orders(const AdminOrderQuery& query);
  Handle<AdminOrderDetail> admin_order(const std::string& id);
  // Not retried: a move that landed but whose answer was lost would be refused the second time.
  Handle<AdminOrderDetail> set_order_status(const std::string& id, const OrderStatusRequest& request);
  Handle<AdminDashboard> admin_dashboard(int days = 30);
  Handle<Page<VendorOrder>> vendor_orders(int page = 1, int size = 20, const std::string& status = "");
  Handle<VendorOrder> set_fulfilment(const std::string& order_id, const std::string& item_id, const std::string& status);
  Handle<VendorDashboard> vendor_dashboard();

  // --- plumbing --------------------------------------------------------------------------------
  // Delivers finished responses and due retry timers on the calling (main) thread. Call once per frame.
  void pump();
  // Requests on the wire, waiting for a retry timer or for a refresh.
  int in_flight() const { return transport_->in_flight() + dispatcher_->waiting(); }
  // Blocks (pumping) until `h` settles or `timeout_ms` passes; native tests and the CLI only.
  template <class T>
  bool wait(const Handle<T>& h, int timeout_ms = 10000) {
    return wait_until([&] { return h->state != RequestState::Loading; }, timeout_ms);
  }
  // Called whenever a response lands, so a host that sleeps while idle can wake up.
  std::function<void()> on_activity;
  Scheduler& scheduler() { return *scheduler_; }

 protected:
  // Starts a request through the pipeline; the one building block of every endpoint method.
  // (Protected so unit tests can drive the pipeline with requests no endpoint makes yet.)
  template <class T>
  Handle<T> start(HttpRequest request);
  template <class T>
  Handle<T> start(HttpRequest request, RequestOptions options);

 private:
  bool wait_until(const std::function<bool()>& settled, int timeout_ms);
  Handle<AuthUser> sign_in(const char* path, const std::string& email, const std::string& password);

  std::unique_ptr<Transport> transport_;
  std::unique_ptr<Scheduler> scheduler_;
  Session session_;
  std::unique_ptr<Dispatcher> dispatcher_;
  Handle<KeySet> keys_;
};

// Builds a query string from key/value pairs, percent-encoding values, skipping empty ones.
std::string build_query(const std::vector<std::pair<std::string, std::string>>& params);
std::string percent_encode(std::string_view s);

}  // namespace mestore

#include "api_client_impl.hpp"
