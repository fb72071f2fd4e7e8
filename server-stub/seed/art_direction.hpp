// What each seeded product's pictures show: the category's colours, an icon for what the
// product is (Font Awesome 4.7), and its colour when the variant names one ("Azul", "Negro").
#pragma once
#include <string>

#include "../media/product_art.hpp"

namespace stub::seed {

media::PictureSpec picture_for(const std::string& category_slug, const std::string& family_name, const std::string& brand,
                               const std::string& variant, int layout, std::uint64_t seed);

}  // namespace stub::seed
