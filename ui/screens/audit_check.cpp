#include "audit_check.hpp"

namespace ui {
namespace {
constexpr int kPageSize = 200;  // the server's largest page
}

void AuditChainCheck::start(mestore::ApiClient& api) {
  *this = AuditChainCheck{};
  state_ = State::Running;
  // The head first: every entry up to it must be there and chain to its hash.
  head_ = api.audit_head();
  keys_ = api.signing_keys();
}

void AuditChainCheck::fail_with(const mestore::ApiError& e) {
  state_ = State::Failed;
  error_ = e;
}

void AuditChainCheck::request_page(mestore::ApiClient& api, int page) {
  mestore::AuditQuery q;
  q.page = page;
  q.size = kPageSize;
  q.sort_order = "asc";
  page_ = api.audit_log(q);
}

void AuditChainCheck::poll(mestore::ApiClient& api) {
  if (state_ != State::Running) return;
  if (!head_ready_) {
    if (!head_ || head_->loading() || !keys_ || keys_->loading()) return;
    if (head_->failed()) return fail_with(head_->error);
    if (keys_->failed()) return fail_with(keys_->error);
    head_value_ = head_->value;
    head_seq_ = head_value_.seq;
    head_ready_ = true;
    const mestore::PublishedKey* key = keys_->value.find(head_value_.key_id);
    if (!key || !mestore::audit::verify_head(head_value_, *key)) {
      state_ = State::Broken;
      broken_at_ = head_seq_;
      problem_ = "head signature";
      return;
    }
    request_page(api, 1);
    return;
  }
  if (!page_ || page_->loading()) return;
  if (page_->failed()) return fail_with(page_->error);
  const auto page = page_->value;
  page_ = nullptr;
  finish_page(page, api);
}

void AuditChainCheck::finish_page(const mestore::Page<mestore::AuditEntry>& page, mestore::ApiClient& api) {
  for (const auto& e : page.items) {
    if (e.seq > head_seq_) break;  // written after the head was signed; the next check covers it
    if (!verifier_.feed(e)) {
      state_ = State::Broken;
      broken_at_ = verifier_.first_broken_seq();
      problem_ = verifier_.problem();
      return;
    }
    if (e.seq == head_seq_) hash_at_head_ = e.hash;
  }
  const bool past_head = !page.items.empty() && page.items.back().seq >= head_seq_;
  if (page.pagination.has_next && !past_head) return request_page(api, page.pagination.page + 1);
  // The end: the chain must reach the signed head with the very hash that was signed (entries
  // cut from the end, or a rewritten tail, fail here).
  if (verifier_.last_seq() < head_seq_ || hash_at_head_ != head_value_.hash) {
    state_ = State::Broken;
    broken_at_ = verifier_.last_seq() + 1;
    problem_ = "chain does not reach the signed head";
    return;
  }
  state_ = State::Verified;
}

}  // namespace ui
