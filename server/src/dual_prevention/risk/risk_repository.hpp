// The SQL of graded risk control (风险分级管控): objects → units → events → control measures,
// the append-only assessments, the site plans of the four-colour map, major hazard
// installations, and the reads behind lists, maps, the regional overview and the register
// export. Every read of a row a caller asks for takes the caller's Scope into its WHERE clause
// (missing and out of scope answer alike: nullopt); writes run in the caller's transaction and
// are stamped with the `now` they are given.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dual_prevention/risk/assessment_rules.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::risk {

// ---- rows ------------------------------------------------------------------------------------

struct Owner {  // the enterprise a register row belongs to
  int64_t enterprise_id = 0;
  std::string region_path;
};

struct EnterpriseRef {
  int64_t id = 0;
  std::string name, region_code, region_path;
};

struct RiskObject {
  int64_t id = 0, enterprise_id = 0;
  std::string enterprise_name, name, hazard_code, description;
  int64_t unit_count = 0;  // its active units
  bool active = true;
  std::string created_at, updated_at;
};

struct RiskUnit {
  int64_t id = 0, enterprise_id = 0;
  std::string enterprise_name, region_code;
  int64_t risk_object_id = 0;
  std::string risk_object_name, name, unit_type, department, responsible_person;
  std::string polygon_json;  // [[x, y], ...] as stored
  std::optional<std::string> method;  // of the current assessment
  std::optional<double> score;
  std::optional<std::string> level;
  std::optional<std::string> assessed_at;
  bool active = true;
  std::string created_at, updated_at;
};

struct ControlMeasure {
  int64_t id = 0, enterprise_id = 0, risk_unit_id = 0, risk_event_id = 0;
  std::string kind, control_level, description;
  std::optional<int64_t> owner_user_id;
  std::string owner_name, frequency;
  bool active = true;
};

struct RiskEvent {
  int64_t id = 0, enterprise_id = 0, risk_unit_id = 0;
  std::string name, accident_type, hazard_factor, description;
  bool active = true;
  std::vector<ControlMeasure> measures;  // filled by UnitDetail only
};

struct AssessmentRow {
  int64_t id = 0;
  std::string method;
  std::optional<double> L, E, C, S;
  double score = 0;
  std::string level;
  std::optional<int64_t> assessed_by;
  std::string assessed_by_name, assessed_at;
};

// An assessment as recorded: the answer of POST /risk-units/{id}/assessments.
struct RecordedAssessment {
  int64_t id = 0, risk_unit_id = 0;
  AssessmentMethod method = AssessmentMethod::kLec;
  AssessmentInputs inputs;
  AssessmentResult result;
  int64_t assessed_by = 0;
  std::string assessed_by_name, assessed_at;
};

// A unit with its events (each with its measures) and its assessments, newest first.
struct UnitDetail {
  RiskUnit unit;
  std::vector<RiskEvent> events;
  std::vector<AssessmentRow> assessments;
};

// 重大危险源 with its three accountable people (principal, technical, operational).
struct MajorHazard {
  struct Person {
    std::string name, frequency;
    std::optional<int64_t> user_id;
  };
  int64_t id = 0, enterprise_id = 0;
  std::string enterprise_name, name, grade;
  std::optional<int64_t> risk_object_id;
  std::string risk_object_name;
  bool active = true;
  std::string updated_at;
  Person people[3];
};

struct SitePlan {  // an enterprise's plan image of the four-colour map
  int64_t file_id = 0, width = 0, height = 0;
  std::string updated_at;
};

// One enterprise of the regional overview: its highest current level (rank 0-4) and its active
// units per level.
struct OverviewRow {
  int64_t enterprise_id = 0;
  std::string name, region_code, region_path;
  int64_t top_rank = 0, major = 0, high = 0, moderate = 0, low = 0, units = 0;
};

// One line of the 风险分级管控清单: a control measure with its event, unit and object (an event
// without measures, a unit without events still get their line; absent parts are empty).
struct RegisterLine {
  std::string object_name, unit_name, unit_type, department, responsible_person;
  std::string current_method;
  std::optional<double> current_score;
  std::optional<std::string> current_level;
  std::string event_name, accident_type, hazard_factor;
  std::string kind, description, control_level, owner_name;
  std::optional<std::string> frequency;
};

// ---- inputs ----------------------------------------------------------------------------------

struct ObjectInput {
  std::string name, hazard_code, description;
};
struct UnitInput {
  int64_t risk_object_id = 0;
  std::string name, unit_type, department, responsible_person;
};
struct EventInput {
  std::string name, accident_type, hazard_factor, description;
};
struct MeasureInput {
  std::string kind, control_level, description, frequency;
  std::optional<int64_t> owner_user_id;
};
struct MajorHazardInput {
  std::string name, grade;
  std::optional<int64_t> risk_object_id;
  std::string people[3][2];  // principal, technical, operational × name, frequency
  std::optional<int64_t> user_ids[3];
};
struct SitePlanInput {
  int64_t file_id = 0, width = 0, height = 0;
};

// The register's tables whose rows are deactivated rather than deleted.
enum class RegisterTable { kObjects, kUnits, kEvents, kMeasures, kMajorHazards };

// ---- the register ----------------------------------------------------------------------------

// The configured score tables and bands (settings key risk_assessment_config), else rules.md §9.
AssessmentConfig LoadAssessmentConfig(storage::Connection& conn);

// The enterprise's region path; nullopt when there is no such enterprise.
std::optional<Owner> FindOwner(storage::Connection& conn, int64_t enterprise_id);
// An enterprise in the caller's scope.
std::optional<EnterpriseRef> FindEnterprise(storage::Connection& conn, const api::Scope& s,
                                            int64_t id);
// Whether `user_id` is an account of `enterprise_id`.
bool IsEnterpriseUser(storage::Connection& conn, int64_t enterprise_id, int64_t user_id);

int64_t InsertObject(storage::Connection& conn, const Owner& o, const ObjectInput& in,
                     const std::string& now);
void UpdateObject(storage::Connection& conn, int64_t id, const ObjectInput& in,
                  const std::string& now);
int64_t InsertUnit(storage::Connection& conn, const Owner& o, const UnitInput& in,
                   const std::string& now);
void UpdateUnit(storage::Connection& conn, int64_t id, const UnitInput& in,
                const std::string& now);
int64_t InsertEvent(storage::Connection& conn, const Owner& o, int64_t unit_id,
                    const EventInput& in, const std::string& now);
void UpdateEvent(storage::Connection& conn, int64_t id, const EventInput& in,
                 const std::string& now);
int64_t InsertMeasure(storage::Connection& conn, const Owner& o, int64_t unit_id,
                      int64_t event_id, const MeasureInput& in, const std::string& now);
void UpdateMeasure(storage::Connection& conn, int64_t id, const MeasureInput& in,
                   const std::string& now);
void SetActive(storage::Connection& conn, RegisterTable table, int64_t id, bool active,
               const std::string& now);
void SetPolygon(storage::Connection& conn, int64_t unit_id, const std::string& polygon_json,
                const std::string& now);

// Appends the assessment and makes it the unit's current level. Returns the assessment's id.
int64_t RecordAssessment(storage::Connection& conn, int64_t unit_id, int64_t enterprise_id,
                         AssessmentMethod method, const AssessmentInputs& inputs,
                         const AssessmentResult& result, std::optional<int64_t> user_id,
                         const std::string& user_name, const std::string& at);

std::optional<RiskObject> FindObject(storage::Connection& conn, const api::Scope& s, int64_t id);
std::optional<RiskUnit> FindUnit(storage::Connection& conn, const api::Scope& s, int64_t id);
std::optional<RiskEvent> FindEvent(storage::Connection& conn, const api::Scope& s, int64_t id);
std::optional<ControlMeasure> FindMeasure(storage::Connection& conn, const api::Scope& s,
                                          int64_t id);
// The unit's events (each with its measures) and its assessment history.
UnitDetail LoadUnitDetail(storage::Connection& conn, const RiskUnit& unit);

struct UnitFilter {
  std::string region_path;  // subtree, within the scope
  std::optional<int64_t> enterprise_id;
  std::string level;      // major|high|moderate|low|none
  std::string unit_type;  // area|equipment|post
  std::optional<int64_t> risk_object_id;
  std::string q;          // name contains
  bool include_inactive = false;
};
// Highest level first, then id; with the total under the filter.
std::pair<std::vector<RiskUnit>, int64_t> ListUnits(storage::Connection& conn,
                                                    const api::Scope& s, const UnitFilter& f,
                                                    int64_t limit, int64_t offset);
std::vector<RiskObject> ListObjects(storage::Connection& conn, const api::Scope& s,
                                    std::optional<int64_t> enterprise_id, bool include_inactive);

// ---- the four-colour map and the regional overview ---------------------------------------------

std::optional<SitePlan> FindSitePlan(storage::Connection& conn, int64_t enterprise_id);
// Inserts the enterprise's plan, or replaces the one it has (`replace`).
void PutSitePlan(storage::Connection& conn, const Owner& o, const SitePlanInput& in, bool replace,
                 const std::string& now);
// The mime type of a file `user_id` uploaded; nullopt when there is no such upload of theirs.
std::optional<std::string> UploadMime(storage::Connection& conn, int64_t file_id,
                                      int64_t user_id);
// One row per enterprise with active units in the scope (and the subtree `region_path`, "" for
// all): highest level first.
std::vector<OverviewRow> OverviewRows(storage::Connection& conn, const api::Scope& s,
                                      const std::string& region_path);

// ---- the register export ---------------------------------------------------------------------

// The enterprise's active register, highest level first, at most `limit` lines.
std::vector<RegisterLine> RegisterLines(storage::Connection& conn, int64_t enterprise_id,
                                        int64_t limit);

// ---- major hazard installations ----------------------------------------------------------------

// In the scope; one installation (`id`) or all of an enterprise or of the scope.
std::vector<MajorHazard> ListMajorHazards(storage::Connection& conn, const api::Scope& s,
                                          std::optional<int64_t> id,
                                          std::optional<int64_t> enterprise_id);
int64_t InsertMajorHazard(storage::Connection& conn, const Owner& o, const MajorHazardInput& in,
                          const std::string& now);
void UpdateMajorHazard(storage::Connection& conn, int64_t id, const MajorHazardInput& in,
                       const std::string& now);

}  // namespace anjian::risk
