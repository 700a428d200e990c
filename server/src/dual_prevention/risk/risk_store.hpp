// The risk register's SQL (风险分级管控): objects → units → events → control measures, the
// append-only assessments, and the queries behind lists, maps and the regional overview. Every
// read takes the caller's Scope into its WHERE clause; writes are called inside the handler's
// transaction.
#pragma once

#include <boost/json.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "dual_prevention/risk/assessment_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::risk {

namespace json = boost::json;

// The configured score tables and bands (settings key risk_assessment_config), else rules.md §9.
domain::dual_prevention::AssessmentConfig LoadAssessmentConfig(storage::Connection& conn);

struct Owner {  // the enterprise a register row belongs to
  int64_t enterprise_id = 0;
  std::string region_path;
};
Owner EnterpriseOwner(storage::Connection& conn, int64_t enterprise_id);

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

int64_t InsertObject(storage::Connection& conn, const Owner& o, const ObjectInput& in);
void UpdateObject(storage::Connection& conn, int64_t id, const ObjectInput& in);
int64_t InsertUnit(storage::Connection& conn, const Owner& o, const UnitInput& in);
void UpdateUnit(storage::Connection& conn, int64_t id, const UnitInput& in);
int64_t InsertEvent(storage::Connection& conn, const Owner& o, int64_t unit_id, const EventInput& in);
void UpdateEvent(storage::Connection& conn, int64_t id, const EventInput& in);
int64_t InsertMeasure(storage::Connection& conn, const Owner& o, int64_t unit_id, int64_t event_id,
                      const MeasureInput& in);
void UpdateMeasure(storage::Connection& conn, int64_t id, const MeasureInput& in);
// table: risk_objects | risk_units | risk_events | control_measures.
void SetActive(storage::Connection& conn, const char* table, int64_t id, bool active);
void SetPolygon(storage::Connection& conn, int64_t unit_id, const std::string& polygon_json);

// Appends the assessment and makes it the unit's current level. Returns the assessment's id.
int64_t RecordAssessment(storage::Connection& conn, int64_t unit_id, int64_t enterprise_id,
                         domain::dual_prevention::AssessmentMethod method,
                         const domain::dual_prevention::AssessmentInputs& inputs,
                         const domain::dual_prevention::AssessmentResult& result,
                         std::optional<int64_t> user_id, const std::string& user_name,
                         const std::string& at);

// Scoped single rows (nullopt: missing or out of scope, answered alike with 404).
std::optional<json::object> FindObject(storage::Connection& conn, const api::Scope& s, int64_t id);
std::optional<json::object> FindUnit(storage::Connection& conn, const api::Scope& s, int64_t id);
std::optional<json::object> FindEvent(storage::Connection& conn, const api::Scope& s, int64_t id);
std::optional<json::object> FindMeasure(storage::Connection& conn, const api::Scope& s, int64_t id);

// The unit with its events (each with its measures) and its assessment history.
json::object UnitDetail(storage::Connection& conn, const json::object& unit);

struct UnitFilter {
  std::string region_path;  // subtree, within the scope
  std::optional<int64_t> enterprise_id;
  std::string level;      // major|high|moderate|low|none
  std::string unit_type;  // area|equipment|post
  std::optional<int64_t> risk_object_id;
  std::string q;          // name contains
  bool include_inactive = false;
};
// Highest level first, then id.
std::pair<json::array, int64_t> ListUnits(storage::Connection& conn, const api::Scope& s,
                                          const UnitFilter& f, int64_t limit, int64_t offset);

json::array ListObjects(storage::Connection& conn, const api::Scope& s,
                        std::optional<int64_t> enterprise_id, bool include_inactive);

}  // namespace anjian::risk
