// Starts the real stub server as a child process on a free loopback port with a fresh temporary
// data dir, and stops it (and removes the dir) when the object goes away. Captures its log.
#pragma once
#include <sys/types.h>

#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace testsupport {

struct StubOptions {
  std::vector<std::string> extra_args;
  std::vector<std::pair<std::string, std::string>> env;
  std::string data_dir;  // empty: a fresh temporary one, removed afterwards
  bool with_web = false;
};

class StubProcess {
 public:
  explicit StubProcess(StubOptions options = {});
  ~StubProcess();
  StubProcess(const StubProcess&) = delete;
  StubProcess& operator=(const StubProcess&) = delete;

  int port() const { return port_; }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  const std::string& data_dir() const { return data_dir_; }
  std::string log() const;
  // SIGKILL, no goodbye: for crash tests. The data dir is kept.
  void kill_hard();
  void stop();

 private:
  [[noreturn]] void fail_start(const std::string& what);
  pid_t pid_ = -1;
  int port_ = 0;
  int out_fd_ = -1;
  std::string data_dir_;
  bool own_dir_ = false;
  std::thread reader_;
  mutable std::mutex log_mu_;
  std::string log_;
};

// Paths baked in by CMake.
std::string stub_binary();
std::string web_dist();
std::string headless_binary();

}  // namespace testsupport
