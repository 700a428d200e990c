#include "app/application.hpp"

#include <spdlog/spdlog.h>

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "demo/demo_city_seed.hpp"
#include "identity/session_service.hpp"
#include "platform/api/router.hpp"
#include "app/bootstrap.hpp"
#include "platform/http/server.hpp"
#include "platform/http/static_files.hpp"
#include "explosives/catalogue/catalogue_service.hpp"
#include "explosives/voucher/stock_code_index.hpp"
#include "explosives/voucher/stock_code_warmup.hpp"
#include "registry/region_index.hpp"
#include "platform/storage/db.hpp"
#include "platform/storage/migrations.hpp"
#include "platform/storage/sql.hpp"
#include "platform/storage/cluster.hpp"
#include "app/cluster_node.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_query_repository.hpp"
#include "app/job_scheduler.hpp"
#include "registry/list_cache.hpp"
#include <unistd.h>

namespace anjian::app {

void PrepareDatabase(api::Services& svc) {
  int pool_size = std::max(svc.config.threads, 4) + svc.config.blocking_threads + 2;
  svc.db = std::make_unique<storage::Pool>(svc.config.database_url, pool_size);
  auto conn = svc.db->Acquire();
  // Issue 16: nodes started at once on one empty database take turns here (a session advisory
  // lock on PostgreSQL): the first migrates and seeds, the others wait, then find it done.
  storage::StartupLock startup(*conn);
  int version = storage::Migrate(*conn);
  spdlog::info("database {} at schema version {}", storage::DialectName(svc.db->dialect()),
               version);
  EnsureReferenceData(*conn, *svc.clock, svc.config.demo);
  registry::RegionIndex::Global().Load(*conn);
  if (svc.config.demo) demo::SeedDemoCity(*conn, *svc.clock);
  // V058's summary of the hidden-danger figures: built from the rows when the migration has
  // just created it or a bulk load (triggers off) asked for it (hd_stats_state).
  if (hidden_danger::RebuildStatisticsSummaryIfNeeded(*conn))
    spdlog::info("hidden-danger statistics summary rebuilt from the rows");
  catalogue::Reload(*conn);  // the product catalogue in force (V029 and what was added since)
}

static std::string FindWebRoot(const std::string& configured) {
  namespace fs = std::filesystem;
  if (!configured.empty()) return configured;
  for (const char* candidate : {"web/dist", "../web/dist", "../../web/dist"})
    if (fs::exists(fs::path(candidate) / "index.html")) return fs::absolute(candidate).string();
  return "";
}


// A web root that holds the data folder would publish the database: refuse to start.
static void CheckDataOutsideWebRoot(const api::Config& cfg) {
  namespace fs = std::filesystem;
  if (cfg.web_root.empty()) return;
  std::error_code ec;
  const fs::path web = fs::weakly_canonical(cfg.web_root, ec);
  if (ec) return;
  std::vector<fs::path> data = {cfg.data_dir};
  if (!storage::Pool::IsPostgresUrl(cfg.database_url)) data.push_back(fs::absolute(cfg.database_url).parent_path());
  for (const auto& d : data) {
    const fs::path real = fs::weakly_canonical(d, ec);
    if (!ec && http::IsWithin(real, web))
      throw std::runtime_error("the data folder " + real.string() + " lies inside the web root " +
                               web.string() + ": it would be served; move one of them");
  }
}

int RunServer(api::Config cfg, voucher::CodeIndexConfig code_index) {
  cfg.web_root = FindWebRoot(cfg.web_root);
  CheckDataOutsideWebRoot(cfg);
  api::Services svc;
  svc.config = cfg;
  if (svc.config.node_name.empty()) {
    char host[256] = {};
    if (gethostname(host, sizeof host - 1) != 0) std::snprintf(host, sizeof host, "localhost");
    svc.config.node_name = std::string(host) + ":" + std::to_string(cfg.port);
  }
  std::optional<core::ShiftedClock> shifted_clock;
  std::optional<core::ScaledClock> scaled_clock;
  const bool scaled = cfg.clock_rate != 1 || cfg.clock_epoch != 0 || !cfg.clock_until.empty();
  if (scaled && cfg.clock_start.empty())
    throw std::runtime_error("--clock-rate, --clock-epoch and --clock-until need --clock-start");
  if (cfg.clock_rate <= 0) throw std::runtime_error("--clock-rate must be positive");
  if (!cfg.clock_start.empty()) {
    const std::int64_t start = core::UnixFromIso(cfg.clock_start);
    if (start <= 0 || core::IsoFromUnix(start).substr(0, 10) != cfg.clock_start.substr(0, 10))
      throw std::runtime_error("--clock-start: not a UTC instant like 2026-11-22T02:00:00Z: " +
                               cfg.clock_start);
    if (scaled) {
      std::int64_t until = 0;
      if (!cfg.clock_until.empty()) {
        until = core::UnixFromIso(cfg.clock_until);
        if (until <= start)
          throw std::runtime_error("--clock-until: not a UTC instant after --clock-start: " +
                                   cfg.clock_until);
      }
      const std::int64_t epoch_ms = cfg.clock_epoch != 0
                                        ? cfg.clock_epoch * 1000
                                        : core::SystemClockInstance().NowMillis();
      scaled_clock.emplace(start, cfg.clock_rate, epoch_ms, until);
      svc.clock = &*scaled_clock;
      spdlog::info("clock reads {} at real {} and runs {}x{}", core::IsoFromUnix(start),
                   core::IsoFromUnix(epoch_ms / 1000), cfg.clock_rate,
                   until ? " until " + core::IsoFromUnix(until) : std::string());
    } else {
      shifted_clock.emplace(start);
      svc.clock = &*shifted_clock;
      spdlog::info("clock starts at {} (--clock-start)", core::IsoFromUnix(start));
    }
  }
  spdlog::info("node {}", svc.config.node_name);
  PrepareDatabase(svc);
  identity::SessionService sessions(svc);
  svc.sessions = &sessions;
  api::Router router;
  api::RegisterAllRoutes(router);
  http::Server server(svc, router);
  // Issue 16: pushes fan out through NOTIFY; caches are dropped when another node writes.
  ClusterNotifier cluster_notifier(svc, server.notifier());
  svc.notifier = &cluster_notifier;
  ClusterNode cluster(svc);
  cluster.OnPush([&server](std::int64_t user, std::string text) {
    server.notifier().Push(user, std::move(text));
  });
  cluster.OnRevision("identity", [&sessions] { sessions.Invalidate(); });
  cluster.OnRevision("settings", [&sessions] { sessions.Invalidate(); });  // the security policy
  cluster.OnRevision("enterprises", [] { registry::ListCache::Global().NoteChanged(); });
  cluster.OnRevision("catalogue", [&svc] {
    auto conn = svc.db->Acquire();
    catalogue::Reload(*conn);
  });
  cluster.OnRevision("regions", [&svc] {
    auto conn = svc.db->Acquire();
    registry::RegionIndex::Global().Refresh(*conn);
  });
  cluster.Start();
  if (cfg.web_root.empty()) spdlog::warn("web UI not found; serving the API only");
  // Issue 16: task generation, deadlines, reminders and sweeps, on one node of a cluster.
  JobScheduler jobs(svc, cfg.deadline_check_seconds);
  voucher::SetStockCodesBudget(code_index.budget_mb << 20);
  std::optional<voucher::StockCodesWarmer> warmer;  // serving starts at once, beside it
  if (code_index.warmup) warmer.emplace(svc.db.get(), *svc.db);
  server.Run();
  return 0;
}

}  // namespace anjian::app
