// ui::Platform for the browser: history, localStorage, timers and the clipboard through small
// EM_ASM calls. The only file (with main_web.cpp) that knows it runs in a browser.
#pragma once
#include <functional>
#include <string>
#include <unordered_map>

#include "ui/platform.hpp"

namespace shell {

class WebPlatform final : public ui::Platform {
 public:
  explicit WebPlatform(std::function<void()> request_frame) : request_frame_(std::move(request_frame)) {}
  void push_route(const std::string& route) override;
  void replace_route(const std::string& route) override;
  std::string load(const std::string& key) override;
  void save(const std::string& key, const std::string& value) override;
  double now() const override;
  void wake_after(double seconds) override;
  void copy_to_clipboard(const std::string& text) override;
  void download(const std::string& filename, const std::string& mime, const std::string& bytes) override;
  void pick_file(const std::string& accept) override;
  std::optional<ui::PickedFile> take_picked_file() override;
  ui::Image image(const std::string& url) override;
  ui::ImageStats image_stats() const override;

  // From bridge.js (through main_web.cpp): a picture is on the GPU as GL texture `texture`, or failed.
  void image_ready(int handle, unsigned texture, int width, int height);
  void image_failed(int handle);
  // From bridge.js: the file the user chose (bytes copied out of the Wasm heap by the caller).
  void file_picked(ui::PickedFile file);
  // After a frame is rendered: frees textures of pictures not drawn for a while once the cache
  // holds more than its budget.
  void end_frame();

 private:
  struct CachedImage {
    ui::Image image;
    int handle = 0;
    unsigned last_used_frame = 0;
  };

  std::function<void()> request_frame_;
  std::optional<ui::PickedFile> picked_;
  std::unordered_map<std::string, CachedImage> images_;
  std::unordered_map<int, std::string> image_urls_;  // handle -> url
  int next_image_handle_ = 1;
  unsigned frame_ = 0;
};

}  // namespace shell
