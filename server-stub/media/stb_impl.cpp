// The one translation unit that compiles the stb libraries' implementations (Debian's libstb-dev
// ships them header-only). Everything else includes the headers without the *_IMPLEMENTATION
// macros. Dear ImGui carries its own private (static) stb_truetype, so the names do not clash.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wunused-but-set-variable"
#endif

// Uploads are only ever JPEG, PNG (decoded here) or WebP (checked structurally elsewhere);
// the other decoders stay out, so less code reads untrusted bytes.
#define STBI_ONLY_JPEG
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_MAX_DIMENSIONS 16384  // refuse absurd headers before any allocation
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>

#define STB_TRUETYPE_IMPLEMENTATION
#include <stb/stb_truetype.h>

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
