// The periodic inspection-task job: RunTaskGeneration at the clock's "now", in one transaction.
// Run by the job scheduler (app/job_scheduler.hpp) on the one node that holds the jobs' lease,
// at start-up and then every interval.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::investigation {

void RunTaskJob(storage::Connection& conn, std::int64_t now);

}  // namespace anjian::investigation
