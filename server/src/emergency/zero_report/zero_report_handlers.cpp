#include "emergency/zero_report/zero_report_handlers.hpp"

#include <boost/json.hpp>
#include <map>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "emergency/zero_report/zero_report_errors.hpp"
#include "emergency/zero_report/zero_report_rules.hpp"
#include "emergency/zero_report/zero_report_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/json.hpp"
#include "platform/api/xlsx_response.hpp"
#include "registry/industry_rules.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::zero_report {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

constexpr const char* kReasonsEn = "holiday, two_sessions, warning, other";
constexpr const char* kReasonsZh = "holiday（节假日）、two_sessions（两会）、warning（预警）、other（其他）";
constexpr const char* kKindsEn = "nothing_abnormal, event";
constexpr const char* kKindsZh = "nothing_abnormal（零报告，无异常）、event（异常事件）";
constexpr const char* kStatusesEn = "missing, reported, nothing_abnormal, event, late";
constexpr const char* kStatusesZh =
    "missing（未报）、reported（已报）、nothing_abnormal（零报告）、event（异常事件）、late（迟报）";

std::string Today(const Context& ctx) { return core::ChinaIsoDate(ctx.Now()); }

std::string StateOf(const PeriodRow& p, const std::string& today) {
  if (today < p.first_date) return "upcoming";
  if (today > p.last_date) return "ended";
  return "current";
}

std::string DeadlineAt(const PeriodRow& p, const std::string& day) {
  const auto d = core::ParseIsoDate(day);
  const auto m = ParseTimeOfDay(p.deadline_time);
  if (!d || !m) return "";
  return core::IsoFromUnix(DeadlineOf(*d, *m));
}

json::object PeriodJson(const PeriodRow& p, const std::string& today) {
  json::array industries;
  for (const auto& i : p.industries) {
    const auto ind = registry::ParseIndustry(i);
    industries.push_back(json::object{
        {"value", i}, {"label", ind ? std::string(registry::IndustryLabelZh(*ind)) : i}});
  }
  const auto reason = ParseReason(p.reason);
  json::object o{{"id", p.id},
                 {"title", p.title},
                 {"reason", p.reason},
                 {"reason_zh", reason ? std::string(ReasonLabelZh(*reason)) : p.reason},
                 {"region_code", p.region_code},
                 {"region_name", p.region_name},
                 {"agency", json::object{{"id", p.agency_id}, {"name", p.agency_name}}},
                 {"first_date", p.first_date},
                 {"last_date", p.last_date},
                 {"deadline_time", p.deadline_time},
                 {"remind_minutes", p.remind_minutes},
                 {"industries", std::move(industries)},
                 {"note", p.note},
                 {"declared_by", json::object{{"id", p.declared_by}, {"name", p.declared_by_name}}},
                 {"declared_at", p.declared_at},
                 {"state", StateOf(p, today)},
                 {"today", today}};
  return o;
}

// The day a board shows: the one asked for (a day of the period, not in the future), else today
// clipped to the period.
std::string BoardDay(Context& ctx, const PeriodRow& p, const char* key, const std::string& given) {
  const std::string today = Today(ctx);
  if (given.empty()) {
    if (today < p.first_date) return p.first_date;
    if (today > p.last_date) return p.last_date;
    return today;
  }
  const auto d = core::ParseIsoDate(given);
  if (!d) core::Invalid(core::CoreErr("date_invalid").At(key));
  const std::string day = core::FormatIsoDate(*d);
  if (day < p.first_date || day > p.last_date)
    core::Invalid(Err("zero_report_day_outside_period").At(key, day, p.first_date, p.last_date));
  if (day > today) core::Invalid(Err("zero_report_day_not_begun").At(key, day, day));
  return day;
}

PeriodRow PeriodOr404(Context& ctx, storage::Connection& conn, std::int64_t id) {
  auto p = FindPeriod(conn, ctx.scope(), id);
  if (!p) throw ApiException{Error::NotFound("zero_report_period")};
  return *p;
}

std::string StatusOf(const BoardRow& b) { return b.kind ? *b.kind : "missing"; }

json::object BoardRowJson(const BoardRow& b) {
  const auto ind = registry::ParseIndustry(b.enterprise.industry);
  return json::object{
      {"enterprise",
       json::object{{"id", b.enterprise.id},
                    {"name", b.enterprise.name},
                    {"region_code", b.enterprise.region_code},
                    {"region_name", b.enterprise.region_name},
                    {"industry", b.enterprise.industry},
                    {"industry_label",
                     ind ? std::string(registry::IndustryLabelZh(*ind)) : b.enterprise.industry},
                    {"contact_phone", b.enterprise.contact_phone}}},
      {"status", StatusOf(b)},
      {"content", b.content},
      {"first_at", b.kind ? json::value(b.first_at) : json::value(nullptr)},
      {"updated_at", b.kind ? json::value(b.updated_at) : json::value(nullptr)},
      {"late_minutes", b.late_minutes},
      {"version", b.version},
      {"accident_id", b.accident_id ? json::value(*b.accident_id) : json::value(nullptr)}};
}

std::string StatusFilter(Context& ctx) {
  std::string s = api::Trim(ctx.req.Query("status").value_or(""));
  if (!s.empty() && s != "missing" && s != "reported" && s != "nothing_abnormal" &&
      s != "event" && s != "late")
    core::Invalid(core::CoreErr("status_invalid").At("status", kStatusesEn, kStatusesZh));
  return s;
}

json::object CountsJson(const std::vector<RegionCount>& regions, json::array* by_region) {
  std::int64_t total = 0, reported = 0, events = 0, late = 0;
  for (const auto& r : regions) {
    total += r.total;
    reported += r.reported;
    events += r.events;
    late += r.late;
    if (by_region)
      by_region->push_back(json::object{{"region_code", r.region_code},
                                        {"region_name", r.region_name},
                                        {"total", r.total},
                                        {"reported", r.reported},
                                        {"events", r.events},
                                        {"late", r.late},
                                        {"missing", r.total - r.reported}});
  }
  return json::object{{"total", total},
                      {"reported", reported},
                      {"nothing_abnormal", reported - events},
                      {"events", events},
                      {"late", late},
                      {"missing", total - reported}};
}

json::array VersionsJson(storage::Connection& conn, std::int64_t period_id, const std::string& day,
                         std::int64_t enterprise_id) {
  json::array out;
  for (const auto& v : Versions(conn, period_id, day, enterprise_id))
    out.push_back(json::object{
        {"version", v.version},
        {"kind", v.kind},
        {"content", v.content},
        {"accident_id", v.accident_id ? json::value(*v.accident_id) : json::value(nullptr)},
        {"late_minutes", v.late_minutes},
        {"channel", v.channel},
        {"at", v.at},
        {"by", json::object{{"id", v.by}, {"name", v.by_name}}}});
  return out;
}

json::object DayJson(storage::Connection& conn, const PeriodRow& p, const std::string& day,
                     std::int64_t enterprise_id) {
  auto d = FindDay(conn, p.id, day, enterprise_id);
  json::object o{{"report_date", day},
                 {"deadline_at", DeadlineAt(p, day)},
                 {"status", d ? StatusOf(*d) : "missing"},
                 {"kind", d && d->kind ? json::value(*d->kind) : json::value(nullptr)},
                 {"content", d ? d->content : ""},
                 {"late_minutes", d ? d->late_minutes : 0},
                 {"first_at", d ? json::value(d->first_at) : json::value(nullptr)},
                 {"accident_id",
                  d && d->accident_id ? json::value(*d->accident_id) : json::value(nullptr)}};
  o["versions"] = VersionsJson(conn, p.id, day, enterprise_id);
  return o;
}

}  // namespace

Response ListPeriodsHandler(Context& ctx) {
  PeriodFilter f;
  f.today = Today(ctx);
  f.state = api::Trim(ctx.req.Query("state").value_or(""));
  if (!f.state.empty() && f.state != "current" && f.state != "upcoming" && f.state != "ended")
    core::Invalid(core::CoreErr("status_invalid")
                      .At("state", "current, upcoming, ended",
                          "current（进行中）、upcoming（未开始）、ended（已结束）"));
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const auto scope = ctx.scope();
  const std::int64_t total = CountPeriods(*conn, scope, f);
  json::array items;
  for (const auto& p : ListPeriods(*conn, scope, f, size, (page - 1) * size)) {
    json::object o = PeriodJson(p, f.today);
    if (o.at("state").as_string() == "current")
      o["today_counts"] = CountsJson(CountsByRegion(*conn, p, &scope, f.today), nullptr);
    else
      o["today_counts"] = nullptr;
    items.push_back(std::move(o));
  }
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response DeclarePeriodHandler(Context& ctx) {
  if (!ctx.who().agency_id) core::Invalid(Err("zero_report_declare_agency_required").At());
  api::JsonInput in(ctx.req.body);
  Declaration d;
  d.title = in.Str("title", true, 200);
  d.reason = in.Str("reason", true, 40);
  if (!d.reason.empty() && !ParseReason(d.reason))
    in.AddError(core::CoreErr("kind_invalid").At("reason", kReasonsEn, kReasonsZh));
  const std::string first = in.Str("first_date", true, 10);
  const std::string last = in.Str("last_date", true, 10);
  auto first_d = core::ParseIsoDate(first), last_d = core::ParseIsoDate(last);
  if (!first.empty() && !first_d) in.AddError(core::CoreErr("date_invalid").At("first_date"));
  if (!last.empty() && !last_d) in.AddError(core::CoreErr("date_invalid").At("last_date"));
  d.deadline_time = in.Str("deadline_time", true, 5);
  if (!d.deadline_time.empty() && !ParseTimeOfDay(d.deadline_time))
    in.AddError(Err("zero_report_deadline_time_invalid").At("deadline_time"));
  d.remind_minutes = in.Has("remind_minutes") ? in.Int("remind_minutes").value_or(0)
                                              : kDefaultRemindMinutes;
  d.region_code = in.Str("region_code", false, 12);
  for (const auto& i : in.StrList("industries", 10)) {
    if (!registry::ParseIndustry(i))
      in.AddError(registry::Err("industry_invalid").At("industries", i));
    else if (std::find(d.industries.begin(), d.industries.end(), i) == d.industries.end())
      d.industries.push_back(i);
  }
  d.note = in.Str("note", false, 1000);
  if (first_d && last_d)
    for (auto& e : CheckPeriodDates({*first_d, *last_d, d.remind_minutes},
                                    core::ChinaDate(ctx.Now())))
      in.AddError(std::move(e));
  else if (d.remind_minutes < 0 || d.remind_minutes > kMaxRemindMinutes)
    in.AddError(core::CoreErr("range").At("remind_minutes", 0, kMaxRemindMinutes));
  auto conn = ctx.svc.db->Acquire();
  // The scope: the agency's own region unless a sub-region inside its jurisdiction is named.
  std::string region_code = d.region_code.empty() ? ctx.who().region_code : d.region_code;
  auto region = FindRegion(*conn, region_code);
  if (!region)
    in.AddError(registry::Err("region_unknown").At("region_code", region_code));
  else if (!PathWithin(region->path, ctx.who().region_path))
    in.AddError(registry::Err("region_out_of_scope").At("region_code"));
  in.Finish();
  d.agency_id = *ctx.who().agency_id;
  d.region_code = region->code;
  d.region_path = region->path;
  d.first_date = core::FormatIsoDate(*first_d);
  d.last_date = core::FormatIsoDate(*last_d);
  auto r = DeclarePeriod(*conn, d, api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  auto p = PeriodOr404(ctx, *conn, r.id);
  json::object o = PeriodJson(p, Today(ctx));
  o["notified_enterprises"] = r.enterprises;
  return api::JsonResponse(o, 201);
}

Response GetPeriodHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto p = PeriodOr404(ctx, *conn, ctx.PathId());
  const std::string today = Today(ctx);
  const auto scope = ctx.scope();
  json::object o = PeriodJson(p, today);
  const std::int64_t total = CountBoard(*conn, p, &scope, p.first_date, "");
  std::map<std::string, DayCount> counts;
  for (const auto& c : DailyCounts(*conn, p, scope)) counts[c.day] = c;
  json::array days;
  const auto first = core::ParseIsoDate(p.first_date), last = core::ParseIsoDate(p.last_date);
  if (first && last)
    for (const auto& d : DaysUpTo(*first, *last, core::ChinaDate(ctx.Now()))) {
      const std::string day = core::FormatIsoDate(d);
      const DayCount c = counts.count(day) ? counts[day] : DayCount{day};
      const std::string deadline = DeadlineAt(p, day);
      days.push_back(json::object{{"report_date", day},
                                  {"deadline_at", deadline},
                                  {"overdue", ctx.Now() >= core::UnixFromIso(deadline)},
                                  {"total", total},
                                  {"reported", c.reported},
                                  {"events", c.events},
                                  {"late", c.late},
                                  {"missing", std::max<std::int64_t>(0, total - c.reported)}});
    }
  o["enterprises"] = total;
  o["days"] = std::move(days);
  o["can_remind"] = ctx.who().Can("zero_report:supervise") && ctx.who().agency_id.has_value();
  return api::JsonResponse(o);
}

Response BoardHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto p = PeriodOr404(ctx, *conn, ctx.PathId());
  const std::string status = StatusFilter(ctx);
  const std::string day = BoardDay(ctx, p, "date", api::Trim(ctx.req.Query("date").value_or("")));
  auto [page, size] = ctx.Paging();
  const auto scope = ctx.scope();
  json::array by_region;
  json::object counts = CountsJson(CountsByRegion(*conn, p, &scope, day), &by_region);
  // The filtered total is one of the counts (no second scan of the scope).
  const char* key = status.empty()                 ? "total"
                    : status == "event"            ? "events"
                                                   : status.c_str();
  const std::int64_t total = counts.at(key).as_int64();
  json::array items;
  for (const auto& b : ListBoard(*conn, p, &scope, day, status, size, (page - 1) * size))
    items.push_back(BoardRowJson(b));
  json::object o = api::PageJson(std::move(items), total, page, size);
  const std::string deadline = DeadlineAt(p, day);
  o["date"] = day;
  o["deadline_at"] = deadline;
  o["overdue"] = ctx.Now() >= core::UnixFromIso(deadline);
  o["counts"] = std::move(counts);
  o["by_region"] = std::move(by_region);
  return api::JsonResponse(o);
}

Response ExportBoardHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto p = PeriodOr404(ctx, *conn, ctx.PathId());
  const std::string status = StatusFilter(ctx);
  const std::string day = BoardDay(ctx, p, "date", api::Trim(ctx.req.Query("date").value_or("")));
  const auto scope = ctx.scope();
  std::vector<std::vector<office::Cell>> rows;
  std::int64_t n = 0;
  for (const auto& b : ListBoard(*conn, p, &scope, day, status, 100000, 0)) {
    const std::string s = StatusOf(b);
    const char* zh = s == "missing" ? "未报" : s == "event" ? "异常事件" : "零报告";
    const auto ind = registry::ParseIndustry(b.enterprise.industry);
    rows.push_back({++n, b.enterprise.name, b.enterprise.region_name,
                    ind ? std::string(registry::IndustryLabelZh(*ind)) : b.enterprise.industry,
                    std::string(zh), b.content,
                    b.kind ? core::ChinaIsoDateTime(core::UnixFromIso(b.first_at)) : std::string(),
                    b.late_minutes, b.version, b.enterprise.contact_phone});
  }
  return api::XlsxDownload("零报告-" + day + ".xlsx", "零报告 " + day,
                           {"序号", "企业", "区域", "行业", "状态", "事件情况", "首次报告时间",
                            "迟报分钟", "版本", "联系电话"},
                           rows);
}

Response RemindHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  const std::string given = in.Str("report_date", false, 10);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  const auto p = PeriodOr404(ctx, *conn, id);
  if (Today(ctx) < p.first_date)
    core::Invalid(Err("zero_report_day_not_begun").At("report_date", p.first_date, p.first_date));
  const std::string day = BoardDay(ctx, p, "report_date", given);
  const std::int64_t n =
      RemindMissing(*conn, p, ctx.scope(), day, api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  return api::JsonResponse(json::object{{"report_date", day}, {"reminded", n}});
}

Response FileReportHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  const std::optional<std::int64_t> period_id = in.Int("period_id", true);
  // An enterprise reports its own day; a regulator records one told by phone (enterprise_id).
  const std::optional<std::int64_t> given_enterprise =
      in.Int("enterprise_id", !ctx.who().enterprise_id);
  ReportInput r;
  const std::string given = in.Str("report_date", false, 10);
  r.kind = in.Str("kind", true, 40);
  if (!r.kind.empty() && !IsReportKind(r.kind))
    in.AddError(core::CoreErr("kind_invalid").At("kind", kKindsEn, kKindsZh));
  r.content = in.Str("content", false, 2000);
  if (r.kind == kEvent && api::Trim(r.content).empty())
    in.AddError(Err("zero_report_event_text_required").At("content"));
  if (in.Has("accident_id")) r.accident_id = in.Int("accident_id");
  if (!given.empty() && !core::ParseIsoDate(given))
    in.AddError(core::CoreErr("date_invalid").At("report_date"));
  in.Finish();
  if (r.kind == kNothingAbnormal) r.accident_id.reset();
  r.day = given.empty() ? Today(ctx) : core::FormatIsoDate(*core::ParseIsoDate(given));
  std::int64_t enterprise_id = 0;
  if (ctx.who().enterprise_id) {
    enterprise_id = *ctx.who().enterprise_id;
    if (given_enterprise && *given_enterprise != enterprise_id)
      throw ApiException{Error::NotFound("enterprise")};
  } else {
    enterprise_id = *given_enterprise;
    r.channel = "phone";
  }
  auto conn = ctx.svc.db->Acquire();
  const auto p = PeriodOr404(ctx, *conn, *period_id);
  if (!ctx.who().enterprise_id && !EnterpriseInScope(*conn, ctx.scope(), enterprise_id))
    throw ApiException{Error::NotFound("enterprise")};
  const std::int64_t version =
      FileReport(*conn, p, enterprise_id, r, api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  json::object o = DayJson(*conn, p, r.day, enterprise_id);
  o["period"] = PeriodJson(p, Today(ctx));
  o["version"] = version;
  return api::JsonResponse(o, 201);
}

Response TodayHandler(Context& ctx) {
  if (!ctx.who().enterprise_id)
    core::Invalid(core::CoreErr("enterprise_account_required").At());
  const std::string today = Today(ctx);
  const std::int64_t enterprise_id = *ctx.who().enterprise_id;
  auto conn = ctx.svc.db->Acquire();
  PeriodFilter f{"current", today};
  json::array items;
  for (const auto& p : ListPeriods(*conn, ctx.scope(), f, 50, 0)) {
    json::object o = PeriodJson(p, today);
    o["day"] = DayJson(*conn, p, today, enterprise_id);
    // Earlier days not reported yet (a late report is still accepted), newest first.
    json::array missing;
    const auto first = core::ParseIsoDate(p.first_date);
    const auto t = core::ParseIsoDate(today);
    if (first && t)
      for (core::Date d = core::AddDays(*t, -1); !(d < *first) && missing.size() < 31;
           d = core::AddDays(d, -1)) {
        const std::string day = core::FormatIsoDate(d);
        if (!FindDay(*conn, p.id, day, enterprise_id))
          missing.push_back(json::object{{"report_date", day}, {"deadline_at", DeadlineAt(p, day)}});
      }
    o["missing_days"] = std::move(missing);
    items.push_back(std::move(o));
  }
  return api::JsonResponse(json::object{{"today", today}, {"items", std::move(items)}});
}

}  // namespace anjian::zero_report
