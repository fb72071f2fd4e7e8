#include "seed_images.hpp"

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <thread>

#include "../log.hpp"
#include "../media/jpeg.hpp"
#include "../media/media_store.hpp"
#include "art_direction.hpp"

namespace stub::seed {
namespace {

// FNV-1a: a placement seed that is the same with every standard library (std::hash is not).
std::uint64_t fnv1a(const std::string& s) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001B3ull;
  return h;
}

}  // namespace

std::vector<std::vector<WrittenPicture>> render_product_pictures(const std::vector<PictureRequest>& requests,
                                                                 const std::string& media_root) {
  const media::SeedFonts fonts = media::SeedFonts::load_default();
  if (!fonts.icons || !fonts.label)
    log_warn({{"event", "seed_fonts_missing"}, {"hint", "install fonts-font-awesome and fonts-roboto-unhinted"}});

  std::vector<std::vector<WrittenPicture>> out(requests.size());
  std::atomic<bool> failed{false};
  auto draw_one = [&](media::PictureRenderer& renderer, std::size_t i) {
    const auto& r = requests[i];
    for (int n = 1; n <= r.count; ++n) {
      const std::uint64_t seed = fnv1a(r.sku) ^ static_cast<std::uint64_t>(n);
      const auto spec = picture_for(r.category_slug, r.family_name, r.brand, r.variant, n - 1, seed);
      const std::string jpeg = media::encode_jpeg(renderer.draw(spec));
      const std::string path = media::product_image_name(r.sku, jpeg, n);
      if (!media::write_media_file(media_root, path, jpeg)) {
        failed = true;
        return;
      }
      out[i].push_back({path, media::kPictureSize, media::kPictureSize, jpeg.size()});
    }
  };
  // Each worker takes one contiguous slice: products of a category sit together in the list,
  // so a worker's renderer reuses the backgrounds it drew and hardly any is drawn twice. The
  // output does not depend on which worker drew what.
  const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
  auto work = [&](std::size_t k) {
    media::PictureRenderer renderer(fonts);
    const std::size_t from = requests.size() * k / workers, to = requests.size() * (k + 1) / workers;
    for (std::size_t i = from; i < to && !failed; ++i) draw_one(renderer, i);
  };
  std::vector<std::thread> threads;
  for (std::size_t k = 1; k < workers; ++k) threads.emplace_back(work, k);
  work(0);
  for (auto& t : threads) t.join();
  if (failed) throw std::runtime_error("cannot write product pictures under " + media_root);
  return out;
}

}  // namespace stub::seed
