// Admin orders (#/admin/orders?status=&q=&sort=&order=): every order of the marketplace in one
// table that stays smooth at 100,000 rows. Only the rows on screen are drawn (ImGuiListClipper)
// and only their pages are fetched (100 rows each, sorted and filtered by the server); the
// header stays in place while the rows scroll, and a column header sorts.
#include <algorithm>
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
#include "order_parts.hpp"
#include "screens.hpp"

namespace ui {
namespace {

constexpr int kPageRows = 100;
constexpr const char* kStatuses[] = {"pending", "confirmed", "processing", "shipped", "delivered", "cancelled", "refunded"};

// Table columns; the sortable ones carry the server's sort key.
enum Column { kNumber, kDate, kBuyer, kStatus, kPayment, kTotal, kColumns };
const char* sort_key(int column) {
  switch (column) {
    case kNumber: return "order_number";
    case kDate: return "created_at";
    case kStatus: return "status";
    case kTotal: return "total";
    default: return "";
  }
}

class AdminOrdersScreen final : public Screen {
 public:
  explicit AdminOrdersScreen(ScreenContext& ctx) { on_route(ctx, ctx.state.route); }

  void on_route(ScreenContext& ctx, const Route& r) override {
    query_ = mestore::AdminOrderQuery{};
    query_.size = kPageRows;
    query_.status = r.get("status");
    query_.q = r.get("q");
    query_.sort = r.get("sort", "created_at");
    query_.order = r.get("order", "desc");
    search_ = query_.q;
    pages_.clear();
    total_ = -1;
    fetch(ctx, 1);
  }

  void draw(ScreenContext& ctx) override {
    backoffice_header(ctx, "orders");
    const float width = backoffice_width(ctx);
    draw_filters(ctx, width);
    const auto& first = pages_[1];
    if (first && first->done()) total_ = first->value.pagination.total;
    if (total_ < 0) {
      if (first && first->failed()) {
        if (error_box(tr("bo.orders.failed"), &first->error, "bo.orders.retry")) fetch(ctx, 1, true);
      } else {
        loading_line(tr("bo.orders.loading"));
      }
      return;
    }
    char count[96];
    std::snprintf(count, sizeof count, tr(total_ == 1 ? "bo.orders.count_one" : "bo.orders.count_many"), static_cast<long long>(total_));
    text_item("bo.orders.count", ctx.theme.fonts().small, color::muted, count, width);
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    if (total_ == 0) {
      text_item("bo.orders.empty", ctx.theme.fonts().body, color::muted, tr("bo.orders.empty"), width);
      return;
    }
    draw_table(ctx, width);
  }

 private:
  void fetch(ScreenContext& ctx, int page, bool again = false) {
    auto& h = pages_[page];
    if (h && !again) return;
    mestore::AdminOrderQuery q = query_;
    q.page = page;
    h = ctx.api.admin_orders(q);
  }

  void draw_filters(ScreenContext& ctx, float width) {
    std::vector<Choice> options{{"all", tr("bo.orders.all_statuses")}};
    int current = 0;
    for (const char* s : kStatuses) {
      if (query_.status == s) current = static_cast<int>(options.size());
      options.push_back({s, order_status_text(s)});
    }
    const auto in = search_and_menu(ctx, width, "bo.orders.search", search_, tr("bo.orders.search_hint"), 120, "bo.orders.status",
                                    options, current);
    if (in.searched) ctx.nav.replace(ctx.state.route.with("q", trimmed(search_)));
    if (in.picked >= 0)
      ctx.nav.replace(ctx.state.route.with("status", in.picked == 0 ? "" : options[static_cast<std::size_t>(in.picked)].key));
    ImGui::Dummy(ImVec2(0, em(0.5f)));
  }

  // The row `i` of the whole result, if its page has arrived (and asks for the page otherwise).
  const mestore::AdminOrderRow* row(ScreenContext& ctx, long long i) {
    const int page = static_cast<int>(i / kPageRows) + 1;
    fetch(ctx, page);
    const auto& h = pages_[page];
    if (!h || !h->done()) return nullptr;
    const auto at = static_cast<std::size_t>(i % kPageRows);
    return at < h->value.items.size() ? &h->value.items[at] : nullptr;
  }

  void draw_table(ScreenContext& ctx, float width) {
    const Fonts& f = ctx.theme.fonts();
    const float row_h = em(2.4f);
    const float view_bottom = ImGui::GetIO().DisplaySize.y - ctx.theme.px(40);
    const float height = std::max(ctx.theme.px(360), view_bottom - ImGui::GetCursorScreenPos().y);
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_SizingStretchProp;
    ImGui::PushStyleColor(ImGuiCol_TableRowBgAlt, ImGui::ColorConvertU32ToFloat4(color::rgb(0xF8FAFC)));
    ImGui::PushStyleColor(ImGuiCol_TableHeaderBg, ImGui::ColorConvertU32ToFloat4(color::rgb(0xEEF2F6)));
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(em(0.6f), em(0.4f)));
    // Narrower than 1000 CSS px (phones), the columns keep their room and the table scrolls sideways.
    if (ImGui::BeginTable("##bo.orders.table", kColumns, flags, ImVec2(width, height), width >= ctx.theme.px(1000) ? 0.0f : ctx.theme.px(1000))) {
      automation::tag("bo.orders.table", tr("bo.tab.orders"), "text");
      const int none = ImGuiTableColumnFlags_NoSort;
      const auto sorted_here = [&](int c) {
        return query_.sort == sort_key(c) ? (ImGuiTableColumnFlags_DefaultSort |
                                             (query_.order == "asc" ? ImGuiTableColumnFlags_PreferSortAscending
                                                                    : ImGuiTableColumnFlags_PreferSortDescending))
                                          : 0;
      };
      ImGui::TableSetupScrollFreeze(0, 1);
      ImGui::TableSetupColumn(tr("bo.col.number"), sorted_here(kNumber), 2.0f);
      ImGui::TableSetupColumn(tr("bo.col.date"), sorted_here(kDate), 1.3f);
      ImGui::TableSetupColumn(tr("bo.col.buyer"), none, 2.0f);
      ImGui::TableSetupColumn(tr("bo.col.status"), sorted_here(kStatus), 1.1f);
      ImGui::TableSetupColumn(tr("bo.col.payment"), none, 1.0f);
      ImGui::TableSetupColumn(tr("bo.col.total"), sorted_here(kTotal), 1.1f);
      draw_header(ctx);
      read_sort(ctx);
      ImGuiListClipper clipper;
      clipper.Begin(static_cast<int>(total_), row_h);
      while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_row(ctx, i, row_h, f);
      ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
  }

  // Header cells as automation items "bo.col.<key>" (role button): tests sort by clicking them.
  void draw_header(ScreenContext&) {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    static const char* ids[] = {"number", "date", "buyer", "status", "payment", "total"};
    for (int c = 0; c < kColumns; ++c) {
      ImGui::TableSetColumnIndex(c);
      ImGui::TableHeader(ImGui::TableGetColumnName(c));
      automation::tag(std::string("bo.col.") + ids[c], ImGui::TableGetColumnName(c), "button");
    }
  }

  void read_sort(ScreenContext& ctx) {
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs || !specs->SpecsDirty) return;
    specs->SpecsDirty = false;
    if (specs->SpecsCount < 1) return;
    const auto& s = specs->Specs[0];
    const std::string key = sort_key(s.ColumnIndex);
    const std::string order = s.SortDirection == ImGuiSortDirection_Ascending ? "asc" : "desc";
    if (key.empty() || (key == query_.sort && order == query_.order)) return;
    ctx.nav.replace(ctx.state.route.with("sort", key).with("order", order));
  }

  void draw_row(ScreenContext& ctx, int i, float row_h, const Fonts& f) {
    ImGui::TableNextRow(0, row_h);
    ImGui::TableSetColumnIndex(0);
    const mestore::AdminOrderRow* r = row(ctx, i);
    if (!r) {
      text(f.body, color::muted, "…");
      return;
    }
    const std::string id = "bo.orders.row." + r->order_number;
    if (ImGui::Selectable(("##" + id).c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                          ImVec2(0, row_h - em(0.8f))))
      ctx.nav.go(Route::parse("/admin/order/" + r->id));
    automation::tag(id, r->order_number, "row");
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::SameLine(0, 0);
    center_line_in_row(row_h);
    text(f.strong, color::text, r->order_number);
    table_cell_at(kDate, row_h);
    text(f.body, color::text, mestore::format_datetime(r->created_at, current_locale()));
    table_cell_at(kBuyer, row_h);
    text(f.body, color::text, r->buyer_name + "  ·  " + r->buyer_email);
    table_cell_at(kStatus, row_h);
    ImU32 fg, bg;
    order_status_colors(r->status, &fg, &bg);
    text(f.strong, fg, order_status_text(r->status));
    table_cell_at(kPayment, row_h);
    text(f.body, color::muted, payment_status_text(r->payment_status));
    table_cell_at(kTotal, row_h);
    const std::string total = price_text(r->total);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(total.c_str()).x);
    text(f.body, color::text, total);
  }

  mestore::AdminOrderQuery query_;
  std::string search_;
  std::map<int, mestore::Handle<mestore::Page<mestore::AdminOrderRow>>> pages_;
  long long total_ = -1;
};

}  // namespace

std::unique_ptr<Screen> make_admin_orders_screen(ScreenContext& ctx, const std::string&) {
  return std::make_unique<AdminOrdersScreen>(ctx);
}

}  // namespace ui
