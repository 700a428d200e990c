// /api/v1/major-hazards: 重大危险源 with the three accountable people (包保责任人: principal,
// technical, operational) and how often each checks (rules.md §10: technical ≥ quarterly,
// operational ≥ weekly are the UI's defaults, not enforced limits, since the source is [U]).
// A person given as an account (*_user_id, a user of the enterprise) gets a generated inspection
// task per period of their frequency; the name is kept as entered.
#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "dual_prevention/risk/risk_input.hpp"
#include "dual_prevention/risk/risk_store.hpp"
#include "platform/storage/nullable.hpp"

namespace anjian::risk {

namespace dp = domain::dual_prevention;
using api::Context;
using api::Response;
using storage::Value;

namespace {

struct HazardInput {
  std::string name, grade;
  std::optional<int64_t> risk_object_id;
  std::string people[3][2];  // principal, technical, operational × name, frequency
  std::optional<int64_t> user_ids[3];
};

const char* kRoles[3] = {"principal", "technical", "operational"};

HazardInput Read(api::JsonInput& in) {
  HazardInput h;
  h.name = in.Str("name", true, 100);
  h.grade = in.Str("grade", true, 2);
  CheckCode(in, "grade", h.grade, dp::MajorHazardGrades());
  h.risk_object_id = in.Int("risk_object_id");
  for (int i = 0; i < 3; ++i) {
    std::string n = std::string(kRoles[i]) + "_name", f = std::string(kRoles[i]) + "_frequency";
    h.people[i][0] = in.Str(n.c_str(), true, 50);
    h.people[i][1] = in.Str(f.c_str(), true, 20);
    CheckFrequency(in, f.c_str(), h.people[i][1]);
    h.user_ids[i] = in.Int((std::string(kRoles[i]) + "_user_id").c_str());
  }
  return h;
}

json::array Rows(storage::Connection& conn, const api::Scope& s, std::optional<int64_t> id,
                 std::optional<int64_t> enterprise_id) {
  auto f = api::ScopeSql(s, "h.region_path", "h.enterprise_id");
  std::string sql =
      "SELECT h.*, e.name AS enterprise_name, o.name AS risk_object_name FROM major_hazards h "
      "JOIN enterprises e ON e.id = h.enterprise_id LEFT JOIN risk_objects o ON o.id = "
      "h.risk_object_id WHERE " + f.sql;
  auto p = f.params;
  if (id) {
    sql += " AND h.id = ?";
    p.emplace_back(*id);
  }
  if (enterprise_id) {
    sql += " AND h.enterprise_id = ?";
    p.emplace_back(*enterprise_id);
  }
  sql += " ORDER BY h.grade, h.id LIMIT 1000";
  auto rs = conn.Query(sql, p);
  json::array out;
  for (size_t i = 0; i < rs.size(); ++i) {
    json::object o{{"id", rs.Int(i, "id")},
                   {"enterprise_id", rs.Int(i, "enterprise_id")},
                   {"enterprise_name", rs.Text(i, "enterprise_name")},
                   {"name", rs.Text(i, "name")},
                   {"grade", rs.Text(i, "grade")},
                   {"risk_object_id", rs.IsNull(i, "risk_object_id")
                                          ? json::value(nullptr)
                                          : json::value(rs.Int(i, "risk_object_id"))},
                   {"risk_object_name", rs.Text(i, "risk_object_name")},
                   {"active", rs.Int(i, "active") != 0},
                   {"updated_at", rs.Text(i, "updated_at")}};
    for (const char* r : kRoles) {
      o[std::string(r) + "_name"] = rs.Text(i, std::string(r) + "_name");
      o[std::string(r) + "_frequency"] = rs.Text(i, std::string(r) + "_frequency");
      std::string uid = std::string(r) + "_user_id";
      o[uid] = rs.IsNull(i, uid) ? json::value(nullptr) : json::value(rs.Int(i, uid));
    }
    out.push_back(std::move(o));
  }
  return out;
}

json::object Require(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto rows = Rows(conn, s, id, std::nullopt);
  if (rows.empty()) throw ApiException{Error::NotFound("major hazard installation")};
  return rows.at(0).as_object();
}

Response List(Context& ctx) {
  auto ent = QueryId(ctx, "enterprise_id");
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(json::object{{"items", Rows(*conn, ctx.scope(), std::nullopt, ent)}});
}

void CheckObject(storage::Connection& conn, api::JsonInput& in, const api::Scope& s,
                 const HazardInput& h, int64_t enterprise_id) {
  if (h.risk_object_id && !FindObject(conn, s, *h.risk_object_id))
    in.AddError({"risk_object_id", "risk_object_unknown", "no such risk object", "风险分析对象不存在"});
  for (int i = 0; i < 3; ++i)
    if (h.user_ids[i])
      CheckEnterpriseUser(conn, in, (std::string(kRoles[i]) + "_user_id").c_str(), enterprise_id,
                          *h.user_ids[i]);
}

std::vector<Value> Params(const HazardInput& h) {
  return {h.name, h.grade, storage::Nullable(h.risk_object_id), h.people[0][0], h.people[0][1],
          h.people[1][0], h.people[1][1], h.people[2][0], h.people[2][1], storage::Nullable(h.user_ids[0]),
          storage::Nullable(h.user_ids[1]), storage::Nullable(h.user_ids[2])};
}

Response Create(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto h = Read(in);
  int64_t ent = OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  CheckObject(*conn, in, ctx.scope(), h, ent);
  in.Finish();
  auto owner = EnterpriseOwner(*conn, ent);
  storage::Transaction tx(*conn);
  std::string now = storage::NowIso();
  auto p = Params(h);
  p.insert(p.begin(), {ent, owner.region_path});
  p.insert(p.end(), {now, now});
  int64_t id = conn->Query("INSERT INTO major_hazards (enterprise_id, region_path, name, grade, "
                           "risk_object_id, principal_name, principal_frequency, technical_name, "
                           "technical_frequency, operational_name, operational_frequency, "
                           "principal_user_id, technical_user_id, operational_user_id, "
                           "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                           "RETURNING id",
                           p)
                   .Int(0, "id");
  auto after = Require(*conn, ctx.scope(), id);
  audit::Append(*conn, api::ActorOf(ctx), "create", "major_hazard", std::to_string(id),
                nullptr, after);
  tx.Commit();
  return api::JsonResponse(after, 201);
}

Response Update(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto h = Read(in);
  int64_t ent = OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  CheckObject(*conn, in, ctx.scope(), h, ent);
  in.Finish();
  storage::Transaction tx(*conn);
  auto before = Require(*conn, ctx.scope(), ctx.PathId());
  auto p = Params(h);
  p.insert(p.end(), {storage::NowIso(), ctx.PathId()});
  conn->Exec("UPDATE major_hazards SET name = ?, grade = ?, risk_object_id = ?, principal_name = ?, "
             "principal_frequency = ?, technical_name = ?, technical_frequency = ?, "
             "operational_name = ?, operational_frequency = ?, principal_user_id = ?, "
             "technical_user_id = ?, operational_user_id = ?, updated_at = ? WHERE id = ?",
             p);
  // A changed accountable person takes over that role's open tasks.
  const char* suffixes[3] = {"p", "t", "o"};
  for (int i = 0; i < 3; ++i)
    conn->Exec(
        "UPDATE inspection_tasks SET assignee_user_id = ? WHERE source_key = ? AND "
        "enterprise_id = ? AND status = 'open'",
        {storage::Nullable(h.user_ids[i]), "h" + std::to_string(ctx.PathId()) + suffixes[i], ent});
  auto after = Require(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "update", "major_hazard",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

Response SetActiveRoute(Context& ctx, bool active) {
  OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = Require(*conn, ctx.scope(), ctx.PathId());
  SetActive(*conn, "major_hazards", ctx.PathId(), active);
  auto after = Require(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), active ? "reactivate" : "deactivate",
                "major_hazard", std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

Response Deactivate(Context& ctx) { return SetActiveRoute(ctx, false); }
Response Reactivate(Context& ctx) { return SetActiveRoute(ctx, true); }

}  // namespace

void RegisterMajorHazardRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/major-hazards", "risk:read", List);
  r.Add("POST", "/api/v1/major-hazards", "risk:write", Create);
  r.Add("PUT", "/api/v1/major-hazards/{id}", "risk:write", Update);
  r.Add("POST", "/api/v1/major-hazards/{id}/deactivate", "risk:write", Deactivate);
  r.Add("POST", "/api/v1/major-hazards/{id}/reactivate", "risk:write", Reactivate);
}

}  // namespace anjian::risk
