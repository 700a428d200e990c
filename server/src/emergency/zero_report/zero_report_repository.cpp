#include "emergency/zero_report/zero_report_repository.hpp"

#include "emergency/zero_report/zero_report_rules.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::zero_report {

using storage::Value;

namespace {

struct Where {
  std::string sql;
  std::vector<Value> params;
};

constexpr const char* kPeriodSelect =
    "SELECT p.id, p.agency_id, p.region_path, p.region_code, p.title, p.reason, p.first_date, "
    "p.last_date, p.deadline_time, p.remind_minutes, p.industries, p.note, p.declared_by, "
    "p.declared_at, g.name AS agency_name, g.region_path AS agency_path, r.name AS region_name, u.display_name AS declared_by_name "
    "FROM zero_report_periods p JOIN agencies g ON g.id = p.agency_id "
    "JOIN regions r ON r.code = p.region_code JOIN users u ON u.id = p.declared_by ";

PeriodRow PeriodAt(const storage::ResultSet& rs, size_t i) {
  PeriodRow p;
  p.id = rs.Int(i, "id");
  p.agency_id = rs.Int(i, "agency_id");
  p.region_path = rs.Text(i, "region_path");
  p.region_code = rs.Text(i, "region_code");
  p.title = rs.Text(i, "title");
  p.reason = rs.Text(i, "reason");
  p.first_date = rs.Text(i, "first_date");
  p.last_date = rs.Text(i, "last_date");
  p.deadline_time = rs.Text(i, "deadline_time");
  p.remind_minutes = rs.Int(i, "remind_minutes");
  p.industries = SplitIndustries(rs.Text(i, "industries"));
  p.note = rs.Text(i, "note");
  p.declared_by = rs.Int(i, "declared_by");
  p.declared_at = rs.Text(i, "declared_at");
  p.agency_name = rs.Text(i, "agency_name");
  p.agency_path = rs.Text(i, "agency_path");
  p.region_name = rs.Text(i, "region_name");
  p.declared_by_name = rs.Text(i, "declared_by_name");
  return p;
}

// The periods a caller may see: a regulator those over its region or under it; an enterprise
// those whose region and industries hold it.
Where PeriodVisible(const storage::Connection& conn, const api::Scope& scope) {
  switch (scope.kind) {
    case api::Scope::Kind::kAll: return {"1=1", {}};
    case api::Scope::Kind::kRegion:
      return {"((p.region_path >= ? AND p.region_path < ?) OR "
              "SUBSTR(CAST(? AS TEXT), 1, LENGTH(p.region_path)) = p.region_path)",
              {scope.region_path, api::PathUpperBound(scope.region_path), scope.region_path}};
    case api::Scope::Kind::kEnterprise:
      return {"EXISTS (SELECT 1 FROM enterprises e WHERE e.id = ? AND "
              "SUBSTR(e.region_path, 1, LENGTH(p.region_path)) = p.region_path AND "
              "(p.industries = '' OR " +
                  storage::Position(conn, "',' || p.industries || ','", "',' || e.industry || ','") +
                  " > 0))",
              {scope.enterprise_id}};
    case api::Scope::Kind::kNothing: break;
  }
  return {"1=0", {}};
}

Where PeriodWhere(const storage::Connection& conn, const api::Scope& scope, const PeriodFilter& f) {
  Where w = PeriodVisible(conn, scope);
  w.sql = " WHERE " + w.sql;
  if (f.state == "current") {
    w.sql += " AND p.first_date <= ? AND p.last_date >= ?";
    w.params.insert(w.params.end(), {f.today, f.today});
  } else if (f.state == "upcoming") {
    w.sql += " AND p.first_date > ?";
    w.params.push_back(f.today);
  } else if (f.state == "ended") {
    w.sql += " AND p.last_date < ?";
    w.params.push_back(f.today);
  }
  return w;
}

// The enterprises of the period (region subtree, industries, active), within the caller's scope.
Where EnterprisesOf(const PeriodRow& p, const api::Scope* scope) {
  Where w{"e.status = 'active' AND e.region_path >= ? AND e.region_path < ?",
          {p.region_path, api::PathUpperBound(p.region_path)}};
  if (!p.industries.empty()) {
    w.sql += " AND e.industry IN (" + storage::Placeholders(p.industries.size()) + ")";
    for (const auto& i : p.industries) w.params.push_back(i);
  }
  if (scope) {
    auto sf = api::ScopeSql(*scope, "e.region_path", "e.id");
    w.sql += " AND " + sf.sql;
    w.params.insert(w.params.end(), sf.params.begin(), sf.params.end());
  }
  return w;
}

std::string StatusSql(const std::string& status) {
  if (status == "missing") return " AND d.enterprise_id IS NULL";
  if (status == "reported") return " AND d.enterprise_id IS NOT NULL";
  if (status == "nothing_abnormal") return " AND d.kind = 'nothing_abnormal'";
  if (status == "event") return " AND d.kind = 'event'";
  if (status == "late") return " AND d.late_minutes > 0";
  return "";
}

constexpr const char* kBoardFrom =
    " FROM enterprises e JOIN regions g ON g.code = e.region_code "
    "LEFT JOIN zero_report_days d ON d.period_id = ? AND d.report_date = ? AND "
    "d.enterprise_id = e.id WHERE ";

BoardRow BoardAt(const storage::ResultSet& rs, size_t i) {
  BoardRow b;
  b.enterprise.id = rs.Int(i, "id");
  b.enterprise.name = rs.Text(i, "name");
  b.enterprise.region_code = rs.Text(i, "region_code");
  b.enterprise.region_name = rs.Text(i, "region_name");
  b.enterprise.industry = rs.Text(i, "industry");
  b.enterprise.contact_phone = rs.Text(i, "contact_phone");
  if (!rs.IsNull(i, "kind")) {
    b.kind = rs.Text(i, "kind");
    b.content = rs.Text(i, "content");
    b.first_at = rs.Text(i, "first_at");
    b.updated_at = rs.Text(i, "updated_at");
    b.late_minutes = rs.Int(i, "late_minutes");
    b.version = rs.Int(i, "version");
    b.accident_id = rs.OptInt(i, "accident_id");
  }
  return b;
}

}  // namespace

std::int64_t InsertPeriod(storage::Connection& conn, const NewPeriod& p) {
  auto rs = conn.Query(
      "INSERT INTO zero_report_periods (agency_id, region_path, region_code, title, reason, "
      "first_date, last_date, deadline_time, remind_minutes, industries, note, declared_by, "
      "declared_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {p.agency_id, p.region_path, p.region_code, p.title, p.reason, p.first_date, p.last_date,
       p.deadline_time, p.remind_minutes, JoinIndustries(p.industries), p.note, p.declared_by,
       p.at});
  return rs.Int(0, "id");
}

std::optional<PeriodRow> FindPeriod(storage::Connection& conn, const api::Scope& scope,
                                    std::int64_t id) {
  Where w = PeriodVisible(conn, scope);
  w.params.insert(w.params.begin(), id);
  auto rs = conn.Query(std::string(kPeriodSelect) + "WHERE p.id = ? AND " + w.sql, w.params);
  if (rs.empty()) return std::nullopt;
  return PeriodAt(rs, 0);
}

std::int64_t CountPeriods(storage::Connection& conn, const api::Scope& scope,
                          const PeriodFilter& f) {
  Where w = PeriodWhere(conn, scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM zero_report_periods p" + w.sql, w.params)
      .Int(0, "n");
}

std::vector<PeriodRow> ListPeriods(storage::Connection& conn, const api::Scope& scope,
                                   const PeriodFilter& f, std::int64_t limit,
                                   std::int64_t offset) {
  Where w = PeriodWhere(conn, scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kPeriodSelect) + w.sql +
                           " ORDER BY p.first_date DESC, p.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<PeriodRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(PeriodAt(rs, i));
  return out;
}

std::vector<PeriodRow> PeriodsCovering(storage::Connection& conn, const std::string& day) {
  auto rs = conn.Query(std::string(kPeriodSelect) +
                           "WHERE p.last_date >= ? AND p.first_date <= ? ORDER BY p.id",
                       {day, day});
  std::vector<PeriodRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(PeriodAt(rs, i));
  return out;
}

std::vector<RegionCount> CountsByRegion(storage::Connection& conn, const PeriodRow& p,
                                        const api::Scope* scope, const std::string& day) {
  Where w = EnterprisesOf(p, scope);
  std::vector<Value> params{p.id, day};
  params.insert(params.end(), w.params.begin(), w.params.end());
  // Counted without the regions join (one lookup per enterprise); the few names read after.
  auto rs = conn.Query(
      "SELECT e.region_code, COUNT(*) AS total, COUNT(d.enterprise_id) AS reported, "
      "SUM(CASE WHEN d.kind = 'event' THEN 1 ELSE 0 END) AS events, "
      "SUM(CASE WHEN d.late_minutes > 0 THEN 1 ELSE 0 END) AS late FROM enterprises e "
      "LEFT JOIN zero_report_days d ON d.period_id = ? AND d.report_date = ? AND "
      "d.enterprise_id = e.id WHERE " +
          w.sql + " GROUP BY e.region_code ORDER BY e.region_code",
      params);
  std::vector<RegionCount> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    auto name = conn.Query("SELECT name FROM regions WHERE code = ?", {rs.Text(i, "region_code")});
    out.push_back({rs.Text(i, "region_code"), name.empty() ? "" : name.Text(0, "name"),
                   rs.Int(i, "total"), rs.Int(i, "reported"),
                   rs.IsNull(i, "events") ? 0 : rs.Int(i, "events"),
                   rs.IsNull(i, "late") ? 0 : rs.Int(i, "late")});
  }
  return out;
}

std::int64_t CountBoard(storage::Connection& conn, const PeriodRow& p, const api::Scope* scope,
                        const std::string& day, const std::string& status) {
  Where w = EnterprisesOf(p, scope);
  std::vector<Value> params{p.id, day};
  params.insert(params.end(), w.params.begin(), w.params.end());
  return conn
      .Query("SELECT COUNT(*) AS n" + std::string(kBoardFrom) + w.sql + StatusSql(status), params)
      .Int(0, "n");
}

std::vector<BoardRow> ListBoard(storage::Connection& conn, const PeriodRow& p,
                                const api::Scope* scope, const std::string& day,
                                const std::string& status, std::int64_t limit,
                                std::int64_t offset) {
  Where w = EnterprisesOf(p, scope);
  std::vector<Value> params{p.id, day};
  params.insert(params.end(), w.params.begin(), w.params.end());
  params.push_back(limit);
  params.push_back(offset);
  auto rs = conn.Query(
      "SELECT e.id, e.name, e.region_code, g.name AS region_name, e.industry, e.contact_phone, "
      "d.kind, d.content, d.first_at, d.updated_at, d.late_minutes, d.version, d.accident_id" +
          std::string(kBoardFrom) + w.sql + StatusSql(status) +
          " ORDER BY e.region_path, e.id LIMIT ? OFFSET ?",
      params);
  std::vector<BoardRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(BoardAt(rs, i));
  return out;
}

std::vector<std::pair<std::int64_t, std::int64_t>> BoardRecipients(storage::Connection& conn,
                                                                   const PeriodRow& p,
                                                                   const api::Scope* scope,
                                                                   const std::string& day,
                                                                   const std::string& status) {
  Where w = EnterprisesOf(p, scope);
  std::vector<Value> params{p.id, day};
  params.insert(params.end(), w.params.begin(), w.params.end());
  auto rs = conn.Query(
      "SELECT e.id AS enterprise_id, u.id AS user_id FROM enterprises e "
      "JOIN users u ON u.enterprise_id = e.id AND u.status = 'active' "
      "LEFT JOIN zero_report_days d ON d.period_id = ? AND d.report_date = ? AND "
      "d.enterprise_id = e.id WHERE " +
          w.sql + StatusSql(status) + " ORDER BY e.id, u.id",
      params);
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.emplace_back(rs.Int(i, "enterprise_id"), rs.Int(i, "user_id"));
  return out;
}

std::vector<DayCount> DailyCounts(storage::Connection& conn, const PeriodRow& p,
                                  const api::Scope& scope) {
  Where w = EnterprisesOf(p, &scope);
  w.params.insert(w.params.begin(), p.id);
  auto rs = conn.Query(
      "SELECT d.report_date, COUNT(*) AS reported, "
      "SUM(CASE WHEN d.kind = 'event' THEN 1 ELSE 0 END) AS events, "
      "SUM(CASE WHEN d.late_minutes > 0 THEN 1 ELSE 0 END) AS late "
      "FROM zero_report_days d JOIN enterprises e ON e.id = d.enterprise_id "
      "WHERE d.period_id = ? AND " + w.sql + " GROUP BY d.report_date ORDER BY d.report_date",
      w.params);
  std::vector<DayCount> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "report_date"), rs.Int(i, "reported"), rs.Int(i, "events"),
                   rs.Int(i, "late")});
  return out;
}

std::optional<BoardRow> FindDay(storage::Connection& conn, std::int64_t period_id,
                                const std::string& day, std::int64_t enterprise_id) {
  auto rs = conn.Query(
      "SELECT e.id, e.name, e.region_code, g.name AS region_name, e.industry, e.contact_phone, "
      "d.kind, d.content, d.first_at, d.updated_at, d.late_minutes, d.version, d.accident_id "
      "FROM zero_report_days d JOIN enterprises e ON e.id = d.enterprise_id "
      "JOIN regions g ON g.code = e.region_code "
      "WHERE d.period_id = ? AND d.report_date = ? AND d.enterprise_id = ?",
      {period_id, day, enterprise_id});
  if (rs.empty()) return std::nullopt;
  return BoardAt(rs, 0);
}

bool EnterpriseInScope(storage::Connection& conn, const api::Scope& scope,
                       std::int64_t enterprise_id) {
  auto sf = api::ScopeSql(scope, "e.region_path", "e.id");
  sf.params.insert(sf.params.begin(), enterprise_id);
  return !conn.Query("SELECT e.id FROM enterprises e WHERE e.id = ? AND " + sf.sql, sf.params)
              .empty();
}

bool EnterpriseInPeriod(storage::Connection& conn, const PeriodRow& p, std::int64_t enterprise_id,
                        std::string* region_path) {
  Where w = EnterprisesOf(p, nullptr);
  w.params.insert(w.params.begin(), enterprise_id);
  auto rs = conn.Query("SELECT e.region_path FROM enterprises e WHERE e.id = ? AND " + w.sql,
                       w.params);
  if (rs.empty()) return false;
  if (region_path) *region_path = rs.Text(0, "region_path");
  return true;
}

void InsertReportVersion(storage::Connection& conn, const NewReport& r) {
  conn.Exec(
      "INSERT INTO zero_reports (period_id, enterprise_id, region_path, report_date, version, "
      "kind, content, accident_id, late_minutes, reported_by, channel, reported_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {r.period_id, r.enterprise_id, r.region_path, r.day, r.version, r.kind, r.content,
       storage::Nullable(r.accident_id), r.late_minutes, r.by, r.channel, r.at});
}

bool InsertDay(storage::Connection& conn, const NewReport& r) {
  auto rs = conn.Query(
      "INSERT INTO zero_report_days (period_id, report_date, enterprise_id, kind, content, "
      "accident_id, late_minutes, first_at, version, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (period_id, report_date, enterprise_id) "
      "DO NOTHING RETURNING enterprise_id",
      {r.period_id, r.day, r.enterprise_id, r.kind, r.content, storage::Nullable(r.accident_id),
       r.late_minutes, r.at, r.at});
  return !rs.empty();
}

void UpdateDay(storage::Connection& conn, const NewReport& r) {
  conn.Exec(
      "UPDATE zero_report_days SET kind = ?, content = ?, accident_id = ?, version = ?, "
      "updated_at = ? WHERE period_id = ? AND report_date = ? AND enterprise_id = ?",
      {r.kind, r.content, storage::Nullable(r.accident_id), r.version, r.at, r.period_id, r.day,
       r.enterprise_id});
}

std::vector<VersionRow> Versions(storage::Connection& conn, std::int64_t period_id,
                                 const std::string& day, std::int64_t enterprise_id) {
  auto rs = conn.Query(
      "SELECT r.version, r.kind, r.content, r.accident_id, r.late_minutes, r.reported_by, "
      "r.reported_at, r.channel, u.display_name FROM zero_reports r JOIN users u ON u.id = r.reported_by "
      "WHERE r.period_id = ? AND r.report_date = ? AND r.enterprise_id = ? ORDER BY r.version",
      {period_id, day, enterprise_id});
  std::vector<VersionRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    VersionRow v;
    v.version = rs.Int(i, "version");
    v.kind = rs.Text(i, "kind");
    v.content = rs.Text(i, "content");
    v.accident_id = rs.OptInt(i, "accident_id");
    v.late_minutes = rs.Int(i, "late_minutes");
    v.by = rs.Int(i, "reported_by");
    v.at = rs.Text(i, "reported_at");
    v.by_name = rs.Text(i, "display_name");
    v.channel = rs.Text(i, "channel");
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<std::int64_t> RecordReminders(storage::Connection& conn, std::int64_t period_id,
                                          const std::string& day,
                                          const std::vector<std::int64_t>& enterprise_ids,
                                          const std::string& at) {
  std::vector<std::int64_t> out;
  for (std::int64_t id : enterprise_ids) {
    auto rs = conn.Query(
        "INSERT INTO zero_report_reminders (period_id, report_date, enterprise_id, sent_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (period_id, report_date, enterprise_id) DO NOTHING "
        "RETURNING enterprise_id",
        {period_id, day, id, at});
    if (!rs.empty()) out.push_back(id);
  }
  return out;
}

bool RecordEscalation(storage::Connection& conn, std::int64_t period_id, const std::string& day,
                      std::int64_t agency_id, std::int64_t missing, const std::string& at) {
  auto rs = conn.Query(
      "INSERT INTO zero_report_escalations (period_id, report_date, agency_id, missing, sent_at) "
      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (period_id, report_date, agency_id) DO NOTHING "
      "RETURNING agency_id",
      {period_id, day, agency_id, missing, at});
  return !rs.empty();
}

std::optional<std::int64_t> AgencyAt(storage::Connection& conn, const std::string& region_path) {
  auto rs = conn.Query(
      "SELECT id FROM agencies WHERE status = 'active' AND region_path = ? ORDER BY id LIMIT 1",
      {region_path});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

std::optional<Region> FindRegion(storage::Connection& conn, const std::string& code) {
  auto rs = conn.Query("SELECT code, path, name FROM regions WHERE code = ?", {code});
  if (rs.empty()) return std::nullopt;
  return Region{rs.Text(0, "code"), rs.Text(0, "path"), rs.Text(0, "name")};
}

bool AccidentOfEnterprise(storage::Connection& conn, std::int64_t accident_id,
                          std::int64_t enterprise_id) {
  return !conn.Query("SELECT id FROM accidents WHERE id = ? AND enterprise_id = ?",
                     {accident_id, enterprise_id})
              .empty();
}

}  // namespace anjian::zero_report
