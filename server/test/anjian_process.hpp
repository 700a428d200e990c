// A running `anjian ... serve` child process for process-level tests: a free port, optional
// extra environment, output to a log file, killed (SIGKILL) when the object goes.
#pragma once

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "http_client.hpp"

namespace anjian::test {

class AnjianProcess {
 public:
  using Env = std::vector<std::pair<std::string, std::string>>;

  // Runs ANJIAN_BINARY <global_args> serve --port <free> --threads 2 <serve_args>.
  AnjianProcess(std::vector<std::string> global_args, std::vector<std::string> serve_args,
                Env env = {}, std::string log = "/dev/null")
      : port_(FreePort()) {
    std::vector<std::string> args = {ANJIAN_BINARY};
    args.insert(args.end(), global_args.begin(), global_args.end());
    args.insert(args.end(), {"serve", "--port", std::to_string(port_), "--threads", "2",
                             "--blocking-threads", "2", "--deadline-check-seconds", "0",
                             "--no-code-index-warmup"});
    args.insert(args.end(), serve_args.begin(), serve_args.end());
    pid_ = fork();
    if (pid_ == 0) {
      prctl(PR_SET_PDEATHSIG, SIGKILL);  // no orphan server when the test itself is killed
      for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      if (!freopen(log.c_str(), "a", stdout) || !freopen(log.c_str(), "a", stderr)) _exit(126);
      execv(argv[0], argv.data());
      _exit(127);
    }
    for (int i = 0; i < 600; ++i) {
      if (HttpRequest(port_, "GET", "/healthz", "", "", 500).status == 200) {
        ready_ = true;
        return;
      }
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {  // exited instead of serving
        pid_ = -1;
        exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  AnjianProcess(const AnjianProcess&) = delete;
  AnjianProcess& operator=(const AnjianProcess&) = delete;
  ~AnjianProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }

  int port() const { return port_; }
  bool ready() const { return ready_; }
  // The exit status when the process ended before it served (-1 while it runs).
  int exit_status() const { return exit_status_; }

 private:
  int port_ = 0;
  pid_t pid_ = -1;
  bool ready_ = false;
  int exit_status_ = -1;
};

}  // namespace anjian::test
