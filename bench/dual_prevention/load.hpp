// Concurrent clients calling the in-process api::Router: each thread has its own session (its
// own bearer token) and, through the pool, its own database connection, exactly as the HTTP
// server's worker threads call the Router (without sockets and HTTP parsing).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "platform/api/router.hpp"
#include "core/prng.hpp"

namespace anjian::bench {

struct Client {
  std::string token;
  std::string region_code;  // the city whose regulator this client is
};

struct LoadResult {
  std::vector<double> ms;  // one latency per request completed in the measured window
  double seconds = 0;      // length of the measured window
  int64_t errors = 0;      // non-200 answers (any error makes the run invalid)
  std::string first_error;
  // CPU time, independent of how busy the machine is: this process's threads while handling
  // the measured requests, and the database server's processes (PostgreSQL) in the window.
  double client_cpu_ms = 0, server_cpu_ms = 0;
  double CpuMsPerRequest() const {
    return ms.empty() ? 0 : (client_cpu_ms + server_cpu_ms) / static_cast<double>(ms.size());
  }
  double Percentile(double p) const;
  double Throughput() const { return seconds > 0 ? static_cast<double>(ms.size()) / seconds : 0; }
};

// "GET <path>?<query>" for client `i`; rng is the client's own.
using TargetFn = std::function<std::string(size_t client, core::SplitMix64& rng)>;

// Runs every client for warmup + measure seconds, back to back (no think time: each client
// sends its next request as soon as the answer arrives). Only requests started inside the
// measured window count.
// `server_cpu_ms` (optional) reads the database server's CPU time so far.
LoadResult RunLoad(api::Router& router, api::Services& svc, const std::vector<Client>& clients,
                   const TargetFn& target, double warmup_seconds, double measure_seconds,
                   const std::function<double()>& server_cpu_ms = {});

// CPU milliseconds used so far by the PostgreSQL backends connected to `database`.
double PostgresBackendCpuMs(const std::string& database);

// Signs `username` in through POST /api/v1/auth/login; throws on failure.
std::string Login(api::Router& router, api::Services& svc, const std::string& username,
                  const std::string& password);

// One GET through the Router (status and body), for checks.
api::Response Get(api::Router& router, api::Services& svc, const std::string& token,
                  const std::string& target);
// One POST of a JSON body through the Router.
api::Response Post(api::Router& router, api::Services& svc, const std::string& token,
                   const std::string& target, const std::string& json_body);

std::string LoadAverage();  // "load average 1.20 0.98 0.77 (2 cores)"
std::string Thousands(int64_t n);

}  // namespace anjian::bench
