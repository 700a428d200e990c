// The Art.24 filing routes of every kind (filing_kind.hpp): the scoped list with its status
// filter, its XLSX export, and recording a filing.
#include "explosives/filing/filing_handlers.hpp"

#include <boost/json.hpp>

#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "explosives/filing/filing_service.hpp"
#include "explosives/stocktake/stocktake_errors.hpp"
#include "explosives/stocktake/stocktake_handlers.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::filing {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

// status: pending | late | filed, shared by the list and its export.
std::string StatusOf(Context& ctx) {
  std::string status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!status.empty() && status != "pending" && status != "late" && status != "filed")
    core::Invalid(core::CoreErr("status_invalid")
                      .At("status", "pending, late, filed", "pending、late、filed"));
  return status;
}

// enterprise_id: one enterprise within the caller's scope (the enterprise file's ledger tab).
std::optional<int64_t> EnterpriseOf(Context& ctx) {
  std::vector<FieldError> errs;
  auto id = stocktake::QueryId(ctx, "enterprise_id", errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return id;
}

json::object ItemJson(const FilingKind& kind, const FilingItem& item) {
  const FilingRow& r = item.row;
  json::object o{{"voucher_id", r.voucher_id},
                 {"voucher_number", r.number},
                 {"enterprise_id", r.enterprise_id},
                 {"enterprise_name", r.enterprise_name},
                 {"store_id", r.store_id},
                 {"store_name", r.store_name}};
  o[kind.made_at_key] = r.posted_at;
  o["deadline"] = item.deadline;
  o["deadline_date"] = core::FormatIsoDate(item.last_day);
  o["deadline_label"] = DeadlineLabelZh(item.last_day);
  o["deadline_label_en"] = DeadlineLabelEn(item.last_day);
  // The source names art. 203 when the last day moved off a rest day.
  o["deadline_moved"] = item.deadline_moved;
  o["deadline_nominal_date"] = core::FormatIsoDate(item.nominal_last_day);
  o["deadline_source"] = std::string(kFilingDeadlineSourceZh) +
                         (item.deadline_moved ? std::string(kFilingDeadlineMovedZh) : "");
  o["deadline_source_en"] = std::string(kFilingDeadlineSourceEn) +
                            (item.deadline_moved ? std::string(kFilingDeadlineMovedEn) : "");
  for (size_t k = 0; k < kind.offices.size(); ++k) {
    const auto& f = r.filings[k];
    o[kind.offices[k].json_key] =
        f ? json::value(json::object{{"filed_at", f->filed_at},
                                     {"reference", f->reference},
                                     {"recorded_at", f->recorded_at}})
          : json::value(nullptr);
  }
  o["products_zh"] = r.products_zh;
  o["counterparty"] = r.counterparty
                          ? json::value(json::object{
                                {"name", r.counterparty->name},
                                {"uscc", r.counterparty->uscc},
                                {"licence_no", r.counterparty->licence_no},
                                {"transport_licence_no", r.counterparty->transport_licence_no}})
                          : json::value(nullptr);
  o["status"] = FilingStatusValue(item.status);
  o["late"] = item.late;
  return o;
}

std::string StatusZh(FilingStatus s) {
  switch (s) {
    case FilingStatus::kLate: return "逾期未备案";
    case FilingStatus::kFiled: return "已备案";
    case FilingStatus::kFiledLate: return "逾期备案";
    case FilingStatus::kPending: break;
  }
  return "待备案";
}

std::string FieldOf(const OfficeFiling& f, const std::string& field) {
  if (field == "filed_at") return f.filed_at;
  if (field == "reference") return f.reference;
  return f.recorded_at;
}

bool HasOffice(const FilingKind& kind, const std::string& office) {
  for (const auto& o : kind.offices)
    if (o.office == office) return true;
  return false;
}

}  // namespace

Response ListFilingsHandler(Context& ctx, const FilingKind& kind) {
  const std::string status = StatusOf(ctx);
  const auto enterprise_id = EnterpriseOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [items, total] = ListFilings(*conn, ctx.scope(), kind, status, enterprise_id, size,
                                    (page - 1) * size, ctx.Now());
  json::array arr;
  for (const auto& item : items) arr.push_back(ItemJson(kind, item));
  return api::JsonResponse(api::PageJson(std::move(arr), total, page, size));
}

Response ExportFilingsHandler(Context& ctx, const FilingKind& kind) {
  const std::string status = StatusOf(ctx);
  const auto enterprise_id = EnterpriseOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  // One sheet holds at most 50,000 rows: an export is for a filtered list, not a backup.
  auto [items, total] = ListFilings(*conn, ctx.scope(), kind, status, enterprise_id,
                                    stocktake::kExportRows, 0, ctx.Now());
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(items.size());
  for (const auto& item : items) {
    const FilingRow& r = item.row;
    const core::Date& d = item.last_day;
    const auto& cp = r.counterparty;
    std::vector<office::Cell> row{r.number, r.enterprise_name, r.store_name, r.posted_at,
                                  r.products_zh,
                                  cp ? cp->name : std::string("未登记"),
                                  cp ? cp->uscc : std::string(),
                                  cp ? cp->licence_no : std::string(),
                                  cp ? cp->transport_licence_no : std::string(),
                                  std::to_string(d.year) + "年" + DeadlineLabelZh(d)};
    for (size_t k = 0; k < kind.offices.size(); ++k)
      for (const auto& field : kind.offices[k].export_fields)
        row.emplace_back(r.filings[k] ? FieldOf(*r.filings[k], field) : std::string());
    row.emplace_back(StatusZh(item.status));
    row.emplace_back(std::string(item.late ? "是" : "否"));
    rows.push_back(std::move(row));
  }
  return api::XlsxDownload(kind.export_file, kind.export_sheet, kind.export_headers, rows);
}

Response RecordFilingHandler(Context& ctx, const FilingKind& kind) {
  FilingInput f;
  f.voucher_id = ctx.PathId();
  const int64_t enterprise_id = stocktake::OwnEnterprise(ctx);
  api::JsonInput in(ctx.req.body);
  f.office = kind.offices.front().office;
  if (kind.office_column) {
    f.office = in.Str("office", true, 20);
    if (!f.office.empty() && !HasOffice(kind, f.office))
      in.AddError(stocktake::Err("office_invalid").At("office", kind.offices_en, kind.offices_zh));
  }
  const std::string filed_at = in.Str("filed_at", true, 40);
  f.filed = filed_at.empty() ? 0 : core::UnixFromIso(filed_at);
  if (!filed_at.empty() && f.filed == 0)
    in.AddError(stocktake::Err("time_invalid").At("filed_at"));
  else if (f.filed > ctx.Now() + 300)
    in.AddError(stocktake::Err("time_future").At("filed_at"));
  f.reference = in.Str("reference", true, 100);
  f.note = in.Str("note", false, 500);
  f.user_id = ctx.who().user_id;
  auto conn = ctx.svc.db->Acquire();
  for (auto& e : CheckFiling(*conn, ctx.scope(), kind, f.voucher_id, enterprise_id, f.filed))
    in.AddError(std::move(e));
  in.Finish();
  auto item = RecordFiling(*conn, kind, f, api::ActorOf(ctx), ctx.Now());
  return api::JsonResponse(ItemJson(kind, item), 201);
}

}  // namespace anjian::filing
