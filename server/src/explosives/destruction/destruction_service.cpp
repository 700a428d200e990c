#include "explosives/destruction/destruction_service.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "explosives/destruction/destruction_errors.hpp"
#include "explosives/loss_incident/loss_incident_repository.hpp"
#include "explosives/magazine/magazine_repository.hpp"
#include "notifications/notification_service.hpp"

namespace anjian::destruction {

namespace json = boost::json;

namespace {

json::array ItemsAudit(const std::vector<PlanItem>& items) {
  json::array out;
  for (const auto& i : items)
    out.push_back(json::object{{"product_id", i.product},
                               {"quantity_milli", i.quantity_milli},
                               {"code_count", i.codes.size()}});
  return out;
}

}  // namespace

int64_t CreatePlan(storage::Connection& conn, const PlanInput& in, const audit::Actor& actor,
                   int64_t now) {
  storage::Transaction tx(conn);
  NewPlan p;
  p.enterprise_id = in.enterprise_id;
  p.region_path = magazine::EnterpriseRegionPath(conn, in.enterprise_id).value_or("");
  p.reason = in.reason;
  p.description = in.description;
  p.method = in.method;
  p.place = in.place;
  p.planned_on = in.planned_on;
  p.created_by = in.user_id;
  p.created_at = core::IsoFromUnix(now);
  const int64_t id = InsertPlan(conn, p);
  const std::string number = PlanNumber(core::ChinaIsoDate(now), id);
  SetPlanNumber(conn, id, number);
  InsertPlanItems(conn, id, in.items);
  PlanEvent created;
  created.kind = "created";
  created.at = p.created_at;
  created.by_user_id = in.user_id;
  InsertPlanEvent(conn, id, created);
  audit::Append(conn, actor, "create", "destruction_plan", std::to_string(id), nullptr,
                json::object{{"number", number},
                             {"reason", in.reason},
                             {"method", in.method},
                             {"place", in.place},
                             {"planned_on", in.planned_on},
                             {"items", ItemsAudit(in.items)}});
  tx.Commit();
  return id;
}

void RecordReport(storage::Connection& conn, const api::Scope& scope, int64_t plan_id,
                  const ReportInput& in, const audit::Actor& actor, api::Notifier* notifier,
                  int64_t now) {
  const core::ManualClock request_time(now);  // the notifications are dated as the report
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  auto plan = FindPlan(conn, scope, plan_id, true);
  if (!plan) throw ApiException{Error::NotFound("destruction plan")};
  auto kinds = PlanEventKinds(conn, plan_id);
  const std::string before = PlanStatus(kinds);
  if (before == "closed") throw ApiException{Err("destruction_plan_closed").Conflict()};
  PlanEvent e;
  e.kind = in.kind;
  e.at = core::IsoFromUnix(now);
  e.by_user_id = in.user_id;
  e.reported_on = in.reported_on;
  e.receiving_unit = in.receiving_unit;
  e.document_number = in.document_number;
  e.note = in.note;
  InsertPlanEvent(conn, plan_id, e);
  kinds.insert(in.kind);
  const std::string after = PlanStatus(kinds);
  SetPlanStatus(conn, plan_id, after);
  const auto agencies = loss_incident::AgenciesOver(conn, plan->region_path);
  const bool province = in.kind == "reported_province";
  const std::string title = "民爆物品销毁方案已报告：" + plan->enterprise_name + " " + plan->number;
  const std::string body = std::string(province ? "已报省级民爆行业主管部门" : "已报县级公安机关") +
                           "（" + in.receiving_unit + "，" + in.document_number + "），计划销毁日期 " +
                           plan->planned_on;
  for (int64_t agency : agencies)
    notifications::NotifyAgencyUsers(conn, pushes, agency, kDestructionPlanReported, title, body,
                                     "/ledger/destruction-plans/" + std::to_string(plan_id));
  audit::Append(conn, actor, "report", "destruction_plan", std::to_string(plan_id),
                json::object{{"status", before}},
                json::object{{"status", after},
                             {"kind", in.kind},
                             {"reported_on", in.reported_on},
                             {"receiving_unit", in.receiving_unit},
                             {"document_number", in.document_number},
                             {"note", in.note},
                             {"agencies_notified", agencies.size()}});
  tx.Commit();
  pushes.Flush(notifier, conn);
}

voucher::WithinPosting ExecutionStep(Execution e, int64_t enterprise_id, int64_t user_id,
                                     audit::Actor actor, int64_t now) {
  return [e = std::move(e), enterprise_id, user_id, actor = std::move(actor), now](
             storage::Connection& conn, const voucher::Voucher& v, int64_t voucher_id) {
    const api::Scope own{api::Scope::Kind::kEnterprise, "", enterprise_id};
    auto plan = FindPlan(conn, own, e.plan_id, true);
    if (!plan) core::Invalid(Err("destruction_plan_unknown").At("destruction.plan_id"));
    auto kinds = PlanEventKinds(conn, e.plan_id);
    const std::string before = PlanStatus(kinds);
    if (before == "closed") throw ApiException{Err("destruction_plan_closed").Conflict()};
    auto errors = CheckExecution(kinds, PlanItems(conn, e.plan_id), v.lines, "destruction.plan_id");
    if (!errors.empty()) core::Invalid(std::move(errors));
    PlanEvent closed;
    closed.kind = "closed";
    closed.at = core::IsoFromUnix(now);
    closed.by_user_id = user_id;
    closed.voucher_id = voucher_id;
    closed.supervisor_name = e.supervisor_name;
    closed.supervisor_unit = e.supervisor_unit;
    closed.destroyed_on = e.destroyed_on;
    closed.result = e.result;
    InsertPlanEvent(conn, e.plan_id, closed);
    SetPlanStatus(conn, e.plan_id, "closed");
    audit::Append(conn, actor, "close", "destruction_plan", std::to_string(e.plan_id),
                  json::object{{"status", before}},
                  json::object{{"status", "closed"},
                               {"voucher_id", voucher_id},
                               {"supervisor_name", e.supervisor_name},
                               {"supervisor_unit", e.supervisor_unit},
                               {"destroyed_on", e.destroyed_on},
                               {"result", e.result}});
  };
}

std::pair<std::vector<PlanRow>, int64_t> ListPlans(storage::Connection& conn,
                                                   const api::Scope& scope, const PlanFilter& f,
                                                   int64_t limit, int64_t offset) {
  const int64_t total = CountPlans(conn, scope, f);
  return {ListPlanRows(conn, scope, f, limit, offset), total};
}

std::optional<PlanDetail> GetPlan(storage::Connection& conn, const api::Scope& scope, int64_t id) {
  auto row = FindPlan(conn, scope, id);
  if (!row) return std::nullopt;
  PlanDetail d;
  d.row = std::move(*row);
  d.items = PlanItems(conn, id);
  d.events = PlanEvents(conn, id);
  return d;
}

}  // namespace anjian::destruction
