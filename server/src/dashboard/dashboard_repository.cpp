#include "dashboard/dashboard_repository.hpp"

#include "notices/notice_sql.hpp"

namespace anjian::dashboard {

using storage::Value;

EnterpriseCounts CountEnterprises(storage::Connection& conn, const api::Scope& scope) {
  auto f = api::ScopeSql(scope, "e.region_path", "e.id");
  auto rs = conn.Query(
      "SELECT COUNT(*) AS total, "
      "COALESCE(SUM(CASE WHEN e.status = 'active' THEN 1 ELSE 0 END), 0) AS active, "
      "COALESCE(SUM(CASE WHEN e.status = 'active' AND e.supervision = 'supervision' THEN 1 ELSE 0 "
      "END), 0) AS supervision, "
      "COALESCE(SUM(CASE WHEN e.status = 'active' AND e.supervision = 'industry_management' THEN 1 "
      "ELSE 0 END), 0) AS industry_management FROM enterprises e WHERE " + f.sql,
      f.params);
  return {rs.Int(0, "total"), rs.Int(0, "active"), rs.Int(0, "supervision"),
          rs.Int(0, "industry_management")};
}

std::vector<RegionCount> EnterprisesByRegion(storage::Connection& conn, const api::Principal& p,
                                             const api::Scope& scope) {
  // The regions to break down by: children of the caller's region, or the region itself.
  std::string sql;
  std::vector<Value> params;
  if (scope.kind == api::Scope::Kind::kAll) {
    sql = "SELECT code, name, path FROM regions WHERE parent_code IN "
          "(SELECT code FROM regions WHERE parent_code IS NULL) ORDER BY code";
  } else if (scope.kind == api::Scope::Kind::kRegion || scope.kind == api::Scope::Kind::kEnterprise) {
    auto kids = conn.Query("SELECT COUNT(*) AS n FROM regions WHERE parent_code = ?", {p.region_code});
    if (scope.kind == api::Scope::Kind::kRegion && kids.Int(0, "n") > 0) {
      sql = "SELECT code, name, path FROM regions WHERE parent_code = ? ORDER BY code";
    } else {
      sql = "SELECT code, name, path FROM regions WHERE code = ?";
    }
    params.emplace_back(p.region_code);
  } else {
    return {};
  }
  auto f = api::ScopeSql(scope, "e.region_path", "e.id");
  // The correlated count comes first in the statement text, so its parameters do too.
  params.insert(params.begin(), f.params.begin(), f.params.end());
  // Range join on the enterprises path index: one index range per listed region.
  auto rs = conn.Query(
      "SELECT g.code, g.name, (SELECT COUNT(*) FROM enterprises e WHERE e.region_path >= g.path "
      "AND e.region_path < (substr(g.path, 1, length(g.path) - 1) || '0') AND e.status = 'active' "
      "AND " + f.sql + ") AS n FROM (" + sql + ") g ORDER BY g.code",
      params);
  std::vector<RegionCount> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "code"), rs.Text(i, "name"), rs.Int(i, "n")});
  return out;
}

std::vector<IndustryCount> EnterprisesByIndustry(storage::Connection& conn,
                                                 const api::Scope& scope) {
  auto f = api::ScopeSql(scope, "e.region_path", "e.id");
  auto rs = conn.Query(
      "SELECT e.industry, COUNT(*) AS n FROM enterprises e WHERE e.status = 'active' AND " + f.sql +
          " GROUP BY e.industry ORDER BY n DESC, e.industry",
      f.params);
  std::vector<IndustryCount> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back({rs.Text(i, "industry"), rs.Int(i, "n")});
  return out;
}

std::vector<AwaitedNotice> NoticesAwaiting(storage::Connection& conn, const api::Principal& p,
                                           const std::string& today) {
  if (!p.agency_id) return {};
  auto rs = conn.Query(
      "SELECT n.id, n.title, n.feedback_deadline, n.sent_at, "
      "SUM(CASE WHEN " + notices::NotDoneSql() + " THEN 1 ELSE 0 END) AS pending, "
      "SUM(CASE WHEN r.feedback_at IS NULL AND n.feedback_deadline IS NOT NULL AND "
      "n.feedback_deadline < ? THEN 1 ELSE 0 END) AS overdue "
      "FROM notices n JOIN notice_recipients r ON r.notice_id = n.id "
      "WHERE n.sender_agency_id = ? AND n.status = 'sent' "
      "GROUP BY n.id, n.title, n.feedback_deadline, n.sent_at "
      "HAVING SUM(CASE WHEN " + notices::NotDoneSql() + " THEN 1 ELSE 0 END) > 0 "
      "ORDER BY overdue DESC, pending DESC, n.id DESC LIMIT 10",
      {today, *p.agency_id});
  std::vector<AwaitedNotice> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "title"), rs.Int(i, "pending"),
                   rs.Int(i, "overdue"), rs.OptText(i, "feedback_deadline"),
                   rs.Text(i, "sent_at")});
  return out;
}

std::vector<PendingInboxItem> InboxPending(storage::Connection& conn, const api::Principal& p,
                                           const std::string& today, int64_t* total) {
  auto own = notices::OwnRecipientSql(p, "r");
  std::string where = " FROM notice_recipients r JOIN notices n ON n.id = r.notice_id WHERE " +
                      own.sql + " AND n.status = 'sent' AND r.acknowledged_at IS NULL AND "
                      "r.feedback_at IS NULL";
  *total = conn.Query("SELECT COUNT(*) AS c" + where, own.params).Int(0, "c");
  std::vector<Value> params{today};
  params.insert(params.end(), own.params.begin(), own.params.end());
  auto rs = conn.Query(
      "SELECT r.id, r.notice_id, n.title, n.feedback_deadline, n.sent_at, sa.name AS agency_name, "
      "sa.id AS agency_id, " + notices::StatusCaseSql() + " AS status" + where.substr(0, where.find(" WHERE")) +
          " JOIN agencies sa ON sa.id = n.sender_agency_id" + where.substr(where.find(" WHERE")) +
          " ORDER BY CASE WHEN n.feedback_deadline IS NULL THEN 1 ELSE 0 END, n.feedback_deadline, "
          "n.sent_at DESC LIMIT 10",
      params);
  std::vector<PendingInboxItem> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Int(i, "notice_id"), rs.Text(i, "title"),
                   rs.Text(i, "status"), rs.OptText(i, "feedback_deadline"), rs.Text(i, "sent_at"),
                   rs.Int(i, "agency_id"), rs.Text(i, "agency_name")});
  return out;
}

int64_t NoticesSentSince(storage::Connection& conn, const api::Principal& p,
                         const std::string& since) {
  if (!p.agency_id) return 0;
  auto rs = conn.Query(
      "SELECT COUNT(*) AS n FROM notices WHERE sender_agency_id = ? AND status = 'sent' AND "
      "sent_at >= ?",
      {*p.agency_id, since});
  return rs.Int(0, "n");
}

MissedInspections MissedDailyInspections(storage::Connection& conn, const api::Scope& scope,
                                         const std::string& day) {
  auto f = api::ScopeSql(scope, "t.region_path", "t.enterprise_id");
  std::vector<storage::Value> params{day};
  params.insert(params.end(), f.params.begin(), f.params.end());
  auto rs = conn.Query(
      "SELECT DISTINCT t.enterprise_id, e.name, e.region_code FROM inspection_tasks t JOIN "
      "checklists c ON c.id = t.checklist_id JOIN enterprises e ON e.id = t.enterprise_id WHERE "
      "t.period_key = ? AND t.status <> 'done' AND c.kind = 'company_daily' AND " + f.sql +
          " ORDER BY e.name",
      params);
  MissedInspections out;
  out.count = static_cast<int64_t>(rs.size());
  for (size_t i = 0; i < rs.size() && i < 50; ++i)
    out.items.push_back(
        {rs.Int(i, "enterprise_id"), rs.Text(i, "name"), rs.Text(i, "region_code")});
  return out;
}

}  // namespace anjian::dashboard
