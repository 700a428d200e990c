// /api/v1/stores/{id}/summary: a store's daily or monthly summary (日清月结), on screen and as
// Excel; a day's summary carries its daily close (who signed it, in which capacity, when; the
// latest signature when it was corrected), so the printed sheet and the Excel file show it too.
// /api/v1/stores/{id}/daily-closes: signing a day (appended, never overwritten), one day's
// signatures and the month's days with whether each is signed.
#include "explosives/daily_close/daily_close_handlers.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "explosives/daily_close/daily_close_errors.hpp"
#include "explosives/daily_close/daily_close_service.hpp"
#include "explosives/magazine/magazine_alerts.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::daily_close {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

magazine::MagazineRow RequireStoreInScope(Context& ctx, storage::Connection& conn) {
  auto store = magazine::FindMagazine(conn, ctx.scope(), ctx.PathId());
  if (!store) throw ApiException{Error::NotFound("store")};
  return *store;
}

json::value SignedByJson(const DailyCloseRecord& r) {
  return json::object{{"id", r.signed_by_user_id}, {"display_name", r.signed_by_name}};
}

json::object RecordJson(const DailyCloseRecord& r) {
  return json::object{
      {"id", r.id},
      {"date", r.close_date},
      {"voucher_count", r.voucher_count},
      {"figures_hash", r.figures_hash},
      {"signed_by", SignedByJson(r)},
      {"signed_as", r.signed_as},
      {"signed_at", r.signed_at},
      {"note", r.note},
      {"supersedes_id", r.supersedes_id ? json::value(*r.supersedes_id) : json::value(nullptr)}};
}

// {"date", "signed", "matches" (the latest signature's hash equals the current figures'),
//  "latest": record|null, "correction_count" (signatures superseded), "history": [record,
//  newest first]}.
json::object StatusJson(const DayStatus& s) {
  json::array history;
  for (const auto& r : s.history) history.push_back(RecordJson(r));
  json::value latest = history.empty() ? json::value(nullptr) : history[0];
  const int64_t corrections = s.history.empty() ? 0 : static_cast<int64_t>(s.history.size()) - 1;
  return json::object{{"date", s.date},
                      {"signed", !s.history.empty()},
                      {"matches", s.matches},
                      {"latest", std::move(latest)},
                      {"correction_count", corrections},
                      {"history", std::move(history)}};
}

struct SummaryRequest {
  magazine::MagazineRow store;
  std::string period;
  SummaryPeriod p;
};

SummaryRequest ReadSummaryRequest(Context& ctx, storage::Connection& conn) {
  std::string period = api::Trim(ctx.req.Query("period").value_or("day"));
  std::string date = api::Trim(ctx.req.Query("date").value_or(""));
  if (date.empty())  // today (or this month) in China
    date = period == "month" ? core::ChinaIsoMonth(ctx.Now()) : core::ChinaIsoDate(ctx.Now());
  std::vector<FieldError> errs;
  if (period != "day" && period != "month") errs.push_back(Err("period_invalid").At("period"));
  auto p = ParseSummaryPeriod(period, date);
  if (errs.empty() && !p) errs.push_back(Err("summary_date_invalid").At("date"));
  auto store = RequireStoreInScope(ctx, conn);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return {std::move(store), period, *p};
}

json::object SummaryWithClose(storage::Connection& conn, const SummaryRequest& r) {
  auto s = SummaryOf(conn, r.store, r.period, r.p);
  json::object o{{"store_id", r.store.id},
                 {"store_name", r.store.name},
                 {"enterprise_name", r.store.enterprise_name},
                 {"period", r.period},
                 {"date", r.p.label},
                 {"from", r.p.from_utc},
                 {"to", r.p.to_utc},
                 {"voucher_count", s.voucher_count},
                 {"items", SummaryItemsJson(s.items)}};
  o["daily_close"] = r.period == "day"
                         ? json::value(StatusJson(DailyCloseStatus(conn, r.store, r.p.label)))
                         : json::value(nullptr);
  return o;
}

std::string SignedAsZh(const json::value& v) {
  if (v.is_string() && v.as_string() == "safety_officer") return "安全管理人员";
  return "保管员";
}

// "2026-11-22 09:00" in China time, as on the printed sheet.
std::string ChinaTime(const json::value& iso) {
  if (!iso.is_string()) return "";
  std::string t = core::ChinaIsoDateTime(core::UnixFromIso(std::string(iso.as_string())));
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
  rows.push_back({std::string("签字时间"), ChinaTime(latest.at("signed_at"))});
  if (corrections > 0)
    rows.push_back({std::string("更正"),
                    "已更正 " + std::to_string(corrections) + " 次，以上为最新签字"});
  if (!latest.at("note").as_string().empty())
    rows.push_back({std::string("备注"), std::string(latest.at("note").as_string())});
}

}  // namespace

Response SummaryHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto r = ReadSummaryRequest(ctx, *conn);
  return api::JsonResponse(SummaryWithClose(*conn, r));
}

Response ExportSummaryHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto r = ReadSummaryRequest(ctx, *conn);
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

Response MonthDailyClosesHandler(Context& ctx) {
  std::string month = api::Trim(ctx.req.Query("month").value_or(""));
  if (month.empty()) month = core::ChinaIsoMonth(ctx.Now());
  auto conn = ctx.svc.db->Acquire();
  auto store = RequireStoreInScope(ctx, *conn);
  json::array items;
  for (const auto& d : MonthDailyCloses(*conn, store, month, magazine::LoadAlertConfig(*conn),
                                        ctx.Now()))
    items.push_back(json::object{
        {"date", d.date},
        {"voucher_count", d.voucher_count},
        {"signed", d.latest.has_value()},
        {"signed_by", d.latest ? SignedByJson(*d.latest) : json::value(nullptr)},
        {"signed_as", d.latest ? json::value(d.latest->signed_as) : json::value(nullptr)},
        {"signed_at", d.latest ? json::value(d.latest->signed_at) : json::value(nullptr)},
        {"overdue", d.overdue}});
  return api::JsonResponse(
      json::object{{"store_id", store.id}, {"month", month}, {"items", std::move(items)}});
}

Response DayDailyCloseHandler(Context& ctx) {
  if (ctx.req.path_params.size() < 2) throw ApiException{Error::NotFound()};
  const std::string date = ctx.req.path_params[1];
  auto conn = ctx.svc.db->Acquire();
  auto store = RequireStoreInScope(ctx, *conn);
  CurrentDayFigures(*conn, store, date);  // 422 on a malformed date
  return api::JsonResponse(StatusJson(DailyCloseStatus(*conn, store, date)));
}

Response SignDailyCloseHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  const std::string date = in.Str("date", true, 10);
  const std::string note = in.Str("note", false, 500);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  SignDay(*conn, ctx.scope(), ctx.PathId(), date, note, ctx.who(), api::ActorOf(ctx),
          ctx.Now());
  auto store = magazine::FindMagazine(*conn, magazine::AllScope(), ctx.PathId());
  return api::JsonResponse(StatusJson(DailyCloseStatus(*conn, *store, date)), 201);
}

}  // namespace anjian::daily_close
