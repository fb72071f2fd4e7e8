// Vendor applications (#/admin/approvals/vendors?status=&page=): people who applied to sell on
// MeStore (POST /vendors/register), newest first, with their business, city, document and pitch.
// An admin approves one (the account can then sign in as a VENDOR) or rejects it with a reason.
#include <cstdio>
#include <map>

#include "../automation.hpp"
#include "../chrome/chrome.hpp"
#include "../strings.hpp"
#include "../widgets/form_fields.hpp"
#include "../widgets/widgets.hpp"
#include "account_parts.hpp"
#include "backoffice_parts.hpp"
#include "client/format.hpp"
#include "screens.hpp"

namespace ui {
namespace {

constexpr int kPageSize = 10;
constexpr const char* kStatuses[] = {"PENDING", "APPROVED", "REJECTED"};

class AdminVendorApplicationsScreen final : public Screen {
 public:
  explicit AdminVendorApplicationsScreen(ScreenContext& ctx) { on_route(ctx, ctx.state.route); }

  void on_route(ScreenContext& ctx, const Route& r) override {
    status_ = r.get("status", "PENDING");
    page_ = std::max(1, r.get_int("page", 1));
    load(ctx);
  }

  void draw(ScreenContext& ctx) override {
    finish(ctx);
    backoffice_header(ctx, "approvals");
    approvals_switch(ctx, true);
    const Fonts& f = ctx.theme.fonts();
    const float width = backoffice_width(ctx);
    bool first = true;
    const float right = ImGui::GetCursorScreenPos().x + width;
    for (const char* s : kStatuses) {
      const char* words = tr((std::string("bo.vendors.status.") + s).c_str());
      if (!first) chip_spacing(words, right, em(0.4f));
      first = false;
      if (chip(words, std::string("bo.vendors.filter.") + s, status_ == s, "radio") && status_ != s)
        ctx.nav.replace(ctx.state.route.with("status", s).with("page", ""));
    }
    ImGui::Dummy(ImVec2(0, em(0.6f)));
    if (!list_ || list_->loading()) {
      loading_line(tr("bo.vendors.loading"));
      return;
    }
    if (list_->failed()) {
      if (error_box(tr("bo.vendors.failed"), &list_->error, "bo.vendors.retry")) load(ctx);
      return;
    }
    const auto& page = list_->value;
    char count[96];
    std::snprintf(count, sizeof count, tr(page.pagination.total == 1 ? "bo.vendors.count_one" : "bo.vendors.count"),
                  static_cast<long long>(page.pagination.total));
    text_item("bo.vendors.count", f.small, color::muted, count, width);
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    if (page.items.empty()) {
      begin_card(width, card_pad(ctx, width));
      text_item("bo.vendors.empty", f.body, color::muted, tr("bo.vendors.empty"), card_inner_width());
      end_card();
      return;
    }
    for (const auto& a : page.items) {
      draw_application(ctx, a, width);
      ImGui::Dummy(ImVec2(0, em(0.5f)));
    }
    if (const int asked = page_arrows("bo.vendors.page", page.pagination))
      ctx.nav.go(ctx.state.route.with("page", std::to_string(asked)));
  }

 private:
  struct Decision : ReviewState {
    mestore::Handle<mestore::VendorApplication> request;
  };

  void load(ScreenContext& ctx) { list_ = ctx.api.vendor_applications(status_, page_, kPageSize); }

  void draw_application(ScreenContext& ctx, const mestore::VendorApplication& a, float width) {
    const Fonts& f = ctx.theme.fonts();
    const std::string id = "bo.vendors." + a.email;
    begin_card(width, card_pad(ctx, width));
    const float inner = card_inner_width();
    text_item(id + ".name", f.strong, color::text, a.business_name, inner);
    automation::set_value(a.status);
    text(f.small, color::muted, a.city + "  ·  " + tr(a.business_type == "empresa" ? "bo.vendors.company" : "bo.vendors.person") +
                                     "  ·  " + tr("bo.vendors.document") + " " + a.document_number);
    text(f.small, color::text, a.full_name + "  ·  " + a.email + "  ·  " + a.phone);
    text(f.small, color::muted, std::string(tr("bo.vendors.applied")) + " " + mestore::format_datetime(a.applied_at, current_locale()));
    if (!a.description.empty()) {
      ImGui::Dummy(ImVec2(0, em(0.2f)));
      text(f.body, color::text, a.description, true);
    }
    if (a.rejection_reason) text(f.small, color::danger, std::string(tr("vp.products.rejected_because")) + " " + *a.rejection_reason, true);
    ImGui::Dummy(ImVec2(0, em(0.4f)));
    if (a.status == "PENDING") {
      Decision& d = decisions_[a.id];
      const bool busy = d.request && d.request->loading();
      switch (review_controls(ctx, id, d, busy, inner, {"bo.vendors.approve"})) {
        case ReviewAction::Approve: d.request = ctx.api.approve_vendor_application(a.id); break;
        case ReviewAction::Reject: d.request = ctx.api.reject_vendor_application(a.id, trimmed(d.reason)); break;
        case ReviewAction::None: break;
      }
    }
    end_card();
  }

  // A decided application leaves the pending queue: reload once its answer is in.
  void finish(ScreenContext& ctx) {
    const auto outcome = [](const mestore::VendorApplication& a) { return std::pair(a.status == "APPROVED", a.business_name); };
    if (settle_decisions(ctx, decisions_, outcome, "bo.vendors.approved", "bo.vendors.rejected")) load(ctx);
  }

  std::string status_ = "PENDING";
  int page_ = 1;
  mestore::Handle<mestore::Page<mestore::VendorApplication>> list_;
  std::map<std::string, Decision> decisions_;
};

}  // namespace

std::unique_ptr<Screen> make_admin_vendor_applications_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<AdminVendorApplicationsScreen>(ctx);
}

}  // namespace ui
