#include "emergency/plans/plan_repository.hpp"

#include "platform/storage/like.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::emergency_plans {

using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT p.id, p.enterprise_id, p.region_path, p.kind, p.title, p.status, p.current_version, "
    "p.published_on, p.signed_by, p.signed_by_name, p.filed_on, p.filing_number, "
    "p.revision_cause, p.revision_source_kind, p.revision_source_id, p.revision_note, "
    "p.revision_required_at, p.created_by, p.created_at, p.updated_at, p.row_version, "
    "e.name AS enterprise_name, e.industry AS enterprise_industry "
    "FROM emergency_plans p JOIN enterprises e ON e.id = p.enterprise_id ";

PlanRow RowAt(const storage::ResultSet& rs, size_t i) {
  PlanRow r;
  r.id = rs.Int(i, "id");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.region_path = rs.Text(i, "region_path");
  r.kind = rs.Text(i, "kind");
  r.title = rs.Text(i, "title");
  r.status = rs.Text(i, "status");
  r.current_version = rs.Int(i, "current_version");
  r.published_on = rs.OptText(i, "published_on");
  r.signed_by = rs.OptInt(i, "signed_by");
  r.signed_by_name = rs.Text(i, "signed_by_name");
  r.filed_on = rs.OptText(i, "filed_on");
  r.filing_number = rs.Text(i, "filing_number");
  r.revision_cause = rs.Text(i, "revision_cause");
  r.revision_source_kind = rs.Text(i, "revision_source_kind");
  r.revision_source_id = rs.OptInt(i, "revision_source_id");
  r.revision_note = rs.Text(i, "revision_note");
  r.revision_required_at = rs.OptText(i, "revision_required_at");
  r.created_by = rs.Int(i, "created_by");
  r.created_at = rs.Text(i, "created_at");
  r.updated_at = rs.Text(i, "updated_at");
  r.row_version = rs.Int(i, "row_version");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.enterprise_industry = rs.Text(i, "enterprise_industry");
  return r;
}

struct Where {
  std::string sql;
  std::vector<Value> params;
};

Where WhereOf(const api::Scope& scope, const PlanFilter& f) {
  auto sf = api::ScopeSql(scope, "p.region_path", "p.enterprise_id");
  Where w{" WHERE " + sf.sql, sf.params};
  if (!f.kind.empty()) {
    w.sql += " AND p.kind = ?";
    w.params.push_back(f.kind);
  }
  if (!f.status.empty()) {
    w.sql += " AND p.status = ?";
    w.params.push_back(f.status);
  }
  if (!f.keyword.empty()) {
    w.sql += " AND (" + storage::LikeContains("p.title") + " OR " +
             storage::LikeContains("e.name") + ")";
    w.params.push_back(storage::ContainsPattern(f.keyword));
    w.params.push_back(storage::ContainsPattern(f.keyword));
  }
  if (f.enterprise_id) {
    w.sql += " AND p.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  return w;
}

FilingRow FilingAt(const storage::ResultSet& rs, size_t i) {
  FilingRow f;
  f.id = rs.Int(i, "id");
  f.plan_id = rs.Int(i, "plan_id");
  f.region_path = rs.Text(i, "region_path");
  f.version_no = rs.Int(i, "version_no");
  f.published_on = rs.Text(i, "published_on");
  f.status = rs.Text(i, "status");
  f.application_file_id = rs.Int(i, "application_file_id");
  f.review_opinion_file_id = rs.Int(i, "review_opinion_file_id");
  f.plan_file_id = rs.Int(i, "plan_file_id");
  f.risk_assessment_file_id = rs.Int(i, "risk_assessment_file_id");
  f.resource_survey_file_id = rs.Int(i, "resource_survey_file_id");
  f.submitted_by = rs.Int(i, "submitted_by");
  f.submitted_by_name = rs.Text(i, "submitted_by_name");
  f.submitted_at = rs.Text(i, "submitted_at");
  f.submitted_on = rs.Text(i, "submitted_on");
  f.decided_by = rs.OptInt(i, "decided_by");
  f.decided_by_name = rs.Text(i, "decided_by_name");
  f.agency_id = rs.OptInt(i, "agency_id");
  f.agency_name = rs.Text(i, "agency_name");
  f.decided_at = rs.OptText(i, "decided_at");
  f.reasons = rs.Text(i, "reasons");
  f.filing_number = rs.Text(i, "filing_number");
  return f;
}

}  // namespace

std::vector<PlanSummary> ListEnterprisePlans(storage::Connection& conn,
                                             std::int64_t enterprise_id) {
  auto rs = conn.Query(
      "SELECT id, kind, title, status FROM emergency_plans WHERE enterprise_id = ? "
      "ORDER BY CASE kind WHEN 'comprehensive' THEN 0 WHEN 'special' THEN 1 ELSE 2 END, id",
      {enterprise_id});
  std::vector<PlanSummary> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "kind"), rs.Text(i, "title"),
                   rs.Text(i, "status")});
  return out;
}

std::optional<EnterpriseOfPlan> FindEnterpriseInScope(storage::Connection& conn,
                                                      const api::Scope& scope, std::int64_t id) {
  auto sf = api::ScopeSql(scope, "region_path", "id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(
      "SELECT name, region_path, industry, legal_representative FROM enterprises WHERE id = ? "
      "AND status = 'active' AND " + sf.sql,
      params);
  if (rs.empty()) return std::nullopt;
  return EnterpriseOfPlan{rs.Text(0, "name"), rs.Text(0, "region_path"), rs.Text(0, "industry"),
                          rs.Text(0, "legal_representative")};
}

std::int64_t InsertPlan(storage::Connection& conn, std::int64_t enterprise_id,
                        const std::string& region_path, const std::string& kind,
                        const std::string& title, std::int64_t by, const std::string& at) {
  auto rs = conn.Query(
      "INSERT INTO emergency_plans (enterprise_id, region_path, kind, title, status, "
      "current_version, created_by, created_at, updated_at, row_version) "
      "VALUES (?, ?, ?, ?, 'draft', 0, ?, ?, ?, 1) RETURNING id",
      {enterprise_id, region_path, kind, title, by, at, at});
  return rs.Int(0, "id");
}

void SavePlan(storage::Connection& conn, const PlanRow& p, const std::string& at) {
  conn.Exec(
      "UPDATE emergency_plans SET kind = ?, title = ?, status = ?, current_version = ?, "
      "published_on = ?, signed_by = ?, signed_by_name = ?, filed_on = ?, filing_number = ?, "
      "revision_cause = ?, revision_source_kind = ?, revision_source_id = ?, revision_note = ?, "
      "revision_required_at = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?",
      {p.kind, p.title, p.status, p.current_version, storage::Nullable(p.published_on),
       storage::Nullable(p.signed_by), p.signed_by_name, storage::Nullable(p.filed_on),
       p.filing_number, p.revision_cause, p.revision_source_kind,
       storage::Nullable(p.revision_source_id), p.revision_note,
       storage::Nullable(p.revision_required_at), at, p.id});
}

std::optional<PlanRow> FindPlan(storage::Connection& conn, const api::Scope& scope,
                                std::int64_t id) {
  auto sf = api::ScopeSql(scope, "p.region_path", "p.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string(kSelect) + " WHERE p.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::optional<PlanRow> LockPlan(storage::Connection& conn, std::int64_t id) {
  conn.Query(std::string("SELECT id FROM emergency_plans WHERE id = ?") +
                 storage::ForUpdate(conn),
             {id});
  auto rs = conn.Query(std::string(kSelect) + " WHERE p.id = ?", {id});
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::int64_t CountPlans(storage::Connection& conn, const api::Scope& scope, const PlanFilter& f) {
  auto w = WhereOf(scope, f);
  return conn
      .Query("SELECT COUNT(*) AS n FROM emergency_plans p JOIN enterprises e ON e.id = "
             "p.enterprise_id" + w.sql,
             w.params)
      .Int(0, "n");
}

std::vector<PlanRow> ListPlanRows(storage::Connection& conn, const api::Scope& scope,
                                  const PlanFilter& f, std::int64_t limit, std::int64_t offset) {
  auto w = WhereOf(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + w.sql +
                           " ORDER BY e.name, CASE p.kind WHEN 'comprehensive' THEN 0 WHEN "
                           "'special' THEN 1 ELSE 2 END, p.id LIMIT ? OFFSET ?",
                       w.params);
  std::vector<PlanRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowAt(rs, i));
  return out;
}

void InsertVersion(storage::Connection& conn, std::int64_t plan_id, const VersionRow& v) {
  conn.Exec(
      "INSERT INTO emergency_plan_versions (plan_id, version_no, document_file_id, "
      "risk_assessment_file_id, resource_survey_file_id, summary, created_by, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {plan_id, v.version_no, v.document_file_id, v.risk_assessment_file_id,
       v.resource_survey_file_id, v.summary, v.created_by, v.created_at});
}

std::vector<VersionRow> PlanVersions(storage::Connection& conn, std::int64_t plan_id) {
  auto rs = conn.Query(
      "SELECT v.id, v.version_no, v.document_file_id, v.risk_assessment_file_id, "
      "v.resource_survey_file_id, v.summary, v.created_by, v.created_at, "
      "u.display_name AS by_name FROM emergency_plan_versions v JOIN users u ON u.id = "
      "v.created_by WHERE v.plan_id = ? ORDER BY v.version_no",
      {plan_id});
  std::vector<VersionRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    VersionRow v;
    v.id = rs.Int(i, "id");
    v.version_no = rs.Int(i, "version_no");
    v.document_file_id = rs.Int(i, "document_file_id");
    v.risk_assessment_file_id = rs.Int(i, "risk_assessment_file_id");
    v.resource_survey_file_id = rs.Int(i, "resource_survey_file_id");
    v.summary = rs.Text(i, "summary");
    v.created_by = rs.Int(i, "created_by");
    v.created_by_name = rs.Text(i, "by_name");
    v.created_at = rs.Text(i, "created_at");
    out.push_back(std::move(v));
  }
  return out;
}

void InsertReview(storage::Connection& conn, std::int64_t plan_id, const ReviewRow& r) {
  conn.Exec(
      "INSERT INTO emergency_plan_reviews (plan_id, version_no, review_kind, reviewed_on, "
      "experts_json, minutes_file_id, conclusion, created_by, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {plan_id, r.version_no, r.review_kind, r.reviewed_on, r.experts_json, r.minutes_file_id,
       r.conclusion, r.created_by, r.created_at});
}

std::vector<ReviewRow> PlanReviews(storage::Connection& conn, std::int64_t plan_id) {
  auto rs = conn.Query(
      "SELECT r.id, r.version_no, r.review_kind, r.reviewed_on, r.experts_json, "
      "r.minutes_file_id, r.conclusion, r.created_by, r.created_at, u.display_name AS by_name "
      "FROM emergency_plan_reviews r JOIN users u ON u.id = r.created_by WHERE r.plan_id = ? "
      "ORDER BY r.version_no, r.id",
      {plan_id});
  std::vector<ReviewRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    ReviewRow r;
    r.id = rs.Int(i, "id");
    r.version_no = rs.Int(i, "version_no");
    r.review_kind = rs.Text(i, "review_kind");
    r.reviewed_on = rs.Text(i, "reviewed_on");
    r.experts_json = rs.Text(i, "experts_json");
    r.minutes_file_id = rs.Int(i, "minutes_file_id");
    r.conclusion = rs.Text(i, "conclusion");
    r.created_by = rs.Int(i, "created_by");
    r.created_at = rs.Text(i, "created_at");
    r.created_by_name = rs.Text(i, "by_name");
    out.push_back(std::move(r));
  }
  return out;
}

std::int64_t InsertFiling(storage::Connection& conn, const FilingRow& f) {
  auto rs = conn.Query(
      "INSERT INTO emergency_plan_filings (plan_id, region_path, version_no, published_on, "
      "status, application_file_id, review_opinion_file_id, plan_file_id, "
      "risk_assessment_file_id, resource_survey_file_id, submitted_by, submitted_at, "
      "submitted_on) VALUES (?, ?, ?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {f.plan_id, f.region_path, f.version_no, f.published_on, f.application_file_id,
       f.review_opinion_file_id, f.plan_file_id, f.risk_assessment_file_id,
       f.resource_survey_file_id, f.submitted_by, f.submitted_at, f.submitted_on});
  return rs.Int(0, "id");
}

void DecideFiling(storage::Connection& conn, std::int64_t filing_id, const std::string& status,
                  std::int64_t by, const std::string& by_name,
                  std::optional<std::int64_t> agency_id, const std::string& at,
                  const std::string& reasons, const std::string& number) {
  conn.Exec(
      "UPDATE emergency_plan_filings SET status = ?, decided_by = ?, decided_by_name = ?, "
      "agency_id = ?, decided_at = ?, reasons = ?, filing_number = ? WHERE id = ?",
      {status, by, by_name, storage::Nullable(agency_id), at, reasons, number, filing_id});
}

std::vector<FilingRow> PlanFilings(storage::Connection& conn, std::int64_t plan_id) {
  auto rs = conn.Query(
      "SELECT f.*, u.display_name AS submitted_by_name, COALESCE(g.name, '') AS agency_name "
      "FROM emergency_plan_filings f JOIN users u ON u.id = f.submitted_by "
      "LEFT JOIN agencies g ON g.id = f.agency_id WHERE f.plan_id = ? ORDER BY f.id",
      {plan_id});
  std::vector<FilingRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(FilingAt(rs, i));
  return out;
}

std::int64_t CountFilingNumbers(storage::Connection& conn, const std::string& prefix) {
  return conn
      .Query("SELECT COUNT(*) AS n FROM emergency_plan_filings WHERE SUBSTR(filing_number, 1, ?) = ?",
             {static_cast<std::int64_t>(prefix.size()), prefix})
      .Int(0, "n");
}

std::int64_t InsertEvaluation(storage::Connection& conn, std::int64_t plan_id,
                              const EvaluationRow& e) {
  return conn.Query(
      "INSERT INTO emergency_plan_evaluations (plan_id, evaluated_on, conclusion, cause, "
      "report_file_id, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {plan_id, e.evaluated_on, e.conclusion, e.cause, e.report_file_id, e.note, e.created_by,
       e.created_at}).Int(0, "id");
}

std::vector<EvaluationRow> PlanEvaluations(storage::Connection& conn, std::int64_t plan_id) {
  auto rs = conn.Query(
      "SELECT v.id, v.evaluated_on, v.conclusion, v.cause, v.report_file_id, v.note, "
      "v.created_by, v.created_at, u.display_name AS by_name FROM emergency_plan_evaluations v "
      "JOIN users u ON u.id = v.created_by WHERE v.plan_id = ? ORDER BY v.evaluated_on, v.id",
      {plan_id});
  std::vector<EvaluationRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    EvaluationRow e;
    e.id = rs.Int(i, "id");
    e.evaluated_on = rs.Text(i, "evaluated_on");
    e.conclusion = rs.Text(i, "conclusion");
    e.cause = rs.Text(i, "cause");
    e.report_file_id = rs.Int(i, "report_file_id");
    e.note = rs.Text(i, "note");
    e.created_by = rs.Int(i, "created_by");
    e.created_at = rs.Text(i, "created_at");
    e.created_by_name = rs.Text(i, "by_name");
    out.push_back(std::move(e));
  }
  return out;
}

void InsertEvent(storage::Connection& conn, std::int64_t plan_id, const EventRow& e) {
  conn.Exec(
      "INSERT INTO emergency_plan_events (plan_id, from_status, to_status, action, cause, "
      "source_kind, source_id, note, by_user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {plan_id, e.from_status, e.to_status, e.action, e.cause, e.source_kind,
       storage::Nullable(e.source_id), e.note, storage::Nullable(e.by_user_id), e.at});
}

std::vector<EventRow> PlanEvents(storage::Connection& conn, std::int64_t plan_id) {
  auto rs = conn.Query(
      "SELECT v.id, v.from_status, v.to_status, v.action, v.cause, v.source_kind, v.source_id, "
      "v.note, v.by_user_id, v.at, COALESCE(u.display_name, '') AS by_name "
      "FROM emergency_plan_events v LEFT JOIN users u ON u.id = v.by_user_id "
      "WHERE v.plan_id = ? ORDER BY v.id",
      {plan_id});
  std::vector<EventRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    EventRow e;
    e.id = rs.Int(i, "id");
    e.from_status = rs.Text(i, "from_status");
    e.to_status = rs.Text(i, "to_status");
    e.action = rs.Text(i, "action");
    e.cause = rs.Text(i, "cause");
    e.source_kind = rs.Text(i, "source_kind");
    e.source_id = rs.OptInt(i, "source_id");
    e.note = rs.Text(i, "note");
    e.by_user_id = rs.OptInt(i, "by_user_id");
    e.by_name = rs.Text(i, "by_name");
    e.at = rs.Text(i, "at");
    out.push_back(std::move(e));
  }
  return out;
}

void LinkFile(storage::Connection& conn, std::int64_t plan_id, std::int64_t file_id) {
  conn.Exec(
      "INSERT INTO emergency_plan_files (plan_id, file_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
      {plan_id, file_id});
}

std::optional<std::int64_t> NearestAgencyOver(storage::Connection& conn,
                                              const std::string& region_path) {
  auto rs = conn.Query(
      "SELECT id FROM agencies WHERE status = 'active' AND "
      "SUBSTR(CAST(? AS TEXT), 1, LENGTH(region_path)) = region_path "
      "ORDER BY LENGTH(region_path) DESC, id LIMIT 1",
      {region_path});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

std::vector<std::int64_t> PlansInForce(storage::Connection& conn, std::int64_t enterprise_id) {
  auto rs = conn.Query(
      "SELECT id FROM emergency_plans WHERE enterprise_id = ? AND status IN ('published', "
      "'filing_submitted', 'returned', 'filed') ORDER BY id",
      {enterprise_id});
  std::vector<std::int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

std::vector<PlanStandingRow> ComprehensivePlanFacts(storage::Connection& conn,
                                                    std::optional<std::int64_t> enterprise_id) {
  std::string sql =
      "SELECT p.id, p.enterprise_id, p.status, p.published_on, "
      "(SELECT MAX(f.submitted_on) FROM emergency_plan_filings f WHERE f.plan_id = p.id "
      "AND f.published_on = p.published_on AND f.status = 'submitted') AS pending_submitted_on, "
      "(SELECT MAX(e.evaluated_on) FROM emergency_plan_evaluations e WHERE e.plan_id = p.id) "
      "AS last_evaluated_on FROM emergency_plans p WHERE p.kind = 'comprehensive'";
  std::vector<storage::Value> params;
  if (enterprise_id) {
    sql += " AND p.enterprise_id = ?";
    params.push_back(*enterprise_id);
  }
  sql += " ORDER BY p.enterprise_id, p.id";
  auto rs = conn.Query(sql, params);
  std::vector<PlanStandingRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) {
    PlanStandingRow r;
    r.plan_id = rs.Int(i, "id");
    r.enterprise_id = rs.Int(i, "enterprise_id");
    r.status = rs.Text(i, "status");
    r.published_on = rs.OptText(i, "published_on");
    r.pending_submitted_on = rs.OptText(i, "pending_submitted_on");
    r.last_evaluated_on = rs.OptText(i, "last_evaluated_on");
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<PlanSummary> PlansRevisedBy(storage::Connection& conn, const std::string& source_kind,
                                        std::int64_t source_id) {
  auto rs = conn.Query(
      "SELECT DISTINCT p.id, p.kind, p.title, p.status FROM emergency_plan_events v "
      "JOIN emergency_plans p ON p.id = v.plan_id WHERE v.to_status = 'revision_required' "
      "AND v.source_kind = ? AND v.source_id = ? ORDER BY p.id",
      {source_kind, source_id});
  std::vector<PlanSummary> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "kind"), rs.Text(i, "title"), rs.Text(i, "status")});
  return out;
}

}  // namespace anjian::emergency_plans
