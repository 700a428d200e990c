// /api/v1/loss-incidents: the list, its export and one incident (how long ago it was
// discovered, the reports to each office), a loss reported by hand, the reports to public
// security and the regulator, and the closure.
#include "explosives/loss_incident/loss_incident_handlers.hpp"

#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "emergency/accidents/accident_repository.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/loss_incident/loss_incident_errors.hpp"
#include "explosives/loss_incident/loss_incident_rules.hpp"
#include "explosives/loss_incident/loss_incident_service.hpp"
#include "explosives/stocktake/stocktake_errors.hpp"
#include "explosives/stocktake/stocktake_handlers.hpp"
#include "explosives/voucher/code_set_rules.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"
#include "explosives/voucher/product_tally_repository.hpp"
#include "explosives/voucher/voucher_rules.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::loss_incident {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

// The catalogue's names beside a product id, so no page shows a bare id ("" for a code whose
// product is unknown, the id itself for a product no longer in the catalogue).
void AddProductName(json::object& o, const std::string& pid) {
  const catalogue::Product* p = pid.empty() ? nullptr : catalogue::InForce().Find(pid);
  o["product_id"] = pid;
  o["product_name"] = p ? catalogue::DisplayNameZh(*p) : pid;
  o["product_name_en"] = p ? p->label_en : pid;
}

json::object SummaryJson(const LossIncidentSummary& s, int64_t now) {
  const LossIncidentRow& r = s.row;
  const int64_t discovered = core::UnixFromIso(r.discovered_at);
  const int64_t until = r.closed_at.empty() ? now : core::UnixFromIso(r.closed_at);
  json::object o{{"id", r.id},
                 {"number", r.number},
                 {"enterprise_id", r.enterprise_id},
                 {"enterprise_name", r.enterprise_name},
                 {"store_id", r.store_id},
                 {"store_name", r.store_name},
                 {"stocktake_id", r.stocktake_id ? json::value(*r.stocktake_id) : json::value(nullptr)},
                 {"source", r.source},
                 {"discovered_at", r.discovered_at},
                 {"elapsed_seconds", until - discovered},
                 {"status", r.closed_at.empty() ? "open" : "closed"},
                 {"closed_at", r.closed_at.empty() ? json::value(nullptr) : json::value(r.closed_at)},
                 {"description", r.description},
                 {"code_count", r.code_count},
                 {"opened_by", json::object{{"id", r.opened_by_user_id}, {"name", r.opened_by_name}}}};
  json::object quantities;
  json::array quantity_items;
  // Parsed into a local: a range-for over parse(...).as_object() would walk a destroyed value.
  const json::value stored = json::parse(r.quantities_json);
  for (const auto& kv : stored.as_object()) {
    const double q = static_cast<double>(kv.value().as_int64()) / catalogue::kMilliPerUnit;
    quantities[kv.key()] = q;
    json::object item;
    AddProductName(item, std::string(kv.key()));
    const catalogue::Product* p = catalogue::InForce().Find(std::string(kv.key()));
    item["unit"] = p ? json::value(catalogue::UnitValue(p->unit)) : json::value(nullptr);
    item["quantity"] = q;
    quantity_items.push_back(std::move(item));
  }
  o["quantities"] = std::move(quantities);
  o["quantity_items"] = std::move(quantity_items);
  // The latest report to each office.
  json::value police = nullptr, regulator = nullptr;
  for (const auto& rep : s.reports)
    (rep.kind == "reported_police" ? police : regulator) =
        json::object{{"reported_at", rep.reported_at},
                     {"reference", rep.reference},
                     {"recorded_at", rep.recorded_at}};
  o["police_report"] = std::move(police);
  o["regulator_report"] = std::move(regulator);
  return o;
}

json::object DetailJson(const LossIncidentDetail& d, int64_t now) {
  auto o = SummaryJson(d, now);
  json::array list;
  for (const auto& c : d.codes) {
    json::object item{{"code", c.code}};
    AddProductName(item, c.product_id);
    list.push_back(std::move(item));
  }
  json::array events;
  for (const auto& ev : d.events)
    events.push_back(json::object{{"id", ev.id},
                                  {"kind", ev.kind},
                                  {"at", ev.at},
                                  {"reported_at", ev.reported_at},
                                  {"reference", ev.reference},
                                  {"note", ev.note},
                                  {"by", json::object{{"id", ev.by_user_id}, {"name", ev.by_name}}}});
  o["codes"] = std::move(list);
  o["events"] = std::move(events);
  return o;
}

// The detail with the accident event the loss opened (issue 14 §4), if any.
json::object WithAccident(storage::Connection& conn, json::object o, int64_t id) {
  auto accident = accidents::AccidentOfLossIncident(conn, id);
  o["accident_id"] = accident ? json::value(*accident) : json::value(nullptr);
  return o;
}

Response IncidentResponse(Context& ctx, storage::Connection& conn, int64_t id, int status) {
  return api::JsonResponse(
      WithAccident(conn, DetailJson(*GetLossIncident(conn, magazine::AllScope(), id), ctx.Now()),
                   id),
      status);
}

LossFilter LossFilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  LossFilter f;
  f.status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!f.status.empty() && f.status != "open" && f.status != "closed")
    errs.push_back(core::CoreErr("status_invalid").At("status", "open, closed", "open、closed"));
  f.enterprise_id = stocktake::QueryId(ctx, "enterprise_id", errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

// An ISO time, normalised to "YYYY-MM-DDTHH:MM:SSZ"; "" when absent or refused.
std::string ReadTime(api::JsonInput& in, const char* key, bool required) {
  std::string t = in.Str(key, required, 40);
  if (!t.empty() && core::UnixFromIso(t) == 0) {
    in.AddError(stocktake::Err("time_invalid").At(key));
    return "";
  }
  return t.empty() ? t : core::IsoFromUnix(core::UnixFromIso(t));
}

Response AppendEvent(Context& ctx, bool closing) {
  const int64_t id = ctx.PathId();
  stocktake::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  if (!LossIncidentInScope(*conn, ctx.scope(), id))
    throw ApiException{Error::NotFound("loss incident")};
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  std::string kind = "closed", reported_at, reference;
  if (!closing) {
    std::string office = in.Str("office", true, 20);
    if (auto k = ReportKindOf(office))
      kind = *k;
    else if (!office.empty())
      in.AddError(stocktake::Err("office_invalid")
                      .At("office", "police or regulator",
                          "police（公安机关）或 regulator（主管部门）"));
    reported_at = ReadTime(in, "reported_at", true);
    reference = in.Str("reference", true, 100);
  }
  std::string note = in.Str("note", false, 1000);
  in.Finish();
  RecordLossEvent(*conn, id, kind, reported_at, reference, note, ctx.who().user_id,
                  api::ActorOf(ctx), core::IsoFromUnix(ctx.Now()));
  return IncidentResponse(ctx, *conn, id, closing ? 200 : 201);
}

}  // namespace

Response ListLossIncidentsHandler(Context& ctx) {
  auto f = LossFilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [items, total] = ListLossIncidents(*conn, ctx.scope(), f, size, (page - 1) * size);
  json::array arr;
  for (const auto& s : items) arr.push_back(SummaryJson(s, ctx.Now()));
  return api::JsonResponse(api::PageJson(std::move(arr), total, page, size));
}

Response ExportLossIncidentsHandler(Context& ctx) {
  auto f = LossFilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto [items, total] = ListLossIncidents(*conn, ctx.scope(), f, stocktake::kExportRows, 0);
  std::vector<int64_t> ids;
  ids.reserve(items.size());
  for (const auto& s : items) ids.push_back(s.row.id);
  const auto products = voucher::LossProductsZh(voucher::LoadLossTallies(*conn, ids));
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(items.size());
  for (const auto& s : items) {
    const LossIncidentRow& r = s.row;
    auto p = products.find(r.id);
    rows.push_back({r.number, r.enterprise_name, r.store_name,
                    std::string(r.source == "stocktake" ? "盘点发现" : "人工报告"),
                    r.discovered_at, r.code_count,
                    p == products.end() ? std::string() : p->second,
                    std::string(r.closed_at.empty() ? "未结案" : "已结案"), r.closed_at,
                    r.description});
  }
  return api::XlsxDownload("丢失被盗事件.xlsx", "丢失被盗事件",
                           {"事件编号", "企业", "库房", "来源", "发现时间", "涉及编码数",
                            "涉及产品", "状态", "结案时间", "情况说明"},
                           rows);
}

Response GetLossIncidentHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto d = GetLossIncident(*conn, ctx.scope(), ctx.PathId());
  if (!d) throw ApiException{Error::NotFound("loss incident")};
  return api::JsonResponse(WithAccident(*conn, DetailJson(*d, ctx.Now()), d->row.id));
}

Response ReportLossHandler(Context& ctx) {
  ManualReport report;
  report.enterprise_id = stocktake::OwnEnterprise(ctx);
  api::JsonInput in(ctx.req.body);
  report.store_id = in.Int("store_id", true).value_or(0);
  report.description = in.Str("description", true, 1000);
  report.discovered_at = ReadTime(in, "discovered_at", false);
  if (!report.discovered_at.empty() &&
      core::UnixFromIso(report.discovered_at) > ctx.Now() + 300)
    in.AddError(stocktake::Err("time_future").At("discovered_at"));
  report.codes = in.StrList("codes", 100000);
  for (size_t i = 0; i < report.codes.size(); ++i)
    if (!voucher::IsCountableCode(report.codes[i]))
      in.AddError(
          voucher::InvalidCode("codes[" + std::to_string(i) + "]", report.codes[i], false));
  stocktake::Quantities quantities;
  std::vector<FieldError> errs;
  stocktake::ReadQuantities(in.Obj("quantities"), quantities, errs);
  for (auto& e : errs) in.AddError(std::move(e));
  if (report.codes.empty() && quantities.empty())
    in.AddError(Err("loss_goods_required").At("codes"));
  in.Finish();
  for (const auto& [p, m] : quantities) report.quantities[p] = m;
  report.user_id = ctx.who().user_id;
  auto conn = ctx.svc.db->Acquire();
  const int64_t id =
      ReportLoss(*conn, report, api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  return IncidentResponse(ctx, *conn, id, 201);
}

Response RecordReportHandler(Context& ctx) { return AppendEvent(ctx, false); }
Response CloseLossIncidentHandler(Context& ctx) { return AppendEvent(ctx, true); }

}  // namespace anjian::loss_incident
