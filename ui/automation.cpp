#include "automation.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

namespace ui::automation {
namespace {

struct Item {
  ImGuiID imgui_id = 0;
  std::string id;
  std::string label;
  std::string role;
  ImRect rect;
  bool enabled = true;
  int checked = -1;  // -1: not checkable
  std::string value;
  bool has_value = false;
};

struct Pending {
  ImRect rect;
  bool enabled = true;
  bool inputable = false;
};

struct Recorder {
  float dpr = 1;
  int frames = 0;
  std::unordered_map<ImGuiID, Pending> added;  // this frame's ItemAdd calls
  std::vector<Item> current;
  std::unordered_map<ImGuiID, size_t> index;
  std::vector<Item> last;
};

Recorder& rec() {
  static Recorder r;
  return r;
}

// Drops icon glyphs (Unicode private use area, where Font Awesome lives) and surrounding spaces,
// so a label reads "English", not "\uF0AC  English".
std::string visible_text(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xEF && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xFC) >= 0x80 &&
        static_cast<unsigned char>(s[i + 1]) <= 0xA3) {  // U+F000..U+F8FF
      i += 3;
      continue;
    }
    out.push_back(s[i]);
    ++i;
  }
  size_t b = out.find_first_not_of(' '), e = out.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : out.substr(b, e - b + 1);
}

// "Pagar##checkout.pay" → label "Pagar", id "checkout.pay". "###x" keeps only the id.
void split_label(const char* full, std::string& label, std::string& id) {
  std::string s = full ? full : "";
  auto pos = s.find("##");
  if (pos == std::string::npos) {
    label = visible_text(s);
    id = s;
    return;
  }
  label = visible_text(s.substr(0, pos));
  size_t start = pos + 2;
  if (start < s.size() && s[start] == '#') ++start;
  id = s.substr(start);
}

Item* last_item() {
  ImGuiContext& g = *GImGui;
  auto it = rec().index.find(g.LastItemData.ID);
  return it == rec().index.end() ? nullptr : &rec().current[it->second];
}

}  // namespace

void begin_frame(float dpr) {
  rec().dpr = dpr;
  rec().added.clear();
  rec().current.clear();
  rec().index.clear();
  GImGui->TestEngineHookItems = true;
}

void end_frame() {
  rec().last.swap(rec().current);
  ++rec().frames;
}

int frame_count() { return rec().frames; }

void tag(const std::string& id, const std::string& label, const char* role) {
  ImGuiContext& g = *GImGui;
  if (g.LastItemData.ID == 0) return;
  Item* item = last_item();
  if (!item) {
    auto found = rec().added.find(g.LastItemData.ID);
    if (found == rec().added.end()) return;  // clipped this frame
    rec().index[g.LastItemData.ID] = rec().current.size();
    rec().current.push_back({g.LastItemData.ID});
    item = &rec().current.back();
    item->rect = found->second.rect;
    item->enabled = found->second.enabled;
  }
  item->id = id;
  item->label = visible_text(label);
  item->role = role;
}

void set_role(const char* role) {
  if (Item* i = last_item()) i->role = role;
}
void set_value(const std::string& value) {
  if (Item* i = last_item()) {
    i->value = value;
    i->has_value = true;
  }
}
void set_checked(bool checked) {
  if (Item* i = last_item()) i->checked = checked ? 1 : 0;
}

std::string items_json() {
  const float d = rec().dpr > 0 ? rec().dpr : 1;
  nlohmann::json out = nlohmann::json::array();
  for (const Item& i : rec().last) {
    if (i.rect.GetWidth() <= 0 || i.rect.GetHeight() <= 0) continue;
    nlohmann::json j = {{"id", i.id},
                        {"label", i.label},
                        {"role", i.role},
                        {"x", i.rect.Min.x / d},
                        {"y", i.rect.Min.y / d},
                        {"w", i.rect.GetWidth() / d},
                        {"h", i.rect.GetHeight() / d},
                        {"enabled", i.enabled}};
    if (i.checked >= 0) j["checked"] = i.checked == 1;
    if (i.has_value) j["value"] = i.value;
    out.push_back(std::move(j));
  }
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace ui::automation

// ---- ImGui 1.86 test-engine hooks (declared in imgui_internal.h) ----------------------------

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
  if (id == 0) return;
  ImGuiWindow* window = ctx->CurrentWindow;
  ImRect visible = bb;
  if (window) visible.ClipWithFull(window->ClipRect);  // what can actually be clicked
  auto& added = ui::automation::rec().added;
  added[id] = {visible, (ctx->LastItemData.InFlags & ImGuiItemFlags_Disabled) == 0 &&
                            (ctx->CurrentItemFlags & ImGuiItemFlags_Disabled) == 0,
               (ctx->LastItemData.InFlags & ImGuiItemFlags_Inputable) != 0};
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  using namespace ui::automation;
  auto& r = rec();
  auto found = r.added.find(id);
  if (found == r.added.end()) return;
  Item item;
  item.imgui_id = id;
  split_label(label, item.label, item.id);
  item.rect = found->second.rect;
  item.enabled = found->second.enabled;
  if (flags & ImGuiItemStatusFlags_Checkable) {
    item.role = "checkbox";
    item.checked = (flags & ImGuiItemStatusFlags_Checked) ? 1 : 0;
  } else if (found->second.inputable) {
    item.role = "input";
  } else if (flags & ImGuiItemStatusFlags_Openable) {
    item.role = "menu";
  } else {
    item.role = "button";
  }
  auto existing = r.index.find(id);
  if (existing != r.index.end()) {
    r.current[existing->second] = std::move(item);
  } else {
    r.index[id] = r.current.size();
    r.current.push_back(std::move(item));
  }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
