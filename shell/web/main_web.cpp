// The browser host: a GLFW window on a WebGL2 canvas, Dear ImGui's GLFW backend with our own
// WebGL2 renderer (webgl_renderer.hpp says why), and the fixes Emscripten 3.1.6 needs (pixel
// density, touch, wheel, text input, clipboard).
// Frames are drawn on demand: input, network answers and animations ask for them; an idle shop
// draws nothing. While a browser test drives the page (navigator.webdriver) it draws every frame.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <cstdlib>
#include <memory>
#include <string>

#include <imgui.h>
#include <sodium.h>
#include <imgui_impl_glfw.h>

#include "client/api_client.hpp"
#include "touch_input.hpp"
#include "ui/app.hpp"
#include "ui/automation.hpp"
#include "web_platform.hpp"
#include "webgl_renderer.hpp"

namespace {

struct Host {
  GLFWwindow* window = nullptr;
  std::unique_ptr<shell::WebPlatform> platform;
  std::unique_ptr<mestore::ApiClient> api;
  std::unique_ptr<ui::App> app;
  shell::WebGLRenderer renderer;
  shell::TouchInput touch;
  float dpr = 1;
  bool webdriver = false;
  bool frame_pending = false;
  int settle_frames = 0;  // ImGui needs a couple of frames after input to settle hover and layout
  bool first_frame_sent = false;
  bool text_focus = false;
  int cursor = -1;
  std::string clipboard;
  std::string out;  // keeps strings returned to JavaScript alive until the next call
};

Host g;

void draw_frame();

EM_BOOL on_animation_frame(double, void*) {
  g.frame_pending = false;
  draw_frame();
  return EM_FALSE;
}

void request_frame() {
  g.settle_frames = std::max(g.settle_frames, 3);
  if (!g.frame_pending) {
    g.frame_pending = true;
    emscripten_request_animation_frame(on_animation_frame, nullptr);
  }
}

void resize_to(double css_w, double css_h, double dpr) {
  g.dpr = static_cast<float>(dpr > 0 ? dpr : 1);
  // The backing store is CSS size × devicePixelRatio, so text is rasterised for the real pixels.
  // Not glfwSetWindowSize: Emscripten 3.1.6's GLFW asks for fullscreen when the size equals the
  // screen's (a maximised window at DPR 1), which leaves the canvas with a stale inline size.
  // Browser.setCanvasSize sizes the canvas and tells GLFW through its resize listener.
  EM_ASM({ Browser.setCanvasSize($0, $1); }, static_cast<int>(std::lround(css_w * g.dpr)),
         static_cast<int>(std::lround(css_h * g.dpr)));
}

const char* css_cursor(ImGuiMouseCursor c) {
  switch (c) {
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    default: return "default";
  }
}

// ImGui 1.86 activates a focused button with Space only; people expect Enter too. Outside text
// fields (which take Enter themselves), Enter counts as "activate" for keyboard navigation.
// Only a press that starts outside a text field counts (the Enter that submits a field must not
// reopen it on the next frame).
void enter_activates(ImGuiIO& io) {
  static bool was_down = false, for_nav = false;
  const bool down = io.KeysDown[GLFW_KEY_ENTER] || io.KeysDown[GLFW_KEY_KP_ENTER];
  if (!down) for_nav = false;
  else if (!was_down && !io.WantTextInput) for_nav = true;
  was_down = down;
  if (for_nav && (io.ConfigFlags & ImGuiConfigFlags_NavEnableKeyboard)) io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
}

void sync_browser_side() {
  ImGuiIO& io = ImGui::GetIO();
  // The hidden <input> holds focus while ImGui edits text: it receives typing and opens the
  // on-screen keyboard on phones.
  if (io.WantTextInput != g.text_focus) {
    g.text_focus = io.WantTextInput;
    EM_ASM({ Module.mestoreTextFocus($0); }, g.text_focus ? 1 : 0);
  }
  ImGuiMouseCursor c = ImGui::GetMouseCursor();
  if (c != g.cursor) {
    g.cursor = c;
    EM_ASM({ Module.mestoreCursor(UTF8ToString($0)); }, css_cursor(c));
  }
}

void draw_frame() {
  if (g.app->prepare_frame(g.dpr)) g.renderer.forget_fonts();  // re-upload fonts
  g.api->pump();
  g.renderer.new_frame();
  ImGui_ImplGlfw_NewFrame();
  g.touch.apply(ImGui::GetIO());
  enter_activates(ImGui::GetIO());
  ImGui::NewFrame();
  g.app->frame();
  ImGui::Render();
  ui::automation::end_frame();

  int w, h;
  glfwGetFramebufferSize(g.window, &w, &h);
  glViewport(0, 0, w, h);
  glClearColor(0.957f, 0.965f, 0.973f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  g.renderer.render(ImGui::GetDrawData());
  g.platform->end_frame();
  sync_browser_side();

  if (!g.first_frame_sent && g.app->fonts_ready()) {
    g.first_frame_sent = true;
    EM_ASM({ Module.mestoreFirstFrame(); });
  }
  if (g.settle_frames > 0) --g.settle_frames;
  const bool more = g.webdriver || g.settle_frames > 0 || g.app->busy() || g.touch.wants_frames() ||
                    ImGui::IsAnyMouseDown();
  if (more && !g.frame_pending) {
    g.frame_pending = true;
    emscripten_request_animation_frame(on_animation_frame, nullptr);
  }
  if (g.text_focus) g.platform->wake_after(0.53);  // caret blink
}

// --- GLFW callbacks: forward to ImGui's backend, then ask for a frame ---------------------------
void on_key(GLFWwindow* w, int key, int scancode, int action, int mods) {
  ImGui_ImplGlfw_KeyCallback(w, key, scancode, action, mods);
  // Like a mouse button, a key's press and its release are each drawn now: ImGui 1.86 reads key
  // states once a frame, so a key tapped (or tapped again) faster than a frame, as by a quick
  // typist or in a busy tab, would otherwise be seen as held, or not at all. Except Ctrl+V: the
  // browser's paste event, which fills our clipboard buffer, comes after this keydown, and ImGui
  // reads the buffer in the frame that sees the press.
  const bool paste = key == GLFW_KEY_V && (mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER));
  if (!paste) draw_frame();
  request_frame();
}
void on_mouse_button(GLFWwindow* w, int button, int action, int mods) {
  g.touch.mouse_moved();
  ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods);
  // Draw the press (and the release) now, inside the mouse event: ImGui 1.86 drops a press and
  // release that land between two frames, and a text field clicked here takes the keyboard
  // before the next key arrives (typing right after a click loses no letters).
  draw_frame();
  request_frame();
}
void on_cursor_pos(GLFWwindow*, double, double) {
  g.touch.mouse_moved();
  request_frame();
}

}  // namespace

// --- called from bridge.js ------------------------------------------------------------------------
extern "C" {
EMSCRIPTEN_KEEPALIVE const char* mestore_items_json() { return (g.out = ui::automation::items_json()).c_str(); }
EMSCRIPTEN_KEEPALIVE const char* mestore_route() { return (g.out = g.app->route_text()).c_str(); }
EMSCRIPTEN_KEEPALIVE const char* mestore_state_json() { return (g.out = g.app->state_json()).c_str(); }
EMSCRIPTEN_KEEPALIVE int mestore_frame_count() { return ui::automation::frame_count(); }
EMSCRIPTEN_KEEPALIVE void mestore_wake() { request_frame(); }

EMSCRIPTEN_KEEPALIVE void mestore_open_route(const char* hash) {
  g.app->open_route(hash);
  request_frame();
}

EMSCRIPTEN_KEEPALIVE void mestore_resize(double css_w, double css_h, double dpr) {
  resize_to(css_w, css_h, dpr);
  // Draw now, inside the resize event, so the browser never shows a cleared canvas (no flicker).
  draw_frame();
  request_frame();
}

EMSCRIPTEN_KEEPALIVE void mestore_wheel(double dx, double dy) {
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheelH += static_cast<float>(dx);
  io.MouseWheel += static_cast<float>(dy);
  request_frame();
}

EMSCRIPTEN_KEEPALIVE void mestore_touch(int phase, double css_x, double css_y) {
  const ImVec2 p(static_cast<float>(css_x * g.dpr), static_cast<float>(css_y * g.dpr));
  const float font_px = ImGui::GetIO().FontDefault ? ImGui::GetIO().FontDefault->FontSize : 15 * g.dpr;
  switch (phase) {
    case 0: g.touch.begin(p); break;
    case 1: g.touch.move(p, 10 * g.dpr, 5 * font_px); break;
    case 2:
      g.touch.end(p);
      // Run the press and release frames now, inside the touch event: a text field tapped here
      // takes focus within the user gesture, which phones require to open their keyboard.
      draw_frame();
      draw_frame();
      break;
    default: g.touch.cancel(); break;
  }
  request_frame();
}

EMSCRIPTEN_KEEPALIVE void mestore_text_input(const char* utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  request_frame();
}

EMSCRIPTEN_KEEPALIVE void mestore_key_tap(int glfw_key) {
  // A key the phone keyboard only reports as an edit: press now, release a frame later.
  ImGui_ImplGlfw_KeyCallback(g.window, glfw_key, 0, GLFW_PRESS, 0);
  draw_frame();
  ImGui_ImplGlfw_KeyCallback(g.window, glfw_key, 0, GLFW_RELEASE, 0);
  request_frame();
}

EMSCRIPTEN_KEEPALIVE void mestore_clipboard_set(const char* utf8) { g.clipboard = utf8; }

// bridge.js hands over a chosen file: its bytes in a malloc'ed buffer this function frees.
EMSCRIPTEN_KEEPALIVE void mestore_file_picked(const char* name, const char* mime, char* bytes, int size) {
  ui::PickedFile f{name, mime, std::string(bytes, static_cast<std::size_t>(size))};
  std::free(bytes);
  g.platform->file_picked(std::move(f));
}

EMSCRIPTEN_KEEPALIVE void mestore_image_ready(int handle, unsigned texture, int width, int height) {
  g.platform->image_ready(handle, texture, width, height);
}
EMSCRIPTEN_KEEPALIVE void mestore_image_failed(int handle) { g.platform->image_failed(handle); }
}

int main() {
  g.webdriver = EM_ASM_INT({ return navigator.webdriver ? 1 : 0; }) != 0;
  const double css_w = EM_ASM_DOUBLE({ return Module.mestoreViewport()[0]; });
  const double css_h = EM_ASM_DOUBLE({ return Module.mestoreViewport()[1]; });
  g.dpr = static_cast<float>(EM_ASM_DOUBLE({ return Module.mestoreViewport()[2]; }));

  // libsodium (idempotency keys, signature checks) takes its randomness from crypto.getRandomValues.
  if (sodium_init() < 0) {
    EM_ASM({ window.mestore._fail('crash', 'libsodium'); });
    return 1;
  }
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  g.window = glfwCreateWindow(static_cast<int>(std::lround(css_w * g.dpr)), static_cast<int>(std::lround(css_h * g.dpr)),
                              "MeStore", nullptr, nullptr);
  if (!g.window) {
    EM_ASM({ window.mestore._fail('nowebgl2'); });
    return 1;
  }
  glfwMakeContextCurrent(g.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout lives in localStorage via the app, not in a file
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigMacOSXBehaviors = EM_ASM_INT({ return /Mac|iPhone|iPad/.test(navigator.platform) ? 1 : 0; }) != 0;
  ImGui_ImplGlfw_InitForOpenGL(g.window, /*install_callbacks=*/false);
  if (!g.renderer.init()) {
    EM_ASM({ window.mestore._fail('nowebgl2'); });
    return 1;
  }
  glfwSetKeyCallback(g.window, on_key);
  glfwSetMouseButtonCallback(g.window, on_mouse_button);
  glfwSetCursorPosCallback(g.window, on_cursor_pos);
  // GLFW's clipboard is a stub in Emscripten 3.1.6: paste events fill our buffer instead.
  io.SetClipboardTextFn = [](void*, const char* text) {
    g.clipboard = text;
    g.platform->copy_to_clipboard(text);
  };
  io.GetClipboardTextFn = [](void*) -> const char* { return g.clipboard.c_str(); };

  g.platform = std::make_unique<shell::WebPlatform>(request_frame);
  g.api = std::make_unique<mestore::ApiClient>(mestore::make_default_transport(""));
  ui::FontFiles fonts{"/fonts/Roboto-Regular.ttf", "/fonts/Roboto-Medium.ttf", "/fonts/Roboto-Bold.ttf",
                      "/fonts/fontawesome-webfont.ttf"};
  g.app = std::make_unique<ui::App>(*g.platform, *g.api, fonts);
  char* hash = reinterpret_cast<char*>(EM_ASM_INT({ return allocateUTF8(location.hash || '#/'); }));
  g.app->open_route(hash);
  std::free(hash);

  EM_ASM({ Module.mestoreStarted(); });
  request_frame();
  return 0;  // the runtime stays alive (EXIT_RUNTIME=0); frames come from events from now on
}
