// The periodic inspection-task job: at start-up and then every interval, RunTaskGeneration with
// the wall clock. Stops (joins) on destruction.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "platform/storage/db.hpp"

namespace anjian::inspection {

class TaskJob {
 public:
  TaskJob(storage::Pool& pool, std::chrono::seconds interval);
  ~TaskJob();
  TaskJob(const TaskJob&) = delete;
  TaskJob& operator=(const TaskJob&) = delete;

 private:
  void Loop();

  storage::Pool& pool_;
  std::chrono::seconds interval_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace anjian::inspection
