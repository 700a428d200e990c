#include "emergency/zero_report/zero_report_service.hpp"

#include <boost/json.hpp>
#include <set>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "emergency/zero_report/zero_report_errors.hpp"
#include "emergency/zero_report/zero_report_rules.hpp"

namespace anjian::zero_report {

namespace json = boost::json;

namespace {

constexpr std::int64_t kAll = 1'000'000;

std::vector<std::int64_t> Ids(const std::vector<BoardRow>& rows) {
  std::vector<std::int64_t> ids;
  ids.reserve(rows.size());
  for (const auto& r : rows) ids.push_back(r.enterprise.id);
  return ids;
}

std::string DeadlineText(const PeriodRow& p, const std::string& day) {
  return day + " " + p.deadline_time;
}

json::array IndustriesJson(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& i : v) a.push_back(json::string(i));
  return a;
}

}  // namespace

std::string BoardLink(std::int64_t period_id) {
  return "/emergency/zero-report/" + std::to_string(period_id);
}

Declared DeclarePeriod(storage::Connection& conn, const Declaration& d, const audit::Actor& actor,
                       api::Notifier* notifier, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  NewPeriod row;
  row.agency_id = d.agency_id;
  row.region_path = d.region_path;
  row.region_code = d.region_code;
  row.title = d.title;
  row.reason = d.reason;
  row.first_date = d.first_date;
  row.last_date = d.last_date;
  row.deadline_time = d.deadline_time;
  row.remind_minutes = d.remind_minutes;
  row.industries = d.industries;
  row.note = d.note;
  row.declared_by = actor.id.value_or(0);
  row.at = at;
  const std::int64_t id = InsertPeriod(conn, row);
  PeriodRow p;
  p.id = id;
  p.region_path = d.region_path;
  p.industries = d.industries;
  const std::int64_t enterprises = CountBoard(conn, p, nullptr, d.first_date, "");
  const std::string title = "零报告通知：" + d.title;
  const std::string body = d.first_date + " 至 " + d.last_date + "，每日 " + d.deadline_time +
                           "（北京时间）前报告本单位安全情况（无异常报“零报告”，有异常报事件）";
  for (const auto& [e, user] : BoardRecipients(conn, p, nullptr, d.first_date, ""))
    pushes.Notify(conn, user, kZeroReportDeclared, title, body, kEnterpriseLink);
  audit::Append(conn, actor, "zero_report_declare", "zero_report_period", std::to_string(id), nullptr,
                json::object{{"title", d.title},
                             {"reason", d.reason},
                             {"region_code", d.region_code},
                             {"first_date", d.first_date},
                             {"last_date", d.last_date},
                             {"deadline_time", d.deadline_time},
                             {"remind_minutes", d.remind_minutes},
                             {"industries", IndustriesJson(d.industries)},
                             {"enterprises", enterprises}});
  tx.Commit();
  pushes.Flush(notifier, conn);
  return {id, enterprises};
}

std::int64_t FileReport(storage::Connection& conn, const PeriodRow& p, std::int64_t enterprise_id,
                        const ReportInput& in, const audit::Actor& actor, api::Notifier* notifier,
                        std::int64_t now) {
  const auto day = core::ParseIsoDate(in.day);
  const auto minute = ParseTimeOfDay(p.deadline_time);
  const auto first = core::ParseIsoDate(p.first_date), last = core::ParseIsoDate(p.last_date);
  if (!day || !minute || !first || !last) throw ApiException{Error::NotFound("zero_report_period")};
  if (!InPeriod(*first, *last, *day))
    core::Invalid(Err("zero_report_day_outside_period")
                      .At("report_date", in.day, p.first_date, p.last_date));
  if (core::ChinaDate(now) < *day)
    core::Invalid(Err("zero_report_day_not_begun").At("report_date", in.day, in.day));
  std::string region_path;
  if (!EnterpriseInPeriod(conn, p, enterprise_id, &region_path))
    throw ApiException{Error::NotFound("zero_report_period")};
  if (in.accident_id && !AccidentOfEnterprise(conn, *in.accident_id, enterprise_id))
    throw ApiException{Error::NotFound("accident")};
  const std::string at = core::IsoFromUnix(now);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  NewReport r;
  r.period_id = p.id;
  r.enterprise_id = enterprise_id;
  r.region_path = region_path;
  r.day = in.day;
  r.kind = in.kind;
  r.content = in.content;
  r.accident_id = in.accident_id;
  r.channel = in.channel;
  r.late_minutes = LateMinutes(now, DeadlineOf(*day, *minute));
  r.by = actor.id.value_or(0);
  r.at = at;
  r.version = 1;
  bool first_report = InsertDay(conn, r);
  std::optional<BoardRow> before;
  if (!first_report) {
    before = FindDay(conn, p.id, in.day, enterprise_id);
    r.version = before ? before->version + 1 : 2;
    UpdateDay(conn, r);
  }
  InsertReportVersion(conn, r);
  if (r.kind == kEvent) {
    const auto ent = FindDay(conn, p.id, in.day, enterprise_id);
    notifications::NotifyAgencyUsers(
        conn, pushes, p.agency_id, kZeroReportEvent,
        "零报告异常事件：" + (ent ? ent->enterprise.name : std::string()),
        in.day + " " + p.title + "：" + in.content.substr(0, 300), BoardLink(p.id));
  }
  json::object after{{"period_id", p.id},
                     {"report_date", in.day},
                     {"enterprise_id", enterprise_id},
                     {"version", r.version},
                     {"kind", r.kind},
                     {"content", r.content},
                     {"late_minutes", r.late_minutes},
                     {"channel", r.channel}};
  if (r.accident_id) after["accident_id"] = *r.accident_id;
  json::value b = nullptr;
  if (before)
    b = json::object{{"version", before->version},
                     {"kind", before->kind.value_or("")},
                     {"content", before->content}};
  audit::Append(conn, actor, first_report ? "zero_report" : "zero_report_correct",
                "zero_report_period", std::to_string(p.id), b, after);
  tx.Commit();
  pushes.Flush(notifier, conn);
  return r.version;
}

std::int64_t RemindMissing(storage::Connection& conn, const PeriodRow& p, const api::Scope& scope,
                           const std::string& day, const audit::Actor& actor,
                           api::Notifier* notifier, std::int64_t now) {
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  const auto ids = Ids(ListBoard(conn, p, &scope, day, "missing", kAll, 0));
  if (ids.empty()) throw ApiException{Err("zero_report_nothing_to_remind").Conflict(day, day)};
  const std::string title = "零报告催报：" + p.title;
  const std::string body = "本单位 " + day + " 的零报告尚未报送，截止时间 " + DeadlineText(p, day) +
                           "（北京时间），请尽快报告";
  for (const auto& [e, user] : BoardRecipients(conn, p, &scope, day, "missing"))
    pushes.Notify(conn, user, kZeroReportReminder, title, body, kEnterpriseLink);
  json::array list;
  for (std::int64_t e : ids) list.push_back(e);
  audit::Append(conn, actor, "zero_report_remind", "zero_report_period", std::to_string(p.id),
                nullptr,
                json::object{{"report_date", day},
                             {"enterprises", static_cast<std::int64_t>(ids.size())},
                             {"enterprise_ids", std::move(list)}});
  tx.Commit();
  pushes.Flush(notifier, conn);
  return static_cast<std::int64_t>(ids.size());
}

JobResult RunZeroReportJob(storage::Connection& conn, notifications::PendingPushes& pushes,
                           std::int64_t now) {
  JobResult out;
  const core::Date today = core::ChinaDate(now);
  const std::string today_iso = core::FormatIsoDate(today);
  const std::string at = core::IsoFromUnix(now);
  const audit::Actor system{std::nullopt, "system", "", now};
  const core::Date yesterday = core::AddDays(today, -1);
  std::vector<PeriodRow> periods = PeriodsCovering(conn, today_iso);
  // Those that ended yesterday still owe yesterday's overdue list.
  for (const auto& p : PeriodsCovering(conn, core::FormatIsoDate(yesterday)))
    if (p.last_date < today_iso) periods.push_back(p);
  for (const auto& p : periods) {
    const auto minute = ParseTimeOfDay(p.deadline_time);
    const auto first = core::ParseIsoDate(p.first_date), last = core::ParseIsoDate(p.last_date);
    if (!minute || !first || !last) continue;
    storage::Transaction tx(conn);
    // The daily reminder, before today's deadline.
    if (InPeriod(*first, *last, today) &&
        ReminderDue(now, DeadlineOf(today, *minute), p.remind_minutes)) {
      const auto missing = Ids(ListBoard(conn, p, nullptr, today_iso, "missing", kAll, 0));
      const auto fresh = RecordReminders(conn, p.id, today_iso, missing, at);
      const std::string title = "零报告提醒：" + p.title;
      const std::string body = "请于今日 " + p.deadline_time + "（北京时间）前报送 " + today_iso +
                               " 的零报告";
      const std::set<std::int64_t> fresh_set(fresh.begin(), fresh.end());
      for (const auto& [e, user] : BoardRecipients(conn, p, nullptr, today_iso, "missing"))
        if (fresh_set.count(e))
          pushes.Notify(conn, user, kZeroReportReminder, title, body, kEnterpriseLink);
      if (!fresh.empty())
        audit::Append(conn, system, "zero_report_daily_reminder", "zero_report_period",
                      std::to_string(p.id), nullptr,
                      json::object{{"report_date", today_iso},
                                   {"enterprises", static_cast<std::int64_t>(fresh.size())}});
      out.reminders += static_cast<std::int64_t>(fresh.size());
    }
    // After a deadline (yesterday's or today's): the overdue list to the declaring agency and
    // its superior.
    for (const core::Date& day : {yesterday, today}) {
      if (!InPeriod(*first, *last, day) || now < DeadlineOf(day, *minute)) continue;
      const std::string day_iso = core::FormatIsoDate(day);
      const std::int64_t missing = CountBoard(conn, p, nullptr, day_iso, "missing");
      if (missing == 0) continue;
      std::vector<std::int64_t> agencies{p.agency_id};
      if (auto sup = AgencyAt(conn, ParentPath(p.agency_path))) agencies.push_back(*sup);
      for (std::int64_t agency : agencies) {
        if (!RecordEscalation(conn, p.id, day_iso, agency, missing, at)) continue;
        const bool superior = agency != p.agency_id;
        notifications::NotifyAgencyUsers(
            conn, pushes, agency, kZeroReportOverdue,
            std::string(superior ? "下级零报告逾期：" : "零报告逾期：") + p.title,
            (superior ? p.agency_name + "发布的" : std::string()) + "“" + p.title + "”" +
                day_iso + " 截至 " + p.deadline_time + " 有 " + std::to_string(missing) +
                " 家企业未报告",
            BoardLink(p.id));
        audit::Append(conn, system, "zero_report_overdue", "zero_report_period",
                      std::to_string(p.id), nullptr,
                      json::object{{"report_date", day_iso},
                                   {"agency_id", agency},
                                   {"missing", missing}});
        ++out.escalations;
      }
    }
    tx.Commit();
  }
  return out;
}

}  // namespace anjian::zero_report
