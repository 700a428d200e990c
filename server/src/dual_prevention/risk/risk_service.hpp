// Graded risk control's use cases (风险分级管控): one function per thing a user does to the
// register, the map or a major hazard installation. Each write runs in one transaction with its
// audit entry, stamps the time from the clock and returns the row as it now is; reads answer 404
// (ApiException) for a row that is missing or outside the caller's scope. Input has been parsed
// by the handlers; the checks that need the database are here as Check* functions returning the
// field errors, so a handler reports them with the rest of its input's faults.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "dual_prevention/risk/risk_repository.hpp"
#include "files/file_service.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::risk {

// ---- reads -----------------------------------------------------------------------------------

// The enterprise a new register row belongs to (404 when there is no such enterprise).
Owner RequireOwner(storage::Connection& conn, int64_t enterprise_id);
AssessmentConfig CurrentAssessmentConfig(storage::Connection& conn);
EnterpriseRef RequireEnterprise(storage::Connection& conn, const api::Scope& s, int64_t id);
RiskObject RequireObject(storage::Connection& conn, const api::Scope& s, int64_t id);
RiskUnit RequireUnit(storage::Connection& conn, const api::Scope& s, int64_t id);
RiskEvent RequireEvent(storage::Connection& conn, const api::Scope& s, int64_t id);
ControlMeasure RequireMeasure(storage::Connection& conn, const api::Scope& s, int64_t id);
MajorHazard RequireMajorHazard(storage::Connection& conn, const api::Scope& s, int64_t id);
UnitDetail GetUnitDetail(storage::Connection& conn, const api::Scope& s, int64_t id);
std::vector<RiskObject> ObjectList(storage::Connection& conn, const api::Scope& s,
                                   std::optional<int64_t> enterprise_id, bool include_inactive);
std::pair<std::vector<RiskUnit>, int64_t> UnitPage(storage::Connection& conn, const api::Scope& s,
                                                   const UnitFilter& f, int64_t limit,
                                                   int64_t offset);
std::vector<MajorHazard> MajorHazardList(storage::Connection& conn, const api::Scope& s,
                                         std::optional<int64_t> enterprise_id);

// ---- checks that need the database (field errors for the handler's 422) ----------------------

// risk_object_unknown on "risk_object_id" when `object_id` is set and not in the scope.
std::optional<FieldError> CheckRiskObject(storage::Connection& conn, const api::Scope& s,
                                          std::optional<int64_t> object_id);
// user_unknown on `field` when `user_id` is not an account of the enterprise.
std::optional<FieldError> CheckEnterpriseUser(storage::Connection& conn, const std::string& field,
                                              int64_t enterprise_id, int64_t user_id);
// The plan image: file_unknown unless `who` uploaded it, image_required unless PNG or JPEG.
std::optional<FieldError> CheckPlanFile(storage::Connection& conn, const api::Principal& who,
                                        int64_t file_id);
// The method's scores against the configured tables (assessment_rules).
AssessmentOutcome EvaluateAssessment(storage::Connection& conn, AssessmentMethod method,
                                     const AssessmentInputs& inputs);

// ---- the register ----------------------------------------------------------------------------

// Each takes the caller (the audit entry's actor, the scope) and the clock.
struct Caller {
  const api::Principal& who;
  const core::Clock& clock;
};

RiskObject CreateObject(storage::Connection& conn, const Caller& a, int64_t enterprise_id,
                        const ObjectInput& in);
RiskObject EditObject(storage::Connection& conn, const Caller& a, int64_t id,
                      const ObjectInput& in);
RiskObject SetObjectActive(storage::Connection& conn, const Caller& a, int64_t id, bool active);
RiskUnit CreateUnit(storage::Connection& conn, const Caller& a, int64_t enterprise_id,
                    const UnitInput& in);
RiskUnit EditUnit(storage::Connection& conn, const Caller& a, int64_t id, const UnitInput& in);
RiskUnit SetUnitActive(storage::Connection& conn, const Caller& a, int64_t id, bool active);
RiskEvent CreateEvent(storage::Connection& conn, const Caller& a, const RiskUnit& unit,
                      const EventInput& in);
RiskEvent EditEvent(storage::Connection& conn, const Caller& a, int64_t id, const EventInput& in);
RiskEvent SetEventActive(storage::Connection& conn, const Caller& a, int64_t id, bool active);
ControlMeasure CreateMeasure(storage::Connection& conn, const Caller& a, const RiskEvent& event,
                             const MeasureInput& in);
ControlMeasure EditMeasure(storage::Connection& conn, const Caller& a, int64_t id,
                           const MeasureInput& in);
ControlMeasure SetMeasureActive(storage::Connection& conn, const Caller& a, int64_t id,
                                bool active);

// Appends the assessment (the result of EvaluateAssessment) and makes it the unit's level; the
// audit entry holds the level and score before and the assessment after.
RecordedAssessment AssessUnit(storage::Connection& conn, const Caller& a, int64_t unit_id,
                              AssessmentMethod method, const AssessmentInputs& inputs,
                              const AssessmentResult& result);

// ---- the four-colour map ---------------------------------------------------------------------

// The enterprise's plan (none yet: nullopt) and its active units, highest level first.
struct RiskMap {
  EnterpriseRef enterprise;
  std::optional<SitePlan> plan;
  std::vector<RiskUnit> units;
};
RiskMap GetRiskMap(storage::Connection& conn, const api::Scope& s, int64_t enterprise_id);
// The plan image of an enterprise in the scope (404 "site plan" when it has none).
files::StoredFile SitePlanImage(storage::Connection& conn, const api::Scope& s,
                                  int64_t enterprise_id);
// Sets the caller's enterprise's plan (checked with CheckPlanFile).
void SetSitePlan(storage::Connection& conn, const Caller& a, int64_t enterprise_id,
                 const SitePlanInput& in);
// Replaces the unit's polygon (points checked by risk_map_rules).
RiskUnit DrawPolygon(storage::Connection& conn, const Caller& a, int64_t unit_id,
                     const std::vector<std::array<double, 2>>& points);

// The regulator's overview coloured by the highest current level: per child region of the base
// (the filter's region, else the scope's) the enterprises by their highest level, and the
// enterprises themselves (only those whose highest level is `level`, when given).
struct OverviewRegion {
  std::string code, name;
  int64_t top_rank = 0;
  int64_t by_rank[5] = {0, 0, 0, 0, 0};  // enterprises by their highest rank (0: unassessed)
};
struct OverviewEnterprise {
  OverviewRow row;
  std::string region_name;
};
struct RegionalOverview {
  std::vector<OverviewRegion> regions;  // by region code
  std::vector<OverviewEnterprise> enterprises;
};
RegionalOverview GetRegionalOverview(storage::Connection& conn, const api::Scope& s,
                                     const std::string& region_path, const std::string& level);
// The level value of a rank (4 major … 1 low); nullopt for 0 (unassessed).
std::optional<RiskLevel> LevelOfRank(int64_t rank);

// ---- the register export ---------------------------------------------------------------------

struct RegisterExport {
  std::string enterprise_name;
  std::vector<RegisterLine> lines;
};
// An enterprise in the scope (404 otherwise) with at most 50,000 lines.
RegisterExport GetRegisterExport(storage::Connection& conn, const api::Scope& s,
                                 int64_t enterprise_id);

// ---- major hazard installations ----------------------------------------------------------------

MajorHazard CreateMajorHazard(storage::Connection& conn, const Caller& a, int64_t enterprise_id,
                              const MajorHazardInput& in);
// A changed accountable person takes over that role's open inspection tasks.
MajorHazard EditMajorHazard(storage::Connection& conn, const Caller& a, int64_t id,
                            int64_t enterprise_id, const MajorHazardInput& in);
MajorHazard SetMajorHazardActive(storage::Connection& conn, const Caller& a, int64_t id,
                                 bool active);

}  // namespace anjian::risk
