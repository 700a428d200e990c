#include "credit/dishonesty_list/dishonesty_list_repository.hpp"

#include <map>
#include <set>

#include "core/china_time.hpp"
#include "licensing/licences/licence_repository.hpp"
#include "core/clock.hpp"
#include "platform/storage/like.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::dishonesty_list {

using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT d.id, d.enterprise_id, d.region_path, d.criterion, d.source_kind, d.source_ids, "
    "d.detection_key, d.facts, d.principal_name, d.state, d.agency_id, d.notice_number, "
    "d.noticed_on, d.defence_due_on, d.defence_text, d.defence_at, d.decision_number, "
    "d.decision_reasons, d.decided_on, d.listed_from, d.listed_until, d.removed_on, "
    "d.published_at, d.created_by, d.created_at, d.updated_at, d.version, "
    "e.name AS enterprise_name, e.uscc AS enterprise_uscc, COALESCE(a.name, '') AS agency_name "
    "FROM dishonesty_entries d JOIN enterprises e ON e.id = d.enterprise_id "
    "LEFT JOIN agencies a ON a.id = d.agency_id ";

EntryRow RowAt(const storage::ResultSet& rs, size_t i) {
  EntryRow r;
  r.id = rs.Int(i, "id");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.region_path = rs.Text(i, "region_path");
  r.criterion = rs.Text(i, "criterion");
  r.source_kind = rs.Text(i, "source_kind");
  r.source_ids = rs.Text(i, "source_ids");
  r.detection_key = rs.Text(i, "detection_key");
  r.facts = rs.Text(i, "facts");
  r.principal_name = rs.Text(i, "principal_name");
  r.state = rs.Text(i, "state");
  r.agency_id = rs.OptInt(i, "agency_id");
  r.notice_number = rs.Text(i, "notice_number");
  r.noticed_on = rs.Text(i, "noticed_on");
  r.defence_due_on = rs.Text(i, "defence_due_on");
  r.defence_text = rs.Text(i, "defence_text");
  r.defence_at = rs.Text(i, "defence_at");
  r.decision_number = rs.Text(i, "decision_number");
  r.decision_reasons = rs.Text(i, "decision_reasons");
  r.decided_on = rs.Text(i, "decided_on");
  r.listed_from = rs.Text(i, "listed_from");
  r.listed_until = rs.Text(i, "listed_until");
  r.removed_on = rs.Text(i, "removed_on");
  r.published_at = rs.Text(i, "published_at");
  r.created_by = rs.OptInt(i, "created_by");
  r.created_at = rs.Text(i, "created_at");
  r.updated_at = rs.Text(i, "updated_at");
  r.version = rs.Int(i, "version");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.enterprise_uscc = rs.Text(i, "enterprise_uscc");
  r.agency_name = rs.Text(i, "agency_name");
  return r;
}

Value OptText(const std::string& s) { return s.empty() ? Value(nullptr) : Value(s); }

struct Where {
  std::string sql;
  std::vector<Value> params;
};

Where WhereOf(const api::Scope& scope, const EntryFilter& f) {
  auto sf = api::ScopeSql(scope, "d.region_path", "d.enterprise_id");
  Where w{" WHERE " + sf.sql, sf.params};
  // An enterprise sees its cases from the prior notice on (a candidate is the regulator's).
  if (scope.kind == api::Scope::Kind::kEnterprise) w.sql += " AND d.noticed_on IS NOT NULL";
  if (!f.state.empty()) {
    w.sql += " AND d.state = ?";
    w.params.push_back(f.state);
  }
  if (!f.criterion.empty()) {
    w.sql += " AND d.criterion = ?";
    w.params.push_back(f.criterion);
  }
  if (f.enterprise_id) {
    w.sql += " AND d.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  if (!f.region_path.empty()) {
    w.sql += " AND d.region_path >= ? AND d.region_path < ?";
    w.params.push_back(f.region_path);
    w.params.push_back(api::PathUpperBound(f.region_path));
  }
  if (!f.keyword.empty()) {
    w.sql += " AND (" + storage::LikeContains("e.name") + " OR " +
             storage::LikeContains("d.decision_number") + ")";
    w.params.push_back(storage::ContainsPattern(f.keyword));
    w.params.push_back(storage::ContainsPattern(f.keyword));
  }
  if (!f.listed_on.empty()) {
    w.sql += " AND d.listed_from IS NOT NULL AND d.listed_from <= ? AND d.listed_until >= ? AND "
             "(d.removed_on IS NULL OR d.removed_on > ?)";
    w.params.insert(w.params.end(), {f.listed_on, f.listed_on, f.listed_on});
  }
  return w;
}

Where PublishedWhere(const std::string& day, const std::string& keyword) {
  // A published decision stays public until its term ends or it is removed early (it is shown
  // from the decision, its first day listed is the day after).
  Where w{" WHERE d.published_at IS NOT NULL AND d.listed_until >= ? AND "
          "(d.removed_on IS NULL OR d.removed_on > ?)",
          {day, day}};
  if (!keyword.empty()) {
    w.sql += " AND (" + storage::LikeContains("e.name") + " OR " + storage::LikeContains("e.uscc") +
             ")";
    w.params.push_back(storage::ContainsPattern(keyword));
    w.params.push_back(storage::ContainsPattern(keyword));
  }
  return w;
}

}  // namespace

std::optional<std::int64_t> InsertEntry(storage::Connection& conn, const NewEntry& e) {
  auto rs = conn.Query(
      "INSERT INTO dishonesty_entries (enterprise_id, region_path, criterion, source_kind, "
      "source_ids, detection_key, facts, principal_name, state, agency_id, created_by, created_at, "
      "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'candidate', ?, ?, ?, ?, 1) "
      "ON CONFLICT DO NOTHING RETURNING id",
      {e.enterprise_id, e.region_path, e.criterion, e.source_kind, e.source_ids,
       OptText(e.detection_key), e.facts, e.principal_name, storage::Nullable(e.agency_id),
       storage::Nullable(e.created_by), e.at, e.at});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

void UpdateEntry(storage::Connection& conn, const EntryRow& e, const std::string& at) {
  conn.Exec(
      "UPDATE dishonesty_entries SET state = ?, agency_id = ?, principal_name = ?, "
      "notice_number = ?, noticed_on = ?, defence_due_on = ?, defence_text = ?, defence_at = ?, "
      "decision_number = ?, decision_reasons = ?, decided_on = ?, listed_from = ?, "
      "listed_until = ?, removed_on = ?, published_at = ?, updated_at = ?, version = version + 1 "
      "WHERE id = ?",
      {e.state, storage::Nullable(e.agency_id), e.principal_name, e.notice_number,
       OptText(e.noticed_on), OptText(e.defence_due_on), e.defence_text, OptText(e.defence_at),
       e.decision_number, e.decision_reasons, OptText(e.decided_on), OptText(e.listed_from),
       OptText(e.listed_until), OptText(e.removed_on), OptText(e.published_at), at, e.id});
}

std::optional<EntryRow> FindEntry(storage::Connection& conn, const api::Scope& scope,
                                  std::int64_t id) {
  auto w = WhereOf(scope, EntryFilter{});
  w.params.insert(w.params.begin(), id);
  auto rs = conn.Query(std::string(kSelect) + " WHERE d.id = ? AND " + w.sql.substr(7), w.params);
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::optional<EntryRow> LockEntry(storage::Connection& conn, std::int64_t id) {
  conn.Query(std::string("SELECT id FROM dishonesty_entries WHERE id = ?") +
                 storage::ForUpdate(conn),
             {id});
  auto rs = conn.Query(std::string(kSelect) + " WHERE d.id = ?", {id});
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::int64_t CountEntries(storage::Connection& conn, const api::Scope& scope,
                          const EntryFilter& f) {
  auto w = WhereOf(scope, f);
  return conn
      .Query("SELECT COUNT(*) AS n FROM dishonesty_entries d JOIN enterprises e ON e.id = "
             "d.enterprise_id" + w.sql,
             w.params)
      .Int(0, "n");
}

std::vector<EntryRow> ListEntries(storage::Connection& conn, const api::Scope& scope,
                                  const EntryFilter& f, std::int64_t limit, std::int64_t offset) {
  auto w = WhereOf(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + w.sql + " ORDER BY d.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<EntryRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowAt(rs, i));
  return out;
}

std::int64_t CountPublished(storage::Connection& conn, const std::string& day,
                            const std::string& keyword) {
  auto w = PublishedWhere(day, keyword);
  return conn
      .Query("SELECT COUNT(*) AS n FROM dishonesty_entries d JOIN enterprises e ON e.id = "
             "d.enterprise_id" + w.sql,
             w.params)
      .Int(0, "n");
}

std::vector<EntryRow> ListPublished(storage::Connection& conn, const std::string& day,
                                    const std::string& keyword, std::int64_t limit,
                                    std::int64_t offset) {
  auto w = PublishedWhere(day, keyword);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + w.sql +
                           " ORDER BY d.decided_on DESC, d.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<EntryRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowAt(rs, i));
  return out;
}

std::vector<std::int64_t> EntriesPastTerm(storage::Connection& conn, const std::string& day) {
  auto rs = conn.Query(
      "SELECT id FROM dishonesty_entries WHERE state = 'listed' AND listed_until < ? ORDER BY id",
      {day});
  std::vector<std::int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

void InsertEvent(storage::Connection& conn, std::int64_t entry_id, const std::string& kind,
                 const std::string& note, const std::string& data_json,
                 std::optional<std::int64_t> by_user_id, const std::string& at) {
  conn.Exec(
      "INSERT INTO dishonesty_entry_events (entry_id, kind, note, data_json, by_user_id, at) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {entry_id, kind, note, data_json, storage::Nullable(by_user_id), at});
}

std::vector<EventRow> EventsOf(storage::Connection& conn, std::int64_t entry_id) {
  auto rs = conn.Query(
      "SELECT v.id, v.kind, v.note, v.data_json, v.by_user_id, v.at, "
      "COALESCE(u.display_name, '') AS by_name FROM dishonesty_entry_events v "
      "LEFT JOIN users u ON u.id = v.by_user_id WHERE v.entry_id = ? ORDER BY v.id",
      {entry_id});
  std::vector<EventRow> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.OptInt(i, "by_user_id"), rs.Text(i, "kind"),
                   rs.Text(i, "note"), rs.Text(i, "data_json"), rs.Text(i, "by_name"),
                   rs.Text(i, "at")});
  return out;
}

std::int64_t InsertRepair(storage::Connection& conn, std::int64_t entry_id,
                          const std::string& reason, std::int64_t applied_by,
                          const std::string& at) {
  return conn
      .Query("INSERT INTO dishonesty_repairs (entry_id, state, reason, applied_by, applied_at) "
             "VALUES (?, 'pending', ?, ?, ?) RETURNING id",
             {entry_id, reason, applied_by, at})
      .Int(0, "id");
}

void DecideRepairRow(storage::Connection& conn, std::int64_t repair_id, const std::string& state,
                     std::int64_t by, const std::string& note, const std::string& at) {
  conn.Exec(
      "UPDATE dishonesty_repairs SET state = ?, decided_by = ?, decided_at = ?, decision_note = ? "
      "WHERE id = ?",
      {state, by, at, note, repair_id});
}

void RevokeRepairRow(storage::Connection& conn, std::int64_t repair_id, std::int64_t by,
                     const std::string& note, const std::string& at) {
  conn.Exec(
      "UPDATE dishonesty_repairs SET state = 'revoked', revoked_by = ?, revoked_at = ?, "
      "revoke_note = ? WHERE id = ?",
      {by, at, note, repair_id});
}

std::vector<RepairRow> RepairsOf(storage::Connection& conn, std::int64_t entry_id) {
  auto rs = conn.Query(
      "SELECT r.id, r.entry_id, r.state, r.reason, r.applied_by, r.applied_at, r.decided_by, "
      "r.decided_at, r.decision_note, r.revoked_by, r.revoked_at, r.revoke_note, "
      "ua.display_name AS applied_by_name, COALESCE(ud.display_name, '') AS decided_by_name "
      "FROM dishonesty_repairs r JOIN users ua ON ua.id = r.applied_by "
      "LEFT JOIN users ud ON ud.id = r.decided_by WHERE r.entry_id = ? ORDER BY r.id",
      {entry_id});
  std::vector<RepairRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    RepairRow r;
    r.id = rs.Int(i, "id");
    r.entry_id = rs.Int(i, "entry_id");
    r.state = rs.Text(i, "state");
    r.reason = rs.Text(i, "reason");
    r.applied_by = rs.Int(i, "applied_by");
    r.applied_by_name = rs.Text(i, "applied_by_name");
    r.applied_at = rs.Text(i, "applied_at");
    r.decided_by = rs.OptInt(i, "decided_by");
    r.decided_by_name = rs.Text(i, "decided_by_name");
    r.decided_at = rs.Text(i, "decided_at");
    r.decision_note = rs.Text(i, "decision_note");
    r.revoked_by = rs.OptInt(i, "revoked_by");
    r.revoked_at = rs.Text(i, "revoked_at");
    r.revoke_note = rs.Text(i, "revoke_note");
    out.push_back(std::move(r));
  }
  return out;
}

void AttachFile(storage::Connection& conn, std::int64_t entry_id,
                std::optional<std::int64_t> repair_id, std::int64_t file_id,
                const std::string& at) {
  conn.Exec("INSERT INTO dishonesty_files (entry_id, repair_id, file_id, at) VALUES (?, ?, ?, ?)",
            {entry_id, storage::Nullable(repair_id), file_id, at});
}

std::vector<EntryFileRow> FilesOf(storage::Connection& conn, std::int64_t entry_id) {
  auto rs = conn.Query(
      "SELECT df.file_id, df.repair_id, df.at, f.name, f.mime, f.size FROM dishonesty_files df "
      "JOIN files f ON f.id = df.file_id WHERE df.entry_id = ? ORDER BY df.id",
      {entry_id});
  std::vector<EntryFileRow> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "file_id"), rs.OptInt(i, "repair_id"), rs.Text(i, "name"),
                   rs.Text(i, "mime"), rs.Text(i, "at"), rs.Int(i, "size")});
  return out;
}

std::vector<AccidentFact> GradedAccidents(storage::Connection& conn) {
  auto rs = conn.Query(
      "SELECT id, enterprise_id, grade, occurred_at, number, title FROM accidents "
      "WHERE grade IN ('large', 'serious', 'especially_serious') ORDER BY id");
  std::vector<AccidentFact> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Int(i, "enterprise_id"), rs.Text(i, "grade"),
                   core::ChinaDate(core::UnixFromIso(rs.Text(i, "occurred_at"))),
                   rs.Text(i, "number"), rs.Text(i, "title")});
  return out;
}

std::vector<ConcealmentFact> ConcealmentFindings(storage::Connection& conn) {
  auto rs = conn.Query(
      "SELECT f.id, f.accident_id, f.enterprise_id, f.kind, a.number FROM "
      "accident_reporting_findings f JOIN accidents a ON a.id = f.accident_id ORDER BY f.id");
  std::vector<ConcealmentFact> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Int(i, "accident_id"), rs.Int(i, "enterprise_id"),
                   rs.Text(i, "kind"), rs.Text(i, "number")});
  return out;
}

std::vector<UnlicensedFact> UnlicensedOperation(storage::Connection& conn,
                                                const std::string& since_iso) {
  std::vector<UnlicensedFact> out;
  if (conn.Query("SELECT 1 AS x FROM licences LIMIT 1").empty()) return out;
  auto rs = conn.Query(
      "SELECT enterprise_id, direction, posted_at FROM vouchers WHERE is_reversal = 0 AND "
      "posted_at >= ? AND ((direction = 'in' AND reason = 'production') OR (direction = 'out' "
      "AND reason = 'sale')) ORDER BY enterprise_id, posted_at",
      {since_iso});
  // (enterprise, kind) → the distinct days, in order.
  std::map<std::pair<std::int64_t, std::string>, std::set<std::string>> days;
  for (size_t i = 0; i < rs.size(); ++i)
    days[{rs.Int(i, "enterprise_id"),
          rs.Text(i, "direction") == "in" ? std::string(licences::kExplosivesProduction)
                                          : std::string(licences::kExplosivesSales)}]
        .insert(core::ChinaIsoDate(core::UnixFromIso(rs.Text(i, "posted_at"))));
  for (const auto& [key, set] : days) {
    UnlicensedFact f;
    f.enterprise_id = key.first;
    f.licence_kind = key.second;
    f.licence_label_zh = key.second == licences::kExplosivesProduction ? "民用爆炸物品生产许可证"
                                                                       : "民用爆炸物品销售许可证";
    for (const auto& day : set) {
      const auto d = core::ParseIsoDate(day);
      if (!d) continue;
      auto l = licences::LicenceInForce(conn, key.first, key.second, *d);
      if ((!l || l->status != "valid") && key.second == licences::kExplosivesSales) {
        auto own = licences::LicenceInForce(conn, key.first,
                                            std::string(licences::kExplosivesProduction), *d);
        if (own && own->status == "valid") l = own;
      }
      if (l && l->status == "valid") continue;
      if (f.days == 0) {
        f.first_day = *d;
        f.status = l ? l->status : "missing";
      }
      ++f.days;
    }
    if (f.days > 0) out.push_back(std::move(f));
  }
  return out;
}

std::optional<EnterpriseRef> FindEnterpriseInScope(storage::Connection& conn,
                                                   const api::Scope& scope, std::int64_t id) {
  auto sf = api::ScopeSql(scope, "region_path", "id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(
      "SELECT name, region_path FROM enterprises WHERE id = ? AND status = 'active' AND " + sf.sql,
      params);
  if (rs.empty()) return std::nullopt;
  return EnterpriseRef{rs.Text(0, "name"), rs.Text(0, "region_path")};
}

std::optional<EnterpriseRef> EnterpriseById(storage::Connection& conn, std::int64_t id) {
  auto rs = conn.Query("SELECT name, region_path FROM enterprises WHERE id = ?", {id});
  if (rs.empty()) return std::nullopt;
  return EnterpriseRef{rs.Text(0, "name"), rs.Text(0, "region_path")};
}

std::vector<std::int64_t> AgenciesOver(storage::Connection& conn, const std::string& region_path) {
  auto rs = conn.Query(
      "SELECT id FROM agencies WHERE status = 'active' AND "
      "SUBSTR(CAST(? AS TEXT), 1, LENGTH(region_path)) = region_path ORDER BY id",
      {region_path});
  std::vector<std::int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

std::string AgencyName(storage::Connection& conn, std::int64_t agency_id) {
  auto rs = conn.Query("SELECT name FROM agencies WHERE id = ?", {agency_id});
  return rs.empty() ? std::string() : rs.Text(0, "name");
}

std::optional<AccidentRef> FindAccidentInScope(storage::Connection& conn, const api::Scope& scope,
                                               std::int64_t id) {
  auto sf = api::ScopeSql(scope, "region_path", "enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(
      "SELECT id, enterprise_id, number, title, region_path FROM accidents WHERE id = ? AND " +
          sf.sql,
      params);
  if (rs.empty()) return std::nullopt;
  return AccidentRef{rs.Int(0, "id"), rs.Int(0, "enterprise_id"), rs.Text(0, "number"),
                     rs.Text(0, "title"), rs.Text(0, "region_path")};
}

bool FindingExists(storage::Connection& conn, std::int64_t accident_id, const std::string& kind) {
  return !conn.Query("SELECT 1 AS x FROM accident_reporting_findings WHERE accident_id = ? AND "
                     "kind = ?",
                     {accident_id, kind})
              .empty();
}

std::int64_t InsertFinding(storage::Connection& conn, const AccidentRef& a, const std::string& kind,
                           const std::string& finding, const std::string& found_on,
                           std::optional<std::int64_t> agency_id, std::int64_t by,
                           const std::string& at) {
  return conn
      .Query("INSERT INTO accident_reporting_findings (accident_id, enterprise_id, region_path, "
             "kind, finding, found_on, agency_id, recorded_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, "
             "?, ?) RETURNING id",
             {a.id, a.enterprise_id, a.region_path, kind, finding, found_on,
              storage::Nullable(agency_id), by, at})
      .Int(0, "id");
}

std::vector<FindingRow> FindingsOf(storage::Connection& conn, std::int64_t accident_id) {
  auto rs = conn.Query(
      "SELECT f.id, f.accident_id, f.agency_id, f.kind, f.finding, f.found_on, f.at, "
      "COALESCE(a.name, '') AS agency_name, u.display_name AS recorded_by_name FROM "
      "accident_reporting_findings f LEFT JOIN agencies a ON a.id = f.agency_id JOIN users u ON "
      "u.id = f.recorded_by WHERE f.accident_id = ? ORDER BY f.id",
      {accident_id});
  std::vector<FindingRow> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Int(i, "accident_id"), rs.OptInt(i, "agency_id"),
                   rs.Text(i, "kind"), rs.Text(i, "finding"), rs.Text(i, "found_on"),
                   rs.Text(i, "agency_name"), rs.Text(i, "recorded_by_name"), rs.Text(i, "at")});
  return out;
}

std::string InvestigationFindingKey(std::int64_t finding_id) {
  return "investigation_finding:" + std::to_string(finding_id);
}

namespace {
constexpr const char* kInvestigationFrom =
    " FROM accident_investigation_findings x JOIN accidents a ON a.id = x.accident_id JOIN "
    "enterprises e ON e.id = a.enterprise_id LEFT JOIN dishonesty_entries d ON d.detection_key = "
    "'investigation_finding:' || CAST(x.id AS TEXT) WHERE ";
}  // namespace

std::vector<InvestigationFindingRow> InvestigationFindings(storage::Connection& conn,
                                                           const api::Scope& scope,
                                                           std::optional<std::int64_t> finding_id,
                                                           std::int64_t limit, std::int64_t offset) {
  auto sf = api::ScopeSql(scope, "a.region_path", "a.enterprise_id");
  std::string sql =
      "SELECT x.id, x.accident_id, a.enterprise_id, x.credit_relevant, a.number, a.title AS "
      "accident_title, e.name AS enterprise_name, a.region_path, x.kind, x.title, x.description, "
      "x.responsible, x.created_at, d.id AS candidate_id" +
      std::string(kInvestigationFrom) + sf.sql;
  std::vector<Value> params = sf.params;
  if (finding_id) {
    sql += " AND x.id = ?";
    params.push_back(*finding_id);
  } else {
    sql += " AND x.credit_relevant = 1";
  }
  sql += " ORDER BY x.id DESC LIMIT ? OFFSET ?";
  params.push_back(limit);
  params.push_back(offset);
  auto rs = conn.Query(sql, params);
  std::vector<InvestigationFindingRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    InvestigationFindingRow r;
    r.id = rs.Int(i, "id");
    r.accident_id = rs.Int(i, "accident_id");
    r.enterprise_id = rs.Int(i, "enterprise_id");
    r.credit_relevant = rs.Int(i, "credit_relevant") != 0;
    r.accident_number = rs.Text(i, "number");
    r.accident_title = rs.Text(i, "accident_title");
    r.enterprise_name = rs.Text(i, "enterprise_name");
    r.region_path = rs.Text(i, "region_path");
    r.kind = rs.Text(i, "kind");
    r.title = rs.Text(i, "title");
    r.description = rs.Text(i, "description");
    r.responsible = rs.Text(i, "responsible");
    r.created_at = rs.Text(i, "created_at");
    r.candidate_id = rs.OptInt(i, "candidate_id");
    out.push_back(std::move(r));
  }
  return out;
}

std::int64_t CountInvestigationFindings(storage::Connection& conn, const api::Scope& scope) {
  auto sf = api::ScopeSql(scope, "a.region_path", "a.enterprise_id");
  return conn
      .Query("SELECT COUNT(*) AS n" + std::string(kInvestigationFrom) + sf.sql +
                 " AND x.credit_relevant = 1",
             sf.params)
      .Int(0, "n");
}

}  // namespace anjian::dishonesty_list
