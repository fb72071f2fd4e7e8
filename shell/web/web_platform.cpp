#include "web_platform.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>

namespace shell {

namespace {
std::string take_string(char* p) {
  if (!p) return {};
  std::string s(p);
  std::free(p);
  return s;
}
}  // namespace

void WebPlatform::push_route(const std::string& route) {
  EM_ASM({
    var h = UTF8ToString($0);
    if (location.hash !== h) location.hash = h;
  }, route.c_str());
}

void WebPlatform::replace_route(const std::string& route) {
  EM_ASM({ history.replaceState(history.state, "", UTF8ToString($0)); }, route.c_str());
}

std::string WebPlatform::load(const std::string& key) {
  // Storage can be unavailable (private mode, disabled cookies): then nothing persists.
  return take_string(reinterpret_cast<char*>(EM_ASM_INT({
    try {
      var v = localStorage.getItem(UTF8ToString($0));
      return v === null ? 0 : allocateUTF8(v);
    } catch (e) { return 0; }
  }, key.c_str())));
}

void WebPlatform::save(const std::string& key, const std::string& value) {
  EM_ASM({
    try { localStorage.setItem(UTF8ToString($0), UTF8ToString($1)); } catch (e) {}
  }, key.c_str(), value.c_str());
}

double WebPlatform::now() const { return emscripten_get_now() / 1000.0; }

void WebPlatform::wake_after(double seconds) {
  if (seconds <= 0) {
    request_frame_();
    return;
  }
  // One timer per request is fine: they are rare (caret blink, polling, debounce).
  auto* cb = new std::function<void()>(request_frame_);
  emscripten_async_call(
      [](void* arg) {
        auto* fn = static_cast<std::function<void()>*>(arg);
        (*fn)();
        delete fn;
      },
      cb, static_cast<int>(seconds * 1000));
}

void WebPlatform::copy_to_clipboard(const std::string& text) {
  EM_ASM({ Module.mestoreCopy(UTF8ToString($0)); }, text.c_str());
}

void WebPlatform::download(const std::string& filename, const std::string& mime, const std::string& bytes) {
  EM_ASM({ Module.mestoreDownload(UTF8ToString($0), UTF8ToString($1), HEAPU8.slice($2, $2 + $3)); },
         filename.c_str(), mime.c_str(), bytes.data(), bytes.size());
}

}  // namespace shell
