// /api/v1/stores/{id}/summary: a store's daily or monthly summary (日清月结), on screen and as Excel.
#include <boost/json.hpp>

#include "api/router.hpp"
#include "api/xlsx_response.hpp"
#include "ledger/store_summary.hpp"

namespace anjian::ledger {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

struct SummaryRequest {
  StoreRow store;
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
  auto store = FindStore(conn, ctx.scope(), ctx.PathId());
  if (!store) throw ApiException{Error::NotFound("store")};
  if (!errs.empty()) throw ApiException{Error::Validation(std::move(errs))};
  return {*store, period, *p};
}

Response Summary(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto r = Read(ctx, *conn);
  return api::JsonResponse(StoreSummary(*conn, r.store, r.period, r.p));
}

Response Export(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto r = Read(ctx, *conn);
  auto o = StoreSummary(*conn, r.store, r.period, r.p);
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& v : o.at("items").as_array()) {
    const auto& i = v.as_object();
    rows.push_back({std::string(i.at("label_zh").as_string()),
                    i.at("unit").is_string() ? std::string(i.at("unit").as_string()) : std::string(),
                    i.at("opening").to_number<double>(), i.at("in").to_number<double>(),
                    i.at("out").to_number<double>(), i.at("closing").to_number<double>()});
  }
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
