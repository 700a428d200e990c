// /api/v1/destruction-plans: the list, its export and one plan (goods, both reports, the
// execution), a new plan, and the report to the province authority or the county police; and the
// `destruction` object of the voucher that executes a plan.
#include "explosives/destruction/destruction_handlers.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/core_errors.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/destruction/destruction_errors.hpp"
#include "explosives/magazine/magazine_json.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/stocktake/stocktake_errors.hpp"
#include "explosives/stocktake/stocktake_handlers.hpp"
#include "explosives/voucher/code_set_rules.hpp"
#include "explosives/voucher/voucher_rules.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::destruction {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

const char* ReasonZh(const std::string& r) {
  if (r == "expired") return "过期";
  if (r == "deteriorated") return "变质失效";
  if (r == "waste") return "报废";
  if (r == "seized") return "收缴";
  return "其他";
}

const char* StatusZh(const std::string& s) {
  if (s == "reporting") return "报告中";
  if (s == "reported") return "已报告";
  if (s == "closed") return "已销毁";
  return "待报告";
}

// The latest report to each office and the execution, from the events.
struct Latest {
  const PlanEvent* province = nullptr;
  const PlanEvent* police = nullptr;
  const PlanEvent* closed = nullptr;
};
Latest LatestOf(const std::vector<PlanEvent>& events) {
  Latest l;
  for (const auto& e : events) {
    if (e.kind == "reported_province") l.province = &e;
    if (e.kind == "reported_police") l.police = &e;
    if (e.kind == "closed") l.closed = &e;
  }
  return l;
}

json::value ReportJson(const PlanEvent* e) {
  if (!e) return nullptr;
  return json::object{{"reported_on", e->reported_on},
                      {"receiving_unit", e->receiving_unit},
                      {"document_number", e->document_number},
                      {"note", e->note},
                      {"recorded_at", e->at},
                      {"recorded_by", json::object{{"id", e->by_user_id}, {"name", e->by_name}}}};
}

json::value ExecutionJson(const PlanEvent* e) {
  if (!e) return nullptr;
  return json::object{
      {"voucher_id", e->voucher_id ? json::value(*e->voucher_id) : json::value(nullptr)},
      {"voucher_number", e->voucher_number},
      {"supervisor_name", e->supervisor_name},
      {"supervisor_unit", e->supervisor_unit},
      {"destroyed_on", e->destroyed_on},
      {"result", e->result},
      {"recorded_at", e->at},
      {"recorded_by", json::object{{"id", e->by_user_id}, {"name", e->by_name}}}};
}

json::object ItemJson(const PlanItem& i, bool with_codes) {
  const catalogue::Product* p = catalogue::InForce().Find(i.product);
  json::object o{{"product_id", i.product},
                 {"product_name", p ? p->label_zh : i.product},
                 {"product_name_en", p ? p->label_en : i.product},
                 {"unit", p ? json::value(catalogue::UnitValue(p->unit)) : json::value(nullptr)},
                 {"quantity", magazine::MilliJson(i.quantity_milli)},
                 {"code_count", i.codes.size()}};
  if (with_codes) {
    json::array codes;
    for (const auto& c : i.codes) codes.push_back(json::value(c));
    o["codes"] = std::move(codes);
  }
  return o;
}

json::object PlanJson(const PlanRow& r, const std::vector<PlanItem>& items,
                      const std::vector<PlanEvent>& events, bool detail) {
  const Latest l = LatestOf(events);
  json::array item_list;
  for (const auto& i : items) item_list.push_back(ItemJson(i, detail));
  json::object o{{"id", r.id},
                 {"number", r.number},
                 {"enterprise_id", r.enterprise_id},
                 {"enterprise_name", r.enterprise_name},
                 {"reason", r.reason},
                 {"description", r.description},
                 {"method", r.method},
                 {"place", r.place},
                 {"planned_on", r.planned_on},
                 {"status", r.status},
                 {"created_at", r.created_at},
                 {"created_by", json::object{{"id", r.created_by}, {"name", r.created_by_name}}},
                 {"items", std::move(item_list)},
                 {"province_report", ReportJson(l.province)},
                 {"police_report", ReportJson(l.police)},
                 {"execution", ExecutionJson(l.closed)}};
  if (detail) {
    json::array list;
    for (const auto& e : events)
      list.push_back(json::object{{"id", e.id},
                                  {"kind", e.kind},
                                  {"at", e.at},
                                  {"by", json::object{{"id", e.by_user_id}, {"name", e.by_name}}},
                                  {"reported_on", e.reported_on},
                                  {"receiving_unit", e.receiving_unit},
                                  {"document_number", e.document_number},
                                  {"voucher_id", e.voucher_id ? json::value(*e.voucher_id)
                                                              : json::value(nullptr)},
                                  {"voucher_number", e.voucher_number},
                                  {"supervisor_name", e.supervisor_name},
                                  {"supervisor_unit", e.supervisor_unit},
                                  {"destroyed_on", e.destroyed_on},
                                  {"result", e.result},
                                  {"note", e.note}});
    o["events"] = std::move(list);
  }
  return o;
}

Response PlanResponse(storage::Connection& conn, const api::Scope& scope, int64_t id, int status) {
  auto d = GetPlan(conn, scope, id);
  if (!d) throw ApiException{Error::NotFound("destruction plan")};
  return api::JsonResponse(PlanJson(d->row, d->items, d->events, true), status);
}

PlanFilter FilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  PlanFilter f;
  f.status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!f.status.empty() && f.status != "draft" && f.status != "reporting" &&
      f.status != "reported" && f.status != "closed")
    errs.push_back(core::CoreErr("status_invalid")
                       .At("status", "draft, reporting, reported, closed",
                           "draft（待报告）、reporting（报告中）、reported（已报告）、closed（已销毁）"));
  f.enterprise_id = stocktake::QueryId(ctx, "enterprise_id", errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

// A date "YYYY-MM-DD", required, not after today (China) when `not_future`.
std::string ReadDate(api::JsonInput& in, const char* key, int64_t now, bool not_future) {
  std::string s = in.Str(key, true, 10);
  if (s.empty()) return s;
  auto d = core::ParseIsoDate(s);
  if (!d) {
    in.AddError(core::CoreErr("date_invalid").At(key));
    return "";
  }
  if (not_future && *d > core::ChinaDate(now))
    in.AddError(Err("destruction_date_future").At(key));
  return s;
}

std::vector<PlanItem> ReadItems(api::JsonInput& in) {
  std::vector<PlanItem> items;
  auto arr = in.Arr("items", 100);
  for (size_t i = 0; i < arr.size(); ++i) {
    const std::string prefix = "items[" + std::to_string(i) + "]";
    if (!arr[i].is_object()) {
      in.AddError(core::CoreErr("type").At(prefix, "an object", "对象"));
      continue;
    }
    api::JsonInput li(arr[i].as_object());
    PlanItem item;
    item.product = li.Str("product_id", true, 60);
    item.codes = li.StrList("codes", 100000);
    for (size_t j = 0; j < item.codes.size(); ++j)
      if (!voucher::IsCountableCode(item.codes[j]))
        li.AddError(voucher::InvalidCode("codes[" + std::to_string(j) + "]", item.codes[j], false));
    if (auto q = li.Num("quantity")) {
      auto milli = catalogue::MilliFromDouble(*q);
      if (!milli) li.AddError(Err("destruction_quantity_invalid").At("quantity"));
      item.quantity_milli = milli.value_or(0);
    }
    for (auto& e : li.TakeErrors()) {
      e.field = e.field.empty() ? prefix : prefix + "." + e.field;
      in.AddError(std::move(e));
    }
    items.push_back(std::move(item));
  }
  return items;
}

}  // namespace

Response ListPlansHandler(Context& ctx) {
  auto f = FilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [rows, total] = ListPlans(*conn, ctx.scope(), f, size, (page - 1) * size);
  json::array arr;
  for (const auto& r : rows)
    arr.push_back(PlanJson(r, PlanItems(*conn, r.id), PlanEvents(*conn, r.id), false));
  return api::JsonResponse(api::PageJson(std::move(arr), total, page, size));
}

Response ExportPlansHandler(Context& ctx) {
  auto f = FilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto [rows, total] = ListPlans(*conn, ctx.scope(), f, stocktake::kExportRows, 0);
  std::vector<std::vector<office::Cell>> out;
  out.reserve(rows.size());
  for (const auto& r : rows) {
    const auto events = PlanEvents(*conn, r.id);
    const Latest l = LatestOf(events);
    std::string goods;
    for (const auto& i : PlanItems(*conn, r.id)) {
      const catalogue::Product* p = catalogue::InForce().Find(i.product);
      if (!goods.empty()) goods += "；";
      goods += (p ? p->label_zh : i.product) + " " + catalogue::FormatMilli(i.quantity_milli);
    }
    auto report = [](const PlanEvent* e) {
      return e ? e->reported_on + " " + e->receiving_unit + " " + e->document_number
               : std::string();
    };
    out.push_back({r.number, r.enterprise_name, std::string(ReasonZh(r.reason)), goods, r.method,
                   r.place, r.planned_on, report(l.province), report(l.police),
                   std::string(StatusZh(r.status)),
                   l.closed ? l.closed->destroyed_on : std::string(),
                   l.closed ? l.closed->supervisor_name + "（" + l.closed->supervisor_unit + "）"
                            : std::string()});
  }
  return api::XlsxDownload("销毁方案.xlsx", "销毁方案",
                           {"方案编号", "企业", "销毁原因", "销毁物品", "销毁方法", "销毁地点",
                            "计划日期", "报省级主管部门", "报县级公安机关", "状态", "实际销毁日期",
                            "监督人"},
                           out);
}

Response CreatePlanHandler(Context& ctx) {
  PlanInput p;
  p.enterprise_id = stocktake::OwnEnterprise(ctx);
  api::JsonInput in(ctx.req.body);
  p.reason = in.Str("reason", true, 20);
  if (!p.reason.empty() && !IsPlanReason(p.reason))
    in.AddError(core::CoreErr("kind_invalid").At("reason", kPlanReasonsEn, kPlanReasonsZh));
  p.description = in.Str("description", false, 1000);
  p.method = in.Str("method", true, 200);
  p.place = in.Str("place", true, 200);
  p.planned_on = ReadDate(in, "planned_on", ctx.Now(), false);
  p.items = ReadItems(in);
  if (!in.Has("items")) in.AddError(Err("destruction_items_required").At("items"));
  else
    for (auto& e : CheckPlanItems(p.items, catalogue::InForce())) in.AddError(std::move(e));
  in.Finish();
  p.user_id = ctx.who().user_id;
  auto conn = ctx.svc.db->Acquire();
  const int64_t id = CreatePlan(*conn, p, api::ActorOf(ctx), ctx.Now());
  return PlanResponse(*conn, ctx.scope(), id, 201);
}

Response GetPlanHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return PlanResponse(*conn, ctx.scope(), ctx.PathId(), 200);
}

Response RecordReportHandler(Context& ctx) {
  const int64_t id = ctx.PathId();
  stocktake::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  if (!FindPlan(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("destruction plan")};
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  ReportInput r;
  const std::string office = in.Str("office", true, 20);
  if (auto k = ReportKindOf(office))
    r.kind = *k;
  else if (!office.empty())
    in.AddError(stocktake::Err("office_invalid")
                    .At("office", "province or police",
                        "province（省级民爆行业主管部门）或 police（县级公安机关）"));
  r.reported_on = ReadDate(in, "reported_on", ctx.Now(), true);
  r.receiving_unit = in.Str("receiving_unit", true, 200);
  r.document_number = in.Str("document_number", true, 100);
  r.note = in.Str("note", false, 1000);
  in.Finish();
  r.user_id = ctx.who().user_id;
  RecordReport(*conn, ctx.scope(), id, r, api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  return PlanResponse(*conn, ctx.scope(), id, 201);
}

std::optional<Execution> ReadExecution(const Context& ctx, api::JsonInput& in,
                                       bool is_destruction) {
  if (!in.Has("destruction")) {
    in.Obj("destruction");  // marks it seen
    if (is_destruction) in.AddError(Err("destruction_plan_required").At("destruction.plan_id"));
    return std::nullopt;
  }
  auto obj = in.Obj("destruction");
  if (!is_destruction) {
    in.AddError(Err("destruction_only_for_destruction").At("destruction"));
    return std::nullopt;
  }
  api::JsonInput sub(obj);
  Execution e;
  auto plan = sub.Int("plan_id");
  if (!plan && !sub.Has("plan_id")) sub.AddError(Err("destruction_plan_required").At("plan_id"));
  e.plan_id = plan.value_or(0);
  e.supervisor_name = sub.Str("supervisor_name", true, 100);
  e.supervisor_unit = sub.Str("supervisor_unit", true, 200);
  e.destroyed_on = ReadDate(sub, "destroyed_on", ctx.Now(), true);
  e.result = sub.Str("result", true, 1000);
  for (auto& err : sub.TakeErrors()) {
    err.field = err.field.empty() ? "destruction" : "destruction." + err.field;
    in.AddError(std::move(err));
  }
  return e;
}

}  // namespace anjian::destruction
