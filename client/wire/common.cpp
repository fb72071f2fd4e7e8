#include "common.hpp"

namespace mestore {

Pagination make_pagination(int page, int size, std::int64_t total) {
  Pagination p;
  p.page = page;
  p.size = size;
  p.total = total;
  p.total_pages = size > 0 ? static_cast<int>((total + size - 1) / size) : 0;
  p.has_prev = page > 1;
  p.has_next = page < p.total_pages;
  return p;
}

}  // namespace mestore
