#include "app.hpp"

#include <nlohmann/json.hpp>

#include "automation.hpp"
#include "screens/screens.hpp"
#include "strings.hpp"
#include "widgets/widgets.hpp"

namespace ui {

namespace {
constexpr const char* kLocaleKey = "mestore.locale";
constexpr float kTopBarCss = 60;
constexpr float kStatusCss = 30;
constexpr float kMaxContentCss = 1200;

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
  api_.on_activity = [this] { platform_.wake_after(0); };
}

App::~App() { api_.on_activity = nullptr; }

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
  screen_ = make_not_found_screen(ctx, "");
  scroll_to_top_ = true;
}

std::string App::route_text() const { return hash_of(state_.route); }

std::string App::state_json() const {
  nlohmann::json toasts = nlohmann::json::array();
  for (const auto& t : state_.toasts) toasts.push_back({{"kind", t.kind}, {"text", t.text}});
  nlohmann::json j = {{"user", nullptr},
                      {"cart_count", state_.cart_count},
                      {"locale", std::string(mestore::locale_code(state_.locale))},
                      {"toasts", toasts},
                      {"api_reachable", state_.api_reachable}};
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

void App::draw_top_bar() {
  const Fonts& f = theme_.fonts();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetIO().DisplaySize.x;
  const float height = theme_.px(kTopBarCss);
  dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), color::surface);
  dl->AddLine(ImVec2(origin.x, origin.y + height - 1), ImVec2(origin.x + width, origin.y + height - 1), color::border);

  const float content_w = std::min(width, theme_.px(kMaxContentCss));
  const float left = origin.x + (width - content_w) / 2 + theme_.px(16);
  const float right = origin.x + (width + content_w) / 2 - theme_.px(16);

  // Logo: a brand-coloured word mark that takes you home.
  ImGui::PushFont(f.title);
  const ImVec2 logo_size = ImGui::CalcTextSize("MeStore");
  ImGui::SetCursorScreenPos(ImVec2(left, origin.y + (height - logo_size.y) / 2));
  if (ImGui::InvisibleButton("##nav.home", logo_size)) navigate(Route{}, true);
  automation::tag("nav.home", "MeStore", "link");
  dl->AddText(ImVec2(left, origin.y + (height - logo_size.y) / 2), color::brand, "Me");
  dl->AddText(ImVec2(left + ImGui::CalcTextSize("Me").x, origin.y + (height - logo_size.y) / 2), color::accent, "Store");
  ImGui::PopFont();

  // Language switch on the right.
  ImGui::PushFont(f.body);
  const std::string lang = std::string(icon::globe) + "  " + tr("nav.language") + "##nav.language";
  const float button_w = ImGui::CalcTextSize(lang.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetCursorScreenPos(ImVec2(right - button_w, origin.y + (height - ImGui::GetFrameHeight()) / 2));
  if (secondary_button(lang)) {
    state_.locale = state_.locale == mestore::Locale::Es ? mestore::Locale::En : mestore::Locale::Es;
    set_locale(state_.locale);
    platform_.save(kLocaleKey, std::string(mestore::locale_code(state_.locale)));
  }
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
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
  if (!screen_) enter_screen(state_.route);
  poll_health();

  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::PushFont(theme_.fonts().body);
  ImGui::Begin("##root", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  draw_top_bar();

  // Content: one scrolling region across the window (scrollbar at the edge), whose padding
  // centres a column at most kMaxContentCss wide.
  const float status_h = theme_.px(kStatusCss);
  const float column_w = std::min(io.DisplaySize.x, theme_.px(kMaxContentCss)) - theme_.px(32);
  const float margin = std::max(theme_.px(16), (io.DisplaySize.x - column_w) / 2);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin, theme_.px(20)));
  ImGui::BeginChild("##content", ImVec2(io.DisplaySize.x, ImGui::GetContentRegionAvail().y - status_h), false,
                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysUseWindowPadding);
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
  ImGui::PopFont();

  busy_ = take_animation_request() || api_.in_flight() > 0;
}

}  // namespace ui
