// ui::Platform for the browser: history, localStorage, timers and the clipboard through small
// EM_ASM calls. The only file (with main_web.cpp) that knows it runs in a browser.
#pragma once
#include <functional>

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

 private:
  std::function<void()> request_frame_;
};

}  // namespace shell
