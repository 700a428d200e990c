// The periodic inspection-task job: at start-up and then every interval, RunTaskGeneration at
// the clock's "now". Stops (joins) on destruction.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "core/clock.hpp"
#include "platform/storage/db.hpp"

namespace anjian::investigation {

class TaskJob {
 public:
  TaskJob(storage::Pool& pool, const core::Clock& clock, std::chrono::seconds interval);
  ~TaskJob();
  TaskJob(const TaskJob&) = delete;
  TaskJob& operator=(const TaskJob&) = delete;

 private:
  void Loop();

  storage::Pool& pool_;
  const core::Clock& clock_;
  std::chrono::seconds interval_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace anjian::investigation
