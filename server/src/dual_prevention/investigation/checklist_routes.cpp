// /api/v1/checklists and /api/v1/inspection-duties: checklist templates (the seed's built-ins,
// shared read-only, plus each enterprise's own) and the standing duties that generate tasks from
// a checklist at a frequency. Changing a checklist's items retires the old items (they stay
// referenced by past records) and adds the new ones.
#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "dual_prevention/investigation/inspection_schedule_rules.hpp"
#include "dual_prevention/risk/risk_input.hpp"
#include "dual_prevention/risk/risk_store.hpp"
#include "platform/storage/nullable.hpp"

namespace anjian::inspection {

namespace json = boost::json;
namespace dp = domain::dual_prevention;
using api::Context;
using api::Response;
using storage::Value;

namespace {

// Built-ins (enterprise_id NULL) are visible to everyone with inspection:read; an enterprise's
// own checklists follow the register's scope through the enterprise.
api::SqlFilter VisibleSql(const api::Scope& s) {
  auto f = api::ScopeSql(s, "e.region_path", "c.enterprise_id");
  f.sql = "(c.enterprise_id IS NULL OR (" + f.sql + "))";
  return f;
}

json::array ItemsOf(storage::Connection& conn, int64_t checklist_id) {
  auto rs = conn.Query("SELECT id, position, content, requires_photo FROM checklist_items WHERE "
                       "checklist_id = ? AND active = 1 ORDER BY position",
                       {checklist_id});
  json::array items;
  for (size_t i = 0; i < rs.size(); ++i)
    items.push_back(json::object{{"id", rs.Int(i, "id")},
                                 {"position", rs.Int(i, "position")},
                                 {"content", rs.Text(i, "content")},
                                 {"requires_photo", rs.Int(i, "requires_photo") != 0}});
  return items;
}

const char* kChecklistSelect =
    "SELECT c.id, c.enterprise_id, c.code, c.kind, c.name, c.active, c.updated_at, "
    "(SELECT COUNT(*) FROM checklist_items i WHERE i.checklist_id = c.id AND i.active = 1) AS "
    "item_count FROM checklists c LEFT JOIN enterprises e ON e.id = c.enterprise_id";

json::object ChecklistRow(const storage::ResultSet& rs, size_t i) {
  return json::object{{"id", rs.Int(i, "id")},
                      {"enterprise_id", rs.IsNull(i, "enterprise_id")
                                            ? json::value(nullptr)
                                            : json::value(rs.Int(i, "enterprise_id"))},
                      {"builtin", rs.IsNull(i, "enterprise_id")},
                      {"code", rs.Text(i, "code")},
                      {"kind", rs.Text(i, "kind")},
                      {"name", rs.Text(i, "name")},
                      {"item_count", rs.Int(i, "item_count")},
                      {"active", rs.Int(i, "active") != 0},
                      {"updated_at", rs.Text(i, "updated_at")}};
}

std::optional<json::object> FindChecklist(storage::Connection& conn, const api::Scope& s,
                                          int64_t id) {
  auto f = VisibleSql(s);
  std::vector<Value> params{id};
  params.insert(params.end(), f.params.begin(), f.params.end());
  auto rs = conn.Query(std::string(kChecklistSelect) + " WHERE c.id = ? AND " + f.sql, params);
  if (rs.empty()) return std::nullopt;
  auto o = ChecklistRow(rs, 0);
  o["items"] = ItemsOf(conn, id);
  return o;
}

json::object RequireChecklist(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto c = FindChecklist(conn, s, id);
  if (!c) throw ApiException{Error::NotFound("checklist")};
  return *c;
}

Response List(Context& ctx) {
  auto f = VisibleSql(ctx.scope());
  std::string sql = std::string(kChecklistSelect) + " WHERE " + f.sql;
  if (ctx.req.Query("include_inactive").value_or("") != "true") sql += " AND c.active = 1";
  sql += " ORDER BY CASE WHEN c.enterprise_id IS NULL THEN 0 ELSE 1 END, c.id LIMIT 500";
  auto conn = ctx.svc.db->Acquire();
  auto rs = conn->Query(sql, f.params);
  json::array items;
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(ChecklistRow(rs, i));
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

Response Get(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(RequireChecklist(*conn, ctx.scope(), ctx.PathId()));
}

struct ItemInput {
  std::string content;
  bool requires_photo = false;
};

struct ChecklistInput {
  std::string name, kind;
  std::vector<ItemInput> items;
};

ChecklistInput ReadChecklist(api::JsonInput& in) {
  ChecklistInput c;
  c.name = in.Str("name", true, 100);
  c.kind = in.OptStr("kind", 20).value_or("routine");
  if (c.kind != "routine" && c.kind != "special" && c.kind != "company_daily")
    in.AddError({"kind", "kind_invalid", "must be one of: routine, special, company_daily",
                 "类型无效，可选：routine、special、company_daily"});
  auto items = in.Arr("items", 200);
  if (items.empty())
    in.AddError({"items", "items_required", "a checklist needs at least one item",
                 "检查表至少需要一个检查项"});
  for (size_t i = 0; i < items.size(); ++i) {
    std::string prefix = "items[" + std::to_string(i) + "]";
    if (!items[i].is_object()) {
      in.AddError({prefix, "type", "must be an object", "类型错误，应为对象"});
      continue;
    }
    api::JsonInput sub(items[i].as_object());
    ItemInput it;
    it.content = sub.Str("content", true, 500);
    it.requires_photo = sub.Bool("requires_photo");
    for (auto& e : sub.TakeErrors()) {
      e.field = prefix + "." + e.field;
      in.AddError(std::move(e));
    }
    c.items.push_back(std::move(it));
  }
  return c;
}

void InsertItems(storage::Connection& conn, int64_t checklist_id,
                 const std::vector<ItemInput>& items) {
  int position = 1;
  for (const auto& it : items)
    conn.Exec("INSERT INTO checklist_items (checklist_id, position, content, requires_photo) "
              "VALUES (?,?,?,?)",
              {checklist_id, int64_t{position++}, it.content, int64_t{it.requires_photo ? 1 : 0}});
}

Response Create(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto c = ReadChecklist(in);
  int64_t ent = risk::OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  std::string now = storage::NowIso();
  int64_t id = conn->Query("INSERT INTO checklists (enterprise_id, kind, name, created_at, "
                           "updated_at) VALUES (?,?,?,?,?) RETURNING id",
                           {ent, c.kind, c.name, now, now})
                   .Int(0, "id");
  InsertItems(*conn, id, c.items);
  auto after = RequireChecklist(*conn, ctx.scope(), id);
  audit::Append(*conn, api::ActorOf(ctx), "create", "checklist", std::to_string(id), nullptr,
                after);
  tx.Commit();
  return api::JsonResponse(after, 201);
}

json::object RequireOwnChecklist(storage::Connection& conn, const Context& ctx) {
  auto before = RequireChecklist(conn, ctx.scope(), ctx.PathId());
  if (before.at("builtin").as_bool())
    throw ApiException{Error::Validation(
        {{"", "builtin_readonly", "built-in checklists cannot be changed; copy it into a new one",
          "内置检查表不能修改，可新建检查表"}})};
  return before;
}

Response Update(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto c = ReadChecklist(in);
  risk::OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = RequireOwnChecklist(*conn, ctx);
  conn->Exec("UPDATE checklists SET name = ?, kind = ?, updated_at = ? WHERE id = ?",
             {c.name, c.kind, storage::NowIso(), ctx.PathId()});
  conn->Exec("UPDATE checklist_items SET active = 0 WHERE checklist_id = ?", {ctx.PathId()});
  InsertItems(*conn, ctx.PathId(), c.items);
  auto after = RequireChecklist(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "update", "checklist",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

Response Deactivate(Context& ctx) {
  risk::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = RequireOwnChecklist(*conn, ctx);
  conn->Exec("UPDATE checklists SET active = 0, updated_at = ? WHERE id = ?",
             {storage::NowIso(), ctx.PathId()});
  auto after = RequireChecklist(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "deactivate", "checklist",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

// ---- duties --------------------------------------------------------------------------------

json::array DutiesOf(storage::Connection& conn, const api::Scope& s,
                     std::optional<int64_t> id = std::nullopt) {
  auto f = api::ScopeSql(s, "d.region_path", "d.enterprise_id");
  std::string sql =
      "SELECT d.id, d.enterprise_id, e.name AS enterprise_name, d.checklist_id, c.name AS "
      "checklist_name, d.frequency, d.assignee_user_id, COALESCE(us.display_name, '') AS "
      "assignee_name, d.active FROM inspection_duties d JOIN enterprises e ON e.id = "
      "d.enterprise_id JOIN checklists c ON c.id = d.checklist_id LEFT JOIN users us ON us.id = "
      "d.assignee_user_id WHERE " + f.sql;
  auto params = f.params;
  if (id) {
    sql += " AND d.id = ?";
    params.emplace_back(*id);
  }
  sql += " ORDER BY d.enterprise_id, d.id LIMIT 500";
  auto rs = conn.Query(sql, params);
  json::array out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back(json::object{{"id", rs.Int(i, "id")},
                               {"enterprise_id", rs.Int(i, "enterprise_id")},
                               {"enterprise_name", rs.Text(i, "enterprise_name")},
                               {"checklist_id", rs.Int(i, "checklist_id")},
                               {"checklist_name", rs.Text(i, "checklist_name")},
                               {"frequency", rs.Text(i, "frequency")},
                               {"assignee_user_id", rs.IsNull(i, "assignee_user_id")
                                                        ? json::value(nullptr)
                                                        : json::value(rs.Int(i, "assignee_user_id"))},
                               {"assignee_name", rs.Text(i, "assignee_name")},
                               {"active", rs.Int(i, "active") != 0}});
  return out;
}

Response ListDuties(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(json::object{{"items", DutiesOf(*conn, ctx.scope())}});
}

// Creates the duty, or changes the frequency/assignee of the enterprise's duty for that
// checklist (one duty per checklist).
Response PutDuty(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto checklist_id = in.Int("checklist_id", true);
  std::string frequency = in.Str("frequency", true, 20);
  risk::CheckFrequency(in, "frequency", frequency);
  auto assignee = in.Int("assignee_user_id");
  bool active = in.Bool("active", true);
  int64_t ent = risk::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  if (checklist_id && !FindChecklist(*conn, ctx.scope(), *checklist_id))
    in.AddError({"checklist_id", "checklist_unknown", "no such checklist", "检查表不存在"});
  if (assignee) risk::CheckEnterpriseUser(*conn, in, "assignee_user_id", ent, *assignee);
  in.Finish();
  auto owner = risk::EnterpriseOwner(*conn, ent);
  storage::Transaction tx(*conn);
  auto old = conn->Query("SELECT id FROM inspection_duties WHERE enterprise_id = ? AND "
                         "checklist_id = ?",
                         {ent, *checklist_id});
  Value who = storage::Nullable(assignee);
  int64_t id;
  json::value before = nullptr;
  if (old.empty()) {
    id = conn->Query("INSERT INTO inspection_duties (enterprise_id, region_path, checklist_id, "
                     "frequency, assignee_user_id, active, created_at) VALUES (?,?,?,?,?,?,?) "
                     "RETURNING id",
                     {ent, owner.region_path, *checklist_id, frequency, who,
                      int64_t{active ? 1 : 0}, storage::NowIso()})
             .Int(0, "id");
  } else {
    id = old.Int(0, "id");
    before = DutiesOf(*conn, ctx.scope(), id).at(0);
    conn->Exec("UPDATE inspection_duties SET frequency = ?, assignee_user_id = ?, active = ? "
               "WHERE id = ?",
               {frequency, who, int64_t{active ? 1 : 0}, id});
    // A new assignee takes over the duty's open tasks; done and missed ones keep who had them.
    conn->Exec("UPDATE inspection_tasks SET assignee_user_id = ? WHERE duty_id = ? AND "
               "status = 'open'",
               {who, id});
  }
  auto after = DutiesOf(*conn, ctx.scope(), id).at(0);
  audit::Append(*conn, api::ActorOf(ctx), old.empty() ? "create" : "update",
                "inspection_duty", std::to_string(id), before, after);
  tx.Commit();
  return api::JsonResponse(after, old.empty() ? 201 : 200);
}

// The enterprise's active accounts, for choosing who a duty, a control measure or a major
// hazard installation's accountable person is (the user admin list needs user:manage).
Response Assignees(Context& ctx) {
  int64_t ent = risk::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto rs = conn->Query("SELECT id, display_name, username FROM users WHERE enterprise_id = ? "
                        "AND status = 'active' ORDER BY display_name, id LIMIT 1000",
                        {ent});
  json::array items;
  for (size_t i = 0; i < rs.size(); ++i)
    items.push_back(json::object{{"id", rs.Int(i, "id")},
                                 {"display_name", rs.Text(i, "display_name")},
                                 {"username", rs.Text(i, "username")}});
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

}  // namespace

void RegisterChecklistRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/checklists", "inspection:read", List);
  r.Add("POST", "/api/v1/checklists", "inspection:write", Create);
  r.Add("GET", "/api/v1/checklists/{id}", "inspection:read", Get);
  r.Add("PUT", "/api/v1/checklists/{id}", "inspection:write", Update);
  r.Add("POST", "/api/v1/checklists/{id}/deactivate", "inspection:write", Deactivate);
  r.Add("GET", "/api/v1/inspection-duties", "inspection:read", ListDuties);
  r.Add("PUT", "/api/v1/inspection-duties", "inspection:write", PutDuty);
  r.Add("GET", "/api/v1/inspection-assignees", "inspection:read", Assignees);
}

}  // namespace anjian::inspection
