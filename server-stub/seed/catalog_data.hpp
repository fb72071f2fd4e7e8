// The demo marketplace's vocabulary: categories, vendors and product families with realistic
// Colombian prices. Seeding combines these deterministically (same catalog on every machine).
#pragma once
#include <string>
#include <vector>

namespace stub::seed {

struct CategorySpec {
  const char* slug;
  const char* name;
  const char* parent_slug;  // nullptr for top level
};

struct VendorSpec {
  const char* business_name;
  const char* city;
  const char* commission_type;
  const char* email_local;  // for the vendor's login, vendor accounts arrive with the auth issue
};

struct FamilySpec {
  const char* category_slug;
  int vendor_index;
  const char* base_name;
  int min_price;  // pesos
  int max_price;
  std::vector<const char*> variants;  // appended to the name
  const char* description;
};

const std::vector<CategorySpec>& categories();
const std::vector<VendorSpec>& vendors();
const std::vector<FamilySpec>& families();

}  // namespace stub::seed
