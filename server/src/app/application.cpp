#include "app/application.hpp"

#include <spdlog/spdlog.h>

#include <filesystem>

#include "accounts/session_store.hpp"
#include "api/router.hpp"
#include "app/bootstrap.hpp"
#include "http/server.hpp"
#include "inspection/task_job.hpp"
#include "registry/region_index.hpp"
#include "storage/migrations.hpp"

namespace anjian::app {

void PrepareDatabase(api::Services& svc) {
  int pool_size = std::max(svc.config.threads, 4) + svc.config.blocking_threads + 2;
  svc.db = std::make_unique<storage::Pool>(svc.config.database_url, pool_size);
  auto conn = svc.db->Acquire();
  int version = storage::Migrate(*conn);
  spdlog::info("database {} at schema version {}",
               svc.db->dialect() == storage::Dialect::kPostgres ? "PostgreSQL" : "SQLite", version);
  EnsureReferenceData(*conn, svc.config.demo);
  registry::RegionIndex::Global().Load(*conn);
  if (svc.config.demo) SeedDemoCity(*conn);
}

static std::string FindWebRoot(const std::string& configured) {
  namespace fs = std::filesystem;
  if (!configured.empty()) return configured;
  for (const char* candidate : {"web/dist", "../web/dist", "../../web/dist"})
    if (fs::exists(fs::path(candidate) / "index.html")) return fs::absolute(candidate).string();
  return "";
}

int RunServer(api::Config cfg) {
  cfg.web_root = FindWebRoot(cfg.web_root);
  api::Services svc;
  svc.config = cfg;
  PrepareDatabase(svc);
  accounts::SessionStore sessions(svc);
  svc.sessions = &sessions;
  api::Router router;
  api::RegisterAllRoutes(router);
  http::Server server(svc, router);
  svc.notifier = &server.notifier();
  if (cfg.web_root.empty()) spdlog::warn("web UI not found; serving the API only");
  inspection::TaskJob task_job(*svc.db, std::chrono::minutes(10));
  server.Run();
  return 0;
}

}  // namespace anjian::app
