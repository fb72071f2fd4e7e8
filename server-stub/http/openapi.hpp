#pragma once
#include <nlohmann/json.hpp>

#include "router.hpp"

namespace stub {

// The OpenAPI 3 document, generated from the route table so it cannot miss a route.
nlohmann::json openapi_document(const Router& router, const std::string& version);

}  // namespace stub
