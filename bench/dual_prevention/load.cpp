#include "load.hpp"

#include <algorithm>
#include <atomic>
#include <boost/json.hpp>
#include <chrono>
#include <cmath>
#include <fstream>
#include <mutex>
#include <stdexcept>
#include <filesystem>
#include <sstream>
#include <thread>

#include <time.h>
#include <unistd.h>

namespace anjian::bench {

namespace {

using Clock = std::chrono::steady_clock;

api::Request MakeRequest(const std::string& method, const std::string& target,
                         const std::string& token, std::string body = "") {
  api::Request req;
  req.method = method;
  size_t q = target.find('?');
  req.path = target.substr(0, q);
  if (q != std::string::npos) req.query = api::ParseQuery(target.substr(q + 1));
  req.body = std::move(body);
  req.remote_ip = "127.0.0.1";
  if (!token.empty()) req.headers["authorization"] = "Bearer " + token;
  return req;
}

double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

}  // namespace

double PostgresBackendCpuMs(const std::string& database) {
  namespace fs = std::filesystem;
  const double tick_ms = 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
  double total = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/proc", ec)) {
    const std::string pid = entry.path().filename().string();
    if (pid.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream cmd(entry.path() / "cmdline");
    std::string title;
    std::getline(cmd, title, '\0');
    // Backends retitle themselves "postgres: <user> <database> <client> <state>".
    if (title.rfind("postgres: ", 0) != 0 || title.find(" " + database + " ") == std::string::npos)
      continue;
    std::ifstream st(entry.path() / "stat");
    std::string line;
    std::getline(st, line);
    size_t close = line.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream rest(line.substr(close + 2));
    std::string field;
    double utime = 0, stime = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i) {
      if (i == 14) utime = std::stod(field);
      if (i == 15) stime = std::stod(field);
    }
    total += (utime + stime) * tick_ms;
  }
  return total;
}

double LoadResult::Percentile(double p) const {
  if (ms.empty()) return 0;
  std::vector<double> s = ms;
  std::sort(s.begin(), s.end());
  size_t rank = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(s.size())));
  return s[std::clamp<size_t>(rank, 1, s.size()) - 1];
}

api::Response Get(api::Router& router, api::Services& svc, const std::string& token,
                  const std::string& target) {
  auto req = MakeRequest("GET", target, token);
  return router.Handle(req, svc);
}

api::Response Post(api::Router& router, api::Services& svc, const std::string& token,
                   const std::string& target, const std::string& json_body) {
  auto req = MakeRequest("POST", target, token, json_body);
  req.headers["content-type"] = "application/json";
  return router.Handle(req, svc);
}

std::string Login(api::Router& router, api::Services& svc, const std::string& username,
                  const std::string& password) {
  boost::json::object body{{"username", username}, {"password", password}};
  auto req = MakeRequest("POST", "/api/v1/auth/login", "", boost::json::serialize(body));
  req.headers["content-type"] = "application/json";
  auto r = router.Handle(req, svc);
  if (r.status != 200) throw std::runtime_error("login as " + username + ": HTTP " +
                                                std::to_string(r.status) + " " + r.body);
  return std::string(boost::json::parse(r.body).as_object().at("token").as_string());
}

LoadResult RunLoad(api::Router& router, api::Services& svc, const std::vector<Client>& clients,
                   const TargetFn& target, double warmup_seconds, double measure_seconds,
                   const std::function<double()>& server_cpu_ms) {
  // 0 warm-up, 1 measuring, 2 stop
  std::atomic<int> phase{0};
  std::mutex mu;
  LoadResult out;
  std::vector<std::thread> threads;
  for (size_t i = 0; i < clients.size(); ++i) {
    threads.emplace_back([&, i] {
      core::SplitMix64 rng(0xD0B1E5 + i * 7919);
      std::vector<double> mine;
      double cpu = 0;
      int64_t errors = 0;
      std::string first_error;
      while (true) {
        int at_start = phase.load(std::memory_order_relaxed);
        if (at_start == 2) break;
        auto req = MakeRequest("GET", target(i, rng), clients[i].token);
        const double c0 = ThreadCpuMs();
        auto t0 = Clock::now();
        api::Response r = router.Handle(req, svc);
        double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        const double used = ThreadCpuMs() - c0;
        if (r.status != 200) {
          ++errors;
          if (first_error.empty())
            first_error = req.path + " -> HTTP " + std::to_string(r.status) + " " + r.body.substr(0, 300);
          continue;
        }
        if (at_start == 1) {
          mine.push_back(ms);
          cpu += used;
        }
      }
      std::lock_guard lock(mu);
      out.ms.insert(out.ms.end(), mine.begin(), mine.end());
      out.errors += errors;
      out.client_cpu_ms += cpu;
      if (out.first_error.empty()) out.first_error = first_error;
    });
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(warmup_seconds));
  const double server0 = server_cpu_ms ? server_cpu_ms() : 0;
  auto t0 = Clock::now();
  phase = 1;
  std::this_thread::sleep_for(std::chrono::duration<double>(measure_seconds));
  phase = 2;
  out.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  for (auto& t : threads) t.join();
  if (server_cpu_ms) out.server_cpu_ms = server_cpu_ms() - server0;
  return out;
}

std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  double a = 0, b = 0, c = 0;
  in >> a >> b >> c;
  char buf[96];
  std::snprintf(buf, sizeof buf, "load average %.2f %.2f %.2f (%u cores)", a, b, c,
                std::thread::hardware_concurrency());
  return buf;
}

std::string Thousands(int64_t n) {
  std::string s = std::to_string(n < 0 ? -n : n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
  return n < 0 ? "-" + s : s;
}

}  // namespace anjian::bench
