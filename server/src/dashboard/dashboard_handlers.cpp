// /api/v1/dashboard handler: the caller's overview, computed in SQL inside the caller's scope
// (dashboard_repository.cpp) and by the hidden-danger statistics.
#include "dashboard/dashboard_handlers.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "dashboard/dashboard_repository.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_json.hpp"
#include "platform/api/json.hpp"

namespace anjian::dashboard {

namespace json = boost::json;

namespace {

constexpr int64_t kThirtyDays = 30 * 86400;

json::array RegionsJson(const std::vector<RegionCount>& regions) {
  json::array out;
  for (const auto& r : regions)
    out.push_back(json::object{{"region_code", r.region_code}, {"name", r.name}, {"count", r.count}});
  return out;
}

json::array IndustriesJson(const std::vector<IndustryCount>& industries) {
  json::array out;
  for (const auto& i : industries)
    out.push_back(json::object{{"industry", i.industry}, {"count", i.count}});
  return out;
}

json::array AwaitedJson(const std::vector<AwaitedNotice>& notices) {
  json::array out;
  for (const auto& n : notices)
    out.push_back(json::object{{"notice_id", n.notice_id},
                               {"title", n.title},
                               {"pending", n.pending},
                               {"overdue", n.overdue},
                               {"feedback_deadline", api::NullableStr(n.feedback_deadline)},
                               {"sent_at", n.sent_at}});
  return out;
}

json::array InboxJson(const std::vector<PendingInboxItem>& items) {
  json::array out;
  for (const auto& r : items)
    out.push_back(json::object{
        {"recipient_id", r.recipient_id},
        {"notice_id", r.notice_id},
        {"title", r.title},
        {"status", r.status},
        {"feedback_deadline", api::NullableStr(r.feedback_deadline)},
        {"sent_at", r.sent_at},
        {"sender_agency", json::object{{"id", r.agency_id}, {"name", r.agency_name}}}});
  return out;
}

json::object MissedJson(const std::string& day, const MissedInspections& missed) {
  json::array items;
  for (const auto& m : missed.items)
    items.push_back(json::object{{"enterprise_id", m.enterprise_id},
                                 {"enterprise_name", m.enterprise_name},
                                 {"region_code", m.region_code}});
  return json::object{{"date", day}, {"count", missed.count}, {"items", std::move(items)}};
}

}  // namespace

api::Response GetDashboard(api::Context& ctx) {
  const auto& p = ctx.who();
  const auto scope = ctx.scope();
  const int64_t now = ctx.Now();
  const std::string today = core::ChinaIsoDate(now);
  auto conn = ctx.svc.db->Acquire();
  const EnterpriseCounts c = CountEnterprises(*conn, scope);
  json::object counts{{"enterprises", c.enterprises},
                      {"active_enterprises", c.active},
                      {"supervision", c.supervision},
                      {"industry_management", c.industry_management}};
  json::object out;
  out["enterprises_by_region"] = RegionsJson(EnterprisesByRegion(*conn, p, scope));
  out["enterprises_by_industry"] = IndustriesJson(EnterprisesByIndustry(*conn, scope));
  out["notices_awaiting"] = AwaitedJson(NoticesAwaiting(*conn, p, today));
  int64_t inbox_total = 0;
  out["inbox_pending"] = InboxJson(InboxPending(*conn, p, today, &inbox_total));
  if (p.Can("inspection:read")) {
    const std::string yesterday = core::FormatIsoDate(core::AddDays(core::ChinaDate(now), -1));
    out["missed_daily_inspections"] =
        MissedJson(yesterday, MissedDailyInspections(*conn, scope, yesterday));
  }
  counts["notices_sent_30d"] = NoticesSentSince(*conn, p, core::IsoFromUnix(now - kThirtyDays));
  counts["inbox_pending"] = inbox_total;
  out["counts"] = std::move(counts);
  // Which enterprises have overdue or major hidden dangers, and how the counties compare.
  if (p.Can("hidden_danger:read"))
    out["hidden_dangers"] =
        hidden_danger::DashboardJson(hidden_danger::GetDashboard(*conn, scope, today));
  return api::JsonResponse(out);
}

}  // namespace anjian::dashboard
