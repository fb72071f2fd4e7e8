#include "web_platform.hpp"

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>

#include <algorithm>
#include <cstdlib>
#include <utility>
#include <vector>

namespace shell {

namespace {
// GPU memory the picture cache may keep before it frees the least recently drawn ones (each
// picture is at most 1024 px a side in RGBA with mipmaps, so ~5.6 MB at worst).
constexpr std::size_t kImageBudgetBytes = 192u << 20;
// A picture drawn within this many frames is never evicted (it may be in the current draw data).
constexpr unsigned kImageKeepFrames = 120;

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

void WebPlatform::pick_file(const std::string& accept) {
  EM_ASM({ Module.mestorePickFile(UTF8ToString($0)); }, accept.c_str());
}

std::optional<ui::PickedFile> WebPlatform::take_picked_file() { return std::exchange(picked_, std::nullopt); }

void WebPlatform::file_picked(ui::PickedFile file) {
  picked_ = std::move(file);
  request_frame_();
}

}  // namespace shell

namespace shell {

ui::Image WebPlatform::image(const std::string& url) {
  if (url.empty()) return {ui::Image::State::Failed};
  auto it = images_.find(url);
  if (it == images_.end()) {
    CachedImage c;
    c.image.state = ui::Image::State::Loading;
    c.handle = next_image_handle_++;
    it = images_.emplace(url, c).first;
    image_urls_[c.handle] = url;
    EM_ASM({ Module.mestoreLoadImage($0, UTF8ToString($1)); }, c.handle, url.c_str());
  }
  it->second.last_used_frame = frame_;
  return it->second.image;
}

ui::ImageStats WebPlatform::image_stats() const {
  ui::ImageStats s;
  for (const auto& [url, c] : images_) {
    switch (c.image.state) {
      case ui::Image::State::Loading: ++s.loading; break;
      case ui::Image::State::Ready: ++s.ready; break;
      default: ++s.failed; break;
    }
  }
  return s;
}

void WebPlatform::image_ready(int handle, unsigned texture, int width, int height) {
  auto u = image_urls_.find(handle);
  auto it = u == image_urls_.end() ? images_.end() : images_.find(u->second);
  if (it == images_.end()) {  // evicted while loading: nobody wants it any more
    glDeleteTextures(1, &texture);
    return;
  }
  ui::Image& img = it->second.image;
  img.state = ui::Image::State::Ready;
  img.texture = texture;
  img.width = width;
  img.height = height;
  img.ready_at = now();
  request_frame_();
}

void WebPlatform::image_failed(int handle) {
  auto u = image_urls_.find(handle);
  if (u == image_urls_.end()) return;
  auto it = images_.find(u->second);
  if (it != images_.end()) it->second.image.state = ui::Image::State::Failed;
  request_frame_();
}

void WebPlatform::end_frame() {
  ++frame_;
  std::size_t bytes = 0;
  std::vector<std::pair<unsigned, std::string>> idle;  // (last used frame, url) of evictable pictures
  for (const auto& [url, c] : images_) {
    if (c.image.state != ui::Image::State::Ready) continue;
    bytes += static_cast<std::size_t>(c.image.width) * c.image.height * 4 * 4 / 3;
    if (frame_ - c.last_used_frame > kImageKeepFrames) idle.emplace_back(c.last_used_frame, url);
  }
  if (bytes <= kImageBudgetBytes || idle.empty()) return;
  std::sort(idle.begin(), idle.end());
  for (const auto& [used, url] : idle) {
    if (bytes <= kImageBudgetBytes) break;
    auto it = images_.find(url);
    const ui::Image& img = it->second.image;
    bytes -= static_cast<std::size_t>(img.width) * img.height * 4 * 4 / 3;
    GLuint tex = static_cast<GLuint>(img.texture);
    glDeleteTextures(1, &tex);
    image_urls_.erase(it->second.handle);
    images_.erase(it);
  }
}

}  // namespace shell
