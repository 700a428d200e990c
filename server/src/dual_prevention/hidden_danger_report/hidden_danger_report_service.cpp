#include "dual_prevention/hidden_danger_report/hidden_danger_report_service.hpp"

#include <boost/json.hpp>
#include <set>
#include <spdlog/spdlog.h>

#include "audit/audit_service.hpp"
#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "core/hash_chain.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_repository.hpp"
#include "dual_prevention/hidden_danger_report/hidden_danger_report_errors.hpp"
#include "platform/api/actor.hpp"
#include "platform/storage/sql.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::hidden_danger_report {

namespace json = boost::json;

namespace {

// Serialises report generation of one enterprise (versions are numbered per period).
constexpr int64_t kLockBase = 0x4844520000000000LL;

json::object Levels(const LevelCounts& c) {
  return json::object{{"unassessed", c.unassessed},
                      {"ordinary", c.ordinary},
                      {"major", c.major},
                      {"total", c.total()}};
}

std::string FiguresJson(const Figures& f, const Period& p, const std::string& today) {
  json::array majors;
  for (const auto& m : f.majors)
    majors.push_back(json::object{
        {"id", m.id},
        {"title", m.title},
        {"state", m.state},
        {"found_on", m.found_on},
        {"deadline", m.deadline ? json::value(*m.deadline) : json::value(nullptr)},
        {"closed_on", m.closed_on ? json::value(*m.closed_on) : json::value(nullptr)},
        {"listed", m.listed}});
  return json::serialize(json::object{
      {"period_from", core::FormatIsoDate(p.first)},
      {"period_to", core::FormatIsoDate(p.last)},
      {"as_of", today},
      {"found", Levels(f.found)},
      {"closed", Levels(f.closed)},
      {"open", Levels(f.open)},
      {"overdue", Levels(f.overdue)},
      {"dismissed", f.dismissed},
      {"funds_fen", f.funds_fen},
      {"funds_recorded", f.funds_recorded},
      {"majors", std::move(majors)}});
}

// The SHA-256 of the report's canonical text: what the principal signs.
std::string ContentHash(int64_t enterprise_id, const std::string& period_key, int64_t version,
                        const std::string& figures, const std::string& analysis,
                        const std::string& next_measures) {
  return core::Sha256Hex(json::serialize(json::object{{"enterprise_id", enterprise_id},
                                                      {"period_key", period_key},
                                                      {"version", version},
                                                      {"figures", json::parse(figures)},
                                                      {"analysis", analysis},
                                                      {"next_measures", next_measures}}));
}

json::object AuditJson(const ReportRow& r) {
  return json::object{{"id", r.id},
                      {"enterprise_id", r.enterprise_id},
                      {"period_key", r.period_key},
                      {"version", r.version},
                      {"state", r.state},
                      {"content_hash", r.content_hash},
                      {"signed_by_name", r.signed_by_name},
                      {"signed_hash", r.signed_hash}};
}

std::string StateLabel(const std::string& state) {
  return std::string(ReportStateLabelZh(ParseReportState(state).value_or(ReportState::kDraft)));
}

bool IsEnterpriseAccount(const api::Principal& who) { return who.enterprise_id.has_value(); }

ReportRow MustFindOwn(storage::Connection& conn, const api::Principal& who, int64_t id) {
  auto r = FindReport(conn, api::Scope::For(who), id, !IsEnterpriseAccount(who), true);
  if (!r) throw ApiException{Error::NotFound("hidden-danger report")};
  return *r;
}

ReportDeadlineConfig LoadConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "hidden_danger_report_deadlines");
  if (!stored) return {};
  auto parsed = ParseReportDeadlineConfig(*stored);
  if (auto* c = std::get_if<ReportDeadlineConfig>(&parsed)) return *c;
  spdlog::warn("settings hidden_danger_report_deadlines is invalid; using the defaults");
  return {};
}

std::string DeadlineEndIso(const ReportDeadline& d) {
  return core::IsoFromUnix(core::ChinaDayStart(core::AddDays(d.last_day, 1)));
}

}  // namespace

ReportDeadline LoadDeadline(storage::Connection& conn, const Period& p) {
  return DeadlineOf(p, LoadConfig(conn), calendar::LoadWorkingCalendar(conn));
}

int64_t GenerateReport(storage::Connection& conn, const api::Principal& who, const Period& p,
                       int64_t now) {
  if (!IsEnterpriseAccount(who)) throw ApiException{Err("report_enterprise_only").Forbidden()};
  const core::Date today = core::ChinaDate(now);
  if (auto e = CheckPeriodEnded(p, today)) core::Invalid({*e});
  storage::Transaction tx(conn);
  const int64_t enterprise_id = *who.enterprise_id;
  storage::LockKeyForTransaction(conn, kLockBase + enterprise_id);
  auto ent = FindEnterprise(conn, api::Scope::For(who), enterprise_id);
  if (!ent) throw ApiException{Error::NotFound("enterprise")};
  if (auto draft = DraftOf(conn, enterprise_id, p.key))
    throw ApiException{Err("report_draft_exists").Conflict(*draft)};
  const auto previous = ReportVersions(conn, enterprise_id, p.key);
  const std::string now_iso = core::IsoFromUnix(now);
  const std::string today_iso = core::FormatIsoDate(today);
  ReportRow row;
  row.enterprise_id = enterprise_id;
  row.region_path = ent->region_path;
  row.period_key = p.key;
  row.period_kind = std::string(PeriodKindValue(p.kind));
  row.period_from = core::FormatIsoDate(p.first);
  row.period_to = core::FormatIsoDate(p.last);
  row.version = NextVersion(conn, enterprise_id, p.key);
  row.figures = FiguresJson(
      ComputeFigures(conn, enterprise_id, row.period_from, row.period_to, today_iso), p,
      today_iso);
  row.figures_at = now_iso;
  if (!previous.empty()) {  // a correction starts from the text of the latest version
    row.analysis = previous.front().analysis;
    row.next_measures = previous.front().next_measures;
  }
  row.content_hash = ContentHash(enterprise_id, p.key, row.version, row.figures, row.analysis,
                                 row.next_measures);
  row.created_by_name = who.display_name;
  row.created_at = now_iso;
  row.updated_at = now_iso;
  row.id = InsertReport(conn, row, who.user_id);
  AppendEvent(conn, row.id, "generate", who.user_id, who.display_name, now_iso, row.content_hash);
  row.state = "draft";
  audit::Append(conn, api::ActorOf(who, now), "create", "hidden_danger_report",
                std::to_string(row.id), nullptr, AuditJson(row));
  tx.Commit();
  return row.id;
}

void EditDraft(storage::Connection& conn, const api::Principal& who, int64_t id,
               const DraftEdit& in, int64_t now) {
  storage::Transaction tx(conn);
  auto r = MustFindOwn(conn, who, id);
  if (!IsEnterpriseAccount(who)) throw ApiException{Err("report_enterprise_only").Forbidden()};
  if (!CanEdit(ParseReportState(r.state).value_or(ReportState::kSubmitted)))
    throw ApiException{Err("report_not_draft").Conflict(StateLabel(r.state))};
  const std::string now_iso = core::IsoFromUnix(now);
  std::string figures = r.figures, figures_at = r.figures_at;
  if (in.refresh_figures) {
    const auto p = PeriodFromKey(r.period_key);
    const std::string today = core::ChinaIsoDate(now);
    figures = FiguresJson(ComputeFigures(conn, r.enterprise_id, r.period_from, r.period_to, today),
                          *p, today);
    figures_at = now_iso;
  }
  const std::string hash =
      ContentHash(r.enterprise_id, r.period_key, r.version, figures, in.analysis, in.next_measures);
  if (hash == r.content_hash) return;  // nothing changed
  const auto before = AuditJson(r);
  UpdateDraft(conn, id, in.analysis, in.next_measures, figures, figures_at, hash, now_iso);
  AppendEvent(conn, id, "update", who.user_id, who.display_name, now_iso, hash);
  r.content_hash = hash;
  audit::Append(conn, api::ActorOf(who, now), "update", "hidden_danger_report", std::to_string(id),
                before, AuditJson(r));
  tx.Commit();
}

void SignReport(storage::Connection& conn, const api::Principal& who, int64_t id,
                const std::string& content_hash, int64_t now) {
  storage::Transaction tx(conn);
  auto r = MustFindOwn(conn, who, id);
  // The registry links a principal to an enterprise by the role alone.
  if (!(who.enterprise_id && *who.enterprise_id == r.enterprise_id &&
        who.HasRole("ent_principal")))
    throw ApiException{Err("report_sign_principal_only").Forbidden()};
  if (!CanSign(ParseReportState(r.state).value_or(ReportState::kSubmitted)))
    throw ApiException{Err("report_not_draft").Conflict(StateLabel(r.state))};
  std::vector<FieldError> errors;
  if (r.analysis.empty()) errors.push_back(core::CoreErr("required").At("analysis"));
  if (r.next_measures.empty()) errors.push_back(core::CoreErr("required").At("next_measures"));
  if (content_hash.empty())
    errors.push_back(core::CoreErr("required").At("content_hash"));
  else if (content_hash != r.content_hash)
    errors.push_back(Err("report_content_changed").At("content_hash"));
  if (!errors.empty()) core::Invalid(std::move(errors));
  const std::string now_iso = core::IsoFromUnix(now);
  const auto before = AuditJson(r);
  StoreSigned(conn, id, who.user_id, who.display_name, now_iso, r.content_hash);
  AppendEvent(conn, id, "sign", who.user_id, who.display_name, now_iso, r.content_hash);
  r.state = "signed";
  r.signed_by_name = who.display_name;
  r.signed_hash = r.content_hash;
  audit::Append(conn, api::ActorOf(who, now), "sign_hidden_danger_report", "hidden_danger_report",
                std::to_string(id), before, AuditJson(r));
  tx.Commit();
}

void SubmitReport(storage::Connection& conn, const api::Principal& who, int64_t id,
                  notifications::PendingPushes& pushes, int64_t now) {
  storage::Transaction tx(conn);
  auto r = MustFindOwn(conn, who, id);
  if (!IsEnterpriseAccount(who)) throw ApiException{Err("report_enterprise_only").Forbidden()};
  if (!CanSubmit(ParseReportState(r.state).value_or(ReportState::kDraft)))
    throw ApiException{Err("report_not_signed").Conflict(StateLabel(r.state))};
  const std::string now_iso = core::IsoFromUnix(now);
  const auto before = AuditJson(r);
  StoreSubmitted(conn, id, who.display_name, now_iso);
  AppendEvent(conn, id, "submit", who.user_id, who.display_name, now_iso, r.content_hash);
  r.state = "submitted";
  audit::Append(conn, api::ActorOf(who, now), "submit_hidden_danger_report",
                "hidden_danger_report", std::to_string(id), before, AuditJson(r));
  const auto p = PeriodFromKey(r.period_key);
  const std::string title = "隐患排查治理情况报告已报送：" + r.enterprise_name + "（" +
                            (p ? p->label_zh : r.period_key) +
                            (r.version > 1 ? "，第" + std::to_string(r.version) + "版" : "") + "）";
  std::set<int64_t> done;
  for (auto uid : hidden_danger::SupervisingRegulatorIds(conn, r.region_path))
    if (done.insert(uid).second)
      pushes.Notify(conn, uid, "hidden_danger_report", title,
                    "主要负责人" + r.signed_by_name + "已签署", "/hidden-danger-reports/" +
                                                                 std::to_string(id));
  tx.Commit();
}

std::optional<ReportDetail> GetReport(storage::Connection& conn, const api::Principal& who,
                                      int64_t id, int64_t now) {
  const bool enterprise = IsEnterpriseAccount(who);
  auto r = FindReport(conn, api::Scope::For(who), id, !enterprise);
  if (!r) return std::nullopt;
  ReportDetail d;
  d.report = std::move(*r);
  d.period = *PeriodFromKey(d.report.period_key);
  d.deadline = LoadDeadline(conn, d.period);
  std::optional<core::Date> first_submitted;
  for (auto& v : ReportVersions(conn, d.report.enterprise_id, d.report.period_key)) {
    if (v.submitted_at) {
      const auto day = core::ChinaDate(core::UnixFromIso(*v.submitted_at));
      if (!first_submitted || day < *first_submitted) first_submitted = day;
    }
    if (enterprise || v.submitted_at) d.versions.push_back(std::move(v));
  }
  d.status = SubmissionStatusOf(first_submitted, core::ChinaDate(now), d.deadline.last_day);
  d.events = ReportEvents(conn, id);
  const auto state = ParseReportState(d.report.state).value_or(ReportState::kSubmitted);
  const bool latest = !d.versions.empty() && d.versions.front().id == d.report.id;
  d.can_edit = enterprise && who.Can("hidden_danger:handle") && CanEdit(state);
  d.can_sign = enterprise && who.HasRole("ent_principal") && CanSign(state);
  d.can_submit = enterprise && who.Can("hidden_danger:handle") && CanSubmit(state);
  d.can_correct = enterprise && who.Can("hidden_danger:handle") && latest &&
                  state != ReportState::kDraft;
  return d;
}

OverviewPage Overview(storage::Connection& conn, const api::Principal& who,
                      const OverviewQuery& q, int64_t limit, int64_t offset, int64_t now) {
  OverviewPage page;
  page.deadline = LoadDeadline(conn, q.period);
  const core::Date today = core::ChinaDate(now);
  const bool due = today > page.deadline.last_day;
  OverviewFilter f;
  f.period_key = q.period.key;
  f.deadline_end_iso = DeadlineEndIso(page.deadline);
  f.q = q.q;
  if (q.status) {
    switch (*q.status) {
      case SubmissionStatus::kOnTime: f.status = OverviewStatus::kOnTime; break;
      case SubmissionStatus::kLate: f.status = OverviewStatus::kLate; break;
      case SubmissionStatus::kPending:
        f.status = due ? OverviewStatus::kNone : OverviewStatus::kUnsubmitted;
        break;
      case SubmissionStatus::kMissing:
        f.status = due ? OverviewStatus::kUnsubmitted : OverviewStatus::kNone;
        break;
    }
  }
  const auto scope = api::Scope::For(who);
  OverviewFilter all = f;
  all.status = OverviewStatus::kAll;
  page.counts = CountOverview(conn, scope, all);
  page.total = f.status == OverviewStatus::kAll ? page.counts.enterprises
               : f.status == OverviewStatus::kOnTime ? page.counts.on_time
               : f.status == OverviewStatus::kLate ? page.counts.late
               : f.status == OverviewStatus::kUnsubmitted ? page.counts.unsubmitted
                                                          : 0;
  for (auto& row : ListOverview(conn, scope, f, limit, offset)) {
    std::optional<core::Date> first;
    if (row.first_submitted_at)
      first = core::ChinaDate(core::UnixFromIso(*row.first_submitted_at));
    OverviewItem item{std::move(row), SubmissionStatusOf(first, today, page.deadline.last_day)};
    page.items.push_back(std::move(item));
  }
  return page;
}

int64_t RemindUnsubmitted(storage::Connection& conn, const api::Principal& who, const Period& p,
                          const std::optional<std::vector<int64_t>>& enterprise_ids,
                          notifications::PendingPushes& pushes, int64_t now) {
  storage::Transaction tx(conn);
  const auto deadline = LoadDeadline(conn, p);
  OverviewFilter f;
  f.period_key = p.key;
  f.deadline_end_iso = DeadlineEndIso(deadline);
  f.status = OverviewStatus::kUnsubmitted;
  f.enterprise_ids = enterprise_ids;
  const auto rows = ListOverview(conn, api::Scope::For(who), f, 100000, 0);
  const std::string title = "请报送" + p.label_zh + "隐患排查治理情况报告（期限 " +
                            core::FormatIsoDate(deadline.last_day) + "）";
  json::array reminded;
  for (const auto& row : rows) {
    for (auto uid : EnterpriseManagerIds(conn, row.enterprise_id))
      pushes.Notify(conn, uid, "hidden_danger_report_reminder", title,
                    "由主要负责人签署后报送属地监管部门（" + deadline.source_zh + "）",
                    "/hidden-danger-reports");
    reminded.push_back(row.enterprise_id);
  }
  if (!reminded.empty())
    audit::Append(conn, api::ActorOf(who, now), "remind", "hidden_danger_report", p.key, nullptr,
                  json::object{{"period_key", p.key}, {"enterprise_ids", reminded}});
  tx.Commit();
  return static_cast<int64_t>(reminded.size());
}

}  // namespace anjian::hidden_danger_report
