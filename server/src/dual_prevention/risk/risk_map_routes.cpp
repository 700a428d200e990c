// The four-colour risk map (四色安全风险空间分布图), the regulator's regional overview coloured by
// the highest open risk (the 风险分级管控清单 export is in register_export_routes.cpp).
#include <boost/json.hpp>
#include <map>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "dual_prevention/investigation/inspection_schedule_rules.hpp"
#include "files/file_service.hpp"
#include "registry/region_index.hpp"
#include "dual_prevention/risk/risk_input.hpp"
#include "dual_prevention/risk/risk_store.hpp"

namespace anjian::risk {

namespace dp = domain::dual_prevention;
using api::Context;
using api::Response;
using storage::Value;

namespace {

struct EnterpriseRef {
  int64_t id = 0;
  std::string name, region_code, region_path;
};

EnterpriseRef RequireEnterprise(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto f = api::ScopeSql(s, "e.region_path", "e.id");
  std::vector<Value> params{id};
  params.insert(params.end(), f.params.begin(), f.params.end());
  auto rs = conn.Query("SELECT e.id, e.name, e.region_code, e.region_path FROM enterprises e "
                       "WHERE e.id = ? AND " + f.sql,
                       params);
  if (rs.empty()) throw ApiException{Error::NotFound("enterprise")};
  return {rs.Int(0, "id"), rs.Text(0, "name"), rs.Text(0, "region_code"),
          rs.Text(0, "region_path")};
}

// ---- map -----------------------------------------------------------------------------------

Response GetMap(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto ent = RequireEnterprise(*conn, ctx.scope(), ctx.PathId());
  auto plan = conn->Query("SELECT file_id, width, height, updated_at FROM risk_maps WHERE "
                          "enterprise_id = ?",
                          {ent.id});
  UnitFilter f;
  f.enterprise_id = ent.id;
  auto [units, total] = ListUnits(*conn, ctx.scope(), f, 2000, 0);
  json::object out{{"enterprise_id", ent.id},
                   {"enterprise_name", ent.name},
                   {"has_plan", !plan.empty()},
                   {"width", plan.empty() ? 0 : plan.Int(0, "width")},
                   {"height", plan.empty() ? 0 : plan.Int(0, "height")},
                   {"updated_at", plan.empty() ? json::value(nullptr)
                                               : json::value(plan.Text(0, "updated_at"))},
                   {"units", std::move(units)}};
  return api::JsonResponse(out);
}

// The plan image goes through the register's scope (a regulator sees it; the files route only
// shows a file to its uploader and to notice recipients).
Response MapImage(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto ent = RequireEnterprise(*conn, ctx.scope(), ctx.PathId());
  auto plan = conn->Query("SELECT file_id FROM risk_maps WHERE enterprise_id = ?", {ent.id});
  if (plan.empty()) throw ApiException{Error::NotFound("site plan")};
  auto f = files::LoadFile(*conn, plan.Int(0, "file_id"));
  if (!f) throw ApiException{Error::NotFound("site plan")};
  auto resp = Response::Download(std::move(f->bytes), f->mime, f->name);
  for (auto& h : resp.headers)
    if (h.first == "Content-Disposition") h.second = "inline";
  return resp;
}

Response PutPlan(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto file_id = in.Int("file_id", true);
  auto width = in.Int("width", true);
  auto height = in.Int("height", true);
  for (auto [k, v] : {std::pair{"width", width}, std::pair{"height", height}})
    if (v && (*v < 1 || *v > 20000))
      in.AddError({k, "size_invalid", "must be 1-20000 pixels", "应为 1-20000 像素"});
  int64_t ent = OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  if (file_id) {
    auto rs = conn->Query("SELECT mime FROM files WHERE id = ? AND uploaded_by = ?",
                          {*file_id, ctx.who().user_id});
    if (rs.empty())
      in.AddError({"file_id", "file_unknown", "upload the plan first", "请先上传平面图"});
    else if (rs.Text(0, "mime") != "image/png" && rs.Text(0, "mime") != "image/jpeg")
      in.AddError({"file_id", "image_required", "the site plan must be a PNG or JPEG image",
                   "平面图须为 PNG 或 JPEG 图片"});
  }
  in.Finish();
  auto owner = EnterpriseOwner(*conn, ent);
  storage::Transaction tx(*conn);
  auto old = conn->Query("SELECT file_id FROM risk_maps WHERE enterprise_id = ?", {ent});
  json::value before = old.empty() ? json::value(nullptr)
                                   : json::value(json::object{{"file_id", old.Int(0, "file_id")}});
  std::string now = storage::NowIso();
  if (old.empty())
    conn->Exec("INSERT INTO risk_maps (enterprise_id, region_path, file_id, width, height, "
               "updated_at) VALUES (?,?,?,?,?,?)",
               {ent, owner.region_path, *file_id, *width, *height, now});
  else
    conn->Exec("UPDATE risk_maps SET file_id = ?, width = ?, height = ?, updated_at = ? WHERE "
               "enterprise_id = ?",
               {*file_id, *width, *height, now, ent});
  json::object after{{"file_id", *file_id}, {"width", *width}, {"height", *height}};
  audit::Append(*conn, api::ActorOf(ctx), "set_plan", "risk_map", std::to_string(ent), before,
                after);
  tx.Commit();
  return api::JsonResponse(after);
}

// Points are fractions of the plan's width and height (0-1), so the polygon scales with the
// image on any screen.
Response PutPolygon(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto points = in.Arr("points", 500);
  json::array clean;
  for (size_t i = 0; i < points.size(); ++i) {
    const auto& p = points[i];
    bool ok = p.is_array() && p.as_array().size() == 2 && p.as_array()[0].is_number() &&
              p.as_array()[1].is_number();
    double x = ok ? p.as_array()[0].to_number<double>() : -1;
    double y = ok ? p.as_array()[1].to_number<double>() : -1;
    if (!ok || x < 0 || x > 1 || y < 0 || y > 1) {
      in.AddError({"points[" + std::to_string(i) + "]", "point_invalid",
                   "a point is [x, y] with both between 0 and 1", "坐标点应为 [x, y]，取值 0-1"});
      continue;
    }
    clean.push_back(json::array{x, y});
  }
  if (!clean.empty() && clean.size() < 3)
    in.AddError({"points", "polygon_too_small", "a polygon needs at least 3 points (or none)",
                 "多边形至少需要 3 个点（或清空）"});
  OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = FindUnit(*conn, ctx.scope(), ctx.PathId());
  if (!before) throw ApiException{Error::NotFound("risk unit")};
  SetPolygon(*conn, ctx.PathId(), json::serialize(clean));
  auto after = *FindUnit(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "set_polygon", "risk_unit",
                std::to_string(ctx.PathId()), before->at("polygon"), after.at("polygon"));
  tx.Commit();
  return api::JsonResponse(after);
}

// ---- regional overview ---------------------------------------------------------------------

std::optional<dp::RiskLevel> LevelOfRank(int64_t rank) {
  for (auto l : dp::AllRiskLevels())
    if (dp::RiskLevelRank(l) == rank) return l;
  return std::nullopt;
}

json::value LevelJson(int64_t rank) {
  auto l = LevelOfRank(rank);
  return l ? json::value(dp::RiskLevelValue(*l)) : json::value(nullptr);
}

// The child region of `base_path` that contains `path` ("/37/3708/370811/" under "/37/3708/"
// is 370811), or the base's own code for a path equal to it.
std::string ChildCode(const std::string& base_path, const std::string& path) {
  if (path.size() <= base_path.size()) return "";
  auto rest = path.substr(base_path.size());
  return rest.substr(0, rest.find('/'));
}

Response Overview(Context& ctx) {
  std::vector<FieldError> errs;
  std::string region_path = RegionFilterPath(ctx, errs);
  std::string level = ctx.req.Query("level").value_or("");
  if (!level.empty() && !dp::ParseRiskLevel(level))
    errs.push_back({"level", "level_invalid", "must be major, high, moderate or low",
                    "风险等级无效，可选：major、high、moderate、low"});
  if (!errs.empty()) throw ApiException{Error::Validation(std::move(errs))};
  auto scope = ctx.scope();
  auto f = api::ScopeSql(scope, "u.region_path", "u.enterprise_id");
  std::string where = f.sql;
  auto params = f.params;
  if (!region_path.empty()) {
    where += " AND u.region_path >= ? AND u.region_path < ?";
    params.emplace_back(region_path);
    params.emplace_back(api::PathUpperBound(region_path));
  }
  auto conn = ctx.svc.db->Acquire();
  // One row per enterprise: its highest open level and its units per level.
  auto rs = conn->Query(
      "SELECT u.enterprise_id, e.name, e.region_code, e.region_path, MAX(u.current_level_rank) AS "
      "top_rank, SUM(CASE WHEN u.current_level_rank = 4 THEN 1 ELSE 0 END) AS major, "
      "SUM(CASE WHEN u.current_level_rank = 3 THEN 1 ELSE 0 END) AS high, "
      "SUM(CASE WHEN u.current_level_rank = 2 THEN 1 ELSE 0 END) AS moderate, "
      "SUM(CASE WHEN u.current_level_rank = 1 THEN 1 ELSE 0 END) AS low, COUNT(*) AS units "
      "FROM risk_units u JOIN enterprises e ON e.id = u.enterprise_id WHERE u.active = 1 AND " +
          where +
          " GROUP BY u.enterprise_id, e.name, e.region_code, e.region_path "
          "ORDER BY top_rank DESC, major DESC, high DESC, e.name",
      params);
  std::string base = region_path.empty() ? (scope.kind == api::Scope::Kind::kRegion
                                                ? scope.region_path
                                                : std::string("/"))
                                         : region_path;
  struct Agg {
    int64_t by_level[5] = {0, 0, 0, 0, 0};  // enterprises by their highest rank
    int64_t top = 0;
  };
  std::map<std::string, Agg> regions;
  json::array enterprises;
  auto& index = registry::RegionIndex::Global();
  for (size_t i = 0; i < rs.size(); ++i) {
    int64_t top = rs.Int(i, "top_rank");
    std::string child = ChildCode(base, rs.Text(i, "region_path"));
    if (child.empty()) child = rs.Text(i, "region_code");
    auto& a = regions[child];
    a.by_level[std::clamp<int64_t>(top, 0, 4)]++;
    a.top = std::max(a.top, top);
    if (!level.empty() && LevelJson(top) != json::value(level)) continue;
    const auto* r = index.Find(rs.Text(i, "region_code"));
    enterprises.push_back(json::object{{"enterprise_id", rs.Int(i, "enterprise_id")},
                                       {"enterprise_name", rs.Text(i, "name")},
                                       {"region_code", rs.Text(i, "region_code")},
                                       {"region_name", r ? r->name : ""},
                                       {"highest_level", LevelJson(top)},
                                       {"major", rs.Int(i, "major")},
                                       {"high", rs.Int(i, "high")},
                                       {"moderate", rs.Int(i, "moderate")},
                                       {"low", rs.Int(i, "low")},
                                       {"units", rs.Int(i, "units")}});
  }
  json::array region_rows;
  for (const auto& [code, a] : regions) {
    const auto* r = index.Find(code);
    region_rows.push_back(json::object{{"region_code", code},
                                       {"region_name", r ? r->name : code},
                                       {"highest_level", LevelJson(a.top)},
                                       {"major", a.by_level[4]},
                                       {"high", a.by_level[3]},
                                       {"moderate", a.by_level[2]},
                                       {"low", a.by_level[1]},
                                       {"unassessed", a.by_level[0]}});
  }
  return api::JsonResponse(
      json::object{{"regions", std::move(region_rows)}, {"enterprises", std::move(enterprises)}});
}

// ---- 风险分级管控清单 ---------------------------------------------------------------------

}  // namespace

void RegisterRiskMapRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/risk-maps/{id}", "risk:read", GetMap);
  r.Add("GET", "/api/v1/risk-maps/{id}/image", "risk:read", MapImage);
  r.Add("PUT", "/api/v1/risk-map", "risk:write", PutPlan);
  r.Add("PUT", "/api/v1/risk-units/{id}/polygon", "risk:write", PutPolygon);
  r.Add("GET", "/api/v1/risk-overview", "risk:read", Overview);
}

}  // namespace anjian::risk
