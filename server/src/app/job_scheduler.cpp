#include "app/job_scheduler.hpp"

#include <spdlog/spdlog.h>

#include "credit/dishonesty_list/dishonesty_list_service.hpp"  // issue 15 §4
#include "dual_prevention/hidden_danger/deadline_service.hpp"
#include "dual_prevention/investigation/task_job.hpp"
#include "emergency/duty/duty_coverage_service.hpp"
#include "emergency/duty/duty_shift_service.hpp"  // issue 14 §1 (on shift)
#include "emergency/resources/emergency_resource_service.hpp"  // issue 14 §2
#include "emergency/zero_report/zero_report_service.hpp"
#include "explosives/daily_close/daily_close_service.hpp"
#include "explosives/workshops/four_over_service.hpp"  // issue 15 §3
#include "licensing/licence_checks/licence_sweep_service.hpp"
#include "licensing/licences/licence_service.hpp"
#include "platform/storage/cluster.hpp"
#include "qualifications/people/people_service.hpp"  // issue 15 §2

namespace anjian::app {

namespace {

constexpr auto kRenewEvery = std::chrono::seconds(3);
constexpr std::int64_t kStaleLeaseSeconds = 30;
constexpr auto kStandbyPoll = std::chrono::seconds(2);

std::unique_ptr<hidden_danger::MessageSender> MakeMailSender(const api::Services& svc) {
  const auto& c = svc.config;
  hidden_danger::SmtpConfig smtp;
  smtp.host = c.smtp_host;
  smtp.port = c.smtp_port;
  smtp.from = c.smtp_from;
  smtp.username = c.smtp_username;
  smtp.password = c.smtp_password;
  smtp.starttls = c.smtp_starttls;
  smtp.ca_file = c.smtp_ca_file;
  smtp.allow_auth_without_tls = c.smtp_allow_auth_without_tls;
  return hidden_danger::MakeSender(smtp, *svc.clock);
}

// One pass of the deadline and reminder jobs on `conn` (the leader's job connection: every
// transaction checks the fence).
void RunDeadlineJobs(api::Services& svc, storage::Connection& conn,
                     hidden_danger::MessageSender& sender) {
  auto& clock = *svc.clock;
  notifications::PendingPushes pushes(clock);
  // Pushes go out after each committed batch: a national backlog is not held in memory.
  hidden_danger::DeadlineBatching batching;
  batching.after_batch = [&svc, &conn](notifications::PendingPushes& p) { p.Flush(svc.notifier, conn); };
  auto r = hidden_danger::RunDeadlineCheck(conn, clock.Now(),
                                           hidden_danger::LoadEscalationConfig(conn), sender,
                                           pushes, batching);
  const int64_t closes = daily_close::RemindOverdueDailyCloses(conn, pushes, clock.Now());
  const auto zero = zero_report::RunZeroReportJob(conn, pushes, clock.Now());  // issue 14 §1
  if (zero.reminders || zero.escalations)
    spdlog::info("zero report: {} reminders, {} overdue notices", zero.reminders,
                 zero.escalations);
  const int64_t absent = duty::RemindAbsentDuty(conn, pushes, clock.Now());  // issue 14 §1
  pushes.Flush(svc.notifier, conn);
  if (closes) spdlog::info("daily close reminders: {} unsigned days", closes);
  const int64_t resource_alerts =
      emergency_resources::RunResourceAlerts(conn, pushes, clock.Now());
  pushes.Flush(svc.notifier, conn);
  if (resource_alerts) spdlog::info("emergency resource alerts: {}", resource_alerts);
  const int64_t duty_gaps = duty::RunCoverageAlerts(conn, pushes, clock.Now());
  pushes.Flush(svc.notifier, conn);
  const auto sweep = licence_checks::RunLicenceSweepIfDue(conn, pushes, clock.Now());
  pushes.Flush(svc.notifier, conn);
  if (sweep.licences)
    spdlog::info("licence sweep: {} licences, {} major hidden dangers, {} warnings, {} resolved",
                 sweep.licences, sweep.hidden_dangers_opened, sweep.warnings, sweep.resolved);
  if (duty_gaps) spdlog::info("duty coverage: {} gaps alerted ahead", duty_gaps);
  if (absent) spdlog::info("duty absence alerts: {}", absent);
  const int64_t licence_reminders =  // issue 15 §1: 90/30/7 days before expiry
      licences::RunLicenceReminders(conn, svc.notifier, clock.Now());
  if (licence_reminders) spdlog::info("licence expiry reminders: {}", licence_reminders);
  const int64_t four_over = workshops::RunFourOverJob(conn, pushes, clock.Now());
  pushes.Flush(svc.notifier, conn);
  if (four_over) spdlog::info("四超: {} cases opened as major hidden dangers", four_over);
  const auto people = qualifications::RunQualificationJob(conn, pushes, clock.Now());
  pushes.Flush(svc.notifier, conn);  // issue 15 §2
  if (people.hidden_dangers || people.reminders)
    spdlog::info("qualifications: {} major hidden dangers (234 item 3), {} expiry reminders",
                 people.hidden_dangers, people.reminders);
  // Issue 15 §4: dishonesty-list candidates from the data, and terms that have run out.
  const auto credit = dishonesty_list::RunDishonestyListJob(conn, pushes, clock.Now());
  pushes.Flush(svc.notifier, conn);
  if (credit.detected || credit.expired)
    spdlog::info("dishonesty list: {} candidates detected, {} terms ended", credit.detected,
                 credit.expired);
  spdlog::info("deadline check: {} reminders, {} to superiors, {} to regulators; "
               "assessment: {} reminders, {} to superiors, {} to regulators",
               r.reminders, r.superior_escalations, r.regulator_escalations,
               r.assessment_reminders, r.assessment_superior_escalations,
               r.assessment_regulator_escalations);
}

std::unique_ptr<storage::Connection> OpenJobConnection(const std::string& url) {
  return storage::Pool::IsPostgresUrl(url) ? storage::OpenPostgres(url) : storage::OpenSqlite(url);
}

}  // namespace

JobScheduler::JobScheduler(api::Services& svc, int job_seconds)
    : svc_(svc), job_seconds_(job_seconds) {
  if (job_seconds_ <= 0) return;
  thread_ = std::thread([this] { Loop(); });
  renewer_ = std::thread([this] { RenewLoop(); });
}

JobScheduler::~JobScheduler() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (renewer_.joinable()) renewer_.join();
  svc_.node->jobs_leader = false;
}

bool JobScheduler::Wait(std::chrono::milliseconds d) {
  std::unique_lock lock(mu_);
  return !cv_.wait_for(lock, d, [this] { return stop_; });
}

void JobScheduler::RenewLoop() {
  while (Wait(kRenewEvery)) {
    const std::int64_t epoch = epoch_.load();
    if (epoch == 0) continue;
    try {
      auto conn = svc_.db->Acquire();
      if (!storage::RenewJobLease(*conn, epoch)) {
        spdlog::warn("jobs: lease of epoch {} taken over by another node", epoch);
        lost_ = true;
        cv_.notify_all();
      }
    } catch (const std::exception& e) {
      spdlog::warn("jobs: lease renewal failed: {}", e.what());
    }
  }
}

void JobScheduler::Loop() {
  const auto deadline_every = std::chrono::seconds(job_seconds_);
  const auto task_every = std::chrono::seconds(std::min(600, job_seconds_));
  auto sender = MakeMailSender(svc_);
  std::unique_ptr<storage::Connection> conn;
  bool said_standby = false;
  auto step_down = [&](const char* why) {
    if (epoch_.load() != 0) spdlog::warn("jobs: standby ({})", why);
    epoch_ = 0;
    lost_ = false;
    svc_.node->jobs_leader = false;
    conn.reset();  // closing the session frees the advisory lock
    said_standby = false;
  };
  using Clock = std::chrono::steady_clock;
  Clock::time_point next_task{}, next_deadline{};
  for (;;) {
    if (epoch_.load() == 0) {
      try {
        if (!conn) conn = OpenJobConnection(svc_.db->url());
        if (auto epoch = storage::TryTakeJobLeadership(*conn, svc_.config.node_name)) {
          epoch_ = *epoch;
          lost_ = false;
          const std::int64_t e = *epoch;
          conn->SetBeginHook([e](storage::Connection& c) { storage::CheckFence(c, e); });
          svc_.node->jobs_leader = true;
          spdlog::info("jobs: leader (epoch {})", e);
          next_task = next_deadline = Clock::now() + std::chrono::seconds(5);
        } else {
          if (!said_standby) spdlog::info("jobs: standby");
          said_standby = true;
          // A holder that stopped renewing (SIGSTOP, a hung host) keeps its lock while its
          // connection lives: end its backend so the lock is free.
          if (auto lease = storage::ReadJobLease(*conn);
              lease && lease->pid > 0 && lease->age_seconds > kStaleLeaseSeconds) {
            spdlog::warn("jobs: lease of {} (epoch {}) unrenewed for {} s; ending its backend {}",
                         lease->holder, lease->epoch, lease->age_seconds, lease->pid);
            storage::TerminateBackend(*conn, lease->pid);
          }
        }
      } catch (const std::exception& e) {
        spdlog::warn("jobs: cannot reach the database: {}", e.what());
        step_down("database unreachable");
      }
      if (epoch_.load() == 0) {
        if (!Wait(kStandbyPoll)) return;
        continue;
      }
    }
    // Leading.
    if (lost_.load()) {
      step_down("lease lost");
      continue;
    }
    const auto now = Clock::now();
    try {
      if (now >= next_task) {
        investigation::RunTaskJob(*conn, svc_.clock->Now());
        next_task = Clock::now() + task_every;
      }
      if (now >= next_deadline) {
        RunDeadlineJobs(svc_, *conn, *sender);
        next_deadline = Clock::now() + deadline_every;
      }
    } catch (const storage::FenceError& e) {
      spdlog::warn("jobs: {}", e.what());
      step_down("fenced");
      continue;
    } catch (const std::exception& e) {
      spdlog::error("periodic jobs failed: {}", e.what());
      if (!storage::Ping(*conn)) {
        step_down("job connection lost");
        continue;
      }
      next_task = std::max(next_task, Clock::now() + std::chrono::seconds(5));
      next_deadline = std::max(next_deadline, Clock::now() + std::chrono::seconds(5));
    }
    const auto wake = std::min(next_task, next_deadline);
    auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(wake - Clock::now());
    // Wake at least every 2 s to notice a lost lease or a dead connection.
    wait = std::clamp(wait, std::chrono::milliseconds(0), std::chrono::milliseconds(2000));
    if (!Wait(wait)) return;
    if (Clock::now() < wake && !storage::Ping(*conn)) step_down("job connection lost");
  }
}

}  // namespace anjian::app
