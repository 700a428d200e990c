// /api/v1/stores/{id}/summary: a store's daily or monthly summary (日清月结), on screen and as Excel;
// a day's summary carries its daily close (who signed it, in which capacity, when; the latest
// signature when it was corrected), so the printed sheet and the Excel file show it too.
#include <boost/json.hpp>

#include "platform/api/router.hpp"
#include "platform/api/xlsx_response.hpp"
#include "explosives/daily_close/daily_close.hpp"
#include "explosives/daily_close/store_summary.hpp"

namespace anjian::ledger {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

struct SummaryRequest {
  magazine::MagazineRow store;
  std::string period;
  SummaryPeriod p;
};

SummaryRequest Read(Context& ctx, storage::Connection& conn) {
  std::string period = api::Trim(ctx.req.Query("period").value_or("day"));
  std::string date = api::Trim(ctx.req.Query("date").value_or(""));
  if (date.empty()) {
    // Today (or this month) in China Standard Time.
    date = storage::IsoFromUnix(storage::NowUnix() + 8 * 3600).substr(0, period == "month" ? 7 : 10);
  }
  std::vector<FieldError> errs;
  if (period != "day" && period != "month")
    errs.push_back({"period", "period_invalid", "must be day or month", "应为 day 或 month"});
  auto p = ParseSummaryPeriod(period, date);
  if (errs.empty() && !p)
    errs.push_back({"date", "date_invalid", "must be YYYY-MM-DD for a day, YYYY-MM for a month",
                    "日报应为 YYYY-MM-DD，月报应为 YYYY-MM"});
  auto store = magazine::FindMagazine(conn, ctx.scope(), ctx.PathId());
  if (!store) throw ApiException{Error::NotFound("store")};
  if (!errs.empty()) throw ApiException{Error::Validation(std::move(errs))};
  return {*store, period, *p};
}

json::object SummaryWithClose(storage::Connection& conn, const SummaryRequest& r) {
  auto o = StoreSummary(conn, r.store, r.period, r.p);
  o["daily_close"] =
      r.period == "day" ? json::value(DailyCloseStatus(conn, r.store, r.p.label)) : json::value(nullptr);
  return o;
}

std::string SignedAsZh(const json::value& v) {
  if (v.is_string() && v.as_string() == "safety_officer") return "安全管理人员";
  return "保管员";
}

// "2026-11-22 09:00" in China Standard Time, as on the printed sheet.
std::string CstTime(const json::value& iso) {
  if (!iso.is_string()) return "";
  std::string t = storage::IsoFromUnix(storage::UnixFromIso(std::string(iso.as_string())) + 8 * 3600);
  return t.substr(0, 10) + " " + t.substr(11, 5);
}

// The daily close under the figures: signed or not, by whom, as what, when, corrections.
void AppendCloseRows(const json::object& close, std::vector<std::vector<office::Cell>>& rows) {
  rows.push_back({std::string()});
  if (!close.at("signed").as_bool()) {
    rows.push_back({std::string("日清签字"), std::string("未签字")});
    return;
  }
  const auto& latest = close.at("latest").as_object();
  const int64_t corrections = close.at("correction_count").as_int64();
  rows.push_back({std::string("日清签字"),
                  std::string(close.at("matches").as_bool() ? "已签字" : "已签字（签字后账目有变动）")});
  rows.push_back({std::string("签字人"),
                  std::string(latest.at("signed_by").as_object().at("display_name").as_string())});
  rows.push_back({std::string("身份"), SignedAsZh(latest.at("signed_as"))});
  rows.push_back({std::string("签字时间"), CstTime(latest.at("signed_at"))});
  if (corrections > 0)
    rows.push_back({std::string("更正"),
                    "已更正 " + std::to_string(corrections) + " 次，以上为最新签字"});
  if (!latest.at("note").as_string().empty())
    rows.push_back({std::string("备注"), std::string(latest.at("note").as_string())});
}

Response Summary(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto r = Read(ctx, *conn);
  return api::JsonResponse(SummaryWithClose(*conn, r));
}

Response Export(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto r = Read(ctx, *conn);
  auto o = SummaryWithClose(*conn, r);
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& v : o.at("items").as_array()) {
    const auto& i = v.as_object();
    rows.push_back({std::string(i.at("label_zh").as_string()),
                    i.at("unit").is_string() ? std::string(i.at("unit").as_string()) : std::string(),
                    i.at("opening").to_number<double>(), i.at("in").to_number<double>(),
                    i.at("out").to_number<double>(), i.at("closing").to_number<double>()});
  }
  if (o.at("daily_close").is_object()) AppendCloseRows(o.at("daily_close").as_object(), rows);
  const std::string kind = r.period == "month" ? "月结" : "日清";
  return api::XlsxDownload(r.store.name + "-" + kind + "-" + r.p.label + ".xlsx", kind,
                           {"产品", "单位", "期初", "入库", "出库", "期末"}, rows);
}

}  // namespace

void RegisterSummaryRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/stores/{id}/summary", "ledger:read", Summary);
  r.Add("GET", "/api/v1/stores/{id}/summary/export", "ledger:read", Export);
}

}  // namespace anjian::ledger
