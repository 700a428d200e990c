// /api/v1/dashboard: the caller's overview, computed in SQL inside the caller's scope with a
// fixed number of indexed queries (no per-row follow-ups).
#include <boost/json.hpp>

#include "platform/api/router.hpp"
#include "dashboard/dashboard_queries.hpp"
#include "core/china_time.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_json.hpp"

namespace anjian::dashboard {

namespace json = boost::json;

namespace {

api::Response Get(api::Context& ctx) {
  const auto& p = ctx.who();
  auto scope = ctx.scope();
  auto conn = ctx.svc.db->Acquire();
  json::object counts = EnterpriseCounts(*conn, scope);
  json::object out;
  out["enterprises_by_region"] = EnterprisesByRegion(*conn, p, scope);
  out["enterprises_by_industry"] = EnterprisesByIndustry(*conn, scope);
  out["notices_awaiting"] = NoticesAwaiting(*conn, p);
  int64_t inbox_total = 0;
  out["inbox_pending"] = InboxPending(*conn, p, &inbox_total);
  if (p.Can("inspection:read")) {
    namespace dp = domain::dual_prevention;
    auto yesterday = dp::AddDays(dp::LocalFromUnix(storage::NowUnix()).date, -1);
    out["missed_daily_inspections"] =
        MissedDailyInspections(*conn, scope, dp::FormatIsoDate(yesterday));
  }
  counts["notices_sent_30d"] = NoticesSent30d(*conn, p);
  counts["inbox_pending"] = inbox_total;
  out["counts"] = std::move(counts);
  // Which enterprises have overdue or major hidden dangers, and how the counties compare.
  if (p.Can("hidden_danger:read"))
    out["hidden_dangers"] = hidden_danger::DashboardJson(
        hidden_danger::GetDashboard(*conn, scope, core::ChinaIsoDate(ctx.Now())));
  return api::JsonResponse(out);
}

}  // namespace

void RegisterDashboardRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/dashboard", "dashboard:read", Get);
}

}  // namespace anjian::dashboard
