// /api/v1/hidden-danger-reports: parse, call the service, render.
#include "dual_prevention/hidden_danger_report/hidden_danger_report_handlers.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/hidden_danger_report/hidden_danger_report_service.hpp"
#include "platform/api/json.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::hidden_danger_report {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

constexpr size_t kMaxTextChars = 5000;

std::optional<int64_t> QueryInt(Context& ctx, const char* name, std::vector<FieldError>& errors) {
  auto v = ctx.req.Query(name);
  if (!v || v->empty()) return std::nullopt;
  if (v->size() > 9 || v->find_first_not_of("0123456789") != std::string::npos) {
    errors.push_back(core::CoreErr("type").At(name, "an integer", "整数"));
    return std::nullopt;
  }
  return std::stoll(*v);
}

Period PeriodOfQuery(Context& ctx, std::vector<FieldError>& errors) {
  const std::string kind = api::Trim(ctx.req.Query("period_kind").value_or(""));
  auto year = QueryInt(ctx, "year", errors);
  auto quarter = QueryInt(ctx, "quarter", errors);
  auto made = MakePeriod(kind, year, quarter);
  if (auto* e = std::get_if<std::vector<FieldError>>(&made)) {
    errors.insert(errors.end(), e->begin(), e->end());
    return {};
  }
  return std::get<Period>(made);
}

Period PeriodOfBody(api::JsonInput& in) {
  const std::string kind = in.Str("period_kind", false, 10);
  auto year = in.Int("year");
  auto quarter = in.Int("quarter");
  auto made = MakePeriod(kind, year, quarter);
  if (auto* e = std::get_if<std::vector<FieldError>>(&made)) {
    for (auto& f : *e) in.AddError(std::move(f));
    return {};
  }
  return std::get<Period>(made);
}

json::value Opt(const std::optional<std::string>& s) {
  return s ? json::value(*s) : json::value(nullptr);
}

json::object DeadlineJson(const ReportDeadline& d) {
  return json::object{{"last_day", core::FormatIsoDate(d.last_day)},
                      {"nominal_last_day", core::FormatIsoDate(d.nominal_last_day)},
                      {"moved", d.moved},
                      {"days_after", d.days_after},
                      {"source_zh", d.source_zh},
                      {"source_en", d.source_en}};
}

json::object PeriodJson(const Period& p) {
  return json::object{{"key", p.key},
                      {"kind", PeriodKindValue(p.kind)},
                      {"year", p.year},
                      {"quarter", p.quarter ? json::value(p.quarter) : json::value(nullptr)},
                      {"from", core::FormatIsoDate(p.first)},
                      {"to", core::FormatIsoDate(p.last)},
                      {"label_zh", p.label_zh},
                      {"label_en", p.label_en}};
}

json::object ReportJson(const ReportRow& r) {
  const auto p = PeriodFromKey(r.period_key);
  json::value figures;
  try {
    figures = json::parse(r.figures);
  } catch (...) {
    figures = json::object{};
  }
  return json::object{
      {"id", r.id},
      {"enterprise_id", r.enterprise_id},
      {"enterprise_name", r.enterprise_name},
      {"period", p ? json::value(PeriodJson(*p)) : json::value(nullptr)},
      {"version", r.version},
      {"state", r.state},
      {"state_label_zh",
       ReportStateLabelZh(ParseReportState(r.state).value_or(ReportState::kDraft))},
      {"figures", std::move(figures)},
      {"figures_at", r.figures_at},
      {"analysis", r.analysis},
      {"next_measures", r.next_measures},
      {"content_hash", r.content_hash},
      {"created_by_name", r.created_by_name},
      {"created_at", r.created_at},
      {"updated_at", r.updated_at},
      {"signed_by_name", r.signed_by_name},
      {"signed_at", Opt(r.signed_at)},
      {"signed_hash", r.signed_hash},
      {"submitted_by_name", r.submitted_by_name},
      {"submitted_at", Opt(r.submitted_at)}};
}

Response Detail(Context& ctx, int64_t id, int status = 200) {
  auto conn = ctx.svc.db->Acquire();
  auto d = hidden_danger_report::GetReport(*conn, ctx.who(), id, ctx.Now());
  if (!d) throw ApiException{Error::NotFound("hidden-danger report")};
  auto o = ReportJson(d->report);
  o["deadline"] = DeadlineJson(d->deadline);
  o["submission_status"] = SubmissionStatusValue(d->status);
  json::array versions;
  for (const auto& v : d->versions)
    versions.push_back(json::object{{"id", v.id},
                                    {"version", v.version},
                                    {"state", v.state},
                                    {"signed_at", Opt(v.signed_at)},
                                    {"submitted_at", Opt(v.submitted_at)}});
  o["versions"] = std::move(versions);
  json::array events;
  for (const auto& e : d->events)
    events.push_back(json::object{{"id", e.id},
                                  {"action", e.action},
                                  {"actor_name", e.actor_name},
                                  {"at", e.at},
                                  {"content_hash", e.content_hash}});
  o["events"] = std::move(events);
  o["can_edit"] = d->can_edit;
  o["can_sign"] = d->can_sign;
  o["can_submit"] = d->can_submit;
  o["can_correct"] = d->can_correct;
  return api::JsonResponse(std::move(o), status);
}

// Without any period parameter: the last ended quarter (China calendar).
Period LastEndedQuarter(int64_t now) {
  const core::Date today = core::ChinaDate(now);
  const int q = (today.month - 1) / 3 + 1;
  return *PeriodFromKey(q == 1 ? std::to_string(today.year - 1) + "-Q4"
                               : std::to_string(today.year) + "-Q" + std::to_string(q - 1));
}

OverviewQuery OverviewQueryOf(Context& ctx) {
  std::vector<FieldError> errors;
  OverviewQuery q;
  auto given = [&](const char* name) {
    auto v = ctx.req.Query(name);
    return v && !v->empty();
  };
  q.period = given("period_kind") || given("year") || given("quarter")
                 ? PeriodOfQuery(ctx, errors)
                 : LastEndedQuarter(ctx.Now());
  const std::string status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!status.empty()) {
    q.status = ParseSubmissionStatus(status);
    if (!q.status)
      errors.push_back(core::CoreErr("status_invalid")
                           .At("status", "on_time, late, pending, missing",
                               "on_time（按时报送）、late（逾期报送）、pending（未到期未报送）、"
                               "missing（逾期未报送）"));
  }
  q.q = api::Trim(ctx.req.Query("q").value_or(""));
  if (api::Utf8Length(q.q) > 100) errors.push_back(core::CoreErr("max_length").At("q", 100));
  if (!errors.empty()) core::Invalid(std::move(errors));
  return q;
}

const char* StatusZh(SubmissionStatus s) {
  switch (s) {
    case SubmissionStatus::kOnTime: return "按时报送";
    case SubmissionStatus::kLate: return "逾期报送";
    case SubmissionStatus::kPending: return "未报送（未到期）";
    case SubmissionStatus::kMissing: return "逾期未报送";
  }
  return "";
}

}  // namespace

Response ListReports(Context& ctx) {
  std::vector<FieldError> errors;
  ReportFilter f;
  f.period_key = api::Trim(ctx.req.Query("period_key").value_or(""));
  if (!f.period_key.empty() && !PeriodFromKey(f.period_key))
    errors.push_back(core::CoreErr("kind_invalid")
                         .At("period_key", "YYYY-Qn or YYYY", "YYYY-Qn（季度）或 YYYY（年度）"));
  f.enterprise_id = QueryInt(ctx, "enterprise_id", errors);
  if (!errors.empty()) core::Invalid(std::move(errors));
  f.submitted_only = !ctx.who().enterprise_id.has_value();
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  json::array items;
  for (const auto& r : hidden_danger_report::ListReports(*conn, ctx.scope(), f, size,
                                                         (page - 1) * size)) {
    auto o = ReportJson(r);
    o.erase("figures");
    items.push_back(std::move(o));
  }
  return api::JsonResponse(
      api::PageJson(std::move(items), CountReports(*conn, ctx.scope(), f), page, size));
}

Response GenerateReport(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  const Period p = PeriodOfBody(in);
  in.Finish();
  int64_t id = 0;
  {
    auto conn = ctx.svc.db->Acquire();
    id = hidden_danger_report::GenerateReport(*conn, ctx.who(), p, ctx.Now());
  }
  return Detail(ctx, id, 201);
}

Response GetReport(Context& ctx) { return Detail(ctx, ctx.PathId()); }

Response EditReport(Context& ctx) {
  const int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  DraftEdit e;
  e.analysis = in.Str("analysis", false, kMaxTextChars);
  e.next_measures = in.Str("next_measures", false, kMaxTextChars);
  e.refresh_figures = in.Bool("refresh_figures", false);
  in.Finish();
  {
    auto conn = ctx.svc.db->Acquire();
    EditDraft(*conn, ctx.who(), id, e, ctx.Now());
  }
  return Detail(ctx, id);
}

Response SignReport(Context& ctx) {
  const int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  const std::string hash = in.Str("content_hash", false, 64);
  in.Finish();
  {
    auto conn = ctx.svc.db->Acquire();
    hidden_danger_report::SignReport(*conn, ctx.who(), id, hash, ctx.Now());
  }
  return Detail(ctx, id);
}

Response SubmitReport(Context& ctx) {
  const int64_t id = ctx.PathId();
  {
    auto conn = ctx.svc.db->Acquire();
    notifications::PendingPushes pushes(*ctx.svc.clock);
    hidden_danger_report::SubmitReport(*conn, ctx.who(), id, pushes, ctx.Now());
    pushes.Flush(ctx.svc.notifier, *conn);
  }
  return Detail(ctx, id);
}

Response Overview(Context& ctx) {
  const auto q = OverviewQueryOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const auto result =
      hidden_danger_report::Overview(*conn, ctx.who(), q, size, (page - 1) * size, ctx.Now());
  json::array items;
  for (const auto& i : result.items)
    items.push_back(json::object{
        {"enterprise_id", i.row.enterprise_id},
        {"enterprise_name", i.row.enterprise_name},
        {"region_code", i.row.region_code},
        {"region_name", i.row.region_name},
        {"status", SubmissionStatusValue(i.status)},
        {"first_submitted_at", Opt(i.row.first_submitted_at)},
        {"latest_report_id",
         i.row.latest_report_id ? json::value(*i.row.latest_report_id) : json::value(nullptr)},
        {"submitted_versions", i.row.submitted_versions}});
  auto o = api::PageJson(std::move(items), result.total, page, size);
  o["period"] = PeriodJson(q.period);
  o["deadline"] = DeadlineJson(result.deadline);
  o["counts"] = json::object{{"enterprises", result.counts.enterprises},
                             {"on_time", result.counts.on_time},
                             {"late", result.counts.late},
                             {"unsubmitted", result.counts.unsubmitted}};
  return api::JsonResponse(std::move(o));
}

Response OverviewExport(Context& ctx) {
  const auto q = OverviewQueryOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  const auto result = hidden_danger_report::Overview(*conn, ctx.who(), q, 100000, 0, ctx.Now());
  std::vector<std::vector<office::Cell>> rows;
  int64_t n = 0;
  for (const auto& i : result.items)
    rows.push_back({++n, i.row.enterprise_name, i.row.region_name, StatusZh(i.status),
                    i.row.first_submitted_at
                        ? core::ChinaIsoDateTime(core::UnixFromIso(*i.row.first_submitted_at))
                        : std::string(),
                    i.row.submitted_versions});
  return api::XlsxDownload("隐患排查治理情况报告报送情况_" + q.period.key + ".xlsx",
                           q.period.label_zh,
                           {"序号", "企业名称", "所在区域", "报送情况（期限 " +
                                                          core::FormatIsoDate(
                                                              result.deadline.last_day) +
                                                          "）",
                            "首次报送时间", "报送版本数"},
                           rows);
}

Response Remind(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  const Period p = PeriodOfBody(in);
  std::optional<std::vector<int64_t>> ids;
  if (in.Has("enterprise_ids")) ids = in.IdList("enterprise_ids", 10000);
  in.Finish();
  int64_t reminded = 0;
  {
    auto conn = ctx.svc.db->Acquire();
    notifications::PendingPushes pushes(*ctx.svc.clock);
    reminded = RemindUnsubmitted(*conn, ctx.who(), p, ids, pushes, ctx.Now());
    pushes.Flush(ctx.svc.notifier, *conn);
  }
  return api::JsonResponse(json::object{{"reminded_enterprises", reminded}});
}

}  // namespace anjian::hidden_danger_report
