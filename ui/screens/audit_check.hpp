// The audit log's chain, checked in the browser: every entry fetched oldest first, page by page,
// re-hashed and linked to the one before (client/audit_chain.hpp, the code the server writes
// with), and the server's signed head checked against its published Ed25519 key. The server is
// not trusted to say "intact": an entry edited in its database shows here as the first broken one.
#pragma once
#include <cstdint>
#include <string>

#include "client/api_client.hpp"
#include "client/audit_chain.hpp"

namespace ui {

class AuditChainCheck {
 public:
  enum class State { Idle, Running, Verified, Broken, Failed };

  void start(mestore::ApiClient& api);
  // Moves the check along; call once per frame.
  void poll(mestore::ApiClient& api);

  State state() const { return state_; }
  std::int64_t checked() const { return verifier_.checked(); }
  std::int64_t head_seq() const { return head_seq_; }
  // The first entry that fails (Broken), and why in the server's words for a person.
  std::int64_t broken_at() const { return broken_at_; }
  const std::string& problem() const { return problem_; }
  const mestore::ApiError* error() const { return error_.code.empty() && error_.message.empty() ? nullptr : &error_; }

 private:
  void fail_with(const mestore::ApiError& e);
  void finish_page(const mestore::Page<mestore::AuditEntry>& page, mestore::ApiClient& api);
  void request_page(mestore::ApiClient& api, int page);

  State state_ = State::Idle;
  mestore::audit::ChainVerifier verifier_;
  mestore::Handle<mestore::AuditHead> head_;
  mestore::Handle<mestore::KeySet> keys_;
  mestore::Handle<mestore::Page<mestore::AuditEntry>> page_;
  mestore::AuditHead head_value_;
  bool head_ready_ = false;
  std::int64_t head_seq_ = 0;
  std::string hash_at_head_;  // the chain's own hash at the head's seq
  std::int64_t broken_at_ = 0;
  std::string problem_;
  mestore::ApiError error_;
};

}  // namespace ui
