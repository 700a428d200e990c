#include "explosives/destruction/destruction_repository.hpp"

#include <algorithm>
#include <map>

#include "platform/api/scoped_where.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::destruction {

using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT p.id, p.enterprise_id, p.region_path, p.number, p.reason, p.description, p.method, "
    "p.place, p.planned_on, p.status, p.created_by, p.created_at, u.display_name AS "
    "created_by_name, e.name AS enterprise_name FROM destruction_plans p JOIN enterprises e ON "
    "e.id = p.enterprise_id JOIN users u ON u.id = p.created_by ";

PlanRow RowAt(const storage::ResultSet& rs, size_t i) {
  PlanRow r;
  r.id = rs.Int(i, "id");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.region_path = rs.Text(i, "region_path");
  r.number = rs.Text(i, "number");
  r.reason = rs.Text(i, "reason");
  r.description = rs.Text(i, "description");
  r.method = rs.Text(i, "method");
  r.place = rs.Text(i, "place");
  r.planned_on = rs.Text(i, "planned_on");
  r.status = rs.Text(i, "status");
  r.created_by = rs.Int(i, "created_by");
  r.created_by_name = rs.Text(i, "created_by_name");
  r.created_at = rs.Text(i, "created_at");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  return r;
}

api::SqlFilter WhereOf(const api::Scope& scope, const PlanFilter& f) {
  auto w = api::ScopedWhere(scope, "p");
  if (!f.status.empty()) api::And(w, "p.status = ?", f.status);
  if (f.enterprise_id) api::And(w, "p.enterprise_id = ?", *f.enterprise_id);
  return w;
}

}  // namespace

int64_t InsertPlan(storage::Connection& conn, const NewPlan& p) {
  auto rs = conn.Query(
      "INSERT INTO destruction_plans (enterprise_id, region_path, number, reason, description, "
      "method, place, planned_on, status, created_by, created_at) VALUES (?, ?, '', ?, ?, ?, ?, "
      "?, 'draft', ?, ?) RETURNING id",
      {p.enterprise_id, p.region_path, p.reason, p.description, p.method, p.place, p.planned_on,
       p.created_by, p.created_at});
  return rs.Int(0, "id");
}

void SetPlanNumber(storage::Connection& conn, int64_t id, const std::string& number) {
  conn.Exec("UPDATE destruction_plans SET number = ? WHERE id = ?", {number, id});
}

void SetPlanStatus(storage::Connection& conn, int64_t id, const std::string& status) {
  conn.Exec("UPDATE destruction_plans SET status = ? WHERE id = ?", {status, id});
}

void InsertPlanItems(storage::Connection& conn, int64_t id, const std::vector<PlanItem>& items) {
  for (size_t i = 0; i < items.size(); ++i) {
    conn.Exec(
        "INSERT INTO destruction_plan_items (plan_id, line_no, product_id, quantity_milli) "
        "VALUES (?, ?, ?, ?)",
        {id, static_cast<int64_t>(i + 1), items[i].product, items[i].quantity_milli});
    constexpr size_t kChunk = 200;
    const auto& codes = items[i].codes;
    for (size_t start = 0; start < codes.size(); start += kChunk) {
      const size_t end = std::min(codes.size(), start + kChunk);
      std::string sql = "INSERT INTO destruction_plan_codes (plan_id, code, product_id) VALUES ";
      std::vector<Value> params;
      for (size_t j = start; j < end; ++j) {
        sql += j == start ? "(?,?,?)" : ",(?,?,?)";
        params.insert(params.end(), {id, codes[j], items[i].product});
      }
      conn.Exec(sql, params);
    }
  }
}

void InsertPlanEvent(storage::Connection& conn, int64_t plan_id, const PlanEvent& e) {
  conn.Exec(
      "INSERT INTO destruction_plan_events (plan_id, kind, at, by_user_id, reported_on, "
      "receiving_unit, document_number, voucher_id, supervisor_name, supervisor_unit, "
      "destroyed_on, result, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {plan_id, e.kind, e.at, e.by_user_id, e.reported_on, e.receiving_unit, e.document_number,
       e.voucher_id ? Value(*e.voucher_id) : Value(nullptr), e.supervisor_name, e.supervisor_unit,
       e.destroyed_on, e.result, e.note});
}

int64_t CountPlans(storage::Connection& conn, const api::Scope& scope, const PlanFilter& f) {
  auto w = WhereOf(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM destruction_plans p" + w.sql, w.params)
      .Int(0, "n");
}

std::vector<PlanRow> ListPlanRows(storage::Connection& conn, const api::Scope& scope,
                                  const PlanFilter& f, int64_t limit, int64_t offset) {
  auto w = WhereOf(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + w.sql + " ORDER BY p.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<PlanRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowAt(rs, i));
  return out;
}

std::optional<PlanRow> FindPlan(storage::Connection& conn, const api::Scope& scope, int64_t id,
                                bool lock) {
  auto w = api::ScopedIdWhere(scope, "p", id);
  auto rs = conn.Query(std::string(kSelect) + w.sql +
                           (lock ? storage::ForUpdate(conn, "p") : std::string()),
                       w.params);
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::vector<PlanItem> PlanItems(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query(
      "SELECT product_id, quantity_milli FROM destruction_plan_items WHERE plan_id = ? ORDER BY "
      "line_no",
      {id});
  std::vector<PlanItem> out;
  std::map<std::string, size_t> at;
  for (size_t i = 0; i < rs.size(); ++i) {
    at[rs.Text(i, "product_id")] = out.size();
    out.push_back({rs.Text(i, "product_id"), rs.Int(i, "quantity_milli"), {}});
  }
  auto codes = conn.Query(
      "SELECT code, product_id FROM destruction_plan_codes WHERE plan_id = ? ORDER BY code", {id});
  for (size_t i = 0; i < codes.size(); ++i) {
    auto it = at.find(codes.Text(i, "product_id"));
    if (it != at.end()) out[it->second].codes.push_back(codes.Text(i, "code"));
  }
  return out;
}

std::vector<PlanEvent> PlanEvents(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query(
      "SELECT ev.id, ev.kind, ev.at, ev.by_user_id, u.display_name AS by_name, ev.reported_on, "
      "ev.receiving_unit, ev.document_number, ev.voucher_id, v.number AS voucher_number, "
      "ev.supervisor_name, ev.supervisor_unit, ev.destroyed_on, ev.result, ev.note FROM "
      "destruction_plan_events ev JOIN users u ON u.id = ev.by_user_id LEFT JOIN vouchers v ON "
      "v.id = ev.voucher_id WHERE ev.plan_id = ? ORDER BY ev.id",
      {id});
  std::vector<PlanEvent> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) {
    PlanEvent e;
    e.id = rs.Int(i, "id");
    e.kind = rs.Text(i, "kind");
    e.at = rs.Text(i, "at");
    e.by_user_id = rs.Int(i, "by_user_id");
    e.by_name = rs.Text(i, "by_name");
    e.reported_on = rs.Text(i, "reported_on");
    e.receiving_unit = rs.Text(i, "receiving_unit");
    e.document_number = rs.Text(i, "document_number");
    e.voucher_id = rs.OptInt(i, "voucher_id");
    e.voucher_number = rs.Text(i, "voucher_number");
    e.supervisor_name = rs.Text(i, "supervisor_name");
    e.supervisor_unit = rs.Text(i, "supervisor_unit");
    e.destroyed_on = rs.Text(i, "destroyed_on");
    e.result = rs.Text(i, "result");
    e.note = rs.Text(i, "note");
    out.push_back(std::move(e));
  }
  return out;
}

std::set<std::string> PlanEventKinds(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query("SELECT kind FROM destruction_plan_events WHERE plan_id = ?", {id});
  std::set<std::string> out;
  for (size_t i = 0; i < rs.size(); ++i) out.insert(rs.Text(i, "kind"));
  return out;
}

}  // namespace anjian::destruction
