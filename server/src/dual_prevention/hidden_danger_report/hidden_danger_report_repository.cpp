#include "dual_prevention/hidden_danger_report/hidden_danger_report_repository.hpp"

#include "platform/storage/like.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::hidden_danger_report {

using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT r.id, r.enterprise_id, e.name AS enterprise_name, r.region_path, r.period_key, "
    "r.period_kind, r.period_from, r.period_to, r.version, r.state, r.figures, r.figures_at, "
    "r.analysis, r.next_measures, r.content_hash, r.created_by_name, r.created_at, r.updated_at, "
    "r.signed_by, r.signed_by_name, r.signed_at, r.signed_hash, r.submitted_by_name, "
    "r.submitted_at FROM hidden_danger_reports r JOIN enterprises e ON e.id = r.enterprise_id";

ReportRow RowFrom(const storage::ResultSet& rs, size_t i) {
  ReportRow r;
  r.id = rs.Int(i, "id");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.region_path = rs.Text(i, "region_path");
  r.period_key = rs.Text(i, "period_key");
  r.period_kind = rs.Text(i, "period_kind");
  r.period_from = rs.Text(i, "period_from");
  r.period_to = rs.Text(i, "period_to");
  r.version = rs.Int(i, "version");
  r.state = rs.Text(i, "state");
  r.figures = rs.Text(i, "figures");
  r.figures_at = rs.Text(i, "figures_at");
  r.analysis = rs.Text(i, "analysis");
  r.next_measures = rs.Text(i, "next_measures");
  r.content_hash = rs.Text(i, "content_hash");
  r.created_by_name = rs.Text(i, "created_by_name");
  r.created_at = rs.Text(i, "created_at");
  r.updated_at = rs.Text(i, "updated_at");
  r.signed_by = rs.OptInt(i, "signed_by");
  r.signed_by_name = rs.Text(i, "signed_by_name");
  r.signed_at = rs.OptText(i, "signed_at");
  r.signed_hash = rs.Text(i, "signed_hash");
  r.submitted_by_name = rs.Text(i, "submitted_by_name");
  r.submitted_at = rs.OptText(i, "submitted_at");
  return r;
}

api::SqlFilter Where(const api::Scope& scope, const ReportFilter& f) {
  auto sf = api::ScopeSql(scope, "r.region_path", "r.enterprise_id");
  api::SqlFilter w{" WHERE " + sf.sql, sf.params};
  if (f.submitted_only) w.sql += " AND r.submitted_at IS NOT NULL";
  if (!f.period_key.empty()) {
    w.sql += " AND r.period_key = ?";
    w.params.push_back(f.period_key);
  }
  if (f.enterprise_id) {
    w.sql += " AND r.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  return w;
}

void AddLevel(LevelCounts& c, const std::string& level, int64_t n) {
  if (level == "major")
    c.major += n;
  else if (level == "ordinary")
    c.ordinary += n;
  else
    c.unassessed += n;
}

LevelCounts ByLevel(storage::Connection& conn, const std::string& where,
                    const std::vector<Value>& params) {
  LevelCounts c;
  auto rs = conn.Query(
      "SELECT h.level, COUNT(*) AS n FROM hidden_dangers h WHERE " + where + " GROUP BY h.level",
      params);
  for (size_t i = 0; i < rs.size(); ++i) AddLevel(c, rs.Text(i, "level"), rs.Int(i, "n"));
  return c;
}

// The overview's FROM and WHERE (without the status condition): active enterprises of the scope
// and their submitted reports of the period. Parameters: the period, then the scope's.
api::SqlFilter OverviewFrom(const api::Scope& scope, const OverviewFilter& f,
                            storage::Connection& conn) {
  auto sf = api::ScopeSql(scope, "e.region_path", "e.id");
  api::SqlFilter w;
  w.sql =
      " FROM enterprises e JOIN regions rg ON rg.code = e.region_code LEFT JOIN (SELECT "
      "enterprise_id, MIN(submitted_at) AS first_submitted_at, MAX(id) AS latest_report_id, "
      "COUNT(*) AS n FROM hidden_danger_reports WHERE period_key = ? AND submitted_at IS NOT "
      "NULL GROUP BY enterprise_id) s ON s.enterprise_id = e.id WHERE e.status = 'active' AND " +
      sf.sql;
  w.params.push_back(f.period_key);
  w.params.insert(w.params.end(), sf.params.begin(), sf.params.end());
  if (!f.q.empty()) {
    w.sql += " AND " + storage::LikeContains("e.name");
    w.params.push_back(storage::ContainsPattern(f.q));
  }
  if (f.enterprise_ids) {
    if (f.enterprise_ids->empty()) {
      w.sql += " AND 1 = 0";
    } else {
      w.sql += " AND e.id IN (" + storage::Placeholders(f.enterprise_ids->size()) + ")";
      for (auto id : *f.enterprise_ids) w.params.push_back(id);
    }
  }
  (void)conn;
  return w;
}

}  // namespace

std::optional<ReportRow> FindReport(storage::Connection& conn, const api::Scope& scope, int64_t id,
                                    bool submitted_only, bool lock) {
  ReportFilter f;
  f.submitted_only = submitted_only;
  auto w = Where(scope, f);
  w.sql += " AND r.id = ?";
  w.params.push_back(id);
  auto rs = conn.Query(std::string(kSelect) + w.sql + (lock ? storage::ForUpdate(conn, "r") : ""),
                       w.params);
  if (rs.empty()) return std::nullopt;
  return RowFrom(rs, 0);
}

std::vector<ReportRow> ListReports(storage::Connection& conn, const api::Scope& scope,
                                   const ReportFilter& f, int64_t limit, int64_t offset) {
  auto w = Where(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + w.sql + " ORDER BY r.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<ReportRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowFrom(rs, i));
  return out;
}

int64_t CountReports(storage::Connection& conn, const api::Scope& scope, const ReportFilter& f) {
  auto w = Where(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM hidden_danger_reports r" + w.sql, w.params)
      .Int(0, "n");
}

std::vector<ReportRow> ReportVersions(storage::Connection& conn, int64_t enterprise_id,
                                      const std::string& period_key) {
  auto rs = conn.Query(std::string(kSelect) +
                           " WHERE r.enterprise_id = ? AND r.period_key = ? ORDER BY r.version DESC",
                       {enterprise_id, period_key});
  std::vector<ReportRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowFrom(rs, i));
  return out;
}

std::optional<int64_t> DraftOf(storage::Connection& conn, int64_t enterprise_id,
                               const std::string& period_key) {
  auto rs = conn.Query(
      "SELECT id FROM hidden_danger_reports WHERE enterprise_id = ? AND period_key = ? AND "
      "state = 'draft'",
      {enterprise_id, period_key});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

int64_t NextVersion(storage::Connection& conn, int64_t enterprise_id,
                    const std::string& period_key) {
  auto rs = conn.Query(
      "SELECT COALESCE(MAX(version), 0) AS v FROM hidden_danger_reports WHERE enterprise_id = ? "
      "AND period_key = ?",
      {enterprise_id, period_key});
  return rs.Int(0, "v") + 1;
}

int64_t InsertReport(storage::Connection& conn, const ReportRow& r, int64_t created_by) {
  auto rs = conn.Query(
      "INSERT INTO hidden_danger_reports (enterprise_id, region_path, period_key, period_kind, "
      "period_from, period_to, version, state, figures, figures_at, analysis, next_measures, "
      "content_hash, created_by, created_by_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
      "?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {r.enterprise_id, r.region_path, r.period_key, r.period_kind, r.period_from, r.period_to,
       r.version, r.figures, r.figures_at, r.analysis, r.next_measures, r.content_hash, created_by,
       r.created_by_name, r.created_at, r.updated_at});
  return rs.Int(0, "id");
}

void UpdateDraft(storage::Connection& conn, int64_t id, const std::string& analysis,
                 const std::string& next_measures, const std::string& figures,
                 const std::string& figures_at, const std::string& content_hash,
                 const std::string& at) {
  conn.Exec(
      "UPDATE hidden_danger_reports SET analysis = ?, next_measures = ?, figures = ?, "
      "figures_at = ?, content_hash = ?, updated_at = ? WHERE id = ? AND state = 'draft'",
      {analysis, next_measures, figures, figures_at, content_hash, at, id});
}

void StoreSigned(storage::Connection& conn, int64_t id, int64_t by, const std::string& by_name,
                 const std::string& at, const std::string& hash) {
  conn.Exec(
      "UPDATE hidden_danger_reports SET state = 'signed', signed_by = ?, signed_by_name = ?, "
      "signed_at = ?, signed_hash = ?, updated_at = ? WHERE id = ? AND state = 'draft'",
      {by, by_name, at, hash, at, id});
}

void StoreSubmitted(storage::Connection& conn, int64_t id, const std::string& by_name,
                    const std::string& at) {
  conn.Exec(
      "UPDATE hidden_danger_reports SET state = 'submitted', submitted_by_name = ?, "
      "submitted_at = ?, updated_at = ? WHERE id = ? AND state = 'signed'",
      {by_name, at, at, id});
}

void AppendEvent(storage::Connection& conn, int64_t report_id, const std::string& action,
                 int64_t actor_user_id, const std::string& actor_name, const std::string& at,
                 const std::string& content_hash) {
  conn.Exec(
      "INSERT INTO hidden_danger_report_events (report_id, action, actor_user_id, actor_name, at, "
      "content_hash) VALUES (?, ?, ?, ?, ?, ?)",
      {report_id, action, actor_user_id, actor_name, at, content_hash});
}

std::vector<ReportEvent> ReportEvents(storage::Connection& conn, int64_t report_id) {
  auto rs = conn.Query(
      "SELECT id, action, actor_name, at, content_hash FROM hidden_danger_report_events WHERE "
      "report_id = ? ORDER BY id",
      {report_id});
  std::vector<ReportEvent> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "action"), rs.Text(i, "actor_name"),
                   rs.Text(i, "at"), rs.Text(i, "content_hash")});
  return out;
}

std::optional<EnterpriseRef> FindEnterprise(storage::Connection& conn, const api::Scope& scope,
                                            int64_t enterprise_id) {
  auto sf = api::ScopeSql(scope, "e.region_path", "e.id");
  sf.params.push_back(enterprise_id);
  auto rs = conn.Query("SELECT e.id, e.name, e.region_path FROM enterprises e WHERE " + sf.sql +
                           " AND e.status = 'active' AND e.id = ?",
                       sf.params);
  if (rs.empty()) return std::nullopt;
  return EnterpriseRef{rs.Int(0, "id"), rs.Text(0, "name"), rs.Text(0, "region_path")};
}

Figures ComputeFigures(storage::Connection& conn, int64_t enterprise_id, const std::string& from,
                       const std::string& to, const std::string& today) {
  Figures f;
  f.found = ByLevel(conn, "h.enterprise_id = ? AND h.found_on >= ? AND h.found_on <= ?",
                    {enterprise_id, from, to});
  f.closed = ByLevel(conn, "h.enterprise_id = ? AND h.closed_on >= ? AND h.closed_on <= ?",
                     {enterprise_id, from, to});
  f.open = ByLevel(conn, "h.enterprise_id = ? AND h.is_open = 1 AND h.found_on <= ?",
                   {enterprise_id, to});
  f.overdue = ByLevel(conn,
                      "h.enterprise_id = ? AND h.is_open = 1 AND h.effective_deadline < ? AND "
                      "h.found_on <= ?",
                      {enterprise_id, today, to});
  f.dismissed = conn.Query(
                        "SELECT COUNT(*) AS n FROM hidden_dangers h WHERE h.enterprise_id = ? AND "
                        "h.found_on >= ? AND h.found_on <= ? AND h.state = 'dismissed'",
                        {enterprise_id, from, to})
                    .Int(0, "n");
  auto funds = conn.Query(
      "SELECT COALESCE(SUM(h.funds_fen), 0) AS fen, COUNT(h.funds_fen) AS n FROM hidden_dangers h "
      "WHERE h.enterprise_id = ? AND h.closed_on >= ? AND h.closed_on <= ?",
      {enterprise_id, from, to});
  f.funds_fen = funds.Int(0, "fen");
  f.funds_recorded = funds.Int(0, "n");
  auto majors = conn.Query(
      "SELECT h.id, h.title, h.state, h.found_on, h.effective_deadline, h.closed_on, "
      "h.under_listed_supervision FROM hidden_dangers h WHERE h.enterprise_id = ? AND h.level = "
      "'major' AND h.found_on <= ? AND (h.found_on >= ? OR h.is_open = 1 OR h.closed_on >= ?) "
      "ORDER BY h.id",
      {enterprise_id, to, from, from});
  for (size_t i = 0; i < majors.size(); ++i)
    f.majors.push_back({majors.Int(i, "id"), majors.Text(i, "title"), majors.Text(i, "state"),
                        majors.Text(i, "found_on"), majors.OptText(i, "effective_deadline"),
                        majors.OptText(i, "closed_on"),
                        majors.Int(i, "under_listed_supervision") != 0});
  return f;
}

std::vector<OverviewRow> ListOverview(storage::Connection& conn, const api::Scope& scope,
                                      const OverviewFilter& f, int64_t limit, int64_t offset) {
  auto w = OverviewFrom(scope, f, conn);
  switch (f.status) {
    case OverviewStatus::kAll: break;
    case OverviewStatus::kOnTime:
      w.sql += " AND s.first_submitted_at < ?";
      w.params.push_back(f.deadline_end_iso);
      break;
    case OverviewStatus::kLate:
      w.sql += " AND s.first_submitted_at >= ?";
      w.params.push_back(f.deadline_end_iso);
      break;
    case OverviewStatus::kUnsubmitted: w.sql += " AND s.first_submitted_at IS NULL"; break;
    case OverviewStatus::kNone: w.sql += " AND 1 = 0"; break;
  }
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(
      "SELECT e.id AS enterprise_id, e.name AS enterprise_name, e.region_code, rg.name AS "
      "region_name, s.first_submitted_at, s.latest_report_id, COALESCE(s.n, 0) AS "
      "submitted_versions" +
          w.sql +
          " ORDER BY CASE WHEN s.first_submitted_at IS NULL THEN 0 ELSE 1 END, e.id LIMIT ? "
          "OFFSET ?",
      w.params);
  std::vector<OverviewRow> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "enterprise_id"), rs.Text(i, "enterprise_name"),
                   rs.Text(i, "region_code"), rs.Text(i, "region_name"),
                   rs.OptText(i, "first_submitted_at"), rs.OptInt(i, "latest_report_id"),
                   rs.Int(i, "submitted_versions")});
  return out;
}

OverviewCounts CountOverview(storage::Connection& conn, const api::Scope& scope,
                             const OverviewFilter& f) {
  auto w = OverviewFrom(scope, f, conn);
  std::vector<Value> params{f.deadline_end_iso, f.deadline_end_iso};
  params.insert(params.end(), w.params.begin(), w.params.end());
  auto rs = conn.Query(
      "SELECT COUNT(*) AS enterprises, COALESCE(SUM(CASE WHEN s.first_submitted_at < ? THEN 1 "
      "ELSE 0 END), 0) AS on_time, COALESCE(SUM(CASE WHEN s.first_submitted_at >= ? THEN 1 ELSE "
      "0 END), 0) AS late, COALESCE(SUM(CASE WHEN s.first_submitted_at IS NULL THEN 1 ELSE 0 "
      "END), 0) AS unsubmitted" +
          w.sql,
      params);
  return {rs.Int(0, "enterprises"), rs.Int(0, "on_time"), rs.Int(0, "late"),
          rs.Int(0, "unsubmitted")};
}

std::vector<int64_t> EnterpriseManagerIds(storage::Connection& conn, int64_t enterprise_id) {
  auto rs = conn.Query(
      "SELECT DISTINCT u.id FROM users u JOIN user_roles r ON r.user_id = u.id WHERE "
      "u.enterprise_id = ? AND u.status = 'active' AND r.role IN ('ent_principal', "
      "'ent_safety_officer') ORDER BY u.id",
      {enterprise_id});
  std::vector<int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

}  // namespace anjian::hidden_danger_report
