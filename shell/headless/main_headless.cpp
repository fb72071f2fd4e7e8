// mestore-headless: the real UI and client, natively, without a GPU. It draws frames into
// ImGui's draw lists (never rasterised) against a live stub server. Tests use it to check
// screens without a browser; benchmarks use it to time a frame's CPU cost.
//
//   mestore-headless --api http://127.0.0.1:8000 --route '#/' [--frames 120] [--size 1280x800]
//                    [--dpr 1] [--items] [--timing] [--wheel 2] [--fps 60] [--email E]
//   (with --email, the password comes from MESTORE_HEADLESS_PASSWORD or --password)
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include <imgui.h>

#include "client/api_client.hpp"
#include "headless_platform.hpp"
#include "ui/app.hpp"
#include "ui/automation.hpp"

namespace {

constexpr const char* kFontDir = "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/";

struct Options {
  std::string api = "http://127.0.0.1:8000";
  std::string route = "#/";
  int frames = 120;
  std::string size = "1280x800";
  float dpr = 1;
  bool items = false;
  bool timing = false;
  int settle_ms = 5000;
  float wheel = 0;
  int fps = 0;
  std::string email;
  std::string password;
};

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App cli{"MeStore UI without a browser: draws frames natively against a stub server"};
  cli.add_option("--api", o.api, "stub server base URL");
  cli.add_option("--route", o.route, "route to open, e.g. '#/product/ID'");
  cli.add_option("--frames", o.frames, "frames to draw after the network settles");
  cli.add_option("--size", o.size, "viewport in CSS pixels, WxH");
  cli.add_option("--dpr", o.dpr, "device pixel ratio");
  cli.add_flag("--items", o.items, "print the last frame's automation items as JSON");
  cli.add_flag("--timing", o.timing, "print frame CPU time statistics as JSON");
  cli.add_option("--settle-ms", o.settle_ms, "how long to wait for requests to finish");
  cli.add_option("--wheel", o.wheel, "mouse wheel units per timed frame (down), pointer at the viewport's middle");
  cli.add_option("--fps", o.fps, "pace the timed frames like a display (0: back to back)");
  cli.add_option("--email", o.email, "sign in as this account before opening the route");
  // From the environment by preference, so the password stays out of the process list.
  cli.add_option("--password", o.password, "password for --email")->envname("MESTORE_HEADLESS_PASSWORD");
  CLI11_PARSE(cli, argc, argv);
  int css_w = 1280, css_h = 800;
  std::sscanf(o.size.c_str(), "%dx%d", &css_w, &css_h);

  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(css_w * o.dpr, css_h * o.dpr);

  shell::HeadlessPlatform platform;
  mestore::ApiClient api(mestore::make_default_transport(o.api));
  ui::FontFiles fonts{std::string(kFontDir) + "Roboto-Regular.ttf", std::string(kFontDir) + "Roboto-Medium.ttf",
                      std::string(kFontDir) + "Roboto-Bold.ttf",
                      "/usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf"};
  ui::App app(platform, api, fonts);
  // Signed-in screens (the back office) need a session before their route opens, or the route
  // guard sends us to the login page. Same call as the login page; the native transport keeps
  // the refresh token in memory, so the session lives as long as this process.
  if (!o.email.empty()) {
    auto login = api.login(o.email, o.password);
    if (!api.wait(login, 30000) || login->failed()) {
      std::fprintf(stderr, "sign-in as %s failed: %s\n", o.email.c_str(),
                   login->failed() ? login->error.message.c_str() : "no answer");
      return 1;
    }
  }
  app.open_route(o.route);

  auto frame = [&] {
    if (app.prepare_frame(o.dpr)) {
      unsigned char* pixels;
      int w, h;
      io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);  // marks the atlas built; nothing to upload
    }
    io.DeltaTime = 1.0f / 60.0f;
    api.pump();
    ImGui::NewFrame();
    app.frame();
    ImGui::Render();
    ui::automation::end_frame();
  };

  // Draw until the screen's requests have answered (or the settle time passes).
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(o.settle_ms);
  do {
    frame();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  } while ((api.in_flight() > 0 || app.busy()) && std::chrono::steady_clock::now() < deadline);

  // Timed frames. With --wheel the pointer rests mid-screen and the wheel turns every frame, so a
  // long list keeps bringing new rows (and fetching their pages) as a person scrolling would;
  // --fps spaces the frames out so those pages can arrive (back to back, the wheel outruns them).
  std::vector<double> times;
  auto next = std::chrono::steady_clock::now();
  for (int i = 0; i < o.frames; ++i) {
    if (o.fps > 0) std::this_thread::sleep_until(next += std::chrono::microseconds(1000000 / o.fps));
    auto t0 = std::chrono::steady_clock::now();
    if (o.wheel != 0) {
      io.MousePos = ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2);
      io.MouseWheel = -o.wheel;
    }
    frame();
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  if (o.items) std::printf("%s\n", ui::automation::items_json().c_str());
  if (o.timing && !times.empty()) {
    std::sort(times.begin(), times.end());
    std::printf("{\"frames\":%zu,\"median_ms\":%.3f,\"p95_ms\":%.3f,\"max_ms\":%.3f}\n", times.size(),
                times[times.size() / 2], times[times.size() * 95 / 100], times.back());
  }
  std::fprintf(stderr, "route %s\n", app.route_text().c_str());
  ImGui::DestroyContext();
  return 0;
}
