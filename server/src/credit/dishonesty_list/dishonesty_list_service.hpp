// The dishonesty list's use cases (严重失信主体名单, 11号令): candidates detected from the data (the
// job and on demand) or entered by the regulator with evidence; "谁处罚、谁决定": the prior notice
// (告知) with the party's defence period, the defence recorded, the written decision (列入决定书)
// and its publication; the term ending by itself (job); credit repair applied for by the
// enterprise, decided by the deciding agency, revoked if found false (the entry comes back with
// its original end). One use case per function: transaction, rules, repository, event row, audit
// entry, notifications.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "credit/dishonesty_list/dishonesty_list_repository.hpp"
#include "credit/dishonesty_list/dishonesty_list_rules.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/context.hpp"
#include "platform/storage/db.hpp"

namespace anjian::dishonesty_list {

inline constexpr const char* kDishonestyNotice = "dishonesty_list";

// The settings key `dishonesty_list` in force, else the defaults.
DishonestyListConfig LoadDishonestyListConfig(storage::Connection& conn);

// Every candidate the data shows that is not yet recorded (one per detection key), each with its
// event, audit entry and a notification to the agencies over the enterprise. Returns how many
// were added. The job runs it; POST /dishonesty-list/detect runs it on demand.
std::int64_t DetectCandidates(storage::Connection& conn, notifications::PendingPushes& pushes,
                              const audit::Actor& actor, std::int64_t now);

// The job: detection, then every listed entry past its last day ends (state expired).
struct JobResult {
  std::int64_t detected = 0, expired = 0;
};
JobResult RunDishonestyListJob(storage::Connection& conn, notifications::PendingPushes& pushes,
                               std::int64_t now);

struct ManualEntry {
  std::int64_t enterprise_id = 0;
  std::string criterion, facts, principal_name;
  std::vector<std::int64_t> file_ids;
};
std::int64_t EnterCandidate(storage::Connection& conn, const api::Principal& who,
                            const ManualEntry& in, const audit::Actor& actor, std::int64_t now);

struct StepInput {
  std::string number, text, day;  // notice/decision number, defence/reasons/note, decided_on
  std::vector<std::int64_t> file_ids;
};
void NoticeEntry(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                 const StepInput& in, const audit::Actor& actor, api::Notifier* notifier,
                 std::int64_t now);
void RecordDefence(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                   const StepInput& in, const audit::Actor& actor, std::int64_t now);
// The enterprise named in the notice submits its own defence (陈述申辩, text + evidence) within
// the defence period; the deciding agency is notified. Refused after the last day.
void SubmitOwnDefence(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                      const StepInput& in, const audit::Actor& actor, api::Notifier* notifier,
                      std::int64_t now);
void DecideEntry(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                 const StepInput& in, const audit::Actor& actor, api::Notifier* notifier,
                 std::int64_t now);
void PublishEntry(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                  const audit::Actor& actor, std::int64_t now);
void DismissEntry(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                  const StepInput& in, const audit::Actor& actor, std::int64_t now);

std::int64_t ApplyRepair(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                         const StepInput& in, const audit::Actor& actor, api::Notifier* notifier,
                         std::int64_t now);
void DecideRepair(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                  std::int64_t repair_id, bool approve, const std::string& note,
                  const audit::Actor& actor, api::Notifier* notifier, std::int64_t now);
void RevokeRepair(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                  std::int64_t repair_id, const std::string& note, const audit::Actor& actor,
                  api::Notifier* notifier, std::int64_t now);

// The regulator's finding that an accident was concealed or falsely reported; the candidate of
// criterion concealed_accident is detected in the same transaction. Returns the candidate's id.
struct FindingInput {
  std::int64_t accident_id = 0;
  std::string kind, finding, found_on;
};
std::int64_t RecordAccidentFinding(storage::Connection& conn, const api::Principal& who,
                                   const FindingInput& in, const audit::Actor& actor,
                                   std::int64_t now);

// Days: today in China.
std::string Today(std::int64_t now);
// The day credit repair opens for a decided entry ("" when not decided).
std::string RepairOpensText(const EntryRow& e, const DishonestyListConfig& c);

// A candidate of the "other serious violations" criterion (11号令 第八条第（九）项) entered in one click
// from an accident-investigation finding flagged credit-relevant; the accident is its linked
// record and the finding its detection key (one candidate per finding).
std::int64_t EnterFromInvestigationFinding(storage::Connection& conn, const api::Principal& who,
                                           std::int64_t finding_id, const audit::Actor& actor,
                                           std::int64_t now);

}  // namespace anjian::dishonesty_list
