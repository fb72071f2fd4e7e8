#include "response_cache.hpp"

#include <mutex>

namespace stub::catalog {

std::shared_ptr<const std::string> ResponseCache::get(const std::string& key, const CacheStamp& stamp) const {
  std::shared_lock lock(mu_);
  auto it = entries_.find(key);
  if (it == entries_.end() || !(it->second.stamp == stamp)) return nullptr;
  return it->second.body;
}

void ResponseCache::put(const std::string& key, const CacheStamp& stamp, std::string body) {
  auto shared = std::make_shared<const std::string>(std::move(body));
  const std::size_t size = key.size() + shared->size();
  if (size > max_bytes_ / 4) return;  // one odd answer must not push everything else out
  std::unique_lock lock(mu_);
  if (bytes_ + size > max_bytes_) {
    // Stale entries go first; if that is not enough, start over (cheap: a miss costs one query).
    for (auto it = entries_.begin(); it != entries_.end();) {
      if (it->second.stamp == stamp) ++it;
      else {
        bytes_ -= it->first.size() + it->second.body->size();
        it = entries_.erase(it);
      }
    }
    if (bytes_ + size > max_bytes_) {
      entries_.clear();
      bytes_ = 0;
    }
  }
  auto [it, inserted] = entries_.try_emplace(key);
  if (!inserted) bytes_ -= it->first.size() + it->second.body->size();
  it->second = Entry{stamp, std::move(shared)};
  bytes_ += size;
}

std::size_t ResponseCache::entries() const {
  std::shared_lock lock(mu_);
  return entries_.size();
}

}  // namespace stub::catalog
