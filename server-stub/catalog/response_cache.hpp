// Finished answers of the public catalog GETs (the product list above all: every visitor's first
// request), keyed by the normalized query. An entry is good while two numbers are what they were
// when it was stored: the generation (bumped in-process by Stub::catalog_changed()) and the
// database's catalog_version (bumped by triggers on every product, image, category and vendor
// write, whoever makes it). A write therefore shows on the very next request; nothing expires
// on a timer.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace stub::catalog {

struct CacheStamp {
  std::uint64_t generation = 0;
  std::int64_t db_version = 0;
  bool operator==(const CacheStamp& o) const { return generation == o.generation && db_version == o.db_version; }
};

class ResponseCache {
 public:
  ResponseCache() = default;
  explicit ResponseCache(std::size_t max_bytes) : max_bytes_(max_bytes) {}
  // The stored body for `key` if it was stored under `stamp`.
  std::shared_ptr<const std::string> get(const std::string& key, const CacheStamp& stamp) const;
  void put(const std::string& key, const CacheStamp& stamp, std::string body);
  void invalidate() { generation_.fetch_add(1, std::memory_order_relaxed); }
  std::uint64_t generation() const { return generation_.load(std::memory_order_relaxed); }
  std::size_t entries() const;

 private:
  struct Entry {
    CacheStamp stamp;
    std::shared_ptr<const std::string> body;
  };
  mutable std::shared_mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
  std::size_t bytes_ = 0;
  std::size_t max_bytes_ = 32u << 20;
  std::atomic<std::uint64_t> generation_{1};
};

}  // namespace stub::catalog
