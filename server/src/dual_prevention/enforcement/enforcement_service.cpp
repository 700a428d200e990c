#include "dual_prevention/enforcement/enforcement_service.hpp"

#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/json.hpp"
#include "audit/audit_service.hpp"
#include "core/civil_date.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_store.hpp"
#include "platform/storage/nullable.hpp"

namespace anjian::hazard {

namespace json = boost::json;
using storage::Value;

namespace {

void Prefix(api::JsonInput& outer, const std::string& prefix, std::vector<FieldError> errs) {
  for (auto& e : errs) {
    e.field = e.field.empty() ? prefix : prefix + "." + e.field;
    outer.AddError(std::move(e));
  }
}

bool ValidDate(const std::string& s) { return dp::ParseIsoDate(s).has_value(); }

struct ActionInput {
  std::string kind, decision_no, description, decided_on;
  std::optional<int64_t> amount_fen;
  std::optional<std::string> suspension_from, suspension_to;
};

// kinds: penalty (罚款, amount required), suspension (停产停业整顿, from/to), warning (警告).
ActionInput ReadAction(api::JsonInput& in, const std::string& today) {
  ActionInput a;
  a.kind = in.Str("kind", true, 20);
  if (!a.kind.empty() && a.kind != "penalty" && a.kind != "suspension" && a.kind != "warning")
    in.AddError({"kind", "action_kind_invalid", "kind must be penalty, suspension or warning",
                 "处理措施须为罚款、停产停业整顿或警告"});
  a.amount_fen = in.Int("amount_fen");
  if (a.kind == "penalty" && (!a.amount_fen || *a.amount_fen <= 0))
    in.AddError({"amount_fen", "amount_required", "a penalty needs a positive amount (in fen)",
                 "罚款须填写大于 0 的金额"});
  a.suspension_from = in.OptStr("suspension_from", 10);
  a.suspension_to = in.OptStr("suspension_to", 10);
  if (a.kind == "suspension") {
    if (!a.suspension_from || !ValidDate(*a.suspension_from))
      in.AddError({"suspension_from", "date_invalid", "suspension_from must be a date YYYY-MM-DD",
                   "停产起始日期须为 YYYY-MM-DD 格式"});
    if (!a.suspension_to || !ValidDate(*a.suspension_to))
      in.AddError({"suspension_to", "date_invalid", "suspension_to must be a date YYYY-MM-DD",
                   "停产截止日期须为 YYYY-MM-DD 格式"});
    else if (a.suspension_from && *a.suspension_to < *a.suspension_from)
      in.AddError({"suspension_to", "date_order", "suspension_to is before suspension_from",
                   "停产截止日期早于起始日期"});
  }
  a.decision_no = in.Str("decision_no", false, 100);
  a.description = in.Str("description", false, 2000);
  a.decided_on = in.Str("decided_on", false, 10);
  if (a.decided_on.empty()) a.decided_on = today;
  else if (!ValidDate(a.decided_on))
    in.AddError({"decided_on", "date_invalid", "decided_on must be a date YYYY-MM-DD",
                 "决定日期须为 YYYY-MM-DD 格式"});
  return a;
}

json::object InsertAction(storage::Connection& conn, int64_t inspection_id, const ActionInput& a,
                          int64_t user_id, const std::string& now) {
  auto rs = conn.Query(
      "INSERT INTO enforcement_actions (enforcement_inspection_id, kind, amount_fen, "
      "suspension_from, suspension_to, decision_no, description, decided_on, created_by, "
      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {inspection_id, a.kind, storage::Nullable(a.amount_fen), storage::Nullable(a.suspension_from),
       storage::Nullable(a.suspension_to), a.decision_no, a.description, a.decided_on, user_id, now});
  return json::object{{"id", rs.Int(0, "id")}, {"kind", a.kind},
                      {"amount_fen", a.amount_fen ? json::value(*a.amount_fen) : nullptr},
                      {"decided_on", a.decided_on}};
}

}  // namespace

int64_t CreateEnforcementInspection(storage::Connection& conn, const api::Principal& who,
                                    const json::object& body,
                                    notifications::PendingPushes& pushes) {
  const std::string now = storage::NowIso();
  const std::string today = TodayOf(now);
  api::JsonInput in(body);
  auto enterprise_id = in.Int("enterprise_id", true);
  std::string inspected_on = in.Str("inspected_on", false, 10);
  if (inspected_on.empty()) inspected_on = today;
  else if (!ValidDate(inspected_on))
    in.AddError({"inspected_on", "date_invalid", "inspected_on must be a date YYYY-MM-DD",
                 "检查日期须为 YYYY-MM-DD 格式"});
  else if (inspected_on > today)
    in.AddError({"inspected_on", "date_future", "inspected_on cannot be in the future",
                 "检查日期不能晚于今天"});
  std::string inspectors = in.Str("inspectors", true, 200);
  std::string summary = in.Str("summary", false, 2000);
  std::string order_no = in.Str("order_no", false, 100);
  std::string order_text = in.Str("order_text", false, 2000);
  std::string order_deadline = in.Str("order_deadline", true, 10);
  if (!order_deadline.empty()) {
    if (!ValidDate(order_deadline))
      in.AddError({"order_deadline", "deadline_invalid", "order_deadline must be a date YYYY-MM-DD",
                   "整改期限须为 YYYY-MM-DD 格式"});
    else if (order_deadline < today)
      in.AddError({"order_deadline", "deadline_past", "order_deadline is before today",
                   "整改期限早于今天"});
  }
  auto findings = in.Arr("findings", 200);
  if (findings.empty())
    in.AddError({"findings", "findings_required",
                 "an enforcement inspection with a rectification order lists its findings",
                 "责令整改须列出检查发现的隐患"});
  std::vector<NewHiddenDanger> hidden;
  for (size_t i = 0; i < findings.size(); ++i) {
    const std::string prefix = "findings[" + std::to_string(i) + "]";
    if (!findings[i].is_object()) {
      in.AddError({prefix, "type", "must be an object", "类型错误，应为对象"});
      continue;
    }
    api::JsonInput f(findings[i].as_object());
    NewHiddenDanger h;
    h.title = f.Str("title", true, 100);
    h.description = f.Str("description", false, 2000);
    h.location = f.Str("location", false, 200);
    h.hazard_factor = f.Str("hazard_factor", false, 4);
    h.photo_file_ids = f.IdList("photo_file_ids", 20);
    Prefix(in, prefix, f.TakeErrors());
    hidden.push_back(std::move(h));
  }
  std::vector<ActionInput> actions;
  auto arr = in.Arr("actions", 20);
  for (size_t i = 0; i < arr.size(); ++i) {
    const std::string prefix = "actions[" + std::to_string(i) + "]";
    if (!arr[i].is_object()) {
      in.AddError({prefix, "type", "must be an object", "类型错误，应为对象"});
      continue;
    }
    api::JsonInput a(arr[i].as_object());
    actions.push_back(ReadAction(a, today));
    Prefix(in, prefix, a.TakeErrors());
  }
  // The enterprise must lie in the regulator's subtree (404 otherwise, like a missing one).
  std::string region_path;
  if (enterprise_id) {
    auto sf = api::ScopeSql(api::Scope::For(who), "region_path", "id");
    std::vector<Value> params{*enterprise_id};
    params.insert(params.end(), sf.params.begin(), sf.params.end());
    auto rs = conn.Query("SELECT region_path FROM enterprises WHERE id = ? AND " + sf.sql, params);
    if (rs.empty())
      in.AddError({"enterprise_id", "enterprise_unknown", "no such enterprise in your scope",
                   "辖区内没有该企业"});
    else
      region_path = rs.Text(0, "region_path");
  }
  in.Finish();

  auto rs = conn.Query(
      "INSERT INTO enforcement_inspections (enterprise_id, region_path, agency_id, inspected_on, "
      "inspectors, summary, order_no, order_text, order_deadline, created_by, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {*enterprise_id, region_path, storage::Nullable(who.agency_id), inspected_on, inspectors, summary,
       order_no, order_text, order_deadline, who.user_id, now});
  const int64_t id = rs.Int(0, "id");
  if (order_no.empty()) {
    // 责令整改通知书 number: year and the inspection id, unique by construction.
    order_no = "责改〔" + today.substr(0, 4) + "〕" + std::to_string(id) + "号";
    conn.Exec("UPDATE enforcement_inspections SET order_no = ? WHERE id = ?", {order_no, id});
  }
  for (auto& h : hidden) {
    h.enterprise_id = *enterprise_id;
    h.source = "enforcement";
    h.enforcement_inspection_id = id;
    h.found_on = inspected_on;
    h.deadline = order_deadline;
    ReportHiddenDanger(conn, who, h, &pushes, now);
  }
  for (const auto& a : actions) InsertAction(conn, id, a, who.user_id, now);
  audit::Append(conn, api::ActorOf(who, core::UnixFromIso(now)), "create", "enforcement_inspection", std::to_string(id),
                nullptr, *GetEnforcementInspection(conn, api::Scope::For(who), id));
  return id;
}

void AddEnforcementAction(storage::Connection& conn, const api::Principal& who, int64_t id,
                          const json::object& body) {
  const std::string now = storage::NowIso();
  auto before = GetEnforcementInspection(conn, api::Scope::For(who), id);
  if (!before) throw ApiException{Error::NotFound("enforcement inspection")};
  api::JsonInput in(body);
  auto a = ReadAction(in, TodayOf(now));
  in.Finish();
  auto row = InsertAction(conn, id, a, who.user_id, now);
  audit::Append(conn, api::ActorOf(who, core::UnixFromIso(now)), "add_action", "enforcement_inspection",
                std::to_string(id), nullptr, row);
}

namespace {

constexpr const char* kColumns =
    "i.id, i.enterprise_id, e.name AS enterprise_name, e.address AS enterprise_address, "
    "e.legal_representative, i.region_path, i.agency_id, a.name AS agency_name, i.inspected_on, "
    "i.inspectors, i.summary, i.order_no, i.order_text, i.order_deadline, i.created_by, "
    "u.display_name AS created_by_name, i.created_at, "
    "(SELECT COUNT(*) FROM hidden_dangers h WHERE h.enforcement_inspection_id = i.id) AS findings, "
    "(SELECT COUNT(*) FROM hidden_dangers h WHERE h.enforcement_inspection_id = i.id "
    "AND h.is_open = 1) AS open_findings";

constexpr const char* kFrom =
    " FROM enforcement_inspections i JOIN enterprises e ON e.id = i.enterprise_id "
    "LEFT JOIN agencies a ON a.id = i.agency_id JOIN users u ON u.id = i.created_by";

json::object RowJson(const storage::ResultSet& rs, size_t i) {
  return json::object{{"id", rs.Int(i, "id")},
                      {"enterprise_id", rs.Int(i, "enterprise_id")},
                      {"enterprise_name", rs.Text(i, "enterprise_name")},
                      {"enterprise_address", rs.Text(i, "enterprise_address")},
                      {"legal_representative", rs.Text(i, "legal_representative")},
                      {"agency_name", rs.Text(i, "agency_name")},
                      {"inspected_on", rs.Text(i, "inspected_on")},
                      {"inspectors", rs.Text(i, "inspectors")},
                      {"summary", rs.Text(i, "summary")},
                      {"order_no", rs.Text(i, "order_no")},
                      {"order_text", rs.Text(i, "order_text")},
                      {"order_deadline", rs.Text(i, "order_deadline")},
                      {"created_by_name", rs.Text(i, "created_by_name")},
                      {"created_at", rs.Text(i, "created_at")},
                      {"findings_count", rs.Int(i, "findings")},
                      {"open_findings_count", rs.Int(i, "open_findings")}};
}

}  // namespace

std::optional<json::object> GetEnforcementInspection(storage::Connection& conn,
                                                     const api::Scope& scope, int64_t id) {
  auto sf = api::ScopeSql(scope, "i.region_path", "i.enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(std::string("SELECT ") + kColumns + kFrom + " WHERE i.id = ? AND " + sf.sql,
                       params);
  if (rs.empty()) return std::nullopt;
  auto o = RowJson(rs, 0);
  const std::string today = TodayOf();
  auto h = conn.Query(std::string("SELECT ") + kHiddenDangerColumns + kHiddenDangerFrom +
                          "WHERE h.enforcement_inspection_id = ? ORDER BY h.id",
                      {id});
  json::array findings;
  for (size_t i = 0; i < h.size(); ++i) findings.push_back(HiddenDangerJson(h, i, today));
  o["findings"] = std::move(findings);
  auto a = conn.Query(
      "SELECT id, kind, amount_fen, suspension_from, suspension_to, decision_no, description, "
      "decided_on, created_at FROM enforcement_actions WHERE enforcement_inspection_id = ? "
      "ORDER BY id",
      {id});
  json::array actions;
  for (size_t i = 0; i < a.size(); ++i)
    actions.push_back(json::object{
        {"id", a.Int(i, "id")},
        {"kind", a.Text(i, "kind")},
        {"amount_fen", a.OptInt(i, "amount_fen") ? json::value(a.Int(i, "amount_fen")) : nullptr},
        {"suspension_from", api::NullableStr(a.OptText(i, "suspension_from"))},
        {"suspension_to", api::NullableStr(a.OptText(i, "suspension_to"))},
        {"decision_no", a.Text(i, "decision_no")},
        {"description", a.Text(i, "description")},
        {"decided_on", a.Text(i, "decided_on")},
        {"created_at", a.Text(i, "created_at")}});
  o["actions"] = std::move(actions);
  return o;
}

EnforcementPage ListEnforcementInspections(storage::Connection& conn, const api::Scope& scope,
                                           std::optional<int64_t> enterprise_id,
                                           const std::string& from, const std::string& to,
                                           int64_t limit, int64_t offset) {
  auto sf = api::ScopeSql(scope, "i.region_path", "i.enterprise_id");
  std::string where = " WHERE " + sf.sql;
  auto params = sf.params;
  if (enterprise_id) {
    where += " AND i.enterprise_id = ?";
    params.push_back(*enterprise_id);
  }
  if (!from.empty()) {
    where += " AND i.inspected_on >= ?";
    params.push_back(from);
  }
  if (!to.empty()) {
    where += " AND i.inspected_on <= ?";
    params.push_back(to);
  }
  EnforcementPage page;
  page.total =
      conn.Query("SELECT COUNT(*) AS n FROM enforcement_inspections i" + where, params).Int(0, "n");
  params.push_back(limit);
  params.push_back(offset);
  auto rs = conn.Query(std::string("SELECT ") + kColumns + kFrom + where +
                           " ORDER BY i.id DESC LIMIT ? OFFSET ?",
                       params);
  for (size_t i = 0; i < rs.size(); ++i) page.items.push_back(RowJson(rs, i));
  return page;
}

}  // namespace anjian::hazard
