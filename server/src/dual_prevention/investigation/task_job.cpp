#include "dual_prevention/investigation/task_job.hpp"

#include <spdlog/spdlog.h>

#include "dual_prevention/investigation/task_generation_service.hpp"

namespace anjian::investigation {

TaskJob::TaskJob(storage::Pool& pool, const core::Clock& clock, std::chrono::seconds interval)
    : pool_(pool), clock_(clock), interval_(interval), thread_([this] { Loop(); }) {}

TaskJob::~TaskJob() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void TaskJob::Loop() {
  std::unique_lock lock(mu_);
  while (!stop_) {
    lock.unlock();
    try {
      auto conn = pool_.Acquire();
      storage::Transaction tx(*conn);
      auto r = RunTaskGeneration(*conn, clock_.Now());
      tx.Commit();
      if (r.created || r.missed || r.duties_ensured || r.regulators_notified)
        spdlog::info("inspection tasks: {} created, {} marked missed; {} daily duties ensured, "
                     "{} missed-daily notifications",
                     r.created, r.missed, r.duties_ensured, r.regulators_notified);
    } catch (const std::exception& e) {
      spdlog::error("inspection task generation failed: {}", e.what());
    }
    lock.lock();
    cv_.wait_for(lock, interval_, [this] { return stop_; });
  }
}

}  // namespace anjian::investigation
