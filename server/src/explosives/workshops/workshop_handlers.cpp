#include "explosives/workshops/workshop_handlers.hpp"

#include <boost/json.hpp>

#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/risk/risk_handlers.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/magazine/magazine_json.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/stocktake/stocktake_handlers.hpp"
#include "explosives/workshops/four_over_rules.hpp"
#include "explosives/workshops/workshop_rules.hpp"
#include "explosives/workshops/workshop_service.hpp"
#include "explosives/workshops/workshops_errors.hpp"
#include "files/file_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/json.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::workshops {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

const char* StatusZh(const std::string& s) { return s == "retired" ? "已停用" : "在用"; }

// A 定量 or a stock figure in the workshop's unit: kg (grams stored) or pieces.
json::value AmountJson(int64_t amount, const std::string& unit) {
  if (unit == "pieces") return amount;
  return magazine::MilliJson(amount);
}
std::string AmountText(int64_t amount, const std::string& unit) {
  return FormatMeasure(unit == "pieces" ? Measure::kPieces : Measure::kNetMassG, amount);
}

struct StoreStock {
  int64_t id = 0;
  std::string name;
  int64_t net_mass_g = 0, pieces = 0;
};
std::vector<StoreStock> StocksOf(storage::Connection& conn, int64_t workshop_id) {
  std::vector<StoreStock> out;
  for (const auto& s : WorkshopStores(conn, workshop_id)) {
    auto row = magazine::FindMagazine(conn, magazine::AllScope(), s.store_id);
    if (!row) continue;
    const auto state = magazine::LoadMagazineState(conn, *row);
    out.push_back({s.store_id, s.name, state.net_mass_g, state.pieces});
  }
  return out;
}
int64_t StockOf(const std::vector<StoreStock>& stocks, const std::string& unit) {
  int64_t total = 0;
  for (const auto& s : stocks) total += unit == "pieces" ? s.pieces : s.net_mass_g;
  return total;
}

json::object WorkshopJson(storage::Connection& conn, const WorkshopRow& w, bool detail) {
  const auto& f = w.facts;
  const auto stocks = StocksOf(conn, w.id);
  const int64_t stock = StockOf(stocks, f.quantity_unit);
  json::array stores;
  for (const auto& s : stocks)
    stores.push_back(json::object{{"id", s.id},
                                  {"name", s.name},
                                  {"stock", AmountJson(f.quantity_unit == "pieces" ? s.pieces
                                                                                   : s.net_mass_g,
                                                       f.quantity_unit)}});
  json::value file = nullptr;
  if (f.design_file_id)
    if (auto d = DesignFileOf(conn, *f.design_file_id))
      file = json::object{{"id", d->id}, {"name", d->name}, {"mime", d->mime}, {"size", d->size}};
  json::value latest = nullptr;
  if (w.latest)
    latest = json::object{{"people", w.latest->people},
                          {"counted_at", w.latest->counted_at},
                          {"source", w.latest->source}};
  json::object o{{"id", w.id},
                 {"enterprise_id", w.enterprise_id},
                 {"enterprise_name", w.enterprise_name},
                 {"name", f.name},
                 {"building_number", f.building_number},
                 {"hazard_class", f.hazard_class},
                 {"production_line", f.production_line},
                 {"operating_staff", f.operating_staff},
                 {"max_allowed_people", f.max_allowed_people},
                 {"quantity_limit", AmountJson(f.quantity_limit, f.quantity_unit)},
                 {"quantity_unit", f.quantity_unit},
                 {"standard_annex", f.standard_annex},
                 {"standard_label", AnnexLabelZh(f.standard_annex)},
                 // rules.md §8a: the standard's own figures are [U]; these are the design's.
                 {"standard_figures_verified", false},
                 {"design_document", f.design_document},
                 {"design_file", std::move(file)},
                 {"status", w.status},
                 {"version", w.version},
                 {"created_at", w.created_at},
                 {"updated_at", w.updated_at},
                 {"stores", std::move(stores)},
                 {"stock", AmountJson(stock, f.quantity_unit)},
                 {"over_quantity", stock > f.quantity_limit},
                 {"latest_headcount", std::move(latest)},
                 {"over_staffing", w.latest && w.latest->people > f.max_allowed_people}};
  if (detail) {
    json::array versions;
    for (const auto& v : WorkshopVersions(conn, w.id))
      versions.push_back(json::object{{"version", v.version},
                                      {"facts", json::parse(v.facts_json)},
                                      {"at", v.at},
                                      {"by", json::object{{"id", v.by_user_id}, {"name", v.by_name}}}});
    o["versions"] = std::move(versions);
    json::array counts;
    for (const auto& h : Headcounts(conn, w.id, 50))
      counts.push_back(json::object{{"id", h.id},
                                    {"people", h.people},
                                    {"source", h.source},
                                    {"counted_at", h.counted_at},
                                    {"by", json::object{{"id", h.by_user_id}, {"name", h.by_name}}}});
    o["headcounts"] = std::move(counts);
  }
  return o;
}

WorkshopFilter FilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  WorkshopFilter f;
  f.status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!f.status.empty() && f.status != "active" && f.status != "retired")
    errs.push_back(core::CoreErr("status_invalid")
                       .At("status", "active, retired", "active（在用）、retired（已停用）"));
  f.enterprise_id = stocktake::QueryId(ctx, "enterprise_id", errs);
  f.region_path = risk::RegionFilterPath(ctx, errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

WorkshopInput ReadInput(Context& ctx, api::JsonInput& in, storage::Connection& conn) {
  WorkshopInput w;
  auto& f = w.facts;
  f.name = in.Str("name", true, 100);
  f.building_number = in.Str("building_number", true, 50);
  f.hazard_class = in.Str("hazard_class", true, 10);
  if (!f.hazard_class.empty() && !IsHazardClass(f.hazard_class))
    in.AddError(core::CoreErr("level_invalid")
                    .At("hazard_class", kHazardClassesText, kHazardClassesText));
  f.production_line = in.Str("production_line", false, 100);
  WorkshopLimits l;
  l.operating_staff = in.Int("operating_staff", true);
  l.max_allowed_people = in.Int("max_allowed_people", true);
  l.quantity_limit = in.Num("quantity_limit");
  if (!l.quantity_limit && !in.Has("quantity_limit"))
    in.AddError(core::CoreErr("required").At("quantity_limit"));
  f.quantity_unit = in.Str("quantity_unit", true, 10);
  if (!f.quantity_unit.empty() && !IsQuantityUnit(f.quantity_unit))
    in.AddError(core::CoreErr("kind_invalid")
                    .At("quantity_unit", "kg, pieces", "kg（千克，按药量计）、pieces（发）"));
  l.quantity_unit = f.quantity_unit;
  for (auto& e : CheckLimits(l)) in.AddError(std::move(e));
  f.operating_staff = l.operating_staff.value_or(0);
  f.max_allowed_people = l.max_allowed_people.value_or(0);
  if (l.quantity_limit && IsQuantityUnit(f.quantity_unit))
    f.quantity_limit = StoredQuantity(*l.quantity_limit, f.quantity_unit).value_or(0);
  f.standard_annex = in.Str("standard_annex", true, 2);
  if (!f.standard_annex.empty() && !IsAnnex(f.standard_annex))
    in.AddError(core::CoreErr("kind_invalid")
                    .At("standard_annex", "C, D",
                        "C（GB 28263-2024 附录C）、D（GB 28263-2024 附录D）"));
  f.design_document = in.Str("design_document", true, 200);
  f.design_file_id = in.Int("design_file_id");
  if (!f.design_file_id && !in.Has("design_file_id"))
    in.AddError(Err("workshop_design_file_required").At("design_file_id"));
  if (f.design_file_id)
    files::CheckAttachments(conn, ctx.who(), {*f.design_file_id}, "design_file_id", in.errors());
  auto arr = in.Arr("store_ids", 50);
  for (size_t i = 0; i < arr.size(); ++i) {
    if (!arr[i].is_int64() || arr[i].as_int64() <= 0) {
      in.AddError(core::CoreErr("type")
                      .At("store_ids[" + std::to_string(i) + "]", "an integer", "整数"));
      continue;
    }
    w.store_ids.push_back(arr[i].as_int64());
  }
  w.user_id = ctx.who().user_id;
  return w;
}

Response WorkshopResponse(storage::Connection& conn, const api::Scope& scope, int64_t id,
                          int status) {
  auto w = FindWorkshop(conn, scope, id);
  if (!w) throw ApiException{Error::NotFound("workshop")};
  return api::JsonResponse(WorkshopJson(conn, *w, true), status);
}

// Runs `write` with the request's pushes, flushed after the write's commit.
template <typename F>
void WithPushes(Context& ctx, storage::Connection& conn, F&& write) {
  const core::ManualClock request_time(ctx.Now());
  notifications::PendingPushes pushes(request_time);
  write(pushes);
  pushes.Flush(ctx.svc.notifier, conn);
}

CaseFilter CaseFilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  CaseFilter f;
  f.criterion = api::Trim(ctx.req.Query("criterion").value_or(""));
  if (!f.criterion.empty() && !ParseCriterion(f.criterion))
    errs.push_back(core::CoreErr("kind_invalid")
                       .At("criterion", "output, product_type, hours, storage, staffing",
                           "output（超许可产量）、product_type（超许可品种）、hours（超许可时间）、"
                           "storage（超核定储量）、staffing（超定员）"));
  const std::string state = api::Trim(ctx.req.Query("state").value_or(""));
  if (state == "open") f.open = true;
  else if (state == "cleared") f.open = false;
  else if (!state.empty())
    errs.push_back(core::CoreErr("status_invalid")
                       .At("state", "open, cleared", "open（未消除）、cleared（已消除）"));
  f.enterprise_id = stocktake::QueryId(ctx, "enterprise_id", errs);
  f.region_path = risk::RegionFilterPath(ctx, errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

json::object CaseJson(const CaseRow& c) {
  const auto crit = ParseCriterion(c.criterion);
  return json::object{
      {"id", c.id},
      {"enterprise_id", c.enterprise_id},
      {"enterprise_name", c.enterprise_name},
      {"criterion", c.criterion},
      {"criterion_label", crit ? json::value(CriterionLabelZh(*crit)) : json::value(c.criterion)},
      {"subject", c.subject},
      {"subject_name", c.subject_name},
      {"measured", c.measured},
      {"limit", c.limit_text},
      {"detail", c.detail_zh},
      {"detail_en", c.detail_en},
      {"is_open", c.is_open},
      {"detected_at", c.detected_at},
      {"cleared_at", c.cleared_at ? json::value(*c.cleared_at) : json::value(nullptr)},
      {"hidden_danger_id",
       c.hidden_danger_id ? json::value(*c.hidden_danger_id) : json::value(nullptr)},
      {"basis", "《民用爆炸物品行业重大事故隐患判定标准》（工信部安全〔2024〕234号）第四项"}};
}

}  // namespace

Response ListWorkshopsHandler(Context& ctx) {
  auto f = FilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const int64_t total = CountWorkshops(*conn, ctx.scope(), f);
  json::array arr;
  for (const auto& w : ListWorkshops(*conn, ctx.scope(), f, size, (page - 1) * size))
    arr.push_back(WorkshopJson(*conn, w, false));
  return api::JsonResponse(api::PageJson(std::move(arr), total, page, size));
}

Response ExportWorkshopsHandler(Context& ctx) {
  auto f = FilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  std::vector<std::vector<office::Cell>> out;
  for (const auto& w : ListWorkshops(*conn, ctx.scope(), f, stocktake::kExportRows, 0)) {
    const auto& x = w.facts;
    const auto stocks = StocksOf(*conn, w.id);
    std::string stores;
    for (const auto& s : stocks) stores += (stores.empty() ? "" : "、") + s.name;
    out.push_back({w.enterprise_name, x.name, x.building_number, x.hazard_class,
                   x.production_line, x.operating_staff, x.max_allowed_people,
                   AmountText(x.quantity_limit, x.quantity_unit),
                   AmountText(StockOf(stocks, x.quantity_unit), x.quantity_unit), stores,
                   w.latest ? std::to_string(w.latest->people) + " 人（" + w.latest->counted_at +
                                  "）"
                            : std::string(),
                   AnnexLabelZh(x.standard_annex), x.design_document,
                   std::string(StatusZh(w.status))});
  }
  return api::XlsxDownload("危险工房定员定量.xlsx", "危险工房",
                           {"企业", "工房名称", "建筑编号", "危险等级", "生产线", "操作定员",
                            "最大允许定员", "危险品定量", "当前存药", "中转库", "最近清点人数",
                            "依据标准", "设计文件", "状态"},
                           out);
}

Response CreateWorkshopHandler(Context& ctx) {
  const int64_t enterprise_id = stocktake::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  api::JsonInput in(ctx.req.body);
  auto w = ReadInput(ctx, in, *conn);
  in.Finish();
  int64_t id = 0;
  WithPushes(ctx, *conn, [&](notifications::PendingPushes& pushes) {
    id = CreateWorkshop(*conn, api::ActorOf(ctx), enterprise_id, w, pushes, ctx.Now());
  });
  return WorkshopResponse(*conn, ctx.scope(), id, 201);
}

Response GetWorkshopHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return WorkshopResponse(*conn, ctx.scope(), ctx.PathId(), 200);
}

Response EditWorkshopHandler(Context& ctx) {
  const int64_t id = ctx.PathId();
  stocktake::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  if (!FindWorkshop(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("workshop")};
  api::JsonInput in(ctx.req.body);
  auto w = ReadInput(ctx, in, *conn);
  in.Finish();
  WithPushes(ctx, *conn, [&](notifications::PendingPushes& pushes) {
    EditWorkshop(*conn, api::ActorOf(ctx), ctx.scope(), id, w, pushes, ctx.Now());
  });
  return WorkshopResponse(*conn, ctx.scope(), id, 200);
}

namespace {
Response SetActive(Context& ctx, bool active) {
  const int64_t id = ctx.PathId();
  stocktake::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  WithPushes(ctx, *conn, [&](notifications::PendingPushes& pushes) {
    SetWorkshopActive(*conn, api::ActorOf(ctx), ctx.scope(), id, active, pushes, ctx.Now());
  });
  return WorkshopResponse(*conn, ctx.scope(), id, 200);
}
}  // namespace

Response DeactivateWorkshopHandler(Context& ctx) { return SetActive(ctx, false); }
Response ReactivateWorkshopHandler(Context& ctx) { return SetActive(ctx, true); }

Response RecordHeadcountHandler(Context& ctx) {
  const int64_t id = ctx.PathId();
  stocktake::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  if (!FindWorkshop(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("workshop")};
  api::JsonInput in(ctx.req.body);
  HeadcountInput h;
  auto people = in.Int("people", true);
  for (auto& e : CheckHeadcount(people)) in.AddError(std::move(e));
  h.people = people.value_or(0);
  if (in.Has("source")) {
    h.source = in.Str("source", true, 10);
    if (h.source != "manual" && h.source != "sensor")
      in.AddError(core::CoreErr("source_invalid")
                      .At("source", "manual, sensor", "manual（人工清点）、sensor（传感器）"));
  }
  in.Finish();
  h.user_id = ctx.who().user_id;
  WithPushes(ctx, *conn, [&](notifications::PendingPushes& pushes) {
    RecordHeadcount(*conn, api::ActorOf(ctx), ctx.scope(), id, h, pushes, ctx.Now());
  });
  return WorkshopResponse(*conn, ctx.scope(), id, 201);
}

Response ListFourOverHandler(Context& ctx) {
  auto f = CaseFilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const int64_t total = CountCases(*conn, ctx.scope(), f);
  json::array arr;
  for (const auto& c : ListCases(*conn, ctx.scope(), f, size, (page - 1) * size))
    arr.push_back(CaseJson(c));
  return api::JsonResponse(api::PageJson(std::move(arr), total, page, size));
}

Response ExportFourOverHandler(Context& ctx) {
  auto f = CaseFilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  std::vector<std::vector<office::Cell>> out;
  for (const auto& c : ListCases(*conn, ctx.scope(), f, stocktake::kExportRows, 0)) {
    const auto crit = ParseCriterion(c.criterion);
    out.push_back({c.enterprise_name,
                   crit ? std::string(CriterionLabelZh(*crit)) : c.criterion, c.subject_name,
                   c.measured, c.limit_text, c.detail_zh, c.detected_at,
                   std::string(c.is_open ? "未消除" : "已消除"), c.cleared_at.value_or(""),
                   c.hidden_danger_id ? std::to_string(*c.hidden_danger_id) : std::string()});
  }
  return api::XlsxDownload("四超监测.xlsx", "四超",
                           {"企业", "类别", "对象", "实际", "限值", "情况", "发现时间", "状态",
                            "消除时间", "隐患编号"},
                           out);
}

}  // namespace anjian::workshops
