#include "dual_prevention/enforcement/enforcement_repository.hpp"

#include "dual_prevention/enforcement/enforcement_rules.hpp"
#include "platform/api/scoped_where.hpp"
#include "platform/storage/nullable.hpp"

namespace anjian::enforcement {

using storage::Value;

namespace {

constexpr const char* kColumns =
    "i.id, i.number, i.enterprise_id, e.name AS enterprise_name, e.address AS enterprise_address, "
    "e.legal_representative, i.region_path, i.agency_id, a.name AS agency_name, i.inspected_on, "
    "i.inspectors, i.summary, i.order_no, i.order_text, i.order_deadline, i.created_by, "
    "u.display_name AS created_by_name, i.created_at, i.kind, i.recheck_required, "
    "(SELECT COUNT(*) FROM hidden_dangers h WHERE h.enforcement_inspection_id = i.id) AS findings, "
    "(SELECT COUNT(*) FROM hidden_dangers h WHERE h.enforcement_inspection_id = i.id "
    "AND h.is_open = 1) AS open_findings";

constexpr const char* kFrom =
    " FROM enforcement_inspections i JOIN enterprises e ON e.id = i.enterprise_id "
    "LEFT JOIN agencies a ON a.id = i.agency_id JOIN users u ON u.id = i.created_by";

EnforcementInspectionRecord RecordFrom(const storage::ResultSet& rs, size_t i) {
  EnforcementInspectionRecord r;
  r.id = rs.Int(i, "id");
  r.number = rs.Text(i, "number");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.enterprise_address = rs.Text(i, "enterprise_address");
  r.legal_representative = rs.Text(i, "legal_representative");
  r.agency_name = rs.Text(i, "agency_name");
  r.inspected_on = rs.Text(i, "inspected_on");
  r.inspectors = rs.Text(i, "inspectors");
  r.summary = rs.Text(i, "summary");
  r.order_no = rs.Text(i, "order_no");
  r.order_text = rs.Text(i, "order_text");
  r.order_deadline = rs.Text(i, "order_deadline");
  r.kind = rs.Text(i, "kind");
  r.recheck_required = rs.Int(i, "recheck_required") != 0;
  r.created_by_name = rs.Text(i, "created_by_name");
  r.created_at = rs.Text(i, "created_at");
  r.findings_count = rs.Int(i, "findings");
  r.open_findings_count = rs.Int(i, "open_findings");
  return r;
}

api::SqlFilter Where(const api::Scope& scope, const EnforcementListFilter& f) {
  auto w = api::ScopedWhere(scope, "i");
  if (f.enterprise_id) api::And(w, "i.enterprise_id = ?", *f.enterprise_id);
  if (!f.from.empty()) api::And(w, "i.inspected_on >= ?", f.from);
  if (!f.to.empty()) api::And(w, "i.inspected_on <= ?", f.to);
  return w;
}

}  // namespace

std::optional<EnforcementInspectionRecord> FindEnforcementInspection(storage::Connection& conn,
                                                                     const api::Scope& scope,
                                                                     int64_t id) {
  auto w = api::ScopedIdWhere(scope, "i", id);
  auto rs = conn.Query(std::string("SELECT ") + kColumns + kFrom + w.sql, w.params);
  if (rs.empty()) return std::nullopt;
  return RecordFrom(rs, 0);
}

std::vector<EnforcementActionRecord> ActionsOf(storage::Connection& conn, int64_t inspection_id) {
  auto a = conn.Query(
      "SELECT id, kind, amount_fen, suspension_from, suspension_to, decision_no, description, "
      "decided_on, created_at, legal_basis, legal_basis_text FROM enforcement_actions "
      "WHERE enforcement_inspection_id = ? "
      "ORDER BY id",
      {inspection_id});
  std::vector<EnforcementActionRecord> out;
  out.reserve(a.size());
  for (size_t i = 0; i < a.size(); ++i)
    out.push_back({a.Int(i, "id"), a.Text(i, "kind"), a.OptInt(i, "amount_fen"),
                   a.OptText(i, "suspension_from"), a.OptText(i, "suspension_to"),
                   a.Text(i, "decision_no"), a.Text(i, "description"), a.Text(i, "decided_on"),
                   a.Text(i, "created_at"), a.Text(i, "legal_basis"),
                   a.Text(i, "legal_basis_text")});
  return out;
}

int64_t CountEnforcementInspections(storage::Connection& conn, const api::Scope& scope,
                                    const EnforcementListFilter& f) {
  auto w = Where(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM enforcement_inspections i" + w.sql, w.params)
      .Int(0, "n");
}

std::vector<EnforcementInspectionRecord> ListEnforcementInspections(
    storage::Connection& conn, const api::Scope& scope, const EnforcementListFilter& f,
    int64_t limit, int64_t offset) {
  auto w = Where(scope, f);
  auto params = w.params;
  params.push_back(limit);
  params.push_back(offset);
  auto rs = conn.Query(std::string("SELECT ") + kColumns + kFrom + w.sql +
                           " ORDER BY i.id DESC LIMIT ? OFFSET ?",
                       params);
  std::vector<EnforcementInspectionRecord> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RecordFrom(rs, i));
  return out;
}

int64_t InsertEnforcementInspection(storage::Connection& conn,
                                    const EnforcementInspectionInsert& r) {
  auto rs = conn.Query(
      "INSERT INTO enforcement_inspections (enterprise_id, region_path, agency_id, inspected_on, "
      "inspectors, summary, order_no, order_text, order_deadline, created_by, created_at, kind, "
      "recheck_required) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {r.enterprise_id, r.region_path, storage::Nullable(r.agency_id), r.inspected_on,
       r.inspectors, r.summary, r.order_no, r.order_text, r.order_deadline, r.created_by,
       r.created_at, r.kind, int64_t{r.recheck_required ? 1 : 0}});
  const int64_t id = rs.Int(0, "id");
  conn.Exec("UPDATE enforcement_inspections SET number = ? WHERE id = ?",
            {EnforcementInspectionNumber(r.inspected_on, id), id});
  return id;
}

void AssignMissingNumbers(storage::Connection& conn) {
  // The SQL twin of EnforcementInspectionNumber (as in migration V033).
  conn.Exec(
      "UPDATE enforcement_inspections SET number = 'ZF' || replace(inspected_on, '-', '') || '-' || "
      "CASE WHEN id < 10 THEN '00000' WHEN id < 100 THEN '0000' WHEN id < 1000 THEN '000' "
      "WHEN id < 10000 THEN '00' WHEN id < 100000 THEN '0' ELSE '' END || id "
      "WHERE number = ''");
}

void SetOrderNo(storage::Connection& conn, int64_t id, const std::string& order_no) {
  conn.Exec("UPDATE enforcement_inspections SET order_no = ? WHERE id = ?", {order_no, id});
}

int64_t InsertEnforcementAction(storage::Connection& conn, const EnforcementActionInsert& a) {
  auto rs = conn.Query(
      "INSERT INTO enforcement_actions (enforcement_inspection_id, kind, amount_fen, "
      "suspension_from, suspension_to, decision_no, description, decided_on, created_by, "
      "created_at, legal_basis, legal_basis_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      {a.inspection_id, a.kind, storage::Nullable(a.amount_fen), storage::Nullable(a.suspension_from),
       storage::Nullable(a.suspension_to), a.decision_no, a.description, a.decided_on, a.created_by,
       a.created_at, a.legal_basis, a.legal_basis_text});
  return rs.Int(0, "id");
}

}  // namespace anjian::enforcement
