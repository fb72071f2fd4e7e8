// ui::Platform for the native headless host: history and storage in memory, a steady clock.
#pragma once
#include <chrono>
#include <map>
#include <vector>

#include "ui/platform.hpp"

namespace shell {

class HeadlessPlatform final : public ui::Platform {
 public:
  void push_route(const std::string& route) override { history.push_back(route); }
  void replace_route(const std::string& route) override {
    if (history.empty()) history.push_back(route);
    else history.back() = route;
  }
  std::string load(const std::string& key) override {
    auto it = storage.find(key);
    return it == storage.end() ? std::string() : it->second;
  }
  void save(const std::string& key, const std::string& value) override { storage[key] = value; }
  double now() const override {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
  }
  void wake_after(double) override {}
  void copy_to_clipboard(const std::string& text) override { clipboard = text; }
  void download(const std::string& filename, const std::string&, const std::string& bytes) override {
    downloads[filename] = bytes;
  }
  // No GPU here: pictures are "not available" and the UI draws its placeholders.
  ui::Image image(const std::string& url) override {
    if (!url.empty()) images_asked[url]++;
    return {};
  }

  std::vector<std::string> history;
  std::map<std::string, std::string> storage;
  std::map<std::string, std::string> downloads;
  std::string clipboard;
  std::map<std::string, int> images_asked;
};

}  // namespace shell
