// What the UI needs from its host, and nothing more. The browser host (shell/web) and the
// native headless host (shell/headless) each implement it in one file; screens never see
// emscripten, GLFW or the file system.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace ui {

// A picture the host fetched, decoded and uploaded as a texture (ImTextureID in this build).
struct Image {
  enum class State { Loading, Ready, Failed, Unavailable };
  State state = State::Unavailable;
  std::uintptr_t texture = 0;  // valid while Ready, for this frame
  int width = 0;
  int height = 0;
  double ready_at = 0;  // Platform::now() when it became Ready (for a short fade-in)
};

// A file the user chose in the system's file chooser, as it is on their disk.
struct PickedFile {
  std::string name;
  std::string mime;   // what the browser guessed from the name; the server checks the content
  std::string bytes;
};

struct ImageStats {
  int loading = 0;
  int ready = 0;
  int failed = 0;
};

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
  // Opens the system's file chooser for one file (`accept`: "image/jpeg,image/png,image/webp");
  // the chosen file arrives later through take_picked_file(). Call it from a click. Hosts without
  // a chooser do nothing.
  virtual void pick_file(const std::string& accept) { (void)accept; }
  // The file chosen since the last call, once.
  virtual std::optional<PickedFile> take_picked_file() { return std::nullopt; }
  // A product picture by URL: the first call starts loading it (decoded off the main thread,
  // cached), later calls report its state. Call it only for pictures near the viewport (lazy);
  // a picture not asked for during a while may be evicted and reloaded later. Hosts that cannot
  // show pictures answer Unavailable and the UI draws placeholders.
  virtual Image image(const std::string& url) { (void)url; return {}; }
  virtual ImageStats image_stats() const { return {}; }
};

}  // namespace ui
