// What a route handler gets: the request, the caller, and the application's services.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include <atomic>

#include "core/clock.hpp"
#include "platform/api/json.hpp"
#include "platform/api/principal.hpp"
#include "platform/api/request.hpp"
#include "platform/storage/db.hpp"

namespace anjian::identity {
class SessionService;
}

namespace anjian::api {

// Delivers live messages to a user's open WebSocket connections (implemented by module http).
class Notifier {
 public:
  virtual ~Notifier() = default;
  virtual void Push(int64_t user_id, std::string json_text) = 0;
};

struct Config {
  std::string data_dir = "data";
  std::string database_url;            // SQLite path or PostgreSQL URI
  int port = 8080;
  std::string bind = "127.0.0.1";
  size_t body_limit = 20 * 1024 * 1024;  // bytes
  int header_timeout_seconds = 20;      // slow-loris guard
  int threads = 0;                         // I/O threads; 0 = one per core
  int blocking_threads = 4;                // writes, sign-in, imports, exports
  bool demo = false;
  // "" = the system clock; "2026-11-22T02:00:00Z" = a clock that starts at that UTC instant and
  // runs on (demos on a fixed day, the replay proof of scripts/replay/).
  std::string clock_start;
  // Issue 16: a simulated clock shared by cluster nodes (core::ScaledClock). rate = simulated
  // seconds per real second (needs clock_start); epoch = the real unix second at which the clock
  // reads clock_start (0 = process start); until = the simulated instant it stops at ("" = never).
  double clock_rate = 1;
  std::int64_t clock_epoch = 0;
  std::string clock_until;
  // This node's name in a cluster (header X-Anjian-Node, GET /healthz/node); "" = host:port.
  std::string node_name;
  std::string web_root;                    // built UI (web/dist)
  // /metrics is served only on `metrics_listen` ("ADDRESS:PORT", a listener of its own) or, on
  // the public listener, to "Authorization: Bearer <metrics_token>"; with neither it is not served.
  std::string metrics_listen;
  std::string metrics_token;  // from the environment or a file only (a command line shows in ps)
  bool secure_cookies = false;
  // Hidden-danger deadline check: how often (seconds; 0 = never) and where e-mail goes.
  int deadline_check_seconds = 3600;
  std::string smtp_host;  // "" = messages are only logged
  int smtp_port = 25;
  std::string smtp_from = "anjian@localhost";
  std::string smtp_username;  // "" = no AUTH
  std::string smtp_password;  // from the environment only (a command line shows in ps)
  bool smtp_starttls = false;
  std::string smtp_ca_file;   // "" = system trust store
  bool smtp_allow_auth_without_tls = false;
  // Enterprise imports: how many may run at once (a further one answers 429), how many errors
  // the answer lists (all are counted and go to the report), and how long error reports stay in
  // DATA/import-reports and how much room they may take together.
  int import_concurrency = 2;
  int import_error_limit = 200;
  int import_report_hours = 24;
  int import_report_max_mb = 256;
};

// What GET /healthz/node reports about this node (written by the cluster listener and the job
// scheduler, read by the HTTP server).
struct NodeStatus {
  std::atomic<bool> jobs_leader{false};
  std::atomic<bool> db_up{true};
};

struct Services {
  Config config;
  std::shared_ptr<NodeStatus> node = std::make_shared<NodeStatus>();
  // The one source of "now" (core/clock.hpp): the system clock, a shifted one for
  // `serve --clock-start`, or the test's. Services and jobs read it; nothing else asks the system.
  const core::Clock* clock = &core::SystemClockInstance();
  std::unique_ptr<storage::Pool> db;
  Notifier* notifier = nullptr;
  identity::SessionService* sessions = nullptr;
};

struct Context {
  Request& req;
  Services& svc;
  Principal* principal = nullptr;  // null only on public routes

  const Principal& who() const { return *principal; }
  std::int64_t Now() const { return svc.clock->Now(); }  // unix seconds, from the clock
  Scope scope() const { return Scope::For(*principal); }
  int64_t PathId(size_t i = 0) const;  // throws 404 for a non-numeric id
  // Page and page size from the query string (page ≥ 1, 1 ≤ page_size ≤ 500).
  std::pair<int64_t, int64_t> Paging(int64_t default_size = 20) const;
};

using Handler = std::function<Response(Context&)>;

}  // namespace anjian::api
