#include "app.hpp"

#include <nlohmann/json.hpp>

#include "automation.hpp"
#include "chrome/chrome.hpp"
#include "screens/screens.hpp"
#include "strings.hpp"
#include "widgets/widgets.hpp"

namespace ui {

namespace {
constexpr const char* kCartKey = "mestore.cart";
constexpr float kStatusCss = 30;

// Built by appending: GCC 12 warns falsely (-Wrestrict, bug 105329) on "literal" + std::string&&.
std::string hash_of(const Route& r) {
  std::string s = "#";
  s += r.str();
  return s;
}
}  // namespace

App::App(Platform& platform, mestore::ApiClient& api, FontFiles fonts)
    : platform_(platform), api_(api), font_files_(std::move(fonts)) {
  state_.locale = mestore::locale_from_code(platform_.load(kLocaleKey));
  set_locale(state_.locale);
  state_.cart.attach({[this] { return platform_.load(kCartKey); },
                      [this](const std::string& v) { platform_.save(kCartKey, v); }});
  state_.cart_count = state_.cart.count();
  api_.on_activity = [this] { platform_.wake_after(0); };
  start_session();
}

App::~App() {
  stop_session();
  api_.on_activity = nullptr;
}

bool App::prepare_frame(float dpr) {
  if (dpr == dpr_) return false;
  dpr_ = dpr;
  fonts_ok_ = theme_.apply(font_files_, dpr);
  return true;
}

ScreenContext App::screen_context() {
  Navigator nav{[this](const Route& r) { navigate(r, true); }, [this](const Route& r) { navigate(r, false); }};
  return ScreenContext{state_, api_, platform_, theme_, nav};
}

void App::open_route(const std::string& hash) {
  Route r = Route::parse(hash);
  if (screen_ && r == state_.route) return;
  state_.route = r;
  enter_screen(r);
}

void App::navigate(const Route& route, bool push) {
  // A screen asks to navigate while it draws: switching now would destroy it mid-draw (or swap
  // the data it is iterating), so the move happens once the frame's drawing is over.
  if (in_frame_) {
    pending_nav_ = PendingNav{route, push};
    return;
  }
  if (screen_ && route == state_.route) return;
  state_.route = route;
  if (push) platform_.push_route(hash_of(route));
  else platform_.replace_route(hash_of(route));
  enter_screen(route);
}

void App::enter_screen(const Route& route) {
  ScreenContext ctx = screen_context();
  for (const auto& entry : screen_registry()) {
    std::string param;
    if (!match_route(entry.pattern, route.path, &param)) continue;
    if (!allow(entry, route)) return;
    waiting_for_session_ = false;
    if (screen_ && screen_entry_ == &entry && param == screen_param_) {
      screen_->on_route(ctx, route);
    } else {
      screen_entry_ = &entry;
      screen_param_ = param;
      screen_ = entry.make(ctx, param);
      scroll_to_top_ = true;
    }
    return;
  }
  screen_entry_ = nullptr;
  waiting_for_session_ = false;
  screen_ = make_not_found_screen(ctx, "");
  scroll_to_top_ = true;
}

std::string App::route_text() const { return hash_of(state_.route); }

std::string App::state_json() const {
  nlohmann::json toasts = nlohmann::json::array();
  for (const auto& t : state_.toasts) toasts.push_back({{"kind", t.kind}, {"text", t.text}});
  const ImageStats images = platform_.image_stats();
  nlohmann::json user = nullptr;
  if (const auto& u = api_.session().user(); u && api_.session().signed_in())
    user = {{"email", u->email}, {"user_type", u->user_type}, {"full_name", u->full_name}};
  nlohmann::json j = {{"user", user},
                      {"session", std::string(mestore::session_state_name(api_.session().state()))},
                      {"cart_count", state_.cart.count()},
                      {"locale", std::string(mestore::locale_code(state_.locale))},
                      {"toasts", toasts},
                      {"api_reachable", state_.api_reachable},
                      {"images", {{"loading", images.loading}, {"ready", images.ready}, {"failed", images.failed}}}};
  return j.dump();
}

void App::poll_health() {
  const double now = platform_.now();
  if (now < state_.next_health_check || mestore::state_of(state_.health) == mestore::RequestState::Loading) return;
  state_.health = api_.health();
  state_.health->then([this](mestore::Remote<mestore::Health>& h) {
    state_.api_checked = true;
    state_.api_reachable = h.done() && h.value.status == "ok";
    const double interval = state_.api_reachable ? 15.0 : 3.0;
    state_.next_health_check = platform_.now() + interval;
    platform_.wake_after(interval);
  });
}

void App::draw_status_line() {
  const Fonts& f = theme_.fonts();
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float h = theme_.px(kStatusCss);
  const ImVec2 min(0, size.y - h);
  dl->AddRectFilled(min, size, color::surface);
  dl->AddLine(min, ImVec2(size.x, min.y), color::border);
  const char* message = !state_.api_checked ? tr("status.api_checking")
                        : state_.api_reachable ? tr("status.api_ok")
                                               : tr("status.api_down");
  const ImU32 dot = !state_.api_checked ? color::muted : state_.api_reachable ? color::success : color::danger;
  const float x = theme_.px(16);
  const float cy = min.y + h / 2;
  dl->AddCircleFilled(ImVec2(x + theme_.px(4), cy), theme_.px(4), dot);
  dl->AddText(f.small, f.small->FontSize, ImVec2(x + theme_.px(14), cy - f.small->FontSize / 2),
              state_.api_reachable ? color::muted : dot, message);
  std::string version = "MeStore Web " MESTORE_VERSION;
  ImVec2 vs = f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, 0, version.c_str());
  dl->AddText(f.small, f.small->FontSize, ImVec2(size.x - x - vs.x, cy - f.small->FontSize / 2), color::muted, version.c_str());
}

void App::frame() {
  automation::begin_frame(dpr_);
  // A guarded route waited for the session restore: it has an answer now.
  if (waiting_for_session_ && api_.session().state() != mestore::SessionState::Restoring) {
    waiting_for_session_ = false;
    screen_.reset();
  }
  in_frame_ = true;
  if (!screen_) enter_screen(state_.route);
  poll_health();
  watch_session();
  state_.cart_count = state_.cart.count();
  // Categories feed the home tiles and the catalog filters; fetched once, again after a failure.
  if (!state_.categories || (state_.categories->failed() && state_.api_reachable && platform_.now() >= categories_retry_at_)) {
    state_.categories = api_.categories();
    categories_retry_at_ = platform_.now() + 10;  // a failing server is asked again at most every 10 s
  }

  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::PushFont(theme_.fonts().body);
  ImGui::Begin("##root", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  ScreenContext chrome = screen_context();
  draw_top_bar(chrome);

  // Content: one scrolling region across the window (scrollbar at the edge), whose padding
  // centres a column at most kMaxContentCss wide.
  const float status_h = theme_.px(kStatusCss);
  const float side = is_compact(theme_) ? theme_.px(12) : theme_.px(16);
  const float column_w = std::min(io.DisplaySize.x, theme_.px(kMaxContentCss)) - side * 2;
  const float margin = std::max(side, (io.DisplaySize.x - column_w) / 2);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin, theme_.px(20)));
  ImGui::BeginChild("##content", ImVec2(io.DisplaySize.x, ImGui::GetContentRegionAvail().y - status_h), false,
                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysUseWindowPadding |
                        ImGuiWindowFlags_NavFlattened);  // arrow keys cross from the top bar into the page
  ImGui::PopStyleVar();
  if (scroll_to_top_) {
    ImGui::SetScrollY(0);
    scroll_to_top_ = false;
  }
  if (screen_) {
    ScreenContext ctx = screen_context();
    screen_->draw(ctx);
  }
  ImGui::Dummy(ImVec2(0, theme_.px(12)));
  ImGui::EndChild();
  ImGui::End();
  draw_status_line();
  draw_toasts(chrome, io.DisplaySize.y - status_h);
  ImGui::PopFont();

  in_frame_ = false;
  if (pending_nav_) {
    PendingNav nav = std::move(*pending_nav_);
    pending_nav_.reset();
    navigate(nav.route, nav.push);
    platform_.wake_after(0);
  }
  busy_ = take_animation_request() || api_.in_flight() > 0;
}

}  // namespace ui

namespace ui {
void push_toast(AppState& state, double now, const char* kind, const std::string& text, double seconds) {
  // The same message twice in a row refreshes the first instead of stacking.
  if (!state.toasts.empty() && state.toasts.back().text == text) {
    state.toasts.back().expires_at = now + seconds;
    return;
  }
  state.toasts.push_back({kind, text, now + seconds, now});
  if (state.toasts.size() > 3) state.toasts.erase(state.toasts.begin());
}
}  // namespace ui
