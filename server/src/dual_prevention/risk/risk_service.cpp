#include "dual_prevention/risk/risk_service.hpp"

#include <algorithm>
#include <map>

#include "audit/audit_service.hpp"
#include "files/files_errors.hpp"
#include "dual_prevention/investigation/investigation_repository.hpp"
#include "dual_prevention/risk/risk_errors.hpp"
#include "dual_prevention/risk/risk_json.hpp"
#include "dual_prevention/risk/risk_level_rules.hpp"
#include "platform/api/actor.hpp"
#include "registry/region_index.hpp"

namespace anjian::risk {

namespace {

constexpr int64_t kMaxRegisterLines = 50000;
constexpr int64_t kMaxMapUnits = 2000;

api::Scope ScopeOf(const Caller& a) { return api::Scope::For(a.who); }

void Audit(storage::Connection& conn, const Caller& a, const char* action, const char* entity,
           int64_t id, const json::value& before, const json::value& after) {
  audit::Append(conn, api::ActorOf(a.who, a.clock.Now()), action, entity, std::to_string(id), before, after);
}

const char* ActiveAction(bool active) { return active ? "reactivate" : "deactivate"; }

}  // namespace

// ---- reads -----------------------------------------------------------------------------------

Owner RequireOwner(storage::Connection& conn, int64_t enterprise_id) {
  auto o = FindOwner(conn, enterprise_id);
  if (!o) throw ApiException{Error::NotFound("enterprise")};
  return *o;
}

AssessmentConfig CurrentAssessmentConfig(storage::Connection& conn) {
  return LoadAssessmentConfig(conn);
}

EnterpriseRef RequireEnterprise(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto e = FindEnterprise(conn, s, id);
  if (!e) throw ApiException{Error::NotFound("enterprise")};
  return *e;
}

RiskObject RequireObject(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto o = FindObject(conn, s, id);
  if (!o) throw ApiException{Error::NotFound("risk object")};
  return *o;
}

RiskUnit RequireUnit(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto u = FindUnit(conn, s, id);
  if (!u) throw ApiException{Error::NotFound("risk unit")};
  return *u;
}

RiskEvent RequireEvent(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto e = FindEvent(conn, s, id);
  if (!e) throw ApiException{Error::NotFound("risk event")};
  return *e;
}

ControlMeasure RequireMeasure(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto m = FindMeasure(conn, s, id);
  if (!m) throw ApiException{Error::NotFound("control measure")};
  return *m;
}

MajorHazard RequireMajorHazard(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto rows = ListMajorHazards(conn, s, id, std::nullopt);
  if (rows.empty()) throw ApiException{Error::NotFound("major hazard installation")};
  return rows.at(0);
}

UnitDetail GetUnitDetail(storage::Connection& conn, const api::Scope& s, int64_t id) {
  return LoadUnitDetail(conn, RequireUnit(conn, s, id));
}

std::vector<RiskObject> ObjectList(storage::Connection& conn, const api::Scope& s,
                                   std::optional<int64_t> enterprise_id, bool include_inactive) {
  return ListObjects(conn, s, enterprise_id, include_inactive);
}

std::pair<std::vector<RiskUnit>, int64_t> UnitPage(storage::Connection& conn, const api::Scope& s,
                                                   const UnitFilter& f, int64_t limit,
                                                   int64_t offset) {
  return ListUnits(conn, s, f, limit, offset);
}

std::vector<MajorHazard> MajorHazardList(storage::Connection& conn, const api::Scope& s,
                                         std::optional<int64_t> enterprise_id) {
  return ListMajorHazards(conn, s, std::nullopt, enterprise_id);
}

// ---- checks ----------------------------------------------------------------------------------

std::optional<FieldError> CheckRiskObject(storage::Connection& conn, const api::Scope& s,
                                          std::optional<int64_t> object_id) {
  if (object_id && !FindObject(conn, s, *object_id))
    return Err("risk_object_unknown").At("risk_object_id");
  return std::nullopt;
}

std::optional<FieldError> CheckEnterpriseUser(storage::Connection& conn, const std::string& field,
                                              int64_t enterprise_id, int64_t user_id) {
  if (IsEnterpriseUser(conn, enterprise_id, user_id)) return std::nullopt;
  return Err("user_unknown").At(field);
}

std::optional<FieldError> CheckPlanFile(storage::Connection& conn, const api::Principal& who,
                                        int64_t file_id) {
  auto mime = UploadMime(conn, file_id, who.user_id);
  if (!mime) return files::Err("file_unknown").At("file_id", file_id);
  if (*mime != "image/png" && *mime != "image/jpeg") return files::Err("image_required").At("file_id");
  return std::nullopt;
}

AssessmentOutcome EvaluateAssessment(storage::Connection& conn, AssessmentMethod method,
                                     const AssessmentInputs& inputs) {
  return Assess(LoadAssessmentConfig(conn), method, inputs);
}

// ---- the register ----------------------------------------------------------------------------

RiskObject CreateObject(storage::Connection& conn, const Caller& a, int64_t enterprise_id,
                        const ObjectInput& in) {
  storage::Transaction tx(conn);
  int64_t id = InsertObject(conn, RequireOwner(conn, enterprise_id), in, a.clock.NowIso());
  auto after = RequireObject(conn, ScopeOf(a), id);
  Audit(conn, a, "create", "risk_object", id, nullptr, ObjectJson(after));
  tx.Commit();
  return after;
}

RiskObject EditObject(storage::Connection& conn, const Caller& a, int64_t id,
                      const ObjectInput& in) {
  storage::Transaction tx(conn);
  auto before = RequireObject(conn, ScopeOf(a), id);
  UpdateObject(conn, id, in, a.clock.NowIso());
  auto after = RequireObject(conn, ScopeOf(a), id);
  Audit(conn, a, "update", "risk_object", id, ObjectJson(before), ObjectJson(after));
  tx.Commit();
  return after;
}

// Reactivation undoes a deactivation; both stay in the audit log.
RiskObject SetObjectActive(storage::Connection& conn, const Caller& a, int64_t id, bool active) {
  storage::Transaction tx(conn);
  auto before = RequireObject(conn, ScopeOf(a), id);
  SetActive(conn, RegisterTable::kObjects, id, active, a.clock.NowIso());
  auto after = RequireObject(conn, ScopeOf(a), id);
  Audit(conn, a, ActiveAction(active), "risk_object", id, ObjectJson(before), ObjectJson(after));
  tx.Commit();
  return after;
}

RiskUnit CreateUnit(storage::Connection& conn, const Caller& a, int64_t enterprise_id,
                    const UnitInput& in) {
  storage::Transaction tx(conn);
  int64_t id = InsertUnit(conn, RequireOwner(conn, enterprise_id), in, a.clock.NowIso());
  auto after = RequireUnit(conn, ScopeOf(a), id);
  Audit(conn, a, "create", "risk_unit", id, nullptr, UnitJson(after));
  tx.Commit();
  return after;
}

RiskUnit EditUnit(storage::Connection& conn, const Caller& a, int64_t id, const UnitInput& in) {
  storage::Transaction tx(conn);
  auto before = RequireUnit(conn, ScopeOf(a), id);
  UpdateUnit(conn, id, in, a.clock.NowIso());
  auto after = RequireUnit(conn, ScopeOf(a), id);
  Audit(conn, a, "update", "risk_unit", id, UnitJson(before), UnitJson(after));
  tx.Commit();
  return after;
}

RiskUnit SetUnitActive(storage::Connection& conn, const Caller& a, int64_t id, bool active) {
  storage::Transaction tx(conn);
  auto before = RequireUnit(conn, ScopeOf(a), id);
  SetActive(conn, RegisterTable::kUnits, id, active, a.clock.NowIso());
  auto after = RequireUnit(conn, ScopeOf(a), id);
  Audit(conn, a, ActiveAction(active), "risk_unit", id, UnitJson(before), UnitJson(after));
  tx.Commit();
  return after;
}

RiskEvent CreateEvent(storage::Connection& conn, const Caller& a, const RiskUnit& unit,
                      const EventInput& in) {
  storage::Transaction tx(conn);
  int64_t id = InsertEvent(conn, RequireOwner(conn, unit.enterprise_id), unit.id, in,
                           a.clock.NowIso());
  auto after = RequireEvent(conn, ScopeOf(a), id);
  Audit(conn, a, "create", "risk_event", id, nullptr, EventJson(after));
  tx.Commit();
  return after;
}

RiskEvent EditEvent(storage::Connection& conn, const Caller& a, int64_t id, const EventInput& in) {
  storage::Transaction tx(conn);
  auto before = RequireEvent(conn, ScopeOf(a), id);
  UpdateEvent(conn, id, in, a.clock.NowIso());
  auto after = RequireEvent(conn, ScopeOf(a), id);
  Audit(conn, a, "update", "risk_event", id, EventJson(before), EventJson(after));
  tx.Commit();
  return after;
}

RiskEvent SetEventActive(storage::Connection& conn, const Caller& a, int64_t id, bool active) {
  storage::Transaction tx(conn);
  auto before = RequireEvent(conn, ScopeOf(a), id);
  SetActive(conn, RegisterTable::kEvents, id, active, a.clock.NowIso());
  auto after = RequireEvent(conn, ScopeOf(a), id);
  Audit(conn, a, ActiveAction(active), "risk_event", id, EventJson(before), EventJson(after));
  tx.Commit();
  return after;
}

ControlMeasure CreateMeasure(storage::Connection& conn, const Caller& a, const RiskEvent& event,
                             const MeasureInput& in) {
  storage::Transaction tx(conn);
  int64_t id = InsertMeasure(conn, RequireOwner(conn, event.enterprise_id), event.risk_unit_id,
                             event.id, in, a.clock.NowIso());
  auto after = RequireMeasure(conn, ScopeOf(a), id);
  Audit(conn, a, "create", "control_measure", id, nullptr, MeasureJson(after));
  tx.Commit();
  return after;
}

ControlMeasure EditMeasure(storage::Connection& conn, const Caller& a, int64_t id,
                           const MeasureInput& in) {
  storage::Transaction tx(conn);
  auto before = RequireMeasure(conn, ScopeOf(a), id);
  UpdateMeasure(conn, id, in, a.clock.NowIso());
  auto after = RequireMeasure(conn, ScopeOf(a), id);
  Audit(conn, a, "update", "control_measure", id, MeasureJson(before), MeasureJson(after));
  tx.Commit();
  return after;
}

ControlMeasure SetMeasureActive(storage::Connection& conn, const Caller& a, int64_t id,
                                bool active) {
  storage::Transaction tx(conn);
  auto before = RequireMeasure(conn, ScopeOf(a), id);
  SetActive(conn, RegisterTable::kMeasures, id, active, a.clock.NowIso());
  auto after = RequireMeasure(conn, ScopeOf(a), id);
  Audit(conn, a, ActiveAction(active), "control_measure", id, MeasureJson(before),
        MeasureJson(after));
  tx.Commit();
  return after;
}

RecordedAssessment AssessUnit(storage::Connection& conn, const Caller& a, int64_t unit_id,
                              AssessmentMethod method, const AssessmentInputs& inputs,
                              const AssessmentResult& result) {
  storage::Transaction tx(conn);
  auto unit = RequireUnit(conn, ScopeOf(a), unit_id);
  RecordedAssessment r;
  r.risk_unit_id = unit_id;
  r.method = method;
  r.inputs = inputs;
  r.result = result;
  r.assessed_by = a.who.user_id;
  r.assessed_by_name = a.who.display_name;
  r.assessed_at = a.clock.NowIso();
  r.id = RecordAssessment(conn, unit_id, unit.enterprise_id, method, inputs, result,
                          a.who.user_id, a.who.display_name, r.assessed_at);
  const auto before = UnitJson(unit);
  Audit(conn, a, "assess", "risk_unit", unit_id,
        json::object{{"level", before.at("level")}, {"score", before.at("score")}},
        RecordedAssessmentJson(r));
  tx.Commit();
  return r;
}

// ---- the four-colour map ---------------------------------------------------------------------

RiskMap GetRiskMap(storage::Connection& conn, const api::Scope& s, int64_t enterprise_id) {
  RiskMap m;
  m.enterprise = RequireEnterprise(conn, s, enterprise_id);
  m.plan = FindSitePlan(conn, m.enterprise.id);
  UnitFilter f;
  f.enterprise_id = m.enterprise.id;
  m.units = ListUnits(conn, s, f, kMaxMapUnits, 0).first;
  return m;
}

// The plan image goes through the register's scope (a regulator sees it; the files route only
// shows a file to its uploader and to notice recipients).
files::StoredFile SitePlanImage(storage::Connection& conn, const api::Scope& s,
                                  int64_t enterprise_id) {
  auto ent = RequireEnterprise(conn, s, enterprise_id);
  auto plan = FindSitePlan(conn, ent.id);
  if (!plan) throw ApiException{Error::NotFound("site plan")};
  auto f = files::LoadFile(conn, plan->file_id);
  if (!f) throw ApiException{Error::NotFound("site plan")};
  return std::move(*f);
}

void SetSitePlan(storage::Connection& conn, const Caller& a, int64_t enterprise_id,
                 const SitePlanInput& in) {
  auto owner = RequireOwner(conn, enterprise_id);
  storage::Transaction tx(conn);
  auto old = FindSitePlan(conn, enterprise_id);
  json::value before = old ? json::value(json::object{{"file_id", old->file_id}})
                           : json::value(nullptr);
  PutSitePlan(conn, owner, in, old.has_value(), a.clock.NowIso());
  json::object after{{"file_id", in.file_id}, {"width", in.width}, {"height", in.height}};
  Audit(conn, a, "set_plan", "risk_map", enterprise_id, before, after);
  tx.Commit();
}

RiskUnit DrawPolygon(storage::Connection& conn, const Caller& a, int64_t unit_id,
                     const std::vector<std::array<double, 2>>& points) {
  json::array polygon;
  for (const auto& p : points) polygon.push_back(json::array{p[0], p[1]});
  storage::Transaction tx(conn);
  auto before = RequireUnit(conn, ScopeOf(a), unit_id);
  SetPolygon(conn, unit_id, json::serialize(polygon), a.clock.NowIso());
  auto after = RequireUnit(conn, ScopeOf(a), unit_id);
  Audit(conn, a, "set_polygon", "risk_unit", unit_id, PolygonJson(before.polygon_json),
        PolygonJson(after.polygon_json));
  tx.Commit();
  return after;
}

std::optional<RiskLevel> LevelOfRank(int64_t rank) {
  for (auto l : AllRiskLevels())
    if (RiskLevelRank(l) == rank) return l;
  return std::nullopt;
}

namespace {

// The child region of `base_path` that contains `path` ("/37/3708/370811/" under "/37/3708/"
// is 370811), or "" for a path equal to it.
std::string ChildCode(const std::string& base_path, const std::string& path) {
  if (path.size() <= base_path.size()) return "";
  auto rest = path.substr(base_path.size());
  return rest.substr(0, rest.find('/'));
}

}  // namespace

RegionalOverview GetRegionalOverview(storage::Connection& conn, const api::Scope& s,
                                     const std::string& region_path, const std::string& level) {
  auto rows = OverviewRows(conn, s, region_path);
  const std::string base = region_path.empty()
                               ? (s.kind == api::Scope::Kind::kRegion ? s.region_path
                                                                      : std::string("/"))
                               : region_path;
  std::map<std::string, OverviewRegion> regions;
  RegionalOverview out;
  auto& index = registry::RegionIndex::Global();
  for (auto& row : rows) {
    std::string child = ChildCode(base, row.region_path);
    if (child.empty()) child = row.region_code;
    auto& r = regions[child];
    r.by_rank[std::clamp<int64_t>(row.top_rank, 0, 4)]++;
    r.top_rank = std::max(r.top_rank, row.top_rank);
    if (!level.empty()) {
      auto top = LevelOfRank(row.top_rank);
      if (!top || RiskLevelValue(*top) != level) continue;
    }
    const auto* info = index.Find(row.region_code);
    out.enterprises.push_back({std::move(row), info ? info->name : ""});
  }
  for (auto& [code, r] : regions) {
    const auto* info = index.Find(code);
    r.code = code;
    r.name = info ? info->name : code;
    out.regions.push_back(r);
  }
  return out;
}

// ---- the register export ---------------------------------------------------------------------

RegisterExport GetRegisterExport(storage::Connection& conn, const api::Scope& s,
                                 int64_t enterprise_id) {
  // Out of scope answers 404 like a missing enterprise.
  auto ent = RequireEnterprise(conn, s, enterprise_id);
  return {ent.name, RegisterLines(conn, enterprise_id, kMaxRegisterLines)};
}

// ---- major hazard installations ----------------------------------------------------------------

MajorHazard CreateMajorHazard(storage::Connection& conn, const Caller& a, int64_t enterprise_id,
                              const MajorHazardInput& in) {
  auto owner = RequireOwner(conn, enterprise_id);
  storage::Transaction tx(conn);
  int64_t id = InsertMajorHazard(conn, owner, in, a.clock.NowIso());
  auto after = RequireMajorHazard(conn, ScopeOf(a), id);
  Audit(conn, a, "create", "major_hazard", id, nullptr, MajorHazardJson(after));
  tx.Commit();
  return after;
}

MajorHazard EditMajorHazard(storage::Connection& conn, const Caller& a, int64_t id,
                            int64_t enterprise_id, const MajorHazardInput& in) {
  storage::Transaction tx(conn);
  auto before = RequireMajorHazard(conn, ScopeOf(a), id);
  UpdateMajorHazard(conn, id, in, a.clock.NowIso());
  // A changed accountable person takes over that role's open tasks ("h<id>p|t|o").
  const char* suffixes[3] = {"p", "t", "o"};
  for (int i = 0; i < 3; ++i)
    investigation::ReassignOpenTasks(conn, enterprise_id, "h" + std::to_string(id) + suffixes[i],
                                     in.user_ids[i]);
  auto after = RequireMajorHazard(conn, ScopeOf(a), id);
  Audit(conn, a, "update", "major_hazard", id, MajorHazardJson(before), MajorHazardJson(after));
  tx.Commit();
  return after;
}

MajorHazard SetMajorHazardActive(storage::Connection& conn, const Caller& a, int64_t id,
                                 bool active) {
  storage::Transaction tx(conn);
  auto before = RequireMajorHazard(conn, ScopeOf(a), id);
  SetActive(conn, RegisterTable::kMajorHazards, id, active, a.clock.NowIso());
  auto after = RequireMajorHazard(conn, ScopeOf(a), id);
  Audit(conn, a, ActiveAction(active), "major_hazard", id, MajorHazardJson(before),
        MajorHazardJson(after));
  tx.Commit();
  return after;
}

}  // namespace anjian::risk
