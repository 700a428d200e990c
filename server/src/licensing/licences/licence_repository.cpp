#include "licensing/licences/licence_repository.hpp"

#include <map>

#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::licences {

using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT l.id, l.enterprise_id, l.region_path, l.kind, l.number, l.issuer_agency_id, "
    "l.issuer_name, l.issued_on, l.valid_from, l.valid_to, l.status, l.status_reason, "
    "l.status_document_file_id, l.status_since, l.work_days, l.work_from, l.work_to, "
    "l.scope_note, l.on_site_mixing_t, l.document_file_id, l.created_by, l.created_at, l.updated_at, l.row_version, "
    "e.name AS enterprise_name "
    "FROM licences l JOIN enterprises e ON e.id = l.enterprise_id ";

LicenceRow RowAt(const storage::ResultSet& rs, size_t i, const std::optional<core::Date>& day) {
  LicenceRow r;
  r.id = rs.Int(i, "id");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.region_path = rs.Text(i, "region_path");
  r.kind = rs.Text(i, "kind");
  r.number = rs.Text(i, "number");
  r.issuer_agency_id = rs.OptInt(i, "issuer_agency_id");
  r.issuer_name = rs.Text(i, "issuer_name");
  r.issued_on = rs.Text(i, "issued_on");
  r.valid_from = rs.Text(i, "valid_from");
  r.valid_to = rs.Text(i, "valid_to");
  r.stored_status = rs.Text(i, "status");
  r.status = r.stored_status;
  if (day) {
    const auto stored = ParseLicenceStatus(r.stored_status);
    const auto to = core::ParseIsoDate(r.valid_to);
    if (stored && to) r.status = std::string(LicenceStatusValue(StatusOn(*stored, *to, *day)));
  }
  r.status_reason = rs.Text(i, "status_reason");
  r.status_document_file_id = rs.OptInt(i, "status_document_file_id");
  r.status_since = rs.Text(i, "status_since");
  r.scope.working_hours = {rs.Text(i, "work_days"), rs.Text(i, "work_from"), rs.Text(i, "work_to")};
  r.scope.note = rs.Text(i, "scope_note");
  r.scope.on_site_mixing_t = rs.OptInt(i, "on_site_mixing_t");
  r.document_file_id = rs.OptInt(i, "document_file_id");
  r.created_by = rs.Int(i, "created_by");
  r.created_at = rs.Text(i, "created_at");
  r.updated_at = rs.Text(i, "updated_at");
  r.row_version = rs.Int(i, "row_version");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  return r;
}

// Loads the scope rows of the licences chosen by `where` (on alias l) into `rows`.
void LoadScopes(storage::Connection& conn, std::vector<LicenceRow>& rows, const std::string& where,
                const std::vector<Value>& params) {
  if (rows.empty()) return;
  std::map<std::int64_t, LicenceRow*> by_id;
  for (auto& r : rows) by_id[r.id] = &r;
  auto ps = conn.Query(
      "SELECT p.licence_id, p.product_code, p.annual_quantity_milli, p.unit, "
      "COALESCE((SELECT MIN(pr.name) FROM products pr WHERE pr.code = p.product_code), '') AS name "
      "FROM licence_products p JOIN licences l ON l.id = p.licence_id WHERE " +
          where + " ORDER BY p.licence_id, p.product_code",
      params);
  for (size_t i = 0; i < ps.size(); ++i) {
    auto it = by_id.find(ps.Int(i, "licence_id"));
    if (it == by_id.end()) continue;
    it->second->scope.products.push_back({ps.Text(i, "product_code"), ps.Text(i, "name"),
                                          ps.Text(i, "unit"), ps.Int(i, "annual_quantity_milli")});
  }
  auto ms = conn.Query(
      "SELECT m.licence_id, m.store_id, m.net_mass_g, m.pieces, COALESCE(s.name, '') AS name "
      "FROM licence_magazines m JOIN licences l ON l.id = m.licence_id "
      "LEFT JOIN stores s ON s.id = m.store_id WHERE " +
          where + " ORDER BY m.licence_id, m.store_id",
      params);
  for (size_t i = 0; i < ms.size(); ++i) {
    auto it = by_id.find(ms.Int(i, "licence_id"));
    if (it == by_id.end()) continue;
    it->second->scope.magazines.push_back({ms.Int(i, "store_id"), ms.Text(i, "name"),
                                           ms.OptInt(i, "net_mass_g"), ms.OptInt(i, "pieces")});
  }
}

std::vector<LicenceRow> Read(storage::Connection& conn, const std::string& where,
                             const std::vector<Value>& params, const std::string& order,
                             const std::optional<core::Date>& day) {
  auto rs = conn.Query(std::string(kSelect) + " WHERE " + where + order, params);
  std::vector<LicenceRow> rows;
  for (size_t i = 0; i < rs.size(); ++i) rows.push_back(RowAt(rs, i, day));
  return rows;
}

// Status as of `today` in SQL: expired = valid_to before today unless revoked.
std::string StatusSql() {
  return "(CASE WHEN l.status = 'revoked' THEN 'revoked' WHEN l.valid_to < ? THEN 'expired' "
         "ELSE l.status END)";
}

struct Where {
  std::string sql;
  std::vector<Value> params;
};

Where WhereOf(const api::Scope& scope, const LicenceFilter& f, const core::Date& today) {
  auto sf = api::ScopeSql(scope, "l.region_path", "l.enterprise_id");
  Where w{sf.sql, sf.params};
  const auto t = core::FormatIsoDate(today);
  if (!f.kind.empty()) {
    w.sql += " AND l.kind = ?";
    w.params.push_back(f.kind);
  }
  if (!f.status.empty()) {
    w.sql += " AND " + StatusSql() + " = ?";
    w.params.push_back(t);
    w.params.push_back(f.status);
  }
  if (!f.number.empty()) {
    w.sql += " AND l.number = ?";
    w.params.push_back(f.number);
  }
  if (!f.enterprise_name.empty()) {
    w.sql += " AND INSTR(e.name, ?) > 0";
    w.params.push_back(f.enterprise_name);
  }
  if (f.enterprise_id) {
    w.sql += " AND l.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  if (!f.region_path.empty()) {
    w.sql += " AND l.region_path >= ? AND l.region_path < ?";
    w.params.push_back(f.region_path);
    w.params.push_back(api::PathUpperBound(f.region_path));
  }
  if (f.expiring_within_days) {
    w.sql += " AND l.status <> 'revoked' AND l.valid_to >= ? AND l.valid_to <= ?";
    w.params.push_back(t);
    w.params.push_back(core::FormatIsoDate(core::AddDays(today, *f.expiring_within_days)));
  }
  return w;
}

}  // namespace

std::vector<LicenceRow> LicencesOf(storage::Connection& conn, std::int64_t enterprise_id) {
  auto rows = Read(conn, "l.enterprise_id = ?", {enterprise_id}, " ORDER BY l.kind, l.id",
                   std::nullopt);
  LoadScopes(conn, rows, "l.enterprise_id = ?", {enterprise_id});
  return rows;
}

std::vector<LicenceRow> LicencesOf(storage::Connection& conn, std::int64_t enterprise_id,
                                   const core::Date& day) {
  auto rows = Read(conn, "l.enterprise_id = ?", {enterprise_id}, " ORDER BY l.kind, l.id", day);
  LoadScopes(conn, rows, "l.enterprise_id = ?", {enterprise_id});
  return rows;
}

std::optional<LicenceRow> LicenceInForce(storage::Connection& conn, std::int64_t enterprise_id,
                                         const std::string& kind, const core::Date& day) {
  auto rows = Read(conn, "l.enterprise_id = ? AND l.kind = ? AND l.valid_from <= ?",
                   {enterprise_id, kind, core::FormatIsoDate(day)},
                   " ORDER BY CASE WHEN l.status = 'revoked' THEN 1 ELSE 0 END, l.valid_to DESC, "
                   "l.id DESC LIMIT 1",
                   day);
  if (rows.empty()) return std::nullopt;
  LoadScopes(conn, rows, "l.id = ?", {rows[0].id});
  return rows[0];
}

std::vector<LicenceRow> LicencesInRegion(storage::Connection& conn, const std::string& region_path,
                                         const core::Date& day) {
  std::string where = "1 = 1";
  std::vector<Value> params;
  if (!region_path.empty()) {
    where = "l.region_path >= ? AND l.region_path < ?";
    params = {region_path, api::PathUpperBound(region_path)};
  }
  auto rows = Read(conn, where, params, " ORDER BY l.enterprise_id, l.kind, l.id", day);
  LoadScopes(conn, rows, where, params);
  return rows;
}

std::int64_t CountLicences(storage::Connection& conn, const api::Scope& scope,
                           const LicenceFilter& f, const core::Date& today) {
  auto w = WhereOf(scope, f, today);
  return conn
      .Query("SELECT COUNT(*) AS n FROM licences l JOIN enterprises e ON e.id = l.enterprise_id "
             "WHERE " + w.sql,
             w.params)
      .Int(0, "n");
}

std::vector<LicenceRow> ListLicences(storage::Connection& conn, const api::Scope& scope,
                                     const LicenceFilter& f, const core::Date& today,
                                     std::int64_t limit, std::int64_t offset) {
  auto w = WhereOf(scope, f, today);
  auto params = w.params;
  params.push_back(limit);
  params.push_back(offset);
  auto rows = Read(conn, w.sql, params, " ORDER BY l.valid_to, l.id LIMIT ? OFFSET ?", today);
  std::vector<Value> ids_params;
  std::vector<std::int64_t> ids;
  for (const auto& r : rows) ids.push_back(r.id);
  if (!ids.empty()) {
    for (auto id : ids) ids_params.push_back(id);
    LoadScopes(conn, rows, "l.id IN (" + storage::Placeholders(ids.size()) + ")", ids_params);
  }
  return rows;
}

std::optional<LicenceRow> FindLicence(storage::Connection& conn, const api::Scope& scope,
                                      std::int64_t id, const core::Date& today) {
  auto sf = api::ScopeSql(scope, "l.region_path", "l.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rows = Read(conn, "l.id = ? AND " + sf.sql, params, "", today);
  if (rows.empty()) return std::nullopt;
  LoadScopes(conn, rows, "l.id = ?", {id});
  return rows[0];
}

std::optional<LicenceRow> LockLicence(storage::Connection& conn, std::int64_t id,
                                      const core::Date& today) {
  conn.Query(std::string("SELECT id FROM licences WHERE id = ?") + storage::ForUpdate(conn), {id});
  auto rows = Read(conn, "l.id = ?", {id}, "", today);
  if (rows.empty()) return std::nullopt;
  LoadScopes(conn, rows, "l.id = ?", {id});
  return rows[0];
}

bool LicenceNumberTaken(storage::Connection& conn, const std::string& kind,
                        const std::string& number, std::optional<std::int64_t> except_id) {
  auto rs = conn.Query("SELECT id FROM licences WHERE kind = ? AND number = ? AND id <> ?",
                       {kind, number, except_id.value_or(0)});
  return !rs.empty();
}

std::int64_t InsertLicence(storage::Connection& conn, const NewLicence& l) {
  auto rs = conn.Query(
      "INSERT INTO licences (enterprise_id, region_path, kind, number, issuer_agency_id, "
      "issuer_name, issued_on, valid_from, valid_to, status, status_since, work_days, work_from, "
      "work_to, scope_note, document_file_id, created_by, created_at, updated_at) VALUES "
      "(?, ?, ?, ?, ?, ?, ?, ?, ?, 'valid', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {l.enterprise_id, l.region_path, l.kind, l.number, storage::Nullable(l.issuer_agency_id),
       l.issuer_name, l.issued_on, l.valid_from, l.valid_to, l.at,
       l.scope.working_hours.days, l.scope.working_hours.from, l.scope.working_hours.to,
       l.scope.note, storage::Nullable(l.document_file_id), l.created_by, l.at, l.at});
  const auto id = rs.Int(0, "id");
  ReplaceScope(conn, id, l.scope);
  return id;
}

void ReplaceScope(storage::Connection& conn, std::int64_t id, const LicenceScope& s) {
  conn.Exec("DELETE FROM licence_products WHERE licence_id = ?", {id});
  conn.Exec("DELETE FROM licence_magazines WHERE licence_id = ?", {id});
  for (const auto& p : s.products)
    conn.Exec(
        "INSERT INTO licence_products (licence_id, product_code, annual_quantity_milli, unit) "
        "VALUES (?, ?, ?, ?)",
        {id, p.product_code, p.annual_quantity_milli, p.unit});
  for (const auto& m : s.magazines)
    conn.Exec(
        "INSERT INTO licence_magazines (licence_id, store_id, net_mass_g, pieces) "
        "VALUES (?, ?, ?, ?)",
        {id, m.store_id, storage::Nullable(m.net_mass_g), storage::Nullable(m.pieces)});
  conn.Exec(
      "UPDATE licences SET work_days = ?, work_from = ?, work_to = ?, scope_note = ?, "
      "on_site_mixing_t = ? WHERE id = ?",
      {s.working_hours.days, s.working_hours.from, s.working_hours.to, s.note,
       storage::Nullable(s.on_site_mixing_t), id});
}

void UpdateValidity(storage::Connection& conn, std::int64_t id, const std::string& valid_from,
                    const std::string& valid_to, const std::string& issued_on,
                    std::optional<std::int64_t> document_file_id, const std::string& at) {
  conn.Exec(
      "UPDATE licences SET valid_from = ?, valid_to = ?, issued_on = ?, "
      "document_file_id = COALESCE(?, document_file_id), updated_at = ?, "
      "row_version = row_version + 1 WHERE id = ?",
      {valid_from, valid_to, issued_on, storage::Nullable(document_file_id), at, id});
}

void UpdateStatus(storage::Connection& conn, std::int64_t id, const std::string& status,
                  const std::string& reason, std::optional<std::int64_t> document_file_id,
                  const std::string& at) {
  conn.Exec(
      "UPDATE licences SET status = ?, status_reason = ?, status_document_file_id = ?, "
      "status_since = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?",
      {status, reason, storage::Nullable(document_file_id), at, at, id});
}

void InsertEvent(storage::Connection& conn, const EventRow& e) {
  conn.Exec(
      "INSERT INTO licence_events (licence_id, application_id, kind, from_status, to_status, "
      "valid_from, valid_to, reason, document_file_id, snapshot_json, by_user_id, at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {storage::Nullable(e.licence_id), storage::Nullable(e.application_id), e.kind,
       e.from_status, e.to_status, e.valid_from, e.valid_to, e.reason,
       storage::Nullable(e.document_file_id), e.snapshot_json, e.by_user_id, e.at});
}

namespace {
std::vector<EventRow> Events(storage::Connection& conn, const char* column, std::int64_t id) {
  auto rs = conn.Query(
      std::string("SELECT v.id, v.licence_id, v.application_id, v.kind, v.from_status, "
                  "v.to_status, v.valid_from, v.valid_to, v.reason, v.document_file_id, "
                  "v.snapshot_json, v.by_user_id, v.at, u.display_name AS by_name "
                  "FROM licence_events v JOIN users u ON u.id = v.by_user_id WHERE v.") +
          column + " = ? ORDER BY v.id",
      {id});
  std::vector<EventRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    EventRow e;
    e.id = rs.Int(i, "id");
    e.licence_id = rs.OptInt(i, "licence_id");
    e.application_id = rs.OptInt(i, "application_id");
    e.kind = rs.Text(i, "kind");
    e.from_status = rs.Text(i, "from_status");
    e.to_status = rs.Text(i, "to_status");
    e.valid_from = rs.Text(i, "valid_from");
    e.valid_to = rs.Text(i, "valid_to");
    e.reason = rs.Text(i, "reason");
    e.document_file_id = rs.OptInt(i, "document_file_id");
    e.snapshot_json = rs.Text(i, "snapshot_json");
    e.by_user_id = rs.Int(i, "by_user_id");
    e.by_name = rs.Text(i, "by_name");
    e.at = rs.Text(i, "at");
    out.push_back(std::move(e));
  }
  return out;
}
}  // namespace

std::vector<EventRow> LicenceEvents(storage::Connection& conn, std::int64_t licence_id) {
  // The licence's own history: the application's steps stay with the application.
  auto all = Events(conn, "licence_id", licence_id);
  std::vector<EventRow> out;
  for (auto& e : all)
    if (e.kind != "submitted" && e.kind != "approved" && e.kind != "refused" && e.kind != "withdrawn")
      out.push_back(std::move(e));
  return out;
}
std::vector<EventRow> ApplicationEvents(storage::Connection& conn, std::int64_t application_id) {
  return Events(conn, "application_id", application_id);
}

namespace {

constexpr const char* kAppSelect =
    "SELECT a.id, a.enterprise_id, a.region_path, a.kind, a.application_type, a.licence_id, "
    "a.status, a.requested_scope_json, a.note, a.without_review, a.conditions_json, "
    "a.submitted_by, a.submitted_at, a.submitted_on, a.decided_by, a.decided_at, a.decided_on, "
    "a.decision_note, a.decision_document_file_id, a.decision_conditions_json, a.row_version, "
    "e.name AS enterprise_name, su.display_name AS submitted_by_name, "
    "COALESCE(du.display_name, '') AS decided_by_name, COALESCE(l.number, '') AS licence_number "
    "FROM licence_applications a JOIN enterprises e ON e.id = a.enterprise_id "
    "JOIN users su ON su.id = a.submitted_by LEFT JOIN users du ON du.id = a.decided_by "
    "LEFT JOIN licences l ON l.id = a.licence_id ";

ApplicationRow AppAt(const storage::ResultSet& rs, size_t i) {
  ApplicationRow a;
  a.id = rs.Int(i, "id");
  a.enterprise_id = rs.Int(i, "enterprise_id");
  a.region_path = rs.Text(i, "region_path");
  a.kind = rs.Text(i, "kind");
  a.application_type = rs.Text(i, "application_type");
  a.licence_id = rs.OptInt(i, "licence_id");
  a.status = rs.Text(i, "status");
  a.requested_scope_json = rs.Text(i, "requested_scope_json");
  a.note = rs.Text(i, "note");
  a.without_review = rs.Int(i, "without_review") != 0;
  a.conditions_json = rs.Text(i, "conditions_json");
  a.submitted_by = rs.Int(i, "submitted_by");
  a.submitted_at = rs.Text(i, "submitted_at");
  a.submitted_on = rs.Text(i, "submitted_on");
  a.decided_by = rs.OptInt(i, "decided_by");
  a.decided_at = rs.Text(i, "decided_at");
  a.decided_on = rs.Text(i, "decided_on");
  a.decision_note = rs.Text(i, "decision_note");
  a.decision_document_file_id = rs.OptInt(i, "decision_document_file_id");
  a.decision_conditions_json = rs.Text(i, "decision_conditions_json");
  a.row_version = rs.Int(i, "row_version");
  a.enterprise_name = rs.Text(i, "enterprise_name");
  a.submitted_by_name = rs.Text(i, "submitted_by_name");
  a.decided_by_name = rs.Text(i, "decided_by_name");
  a.licence_number = rs.Text(i, "licence_number");
  return a;
}

Where AppWhere(const api::Scope& scope, const ApplicationFilter& f) {
  auto sf = api::ScopeSql(scope, "a.region_path", "a.enterprise_id");
  Where w{sf.sql, sf.params};
  if (!f.kind.empty()) {
    w.sql += " AND a.kind = ?";
    w.params.push_back(f.kind);
  }
  if (!f.status.empty()) {
    w.sql += " AND a.status = ?";
    w.params.push_back(f.status);
  }
  if (!f.application_type.empty()) {
    w.sql += " AND a.application_type = ?";
    w.params.push_back(f.application_type);
  }
  if (f.enterprise_id) {
    w.sql += " AND a.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  if (f.licence_id) {
    w.sql += " AND a.licence_id = ?";
    w.params.push_back(*f.licence_id);
  }
  if (!f.region_path.empty()) {
    w.sql += " AND a.region_path >= ? AND a.region_path < ?";
    w.params.push_back(f.region_path);
    w.params.push_back(api::PathUpperBound(f.region_path));
  }
  return w;
}

}  // namespace

std::int64_t CountApplications(storage::Connection& conn, const api::Scope& scope,
                               const ApplicationFilter& f) {
  auto w = AppWhere(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM licence_applications a WHERE " + w.sql, w.params)
      .Int(0, "n");
}

std::vector<ApplicationRow> ListApplications(storage::Connection& conn, const api::Scope& scope,
                                             const ApplicationFilter& f, std::int64_t limit,
                                             std::int64_t offset) {
  auto w = AppWhere(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kAppSelect) + " WHERE " + w.sql +
                           " ORDER BY CASE WHEN a.status = 'submitted' THEN 0 ELSE 1 END, a.id DESC "
                           "LIMIT ? OFFSET ?",
                       w.params);
  std::vector<ApplicationRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(AppAt(rs, i));
  return out;
}

std::optional<ApplicationRow> FindApplication(storage::Connection& conn, const api::Scope& scope,
                                              std::int64_t id) {
  auto sf = api::ScopeSql(scope, "a.region_path", "a.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string(kAppSelect) + " WHERE a.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return AppAt(rs, 0);
}

std::optional<ApplicationRow> LockApplication(storage::Connection& conn, std::int64_t id) {
  conn.Query(std::string("SELECT id FROM licence_applications WHERE id = ?") +
                 storage::ForUpdate(conn),
             {id});
  auto rs = conn.Query(std::string(kAppSelect) + " WHERE a.id = ?", {id});
  if (rs.empty()) return std::nullopt;
  return AppAt(rs, 0);
}

std::optional<std::int64_t> OpenApplicationFor(storage::Connection& conn,
                                               std::int64_t enterprise_id,
                                               const std::string& kind) {
  auto rs = conn.Query(
      "SELECT id FROM licence_applications WHERE enterprise_id = ? AND kind = ? AND "
      "status = 'submitted' ORDER BY id LIMIT 1",
      {enterprise_id, kind});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

std::int64_t InsertApplication(storage::Connection& conn, const ApplicationRow& a) {
  return conn
      .Query(
          "INSERT INTO licence_applications (enterprise_id, region_path, kind, application_type, "
          "licence_id, status, requested_scope_json, note, without_review, conditions_json, "
          "submitted_by, submitted_at, submitted_on) VALUES (?, ?, ?, ?, ?, 'submitted', ?, ?, ?, "
          "?, ?, ?, ?) RETURNING id",
          {a.enterprise_id, a.region_path, a.kind, a.application_type,
           storage::Nullable(a.licence_id), a.requested_scope_json, a.note,
           std::int64_t{a.without_review ? 1 : 0}, a.conditions_json, a.submitted_by,
           a.submitted_at, a.submitted_on})
      .Int(0, "id");
}

void DecideApplication(storage::Connection& conn, const ApplicationRow& a) {
  conn.Exec(
      "UPDATE licence_applications SET status = ?, licence_id = ?, decided_by = ?, "
      "decided_at = ?, decided_on = ?, decision_note = ?, decision_document_file_id = ?, "
      "decision_conditions_json = ?, row_version = row_version + 1 WHERE id = ?",
      {a.status, storage::Nullable(a.licence_id), storage::Nullable(a.decided_by),
       a.decided_at.empty() ? Value(nullptr) : Value(a.decided_at),
       a.decided_on.empty() ? Value(nullptr) : Value(a.decided_on), a.decision_note,
       storage::Nullable(a.decision_document_file_id), a.decision_conditions_json, a.id});
}

namespace {

constexpr const char* kEvalSelect =
    "SELECT s.id, s.enterprise_id, s.region_path, s.agency_name, s.evaluated_on, s.conclusion, "
    "s.valid_until, s.report_file_id, s.note, s.recorded_by, s.recorded_at, "
    "e.name AS enterprise_name, u.display_name AS recorded_by_name, f.name AS report_file_name "
    "FROM safety_evaluations s JOIN enterprises e ON e.id = s.enterprise_id "
    "JOIN users u ON u.id = s.recorded_by JOIN files f ON f.id = s.report_file_id ";

EvaluationRow EvalAt(const storage::ResultSet& rs, size_t i) {
  EvaluationRow e;
  e.id = rs.Int(i, "id");
  e.enterprise_id = rs.Int(i, "enterprise_id");
  e.region_path = rs.Text(i, "region_path");
  e.agency_name = rs.Text(i, "agency_name");
  e.evaluated_on = rs.Text(i, "evaluated_on");
  e.conclusion = rs.Text(i, "conclusion");
  e.valid_until = rs.Text(i, "valid_until");
  e.report_file_id = rs.Int(i, "report_file_id");
  e.note = rs.Text(i, "note");
  e.recorded_by = rs.Int(i, "recorded_by");
  e.recorded_at = rs.Text(i, "recorded_at");
  e.enterprise_name = rs.Text(i, "enterprise_name");
  e.recorded_by_name = rs.Text(i, "recorded_by_name");
  e.report_file_name = rs.Text(i, "report_file_name");
  return e;
}

}  // namespace

std::int64_t InsertEvaluation(storage::Connection& conn, const EvaluationRow& e) {
  return conn
      .Query(
          "INSERT INTO safety_evaluations (enterprise_id, region_path, agency_name, evaluated_on, "
          "conclusion, valid_until, report_file_id, note, recorded_by, recorded_at) VALUES "
          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {e.enterprise_id, e.region_path, e.agency_name, e.evaluated_on, e.conclusion,
           e.valid_until, e.report_file_id, e.note, e.recorded_by, e.recorded_at})
      .Int(0, "id");
}

std::vector<EvaluationRow> ListEvaluations(storage::Connection& conn, const api::Scope& scope,
                                           std::optional<std::int64_t> enterprise_id,
                                           std::int64_t limit, std::int64_t offset) {
  auto sf = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  auto params = sf.params;
  std::string sql = std::string(kEvalSelect) + " WHERE " + sf.sql;
  if (enterprise_id) {
    sql += " AND s.enterprise_id = ?";
    params.push_back(*enterprise_id);
  }
  params.push_back(limit);
  params.push_back(offset);
  auto rs = conn.Query(sql + " ORDER BY s.evaluated_on DESC, s.id DESC LIMIT ? OFFSET ?", params);
  std::vector<EvaluationRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(EvalAt(rs, i));
  return out;
}

std::int64_t CountEvaluations(storage::Connection& conn, const api::Scope& scope,
                              std::optional<std::int64_t> enterprise_id) {
  auto sf = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  auto params = sf.params;
  std::string sql = "SELECT COUNT(*) AS n FROM safety_evaluations s WHERE " + sf.sql;
  if (enterprise_id) {
    sql += " AND s.enterprise_id = ?";
    params.push_back(*enterprise_id);
  }
  return conn.Query(sql, params).Int(0, "n");
}

std::optional<EvaluationRow> FindEvaluation(storage::Connection& conn, const api::Scope& scope,
                                            std::int64_t id) {
  auto sf = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string(kEvalSelect) + " WHERE s.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return EvalAt(rs, 0);
}

OwnConditionRows ReadOwnConditionRows(storage::Connection& conn, std::int64_t enterprise_id) {
  OwnConditionRows out;
  auto ps = conn.Query(
      "SELECT p.id, p.kind, p.title, p.status, COALESCE(p.published_on, '') AS published_on, "
      "COALESCE((SELECT MAX(v.evaluated_on) FROM emergency_plan_evaluations v "
      "WHERE v.plan_id = p.id), '') AS last_evaluated_on "
      "FROM emergency_plans p WHERE p.enterprise_id = ? ORDER BY p.id",
      {enterprise_id});
  for (size_t i = 0; i < ps.size(); ++i)
    out.plans.push_back({ps.Int(i, "id"), ps.Text(i, "kind"), ps.Text(i, "title"),
                         ps.Text(i, "status"), ps.Text(i, "published_on"),
                         ps.Text(i, "last_evaluated_on")});
  auto es = conn.Query(std::string(kEvalSelect) +
                           " WHERE s.enterprise_id = ? ORDER BY s.evaluated_on DESC, s.id DESC "
                           "LIMIT 1",
                       {enterprise_id});
  if (!es.empty()) out.latest_evaluation = EvalAt(es, 0);
  auto hs = conn.Query(
      "SELECT id, number, title FROM hidden_dangers WHERE enterprise_id = ? AND is_open = 1 AND "
      "level = 'major' ORDER BY id",
      {enterprise_id});
  for (size_t i = 0; i < hs.size(); ++i)
    out.open_major_hidden_dangers.push_back(
        {"hidden_danger", hs.Int(i, "id"),
         hs.Text(i, "number").empty() ? hs.Text(i, "title")
                                      : hs.Text(i, "number") + " " + hs.Text(i, "title"),
         ""});
  return out;
}

std::int64_t FatalAccidentsBetween(storage::Connection& conn, std::int64_t enterprise_id,
                                   const std::string& from, const std::string& to) {
  // occurred_at is a UTC instant; the validity's China dates bound it loosely enough (a day's
  // margin either side is the caller's: it passes the ISO instants it wants).
  return conn
      .Query(
          "SELECT COUNT(*) AS n FROM accidents WHERE enterprise_id = ? AND deaths > 0 AND "
          "occurred_at >= ? AND occurred_at < ?",
          {enterprise_id, from, to})
      .Int(0, "n");
}

std::optional<EnterpriseOfLicence> FindEnterpriseInScope(storage::Connection& conn,
                                                         const api::Scope& scope, std::int64_t id) {
  auto sf = api::ScopeSql(scope, "region_path", "id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(
      "SELECT name, region_path, industry FROM enterprises WHERE id = ? AND status = 'active' "
      "AND " + sf.sql,
      params);
  if (rs.empty()) return std::nullopt;
  return EnterpriseOfLicence{rs.Text(0, "name"), rs.Text(0, "region_path"),
                             rs.Text(0, "industry")};
}

std::vector<std::int64_t> StoresOfEnterprise(storage::Connection& conn, std::int64_t enterprise_id,
                                             const std::vector<std::int64_t>& ids) {
  std::vector<std::int64_t> out;
  if (ids.empty()) return out;
  std::vector<Value> params{enterprise_id};
  for (auto id : ids) params.push_back(id);
  auto rs = conn.Query("SELECT id FROM stores WHERE enterprise_id = ? AND id IN (" +
                           storage::Placeholders(ids.size()) + ")",
                       params);
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

std::vector<ProductOfCode> ProductsByCode(storage::Connection& conn, std::int64_t enterprise_id,
                                          const std::vector<std::string>& codes) {
  std::vector<ProductOfCode> out;
  if (codes.empty()) return out;
  std::vector<Value> params{enterprise_id};
  for (const auto& c : codes) params.push_back(c);
  auto rs = conn.Query(
      "SELECT code, name, unit FROM products WHERE (owner_enterprise_id IS NULL OR "
      "owner_enterprise_id = ?) AND code IN (" +
          storage::Placeholders(codes.size()) + ")",
      params);
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "code"), rs.Text(i, "name"), rs.Text(i, "unit")});
  return out;
}

std::string AgencyName(storage::Connection& conn, std::int64_t agency_id) {
  auto rs = conn.Query("SELECT name FROM agencies WHERE id = ?", {agency_id});
  return rs.empty() ? std::string() : rs.Text(0, "name");
}

std::vector<ReminderCandidate> LicencesEndingBy(storage::Connection& conn, const std::string& today,
                                                const std::string& last_day) {
  auto rs = conn.Query(
      "SELECT l.id, l.enterprise_id, l.kind, l.number, l.valid_to, l.region_path, "
      "e.name AS enterprise_name FROM licences l JOIN enterprises e ON e.id = l.enterprise_id "
      "WHERE l.valid_to >= ? AND l.valid_to <= ? AND l.status <> 'revoked' ORDER BY l.id",
      {today, last_day});
  std::vector<ReminderCandidate> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Int(i, "enterprise_id"), rs.Text(i, "kind"),
                   rs.Text(i, "number"), rs.Text(i, "valid_to"), rs.Text(i, "region_path"),
                   rs.Text(i, "enterprise_name")});
  return out;
}

bool MarkReminded(storage::Connection& conn, std::int64_t licence_id, const std::string& valid_to,
                  std::int64_t threshold_days, const std::string& at) {
  return conn.Exec(
             "INSERT INTO licence_reminders (licence_id, valid_to, threshold_days, sent_at) "
             "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
             {licence_id, valid_to, threshold_days, at}) > 0;
}

std::vector<MixingCapacityAt> OnSiteMixingByPath(storage::Connection& conn, const api::Scope& scope,
                                                 const core::Date& day) {
  auto sf = api::ScopeSql(scope, "l.region_path", "l.enterprise_id");
  std::vector<Value> params = sf.params;
  const std::string d = core::FormatIsoDate(day);
  params.push_back(std::string(kExplosivesProduction));
  params.push_back(d);
  params.push_back(d);
  auto rs = conn.Query(
      "SELECT l.region_path, SUM(l.on_site_mixing_t) AS tonnes, COUNT(*) AS n FROM licences l "
      "WHERE " + sf.sql + " AND l.kind = ? AND l.status = 'valid' AND l.valid_from <= ? AND "
      "l.valid_to >= ? AND l.on_site_mixing_t IS NOT NULL GROUP BY l.region_path",
      params);
  std::vector<MixingCapacityAt> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "region_path"), rs.Int(i, "tonnes"), rs.Int(i, "n")});
  return out;
}

}  // namespace anjian::licences
