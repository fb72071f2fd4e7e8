// Waiting on the native ApiClient in integration tests: a request that must succeed (its value,
// copied: the handle is often a temporary) or must fail (its error).
#pragma once
#include <doctest/doctest.h>

#include "client/api_client.hpp"

namespace testsupport {

template <class H>
auto done(mestore::ApiClient& api, const H& h) {
  REQUIRE(api.wait(h, 20000));
  INFO(h->error.code << " " << h->error.message);
  REQUIRE(h->done());
  return h->value;
}

template <class H>
mestore::ApiError refused(mestore::ApiClient& api, const H& h) {
  REQUIRE(api.wait(h, 20000));
  REQUIRE(h->failed());
  return h->error;
}

}  // namespace testsupport
