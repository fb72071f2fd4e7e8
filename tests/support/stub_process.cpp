#include "stub_process.hpp"

#include <cstdlib>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace testsupport {

// MESTORE_STUB_UNDER_TEST points the tests at another build of the stub (for instance a scratch
// build with a protection switched off, to show the attack suite failing against it).
std::string stub_binary() {
  const char* other = std::getenv("MESTORE_STUB_UNDER_TEST");
  return other && *other ? other : MESTORE_STUB_PATH;
}
std::string web_dist() { return MESTORE_WEB_DIST; }
std::string headless_binary() { return MESTORE_HEADLESS_PATH; }

StubProcess::StubProcess(StubOptions o) {
  if (o.data_dir.empty()) {
    char tmpl[] = "/tmp/mestore-test-XXXXXX";
    if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
    data_dir_ = tmpl;
    own_dir_ = true;
  } else {
    data_dir_ = o.data_dir;
  }
  int pipefd[2];
  if (pipe(pipefd) != 0) throw std::runtime_error("pipe failed");

  std::vector<std::string> args = {stub_binary(), "--port", "0", "--data-dir", data_dir_};
  if (o.with_web) {
    args.push_back("--web-root");
    args.push_back(web_dist());
  }
  for (auto& a : o.extra_args) args.push_back(a);

  pid_ = fork();
  if (pid_ == 0) {
    dup2(pipefd[1], STDOUT_FILENO);
    dup2(pipefd[1], STDERR_FILENO);
    close(pipefd[0]);
    close(pipefd[1]);
    for (auto& [k, v] : o.env) setenv(k.c_str(), v.c_str(), 1);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(pipefd[1]);
  out_fd_ = pipefd[0];

  // Read the log until the "listening" line tells us the port; keep draining it afterwards so
  // the server never blocks on a full pipe.
  std::mutex m;
  reader_ = std::thread([this] {
    char buf[4096];
    ssize_t n;
    while ((n = read(out_fd_, buf, sizeof buf)) > 0) {
      std::lock_guard lock(log_mu_);
      log_.append(buf, static_cast<size_t>(n));
    }
  });
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    {
      std::lock_guard lock(log_mu_);
      auto pos = log_.find("\"event\":\"listening\"");
      if (pos != std::string::npos) {
        auto p = log_.find("\"port\":", log_.rfind('{', pos));
        if (p != std::string::npos) {
          port_ = std::atoi(log_.c_str() + p + 7);
          return;
        }
      }
    }
    int status;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      fail_start("stub exited during start:\n");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  fail_start("stub did not start in time:\n");
}

// A constructor that throws runs no destructor: stop the child and the reader here, so a stub
// that refuses to start is a test failure with its log, not std::terminate.
void StubProcess::fail_start(const std::string& what) {
  stop();
  std::string message = what + log();
  if (own_dir_) {
    std::error_code ec;
    std::filesystem::remove_all(data_dir_, ec);
  }
  throw std::runtime_error(message);
}

std::string StubProcess::log() const {
  std::lock_guard lock(log_mu_);
  return log_;
}

void StubProcess::kill_hard() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
}

void StubProcess::stop() {
  if (pid_ > 0) {
    ::kill(pid_, SIGTERM);
    int status;
    for (int i = 0; i < 500 && waitpid(pid_, &status, WNOHANG) == 0; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ::kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
  if (reader_.joinable()) reader_.join();
  if (out_fd_ >= 0) close(out_fd_);
  out_fd_ = -1;
}

StubProcess::~StubProcess() {
  stop();
  if (own_dir_) {
    std::error_code ec;
    std::filesystem::remove_all(data_dir_, ec);
  }
}

}  // namespace testsupport
