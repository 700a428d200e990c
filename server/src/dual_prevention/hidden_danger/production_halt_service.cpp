#include "dual_prevention/hidden_danger/production_halt_service.hpp"

#include <boost/json.hpp>
#include <set>

#include "audit/audit_service.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_repository.hpp"
#include "dual_prevention/hidden_danger/production_halt_rules.hpp"
#include "platform/api/actor.hpp"
#include "registry/enterprise_repository.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::hidden_danger {

namespace json = boost::json;

namespace {

bool IsRegulatorOf(const api::Principal& who) { return who.agency_id && !who.enterprise_id; }

[[noreturn]] void Throw(std::vector<FieldError> errors) { core::Invalid(std::move(errors)); }

std::string Link(int64_t id) { return "/production-halts/" + std::to_string(id); }

void NotifyEach(storage::Connection& conn, notifications::PendingPushes& pushes,
                const std::vector<int64_t>& ids, int64_t skip, const std::string& kind,
                const std::string& title, const std::string& body, const std::string& link) {
  std::set<int64_t> done;
  for (auto id : ids)
    if (id != skip && done.insert(id).second) pushes.Notify(conn, id, kind, title, body, link);
}

json::object AuditJson(const ProductionHaltRecord& r) {
  json::object o{{"id", r.id},         {"enterprise_id", r.enterprise_id},
                 {"scope", r.scope},   {"reason", r.reason},
                 {"halted_at", r.halted_at}, {"state", r.state}};
  if (r.hidden_danger_id) o["hidden_danger_id"] = *r.hidden_danger_id;
  if (r.restart_approved_at) {
    o["restart_approved_at"] = *r.restart_approved_at;
    o["restart_inspected_on"] = r.restart_inspected_on;
    o["restart_inspection"] = r.restart_inspection;
  }
  return o;
}

}  // namespace

int64_t RecordProductionHalt(storage::Connection& conn, const api::Principal& who,
                             const NewProductionHalt& in, std::vector<FieldError> errors,
                             notifications::PendingPushes& pushes, int64_t now) {
  const bool regulator = IsRegulatorOf(who);
  if (regulator ? !who.Can("hidden_danger:supervise")
                : !(who.enterprise_id && who.Can("hidden_danger:handle")))
    throw ApiException{Err("halt_forbidden").Forbidden()};
  storage::Transaction tx(conn);
  std::optional<int64_t> enterprise_id = regulator ? in.enterprise_id : who.enterprise_id;
  std::string region_path;
  if (regulator && !in.enterprise_id) {
    errors.push_back(core::CoreErr("required").At("enterprise_id"));
  } else if (auto path =
                 registry::EnterpriseRegionInScope(conn, api::Scope::For(who), *enterprise_id)) {
    region_path = *path;
  } else {
    errors.push_back(registry::Err("enterprise_unknown").At("enterprise_id"));
  }
  if (in.hidden_danger_id && enterprise_id &&
      !HiddenDangerOfEnterprise(conn, *in.hidden_danger_id, *enterprise_id))
    errors.push_back(Err("hidden_danger_unknown").At("hidden_danger_id"));
  auto checked = CheckHalt({in.scope, in.reason, in.halted_at}, now);
  if (auto* e = std::get_if<std::vector<FieldError>>(&checked))
    errors.insert(errors.end(), e->begin(), e->end());
  if (!errors.empty()) Throw(std::move(errors));

  const std::string now_iso = core::IsoFromUnix(now);
  ProductionHaltInsert row;
  row.enterprise_id = *enterprise_id;
  row.region_path = region_path;
  row.hidden_danger_id = in.hidden_danger_id;
  row.scope = in.scope;
  row.reason = in.reason;
  row.halted_at = core::IsoFromUnix(std::get<std::int64_t>(checked));
  row.recorded_by = who.user_id;
  row.recorded_by_name = who.display_name;
  row.recorded_by_regulator = regulator;
  row.recorded_at = now_iso;
  const int64_t id = InsertProductionHalt(conn, row);
  AppendHaltEvent(conn, id, "halt", who.user_id, who.display_name, now_iso,
                  json::serialize(json::object{{"scope", row.scope},
                                               {"reason", row.reason},
                                               {"halted_at", row.halted_at}}));
  const auto record = FindProductionHalt(conn, api::Scope::For(who), id);
  audit::Append(conn, api::ActorOf(who, now), "halt", "production_halt", std::to_string(id),
                nullptr, AuditJson(*record));
  const std::string title = "停产撤人：" + record->enterprise_name + "（" + row.scope + "）";
  // The regulator learns of every halt; a halt the regulator ordered is the enterprise's news.
  NotifyEach(conn, pushes, SupervisingRegulatorIds(conn, region_path), who.user_id,
             "production_halt", title, row.reason, Link(id));
  if (regulator)
    NotifyEach(conn, pushes, EnterpriseManagerIds(conn, *enterprise_id), who.user_id,
               "production_halt", title, row.reason, Link(id));
  tx.Commit();
  return id;
}

void ApproveRestart(storage::Connection& conn, const api::Principal& who, int64_t id,
                    const RestartApproval& in, notifications::PendingPushes& pushes, int64_t now) {
  storage::Transaction tx(conn);
  auto halt = FindProductionHalt(conn, api::Scope::For(who), id, true);
  if (!halt) throw ApiException{Error::NotFound("production halt")};
  const bool regulator = IsRegulatorOf(who);
  if (regulator && !who.Can("hidden_danger:supervise"))
    throw ApiException{Err("regulator_read_only").Forbidden()};
  RestartRequest r;
  r.state = ParseHaltState(halt->state).value_or(HaltState::kRestarted);
  r.actor_is_regulator = regulator;
  r.halted_on = core::ChinaIsoDate(core::UnixFromIso(halt->halted_at));
  r.inspected_on = in.inspected_on;
  r.inspection = in.inspection;
  r.today = core::ChinaIsoDate(now);
  if (auto errors = CheckRestart(r); !errors.empty()) Throw(std::move(errors));
  const std::string now_iso = core::IsoFromUnix(now);
  const auto before = AuditJson(*halt);
  StoreRestart(conn, id, now_iso, who.user_id, who.display_name, in.inspected_on, in.inspection);
  AppendHaltEvent(conn, id, "restart", who.user_id, who.display_name, now_iso,
                  json::serialize(json::object{{"inspected_on", in.inspected_on},
                                               {"inspection", in.inspection}}));
  const auto after = FindProductionHalt(conn, api::Scope::For(who), id);
  audit::Append(conn, api::ActorOf(who, now), "restart", "production_halt", std::to_string(id),
                before, AuditJson(*after));
  NotifyEach(conn, pushes, EnterpriseManagerIds(conn, halt->enterprise_id), who.user_id,
             "production_restart", "准予复产：" + halt->enterprise_name + "（" + halt->scope + "）",
             in.inspection, Link(id));
  tx.Commit();
}

std::optional<ProductionHaltDetail> GetProductionHalt(storage::Connection& conn,
                                                      const api::Principal& who, int64_t id) {
  auto halt = FindProductionHalt(conn, api::Scope::For(who), id);
  if (!halt) return std::nullopt;
  ProductionHaltDetail d;
  d.halt = std::move(*halt);
  d.events = HaltEvents(conn, id);
  d.can_restart = d.halt.state == "halted" && IsRegulatorOf(who) &&
                  who.Can("hidden_danger:supervise");
  return d;
}

ProductionHaltPage ListProductionHaltPage(storage::Connection& conn, const api::Scope& scope,
                                          const ProductionHaltFilter& f, int64_t limit,
                                          int64_t offset) {
  ProductionHaltPage page;
  page.items = ListProductionHalts(conn, scope, f, limit, offset);
  page.total = CountProductionHalts(conn, scope, f);
  page.halted_enterprises = CountHaltedEnterprises(conn, scope);
  return page;
}

}  // namespace anjian::hidden_danger
