// Drills (应急演练): recording a drill with its plans, photos and problems; the results report
// (演练总结) submitted to the regulator and acknowledged by it; a problem turned, in one step,
// into a hidden danger (through hidden_danger::ReportHiddenDanger) or a plan revision trigger
// (emergency_plans' RequireRevision, source drill); and the compliance calendar (per
// enterprise, and the regulator's subtree). One use case per function: transaction, rules,
// repository, audit entry, notifications.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "emergency/drills/drill_frequency_rules.hpp"
#include "emergency/drills/drill_repository.hpp"
#include "platform/api/context.hpp"
#include "platform/storage/db.hpp"

namespace anjian::drills {

inline constexpr const char* kDrillNotification = "drill_report";

// The settings key `drill_frequency` in force, else the defaults.
DrillFrequencyConfig LoadDrillFrequencyConfig(storage::Connection& conn);

// "YL-YYYYMMDD-000012" from the drill's date.
std::string DrillNumber(const std::string& drilled_on, std::int64_t id);

struct NewDrill {
  std::int64_t enterprise_id = 0;
  std::string region_path;
  std::vector<DrillPlanRow> plans;  // checked: the enterprise's own plans
  std::string drill_type, scenario, drilled_on, place, participant_names, evaluation;
  std::int64_t participant_count = 0;
  bool effective = true;
  std::vector<std::int64_t> photo_file_ids;  // checked: images the caller may see
  std::vector<std::string> problems;
};
// One transaction: the drill, its plans, photos, problems, the first history event and the
// audit entry. Returns the id.
std::int64_t RecordDrill(storage::Connection& conn, const NewDrill& in, const audit::Actor& actor,
                         std::int64_t now);

// The enterprise submits its 演练总结 to the regulator: every agency over it is notified.
// 409 once submitted. 404 unless in `scope`.
void SubmitDrillReport(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                       const std::string& summary, const audit::Actor& actor,
                       api::Notifier* notifier, std::int64_t now);

// The regulator acknowledges the submitted report. 409 before submission or when acknowledged.
void AcknowledgeDrillReport(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                            std::int64_t agency_id, const std::string& note,
                            const audit::Actor& actor, std::int64_t now);

// A problem becomes a hidden danger of the drill's enterprise (ReportHiddenDanger, in this
// transaction; source ad_hoc, found on the drill's date). 409 when the problem was turned
// already. Returns the hidden danger's id.
std::int64_t ProblemToHiddenDanger(storage::Connection& conn, const api::Principal& who,
                                   std::int64_t drill_id, std::int64_t problem_id,
                                   api::Notifier* notifier, std::int64_t now);

// A problem puts one of the drilled plans into "revision required" (88号令 art. 36 (5): a drill
// revealed a major problem), with the problem as its cause and the drill as its source.
void ProblemToRevision(storage::Connection& conn, const api::Principal& who,
                       std::int64_t drill_id, std::int64_t problem_id, std::int64_t plan_id,
                       std::int64_t now);

// The compliance calendar of one enterprise (in scope) for `year`.
boost::json::object EnterpriseComplianceJson(storage::Connection& conn, const api::Scope& scope,
                                             std::int64_t enterprise_id, int year,
                                             std::int64_t now);
// The regulator's subtree: counts per child region and the enterprises with late obligations.
boost::json::object ScopeComplianceJson(storage::Connection& conn, const api::Scope& scope,
                                        const std::string& scope_path, int year,
                                        std::int64_t now);

// One row per enterprise of the scope with drill obligations in `year` (the compliance export),
// the longest delay first.
struct EnterpriseComplianceRow {
  std::int64_t enterprise_id = 0, done = 0, done_late = 0, due = 0, late = 0, max_days_late = 0;
  std::string enterprise_name, region_path, regime_zh, late_items;
};
std::vector<EnterpriseComplianceRow> ScopeComplianceRows(storage::Connection& conn,
                                                         const api::Scope& scope, int year,
                                                         std::int64_t now);

}  // namespace anjian::drills
