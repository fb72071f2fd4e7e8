// Draws Dear ImGui's draw lists on our WebGL2 canvas.
//
// Why not ImGui's OpenGL3 backend: it saves and restores about fifteen pieces of GL state every
// frame with glGet*, and in a browser each of those is a WebGL getParameter — a synchronous round
// trip to the GPU process, which first drains its command queue. Measured in headless Chromium
// (SwiftShader) on the catalog: 14 calls, 2.4 ms of a 3.1 ms frame; with GPU compositing the stall
// grew to 100 ms. This canvas is ours alone, so the renderer sets the state it needs and never
// reads any back.
#pragma once
#include <GLES3/gl3.h>

struct ImDrawData;

namespace shell {

class WebGLRenderer {
 public:
  // Compiles the shaders and makes the buffers. False if WebGL refused (logged to the console).
  bool init();
  // Before ImGui::NewFrame: (re)builds the font texture when the atlas changed.
  void new_frame();
  // The atlas is about to be rebuilt (another pixel density): drop the texture made from it.
  void forget_fonts();
  void render(const ImDrawData* data);

 private:
  void set_state(const ImDrawData* data, int fb_width, int fb_height);
  GLuint program_ = 0, vao_ = 0, vertices_ = 0, indices_ = 0, font_texture_ = 0;
  GLint projection_ = -1, sampler_ = -1;
};

}  // namespace shell
