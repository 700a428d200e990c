#include "dual_prevention/investigation/task_job.hpp"

#include <spdlog/spdlog.h>

#include "dual_prevention/investigation/task_generation_service.hpp"

namespace anjian::investigation {

void RunTaskJob(storage::Connection& conn, std::int64_t now) {
  storage::Transaction tx(conn);
  auto r = RunTaskGeneration(conn, now);
  tx.Commit();
  if (r.created || r.missed || r.duties_ensured || r.regulators_notified)
    spdlog::info("inspection tasks: {} created, {} marked missed; {} daily duties ensured, "
                 "{} missed-daily notifications",
                 r.created, r.missed, r.duties_ensured, r.regulators_notified);
}

}  // namespace anjian::investigation
