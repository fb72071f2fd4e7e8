// Everything the stub can be told, from flags or environment variables (`--help` lists them).
// No secret has a default: a missing one is generated on first start and kept 0600 in the data dir.
#pragma once
#include <string>

namespace stub {

class FaultSet;

struct Config {
  int port = 8000;
  std::string bind = "127.0.0.1";
  std::string data_dir = "data";
  std::string web_root;   // the built web app (build/wasm/dist)
  std::string docs_root;  // swagger-ui-dist, for /docs
  std::string seed = "demo";  // demo | large | none
  bool dev_controls = false;
  std::string faults;     // comma list, e.g. "fraud_scorer_down"
  bool quiet = false;     // no per-request log lines (benchmarks)
  int threads = 64;
  int login_rate_per_minute = 60;
  int expiry_sweep_seconds = 30;   // how often unpaid orders past their window are cancelled; 0: only on demand  // per client IP, login + register together; 0 turns it off
  std::string common_wordlist = "/usr/share/john/password.lst";  // refused by the password policy (Debian john-data)

  // The start value of the runtime fault set; once serving, asks that set (see faults.hpp).
  bool fault(const std::string& name) const;
  const FaultSet* live_faults = nullptr;  // set by serve() to &Stub::faults
};

}  // namespace stub
