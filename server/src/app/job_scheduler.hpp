// Issue 16: the periodic jobs (task generation, hidden-danger deadlines and escalations, daily
// close, zero report, duty, emergency resources, licence sweep and reminders, 四超,
// qualifications, the dishonesty list) run on exactly one node of a cluster at a time.
//
// Leadership: the node holding a PostgreSQL session advisory lock (storage::kJobLeaderLockKey)
// on its dedicated job connection is the leader; on taking it, it increments job_leases.epoch,
// the fencing token, and records its name and backend pid. Every transaction the jobs open on
// that connection first checks the epoch (storage::CheckFence, FOR SHARE) and aborts when
// another node took over, so a paused node that lost the lock commits nothing. The jobs run on
// that same connection: ending its backend ends the lock and any job transaction together.
// A renewer thread renews the lease every 3 s; a standby that sees the lease unrenewed for 30 s
// ends the holder's backend (pg_terminate_backend: a SIGSTOPped or hung node) and takes over.
// On SQLite the one process always leads. Logs "jobs: leader (epoch N)" / "jobs: standby".
//
// Idempotency: every reminder or notice a job writes has a unique key row inserted in the same
// transaction as its notification rows (hidden_danger_deadline_notices, the jobs' own *_notices
// / *_alerts tables), so a retry after a crash sends nothing twice and loses nothing. E-mail
// (SMTP) is sent after the commit of the in-app notifications: a crash between the commit and
// the send loses that e-mail (at most once; the in-app notification and its key are kept).
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include "platform/api/context.hpp"

namespace anjian::app {

class JobScheduler {
 public:
  // `job_seconds`: the deadline and reminder jobs' interval (0 = no jobs); task generation runs
  // every min(600, job_seconds) seconds.
  JobScheduler(api::Services& svc, int job_seconds);
  ~JobScheduler();
  JobScheduler(const JobScheduler&) = delete;
  JobScheduler& operator=(const JobScheduler&) = delete;

 private:
  void Loop();
  void RenewLoop();
  bool Wait(std::chrono::milliseconds d);  // false when stopping

  api::Services& svc_;
  int job_seconds_;
  std::atomic<std::int64_t> epoch_{0};  // 0 = not leading
  std::atomic<bool> lost_{false};
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
  std::thread renewer_;
};

}  // namespace anjian::app
