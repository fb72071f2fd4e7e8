// What the UI needs from its host, and nothing more. The browser host (shell/web) and the
// native headless host (shell/headless) each implement it in one file; screens never see
// emscripten, GLFW or the file system.
#pragma once
#include <string>

namespace ui {

class Platform {
 public:
  virtual ~Platform() = default;
  // History: a new entry (links) or the current one replaced (filters, redirects).
  virtual void push_route(const std::string& route) = 0;
  virtual void replace_route(const std::string& route) = 0;
  // Small persisted values (cart, language, layout): localStorage in the browser.
  virtual std::string load(const std::string& key) = 0;
  virtual void save(const std::string& key, const std::string& value) = 0;
  // Monotonic seconds.
  virtual double now() const = 0;
  // Asks for another frame after `seconds` (0: next frame). The host draws only on demand.
  virtual void wake_after(double seconds) = 0;
  // The OS clipboard (reading goes through ImGui's clipboard callbacks, fed by paste events).
  virtual void copy_to_clipboard(const std::string& text) = 0;
  // Downloads bytes as a file (CSV exports).
  virtual void download(const std::string& filename, const std::string& mime, const std::string& bytes) = 0;
};

}  // namespace ui
