// The SQL of drills (应急演练): tables drills, drill_plans, drill_photos, drill_problems and
// drill_events (V042). Reads take the caller's Scope and apply it in SQL.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::drills {

struct EnterpriseOfDrill {
  std::string name, region_path, industry;
};
std::optional<EnterpriseOfDrill> FindEnterpriseInScope(storage::Connection& conn,
                                                       const api::Scope& scope, std::int64_t id);

struct DrillRow {
  std::int64_t id = 0, enterprise_id = 0, participant_count = 0, created_by = 0;
  std::string enterprise_name, enterprise_industry, region_path, number, drill_type, scenario,
      drilled_on, place, participant_names, evaluation, report_status, report_summary,
      report_ack_note, created_at, created_by_name;
  bool effective = true;
  std::optional<std::string> report_submitted_at, report_ack_at;
  std::optional<std::int64_t> report_submitted_by, report_ack_by, report_ack_agency_id;
  std::string report_submitted_by_name, report_ack_by_name, report_ack_agency_name;
};

struct DrillPlanRow {
  std::int64_t plan_id = 0;
  std::string kind, title;
};

struct DrillProblemRow {
  std::int64_t id = 0, drill_id = 0, position = 0;
  std::string description, action, acted_at, acted_by_name;
  std::optional<std::int64_t> hidden_danger_id, plan_id, acted_by;
};

struct DrillEventRow {
  std::int64_t id = 0, by_user_id = 0;
  std::string kind, note, by_name, at;
};

struct DrillFilter {
  std::string drill_type, report_status, from, to;  // from/to: YYYY-MM-DD on drilled_on
  std::optional<std::int64_t> enterprise_id, plan_id;
};

struct NewDrillRow {
  std::int64_t enterprise_id = 0, participant_count = 0, created_by = 0;
  std::string region_path, drill_type, scenario, drilled_on, place, participant_names, evaluation,
      created_at;
  bool effective = true;
};
std::int64_t InsertDrill(storage::Connection& conn, const NewDrillRow& d);
void SetDrillNumber(storage::Connection& conn, std::int64_t id, const std::string& number);
void InsertDrillPlan(storage::Connection& conn, std::int64_t drill_id, const DrillPlanRow& p);
void InsertDrillPhoto(storage::Connection& conn, std::int64_t drill_id, std::int64_t file_id);
std::int64_t InsertDrillProblem(storage::Connection& conn, std::int64_t drill_id,
                                std::int64_t position, const std::string& description);
void InsertDrillEvent(storage::Connection& conn, std::int64_t drill_id, const std::string& kind,
                      const std::string& note, std::int64_t by_user_id, const std::string& at);

std::optional<DrillRow> FindDrill(storage::Connection& conn, const api::Scope& scope,
                                  std::int64_t id);
// Locks the row for an update (inside the caller's transaction).
std::optional<DrillRow> LockDrill(storage::Connection& conn, std::int64_t id);
std::int64_t CountDrills(storage::Connection& conn, const api::Scope& scope, const DrillFilter& f);
// Latest drill first.
std::vector<DrillRow> ListDrillRows(storage::Connection& conn, const api::Scope& scope,
                                    const DrillFilter& f, std::int64_t limit, std::int64_t offset);

std::vector<DrillPlanRow> DrillPlansOf(storage::Connection& conn, std::int64_t drill_id);
std::vector<std::int64_t> DrillPhotoIds(storage::Connection& conn, std::int64_t drill_id);
std::vector<DrillProblemRow> DrillProblemsOf(storage::Connection& conn, std::int64_t drill_id);
std::vector<DrillEventRow> DrillEventsOf(storage::Connection& conn, std::int64_t drill_id);
std::optional<DrillProblemRow> LockDrillProblem(storage::Connection& conn, std::int64_t drill_id,
                                                std::int64_t problem_id);
void SetProblemAction(storage::Connection& conn, std::int64_t problem_id,
                      const std::string& action, std::optional<std::int64_t> hidden_danger_id,
                      std::optional<std::int64_t> plan_id, std::int64_t by_user_id,
                      const std::string& at);

void SetReportSubmitted(storage::Connection& conn, std::int64_t id, const std::string& summary,
                        std::int64_t by_user_id, const std::string& at);
void SetReportAcknowledged(storage::Connection& conn, std::int64_t id, std::int64_t by_user_id,
                           std::int64_t agency_id, const std::string& note, const std::string& at);

// Compliance: one row per (drill, plan) of the scope's drills dated in [from, to].
struct DrillPlanDate {
  std::int64_t enterprise_id = 0, drill_id = 0, plan_id = 0;
  std::string drilled_on;
};
std::vector<DrillPlanDate> DrillPlanDatesInScope(storage::Connection& conn,
                                                 const api::Scope& scope,
                                                 std::optional<std::int64_t> enterprise_id,
                                                 const std::string& from, const std::string& to);

// Emergency plans (emergency_plans, V041) as drills count them: in force (not withdrawn), with
// the day they count from (publication).
struct PlanInfo {
  std::int64_t id = 0, enterprise_id = 0;
  std::string kind, title, status, since;  // since: YYYY-MM-DD
  std::string enterprise_name, region_path, industry;
};
std::vector<PlanInfo> PlansOfEnterprise(storage::Connection& conn, std::int64_t enterprise_id);
// The plans of every active enterprise in `scope`, by enterprise.
std::vector<PlanInfo> PlansInScope(storage::Connection& conn, const api::Scope& scope);

// Active enterprises in `scope` of the given industries with no published plan at all: they owe
// drills (and plans) but have nothing to drill — the regulator's compliance counts them apart.
struct EnterpriseRef {
  std::int64_t id = 0;
  std::string name, region_path, industry;
};
std::vector<EnterpriseRef> EnterprisesWithoutPlanInScope(storage::Connection& conn,
                                                         const api::Scope& scope,
                                                         const std::vector<std::string>& industries);

// The names of regions by code.
std::vector<std::pair<std::string, std::string>> RegionNames(storage::Connection& conn,
                                                             const std::vector<std::string>& codes);

}  // namespace anjian::drills
