#include "api_client.hpp"

#include <chrono>
#include <thread>

namespace mestore {

namespace {
RefreshStyle platform_refresh_style(const Transport& t) {
  return t.browser_cookies() ? RefreshStyle::Cookie : RefreshStyle::Body;
}
}  // namespace

ApiClient::ApiClient(std::unique_ptr<Transport> transport, ClientOptions options)
    : transport_(std::move(transport)),
      scheduler_(options.scheduler ? std::move(options.scheduler) : make_default_scheduler()),
      session_([s = scheduler_.get()] { return s->now_ms(); }),
      dispatcher_(std::make_unique<Dispatcher>(*transport_, *scheduler_, session_, options.retry, std::move(options.random),
                                               options.refresh_style.value_or(platform_refresh_style(*transport_)))) {
  // Keys are fetched once per session: a new session (or none) fetches them again.
  session_.on_signed_in.connect([this](const AuthUser&) { keys_.reset(); });
  session_.on_session_ended.connect([this](EndReason) { keys_.reset(); });
}

ApiClient::~ApiClient() = default;

// --- catalog ---------------------------------------------------------------------------------------

Handle<Health> ApiClient::health() {
  return start<Health>({"GET", "/api/v1/health"}, RequestOptions::no_retry());
}

Handle<Page<Product>> ApiClient::products(const ProductQuery& q) {
  std::string target = "/api/v1/products" + build_query({{"page", std::to_string(q.page)},
                                                         {"size", std::to_string(q.size)},
                                                         {"search", q.search},
                                                         {"category", q.category},
                                                         {"sort_by", q.sort_by},
                                                         {"sort_order", q.sort_order},
                                                         {"vendor_id", q.vendor_id},
                                                         {"min_price", q.min_price ? std::to_string(*q.min_price) : ""},
                                                         {"max_price", q.max_price ? std::to_string(*q.max_price) : ""},
                                                         {"in_stock", q.in_stock ? "true" : ""}});
  return start<Page<Product>>({"GET", target});
}

Handle<Product> ApiClient::product(const std::string& id) {
  return start<Product>({"GET", "/api/v1/products/" + percent_encode(id)});
}

Handle<std::vector<Category>> ApiClient::categories() { return start<std::vector<Category>>({"GET", "/api/v1/categories"}); }

// --- session -------------------------------------------------------------------------------------

Handle<AuthUser> ApiClient::login(const std::string& email, const std::string& password) {
  return sign_in("/api/v1/auth/login", email, password);
}

Handle<AuthUser> ApiClient::admin_login(const std::string& email, const std::string& password) {
  return sign_in("/api/v1/auth/admin-login", email, password);
}

Handle<AuthUser> ApiClient::sign_in(const char* path, const std::string& email, const std::string& password) {
  if (session_.state() != SessionState::SignedOut) session_.abandon();  // signing in as someone else
  session_.begin(SessionState::SigningIn);
  auto out = std::make_shared<Remote<AuthUser>>();
  HttpRequest rq{"POST", path, {}, json(LoginRequest{email, password}).dump()};
  RequestOptions options = RequestOptions::anonymous();
  options.max_attempts = 1;  // a login is not retried behind the user's back
  start<LoginResult>(std::move(rq), options)->then([this, out](Remote<LoginResult>& r) {
    if (r.done()) {
      session_.grant(grant_of(r.value), dispatcher_->refresh_style() == RefreshStyle::Body);
      out->settle_ok(session_.user().value_or(AuthUser{}));
    } else {
      session_.abandon();
      out->settle_error(r.error);
    }
  });
  return out;
}

Handle<AuthUser> ApiClient::restore_session() {
  auto out = std::make_shared<Remote<AuthUser>>();
  if (session_.signed_in() && session_.user()) {
    out->settle_ok(*session_.user());
    return out;
  }
  session_.begin(SessionState::Restoring);
  dispatcher_->refresh([this, out](const Outcome& o, bool ok) {
    if (!ok) {
      session_.abandon();
      ApiError e = error_from_response(o.response);
      if (o.response.status >= 200 && o.response.status < 300) {
        e.kind = ErrorKind::Decode;
        e.code = codes::kDecodeError;
      }
      out->settle_error(std::move(e));
    } else if (session_.user()) {
      out->settle_ok(*session_.user());
    } else {
      // The refresh answer left the user out: ask for it.
      me()->then([out](Remote<AuthUser>& m) {
        if (m.done()) out->settle_ok(m.value);
        else out->settle_error(m.error);
      });
      return;
    }
    if (on_activity) on_activity();
  });
  return out;
}

Handle<Empty> ApiClient::logout() {
  HttpRequest rq{"POST", "/api/v1/auth/logout", {}, "{}"};
  rq.headers.emplace_back("X-MeStore-CSRF", "1");
  if (session_.signed_in()) rq.headers.emplace_back("Authorization", "Bearer " + session_.access_token());
  session_.end(EndReason::LoggedOut);  // forget first: a failed call must not leave us signed in
  RequestOptions options = RequestOptions::anonymous();
  options.max_attempts = 1;
  return start<Empty>(std::move(rq), options);
}

Handle<AuthUser> ApiClient::me() {
  auto h = start<AuthUser>({"GET", "/api/v1/auth/me"});
  h->then([this](Remote<AuthUser>& r) {
    if (r.done() && session_.signed_in()) session_.set_user(r.value);
  });
  return h;
}

// --- accounts -----------------------------------------------------------------------------------

Handle<User> ApiClient::register_buyer(const RegisterRequest& r) {
  RequestOptions options = RequestOptions::anonymous();
  options.max_attempts = 1;  // creating an account is not retried behind the user's back
  return start<User>({"POST", "/api/v1/auth/register", {}, json(r).dump()}, options);
}

Handle<VendorApplication> ApiClient::apply_as_vendor(const VendorRegisterRequest& r) {
  RequestOptions options = RequestOptions::anonymous();
  options.max_attempts = 1;
  return start<VendorApplication>({"POST", "/api/v1/vendors/register", {}, json(r).dump()}, options);
}

Handle<std::vector<SessionInfo>> ApiClient::sessions() {
  return start<std::vector<SessionInfo>>({"GET", "/api/v1/auth/sessions"});
}

Handle<Empty> ApiClient::end_session(const std::string& session_id) {
  return start<Empty>({"DELETE", "/api/v1/auth/sessions/" + percent_encode(session_id)});
}

Handle<Empty> ApiClient::change_password(const ChangePasswordRequest& r) {
  return start<Empty>({"POST", "/api/v1/auth/change-password", {}, json(r).dump()}, RequestOptions::no_retry());
}

// --- audit log ------------------------------------------------------------------------------------

Handle<Page<AuditEntry>> ApiClient::audit_log(const AuditQuery& q) {
  std::string target = "/api/v1/admin/audit-log" + build_query({{"page", std::to_string(q.page)},
                                                                {"size", std::to_string(q.size)},
                                                                {"actor", q.actor},
                                                                {"action", q.action},
                                                                {"from", q.from},
                                                                {"to", q.to},
                                                                {"sort_order", q.sort_order}});
  return start<Page<AuditEntry>>({"GET", target});
}

Handle<AuditHead> ApiClient::audit_head() { return start<AuditHead>({"GET", "/api/v1/admin/audit-log/head"}); }

// --- signatures -------------------------------------------------------------------------------------

Handle<KeySet> ApiClient::signing_keys() {
  if (!keys_ || keys_->failed()) keys_ = start<KeySet>({"GET", "/api/v1/security/keys"});
  return keys_;
}

// --- developer tools ---------------------------------------------------------------------------

Handle<json> ApiClient::raw_get(const std::string& target) { return start<json>({"GET", target}); }

// --- plumbing -------------------------------------------------------------------------------------

void ApiClient::pump() {
  transport_->pump();
  scheduler_->pump();
}

bool ApiClient::wait_until(const std::function<bool()>& settled, int timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (!settled()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    pump();
    if (!settled()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

std::string percent_encode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out.push_back(static_cast<char>(c));
    else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

std::string build_query(const std::vector<std::pair<std::string, std::string>>& params) {
  std::string q;
  for (const auto& [k, v] : params) {
    if (v.empty()) continue;
    q += q.empty() ? '?' : '&';
    q += k + "=" + percent_encode(v);
  }
  return q;
}

// --- catalog and quotes ---------------------------------------------------------------------


Handle<std::vector<CategoryNode>> ApiClient::category_tree() {
  return start<std::vector<CategoryNode>>({"GET", "/api/v1/categories/tree"});
}

Handle<CategoryDetail> ApiClient::category(const std::string& id_or_slug) {
  return start<CategoryDetail>({"GET", "/api/v1/categories/" + percent_encode(id_or_slug)});
}

Handle<Quote> ApiClient::quote(const QuoteRequest& request) {
  return start<Quote>({"POST", "/api/v1/orders/quote", {}, json(request).dump()});
}

// --- catalog management ------------------------------------------------------------------------

namespace {
std::string my_products_path(const std::string& id) { return "/api/v1/vendors/me/products/" + percent_encode(id); }
std::string admin_products_path(const std::string& id) { return "/api/v1/admin/products/" + percent_encode(id); }
}  // namespace

Handle<Page<VendorProduct>> ApiClient::my_products(const VendorProductQuery& q) {
  return start<Page<VendorProduct>>({"GET", "/api/v1/vendors/me/products" + build_query({{"page", std::to_string(q.page)},
                                                                                          {"size", std::to_string(q.size)},
                                                                                          {"status", q.status},
                                                                                          {"search", q.search}})});
}

Handle<VendorProduct> ApiClient::my_product(const std::string& id) { return start<VendorProduct>({"GET", my_products_path(id)}); }

// Creating is not retried behind the user's back: a lost answer could otherwise mean two products.
Handle<VendorProduct> ApiClient::create_product(const ProductInput& input) {
  return start<VendorProduct>({"POST", "/api/v1/vendors/me/products", {}, json(input).dump()}, RequestOptions::no_retry());
}

Handle<VendorProduct> ApiClient::replace_product(const std::string& id, const ProductInput& input) {
  return start<VendorProduct>({"PUT", my_products_path(id), {}, json(input).dump()});
}

Handle<VendorProduct> ApiClient::update_product(const std::string& id, const ProductInput& input) {
  return start<VendorProduct>({"PATCH", my_products_path(id), {}, json(input).dump()});
}

Handle<VendorProduct> ApiClient::submit_product(const std::string& id) {
  return start<VendorProduct>({"POST", my_products_path(id) + "/submit"});
}

Handle<VendorProduct> ApiClient::deactivate_product(const std::string& id) {
  return start<VendorProduct>({"DELETE", my_products_path(id)});
}

Handle<VendorProduct> ApiClient::upload_product_image(const std::string& id, std::string bytes, const std::string& content_type) {
  HttpRequest rq{"POST", my_products_path(id) + "/images", {{"Content-Type", content_type}}, std::move(bytes)};
  rq.timeout_ms = 60000;  // up to 5 MB on a slow uplink
  return start<VendorProduct>(std::move(rq), RequestOptions::no_retry());
}

Handle<VendorProduct> ApiClient::delete_product_image(const std::string& id, const std::string& image_id) {
  return start<VendorProduct>({"DELETE", my_products_path(id) + "/images/" + percent_encode(image_id)});
}

Handle<Page<PendingProduct>> ApiClient::pending_products(int page, int size, const std::string& vendor_id) {
  return start<Page<PendingProduct>>({"GET", "/api/v1/admin/products/pending" + build_query({{"page", std::to_string(page)},
                                                                                              {"size", std::to_string(size)},
                                                                                              {"vendor_id", vendor_id}})});
}

Handle<VendorProduct> ApiClient::review_product(const std::string& id) {
  return start<VendorProduct>({"GET", admin_products_path(id)});
}

Handle<VendorProduct> ApiClient::approve_product(const std::string& id) {
  return start<VendorProduct>({"POST", admin_products_path(id) + "/approve"});
}

Handle<VendorProduct> ApiClient::reject_product(const std::string& id, const std::string& reason) {
  return start<VendorProduct>({"POST", admin_products_path(id) + "/reject", {}, json{{"reason", reason}}.dump()});
}

// --- developer controls ----------------------------------------------------------------------------

Handle<ChaosConfig> ApiClient::chaos() { return start<ChaosConfig>({"GET", "/api/v1/dev/chaos"}, RequestOptions::no_retry()); }

Handle<ChaosConfig> ApiClient::set_chaos(const ChaosConfig& config) {
  return start<ChaosConfig>({"PUT", "/api/v1/dev/chaos", {}, json(config).dump()}, RequestOptions::no_retry());
}

Handle<FaultsState> ApiClient::faults() { return start<FaultsState>({"GET", "/api/v1/dev/faults"}, RequestOptions::no_retry()); }

Handle<FaultsState> ApiClient::set_faults(const std::vector<std::string>& active) {
  return start<FaultsState>({"PUT", "/api/v1/dev/faults", {}, json{{"active", active}}.dump()}, RequestOptions::no_retry());
}

Handle<ResetResult> ApiClient::reset_to_seed() {
  return start<ResetResult>({"POST", "/api/v1/dev/reset"}, RequestOptions::no_retry());
}

}  // namespace mestore

// --- orders and payments -----------------------------------------------------------------------

namespace mestore {

Handle<Order> ApiClient::create_order(const CreateOrderRequest& request, const Intent& intent) {
  return start<Order>({"POST", "/api/v1/orders", {}, json(request).dump()}, RequestOptions::for_intent(intent));
}

Handle<Page<Order>> ApiClient::orders(int page, int size) {
  return start<Page<Order>>({"GET", "/api/v1/orders" + build_query({{"page", std::to_string(page)}, {"size", std::to_string(size)}})});
}

Handle<Order> ApiClient::order(const std::string& id) { return start<Order>({"GET", "/api/v1/orders/" + percent_encode(id)}); }

Handle<Tracking> ApiClient::order_tracking(const std::string& id) {
  return start<Tracking>({"GET", "/api/v1/orders/" + percent_encode(id) + "/tracking"});
}

Handle<Order> ApiClient::cancel_order(const std::string& id, const std::string& reason) {
  return start<Order>({"POST", "/api/v1/orders/" + percent_encode(id) + "/cancel", {}, json(CancelOrderRequest{reason}).dump()});
}

Handle<CardToken> ApiClient::tokenize_card(const CardTokenRequest& card) {
  return start<CardToken>({"POST", "/sandbox-gateway/v1/tokens", {}, json(card).dump()}, RequestOptions::no_retry());
}

Handle<PaymentMethods> ApiClient::payment_methods() { return start<PaymentMethods>({"GET", "/api/v1/payments/methods"}); }

Handle<Payment> ApiClient::process_payment(const PaymentRequest& request, const Intent& intent) {
  return start<Payment>({"POST", "/api/v1/payments/process", {}, json(request).dump()}, RequestOptions::for_intent(intent));
}

Handle<PaymentStatus> ApiClient::payment_status(const std::string& order_id) {
  return start<PaymentStatus>({"GET", "/api/v1/payments/status/order/" + percent_encode(order_id)});
}

Handle<SignedReceipt> ApiClient::receipt(const std::string& order_id) {
  return start<SignedReceipt>({"GET", "/api/v1/orders/" + percent_encode(order_id) + "/receipt"});
}

// --- commissions and the fraud queue ------------------------------------------------------------

namespace {
std::string commission_query(const CommissionQuery& q) {
  return build_query({{"page", std::to_string(q.page)}, {"size", std::to_string(q.size)}, {"status", q.status}, {"vendor_id", q.vendor_id}});
}
}  // namespace

Handle<Page<Commission>> ApiClient::vendor_commissions(const CommissionQuery& q) {
  CommissionQuery own = q;
  own.vendor_id.clear();  // the server knows whose they are
  return start<Page<Commission>>({"GET", "/api/v1/vendors/me/commissions" + commission_query(own)});
}

Handle<EarningsSummary> ApiClient::vendor_earnings() {
  return start<EarningsSummary>({"GET", "/api/v1/vendors/me/commissions/summary"});
}

Handle<Page<Commission>> ApiClient::admin_commissions(const CommissionQuery& q) {
  return start<Page<Commission>>({"GET", "/api/v1/admin/commissions" + commission_query(q)});
}

Handle<TextFile> ApiClient::vendor_commissions_csv(const CommissionQuery& q) {
  return start<TextFile>({"GET", "/api/v1/vendors/me/commissions/export.csv" + build_query({{"status", q.status}})});
}

Handle<TextFile> ApiClient::admin_commissions_csv(const CommissionQuery& q) {
  return start<TextFile>(
      {"GET", "/api/v1/admin/commissions/export.csv" + build_query({{"status", q.status}, {"vendor_id", q.vendor_id}})});
}

Handle<Page<ManagedUser>> ApiClient::users(const UserQuery& q) {
  return start<Page<ManagedUser>>({"GET", "/api/v1/superuser-admin/users" +
                                              build_query({{"page", std::to_string(q.page)}, {"size", std::to_string(q.size)},
                                                           {"search", q.search}, {"user_type", q.user_type}, {"status", q.status}})});
}

Handle<ManagedUser> ApiClient::managed_user(const std::string& id) {
  return start<ManagedUser>({"GET", "/api/v1/superuser-admin/users/" + percent_encode(id)});
}

Handle<ManagedUser> ApiClient::update_user(const std::string& id, const UserUpdate& update) {
  return start<ManagedUser>({"PATCH", "/api/v1/superuser-admin/users/" + percent_encode(id), {}, json(update).dump()},
                            RequestOptions::no_retry());
}

Handle<ManagedUser> ApiClient::unlock_user(const std::string& id) {
  return start<ManagedUser>({"POST", "/api/v1/superuser-admin/users/" + percent_encode(id) + "/unlock"});
}

Handle<Page<VendorApplication>> ApiClient::vendor_applications(const std::string& status, int page, int size) {
  return start<Page<VendorApplication>>(
      {"GET", "/api/v1/admin/vendor-applications" +
                  build_query({{"status", status}, {"page", std::to_string(page)}, {"size", std::to_string(size)}})});
}

Handle<VendorApplication> ApiClient::approve_vendor_application(const std::string& id) {
  return start<VendorApplication>({"PATCH", "/api/v1/admin/vendor-applications/" + percent_encode(id) + "/approve"});
}

Handle<VendorApplication> ApiClient::reject_vendor_application(const std::string& id, const std::string& reason) {
  return start<VendorApplication>(
      {"PATCH", "/api/v1/admin/vendor-applications/" + percent_encode(id) + "/reject", {}, json{{"reason", reason}}.dump()});
}

Handle<Commission> ApiClient::approve_commission(const std::string& id) {
  return start<Commission>({"POST", "/api/v1/admin/commissions/" + percent_encode(id) + "/approve"});
}

Handle<Page<FraudReview>> ApiClient::fraud_reviews(const std::string& status, int page) {
  return start<Page<FraudReview>>({"GET", "/api/v1/admin/fraud/reviews" + build_query({{"status", status}, {"page", std::to_string(page)}})});
}

Handle<FraudReview> ApiClient::approve_fraud_review(const std::string& id, const std::string& note) {
  json body = json::object();
  if (!note.empty()) body["note"] = note;
  return start<FraudReview>({"POST", "/api/v1/admin/fraud/reviews/" + percent_encode(id) + "/approve", {}, body.dump()});
}

Handle<FraudReview> ApiClient::reject_fraud_review(const std::string& id, const std::string& reason) {
  return start<FraudReview>({"POST", "/api/v1/admin/fraud/reviews/" + percent_encode(id) + "/reject", {}, json{{"reason", reason}}.dump()});
}

Handle<std::vector<FraudAlert>> ApiClient::fraud_alerts() {
  return start<std::vector<FraudAlert>>({"GET", "/api/v1/admin/fraud/alerts"});
}

// --- back office and vendor portal -------------------------------------------------------------

Handle<Page<AdminOrderRow>> ApiClient::admin_orders(const AdminOrderQuery& q) {
  return start<Page<AdminOrderRow>>({"GET", "/api/v1/admin/orders" + build_query({{"page", std::to_string(q.page)},
                                                                                  {"size", std::to_string(q.size)},
                                                                                  {"status", q.status},
                                                                                  {"q", q.q},
                                                                                  {"date_from", q.date_from},
                                                                                  {"date_to", q.date_to},
                                                                                  {"vendor_id", q.vendor_id},
                                                                                  {"sort", q.sort},
                                                                                  {"order", q.order}})});
}

Handle<AdminOrderDetail> ApiClient::admin_order(const std::string& id) {
  return start<AdminOrderDetail>({"GET", "/api/v1/admin/orders/" + percent_encode(id)});
}

Handle<AdminOrderDetail> ApiClient::set_order_status(const std::string& id, const OrderStatusRequest& r) {
  return start<AdminOrderDetail>({"POST", "/api/v1/admin/orders/" + percent_encode(id) + "/status", {}, json(r).dump()},
                                 RequestOptions::no_retry());
}

Handle<AdminDashboard> ApiClient::admin_dashboard(int days) {
  return start<AdminDashboard>({"GET", "/api/v1/admin/dashboard" + build_query({{"days", std::to_string(days)}})});
}

Handle<Page<VendorOrder>> ApiClient::vendor_orders(int page, int size, const std::string& status) {
  return start<Page<VendorOrder>>({"GET", "/api/v1/vendors/me/orders" + build_query({{"page", std::to_string(page)},
                                                                                    {"size", std::to_string(size)},
                                                                                    {"status", status}})});
}

Handle<VendorOrder> ApiClient::set_fulfilment(const std::string& order_id, const std::string& item_id, const std::string& status) {
  return start<VendorOrder>({"POST",
                             "/api/v1/vendors/me/orders/" + percent_encode(order_id) + "/items/" + percent_encode(item_id) + "/fulfilment",
                             {},
                             json(FulfilmentRequest{status}).dump()},
                            RequestOptions::no_retry());
}

Handle<VendorDashboard> ApiClient::vendor_dashboard() { return start<VendorDashboard>({"GET", "/api/v1/vendors/me/dashboard"}); }

}  // namespace mestore
