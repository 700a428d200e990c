// /api/v1/dashboard handler: the caller's overview, computed in SQL inside the caller's scope
// (dashboard_repository.cpp) and by the hidden-danger statistics.
#include "dashboard/dashboard_handlers.hpp"

#include <boost/json.hpp>

#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "dashboard/dashboard_repository.hpp"
#include "dashboard/todo_repository.hpp"
#include "emergency/spot_check/spot_check_repository.hpp"  // issue 14 §1 值班抽查
#include "explosives/daily_close/daily_close_service.hpp"
#include "explosives/filing/filing_repository.hpp"
#include "explosives/filing/sale_filing_rules.hpp"
#include "explosives/magazine/magazine_alerts.hpp"
#include "explosives/magazine/capacity_request_repository.hpp"  // issue 15 §1
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

namespace {

void AddItem(json::array& items, const char* key, int64_t count, int64_t overdue) {
  items.push_back(json::object{{"key", key}, {"count", count}, {"overdue", overdue}});
}

int64_t FilingsOf(storage::Connection& conn, const api::Scope& scope, const std::string& status,
                  const std::string& cutoff) {
  return filing::CountFilings(conn, scope, filing::SaleFiling(), {status, cutoff}) +
         filing::CountFilings(conn, scope, filing::PurchaseFiling(), {status, cutoff});
}

}  // namespace

// The items, most urgent kind first. A regulator: loss incidents, overdue major hidden dangers,
// major ones awaiting sign-off, production halts awaiting the restart approval, missed company-level daily inspections, the inbox. An enterprise
// account: loss incidents, stocktakes to approve, unsigned daily closes, filings due, hidden
// dangers to handle and assigned to it, inspection tasks, the inbox. Which items appear follows
// the permissions; each count is one SQL COUNT inside the caller's scope.
api::Response GetTodo(api::Context& ctx) {
  const auto& p = ctx.who();
  const auto scope = ctx.scope();
  const int64_t now = ctx.Now();
  const std::string today = core::ChinaIsoDate(now);
  auto conn = ctx.svc.db->Acquire();
  json::array items;
  const bool enterprise = scope.kind == api::Scope::Kind::kEnterprise;
  const bool regulator = scope.kind == api::Scope::Kind::kRegion;
  if (enterprise || regulator) {
    if (p.Can("ledger:read")) AddItem(items, "loss_incidents_open", OpenLossIncidents(*conn, scope), 0);
  }
  if (regulator) {
    if (p.Can("hidden_danger:read")) {
      const int64_t n = OverdueMajorHiddenDangers(*conn, scope, today);
      AddItem(items, "major_hidden_dangers_overdue", n, n);
    }
    if (p.Can("hidden_danger:supervise"))
      AddItem(items, "major_hidden_dangers_to_close",
              MajorHiddenDangersAwaitingSignoff(*conn, scope), 0);
    if (p.Can("hidden_danger:supervise"))
      AddItem(items, "production_restarts_to_approve", HaltsAwaitingRestart(*conn, scope), 0);
    if (p.Can("inspection:read")) {
      const std::string yesterday = core::FormatIsoDate(core::AddDays(core::ChinaDate(now), -1));
      const int64_t n = MissedDailyInspections(*conn, scope, yesterday).count;
      AddItem(items, "daily_inspections_missed", n, n);
    }
  }
  if (enterprise) {
    if (p.Can("ledger:manage")) AddItem(items, "stocktakes_to_approve", StocktakesAwaitingApproval(*conn, scope), 0);
    if (p.Can("ledger:write")) {
      int64_t days = 0;
      for (const auto& [store, list] : daily_close::OverdueDailyClosesByStore(
               *conn, scope, magazine::LoadAlertConfig(*conn), now))
        days += static_cast<int64_t>(list.size());
      AddItem(items, "daily_closes_unsigned", days, days);
      const std::string cutoff =
          core::IsoFromUnix(filing::FilingCutoff(now, calendar::LoadWorkingCalendar(*conn)));
      const int64_t late = FilingsOf(*conn, scope, "late", cutoff);
      AddItem(items, "filings_due", FilingsOf(*conn, scope, "pending", cutoff) + late, late);
    }
    if (p.Can("hidden_danger:handle")) {
      const auto c = HiddenDangersToHandle(*conn, scope, today);
      AddItem(items, "hidden_dangers_to_handle", c.count, c.overdue);
    }
    if (p.Can("hidden_danger:read")) {
      const auto c = HiddenDangersOwned(*conn, scope, p.user_id, today);
      AddItem(items, "hidden_dangers_assigned", c.count, c.overdue);
    }
    if (p.Can("inspection:write")) {
      const auto c = OpenInspectionTasks(*conn, scope, p.user_id, today, core::IsoFromUnix(now));
      AddItem(items, "inspection_tasks_open", c.count, c.overdue);
    }
  }
  // Duty spot checks (issue 14 §1): findings addressed to the caller's unit, answers to review.
  if ((enterprise || regulator) && p.Can("duty_spot_check:answer")) {
    const auto c = spot_check::FindingsToAnswer(
        *conn, enterprise ? p.enterprise_id : std::nullopt, enterprise ? std::nullopt : p.agency_id,
        today);
    AddItem(items, "duty_spot_check_findings_to_answer", c.count, c.overdue);
  }
  if (regulator && p.agency_id && p.Can("duty_spot_check:write"))
    AddItem(items, "duty_spot_check_answers_to_review",
            spot_check::AnswersToReview(*conn, *p.agency_id), 0);
  if (regulator && p.Can("store_capacity:decide")) {  // issue 15 §1 库房核定储量变更申请
    magazine::CapacityRequestFilter pending;
    pending.status = "pending";
    AddItem(items, "store_capacity_requests_to_decide",
            magazine::CountCapacityRequests(*conn, scope, pending), 0);
  }
  if (p.Can("notice:read")) {
    int64_t pending = 0;
    InboxPending(*conn, p, today, &pending);
    AddItem(items, "inbox_pending", pending, 0);
  }
  int64_t total = 0;
  for (const auto& i : items) total += i.as_object().at("count").as_int64();
  const char* kind = enterprise ? "enterprise" : regulator ? "regulator" : "other";
  return api::JsonResponse(json::object{{"as_of", core::IsoFromUnix(now)},
                                        {"account_kind", kind},
                                        {"total", total},
                                        {"items", std::move(items)}});
}

}  // namespace anjian::dashboard
