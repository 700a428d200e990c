// /api/v1/enterprises: the registry (一企一档). Handlers parse, check scope and rules, and
// write the change plus its audit entry in one transaction.
#include <boost/json.hpp>
#include <filesystem>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "platform/api/xlsx_response.hpp"
#include "registry/industry_rules.hpp"
#include "core/text.hpp"
#include "registry/uscc_rules.hpp"
#include "registry/enterprise_import.hpp"
#include "registry/enterprise_store.hpp"
#include "registry/import_report.hpp"
#include "registry/list_cache.hpp"
#include "registry/region_index.hpp"

namespace anjian::registry {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

// Regions a caller may place an enterprise in: inside its own subtree.
bool RegionInScope(const api::Scope& scope, const std::string& region_code) {
  const RegionInfo* r = RegionIndex::Global().Find(region_code);
  if (!r) return true;  // reported as region_unknown by validation
  switch (scope.kind) {
    case api::Scope::Kind::kAll: return true;
    case api::Scope::Kind::kRegion: return r->path.rfind(scope.region_path, 0) == 0;
    default: return false;
  }
}

domain::EnterpriseInput ReadInput(api::JsonInput& in) {
  domain::EnterpriseInput e;
  e.name = in.Str("name", false, 200);
  e.uscc = in.Str("uscc", false, 40);
  e.region_code = in.Str("region_code", false, 20);
  e.industry = in.Str("industry", false, 60);
  e.industry_code = in.Str("industry_code", false, 10);
  e.scale = in.Str("scale", false, 20);
  e.address = in.Str("address", false, 400);
  e.legal_representative = in.Str("legal_representative", false, 100);
  e.contact_phone = in.Str("contact_phone", false, 40);
  e.park_name = in.Str("park_name", false, 200);
  e.employees = in.Int("employees");
  e.latitude = in.Num("latitude");
  e.longitude = in.Num("longitude");
  e.accept_uscc_warning = in.Bool("accept_uscc_warning");
  return e;
}

// Validates and returns the warning to store when the user accepted a failing check char.
std::string ValidateOrThrow(api::JsonInput& in, domain::EnterpriseInput& e) {
  auto errs = domain::ValidateEnterprise(e, [](std::string_view code) {
    return RegionIndex::Global().Find(std::string(code)) != nullptr;
  });
  for (auto& fe : errs) in.AddError(fe);
  in.Finish();
  std::string warning;
  if (e.accept_uscc_warning && domain::UsccCheckCharError(e.uscc))
    warning = "check character mismatch confirmed by user";
  return warning;
}

json::object Require(storage::Connection& conn, const api::Scope& scope, int64_t id) {
  auto e = GetEnterprise(conn, scope, id);
  if (!e) throw ApiException{Error::NotFound("enterprise")};
  return *e;
}

// Same scope + same filters + same page = same body, whoever asks.
std::string CacheKey(const std::string& database, const api::Scope& scope, const EnterpriseFilter& f,
                     int64_t page, int64_t size) {
  std::string key = database + '|' + std::to_string(static_cast<int>(scope.kind)) + '|' + scope.region_path + '|' +
                    std::to_string(scope.enterprise_id);
  for (const std::string* part : {&f.q, &f.region_code, &f.industry, &f.supervision, &f.status, &f.sort})
    key += '|' + *part;
  return key + '|' + std::to_string(page) + '|' + std::to_string(size);
}

Response List(Context& ctx) {
  auto f = ParseEnterpriseFilter(ctx.req.query);
  auto [page, size] = ctx.Paging();
  auto scope = ctx.scope();
  std::string key = CacheKey(ctx.svc.config.database_url, scope, f, page, size);
  auto& cache = ListCache::Global();
  if (auto hit = cache.Get(key)) {
    Response r;
    r.body = std::move(*hit);
    return r;
  }
  uint64_t generation = cache.generation();
  auto conn = ctx.svc.db->Acquire();
  auto result = ListEnterprises(*conn, scope, f, size, (page - 1) * size);
  json::array items;
  items.reserve(result.items.size());
  for (auto& o : result.items) items.push_back(std::move(o));
  auto resp = api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
  cache.Put(key, generation, resp.body);
  return resp;
}

Response Get(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(Require(*conn, ctx.scope(), ctx.PathId()));
}

Response Create(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto e = ReadInput(in);
  std::string warning = ValidateOrThrow(in, e);
  if (!RegionInScope(ctx.scope(), e.region_code))
    throw ApiException{Error::Validation({{"region_code", "region_out_of_scope",
                                           "outside your jurisdiction", "超出本机构管辖范围"}})};
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  int64_t id = InsertEnterprise(*conn, e, warning);
  auto after = *GetEnterprise(*conn, api::Scope{api::Scope::Kind::kAll}, id);
  audit::Append(*conn, api::ActorOf(ctx), "create", "enterprise", std::to_string(id),
                nullptr, after);
  tx.Commit();
  ListCache::Global().NoteChanged();
  return api::JsonResponse(after, 201);
}

Response Update(Context& ctx) {
  int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = Require(*conn, ctx.scope(), id);
  api::JsonInput in(ctx.req.body);
  auto e = ReadInput(in);
  // Enterprise accounts keep their contact data current; identity and classification
  // decide who supervises them, so only regulators change those.
  if (ctx.who().enterprise_id) {
    auto locked = [&](const char* field, const std::string& value) {
      if (value != std::string(before.at(field).as_string()))
        in.AddError({field, "field_locked", "only the regulator can change this field",
                     "该字段只能由监管部门修改"});
    };
    locked("uscc", domain::NormalizeUscc(e.uscc));
    locked("region_code", domain::Trim(e.region_code));
    locked("industry", domain::Trim(e.industry));
  }
  std::string warning = ValidateOrThrow(in, e);
  if (!RegionInScope(ctx.scope(), e.region_code) && !ctx.who().enterprise_id)
    throw ApiException{Error::Validation({{"region_code", "region_out_of_scope",
                                           "outside your jurisdiction", "超出本机构管辖范围"}})};
  UpdateEnterprise(*conn, id, e, warning);
  auto after = *GetEnterprise(*conn, api::Scope{api::Scope::Kind::kAll}, id);
  audit::Append(*conn, api::ActorOf(ctx), "update", "enterprise", std::to_string(id), before,
                after);
  tx.Commit();
  ListCache::Global().NoteChanged();
  return api::JsonResponse(after);
}

Response SetStatus(Context& ctx, const std::string& status) {
  int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  std::string reason = in.Str("reason", status == "inactive", 500);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = Require(*conn, ctx.scope(), id);
  if (before.at("status").as_string() == status)
    throw ApiException{Error::Conflict("enterprise is already " + status, "企业已处于该状态")};
  conn->Exec("UPDATE enterprises SET status = ?, updated_at = ? WHERE id = ?",
             {status, storage::NowIso(), id});
  auto after = *GetEnterprise(*conn, api::Scope{api::Scope::Kind::kAll}, id);
  after["reason"] = reason;
  audit::Append(*conn, api::ActorOf(ctx), status == "inactive" ? "deactivate" : "reactivate",
                "enterprise", std::to_string(id), before, after);
  tx.Commit();
  ListCache::Global().NoteChanged();
  after.erase("reason");
  return api::JsonResponse(after);
}

Response History(Context& ctx) {
  int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  Require(*conn, ctx.scope(), id);
  auto rs = conn->Query(
      "SELECT id, at, actor_name, action, before_json, after_json FROM audit_log "
      "WHERE entity = 'enterprise' AND entity_id = ? ORDER BY id DESC LIMIT 200",
      {std::to_string(id)});
  json::array items;
  for (size_t i = 0; i < rs.size(); ++i) {
    json::object o{{"id", rs.Int(i, "id")},
                   {"at", rs.Text(i, "at")},
                   {"actor_name", rs.Text(i, "actor_name")},
                   {"action", rs.Text(i, "action")}};
    auto b = rs.Text(i, "before_json");
    auto a = rs.Text(i, "after_json");
    o["before"] = b.empty() ? json::value(nullptr) : json::parse(b);
    o["after"] = a.empty() ? json::value(nullptr) : json::parse(a);
    items.push_back(std::move(o));
  }
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

Response Export(Context& ctx) {
  auto f = ParseEnterpriseFilter(ctx.req.query);
  auto conn = ctx.svc.db->Acquire();
  auto result = ListEnterprises(*conn, ctx.scope(), f, 1000000, 0);
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(result.items.size());
  for (const auto& o : result.items) rows.push_back(EnterpriseExportRow(o));
  return api::XlsxDownload("企业名录.xlsx", "企业名录", EnterpriseExportHeaders(), rows);
}

Response Template(Context&) {
  return api::XlsxDownload("企业导入模板.xlsx", "企业名录", EnterpriseExportHeaders(), {});
}

std::string ImportReportDir(const api::Config& cfg) {
  return (std::filesystem::path(cfg.data_dir) / "import-reports").string();
}

int64_t ImportReportTtl(const api::Config& cfg) {
  return int64_t{std::max(1, cfg.import_report_hours)} * 3600;
}

Response Import(Context& ctx) {
  std::string mode = ctx.req.Query("mode").value_or("all");
  if (mode != "all" && mode != "valid_only")
    throw ApiException{Error::Validation(
        {{"mode", "mode_invalid", "must be all or valid_only", "应为 all 或 valid_only"}})};
  const api::Config& cfg = ctx.svc.config;
  const int limit = std::max(1, cfg.import_concurrency);
  auto slot = ImportSlots::Global().TryTake(limit);
  if (!slot) {
    // 429, not 409: nothing is wrong with the request or the data; the same request succeeds
    // unchanged once a running import has finished.
    const std::string n = std::to_string(limit);
    auto busy = api::ErrorResponse(Error{
        ErrorCode::kRateLimited,
        "another enterprise import is running (at most " + n +
            " at a time); try again when it has finished",
        "已有企业导入正在进行（同时最多 " + n + " 个），请等待其完成后再试",
        {}});
    busy.headers.emplace_back("Retry-After", "10");
    return busy;
  }
  std::string filename = api::PercentDecode(ctx.req.Header("x-filename"), false);
  const std::string dir = ImportReportDir(cfg);
  const int64_t now = storage::NowUnix();
  const int64_t ttl = ImportReportTtl(cfg);
  SweepImportReports(dir, now, ttl, std::uint64_t(std::max(1, cfg.import_report_max_mb)) << 20);
  ImportReportWriter report(dir, "导入错误明细", ImportReportHeaders(), ImportReportWidths(),
                            office::kMaxSheetRows - 1);
  ImportOptions options;
  options.valid_only = mode == "valid_only";
  options.error_limit = static_cast<size_t>(std::max(0, cfg.import_error_limit));
  options.report = &report;
  auto conn = ctx.svc.db->Acquire();
  auto result = ImportEnterprises(*conn, ctx.who(), filename, ctx.req.body, options,
                                  [&](const std::string& code) { return RegionInScope(ctx.scope(), code); });
  if (result.at("imported").as_int64() > 0) ListCache::Global().NoteChanged();
  const std::string id = report.Commit(ImportReportOwner::Of(ctx.who()), now);
  result["report_id"] = id.empty() ? json::value(nullptr) : json::value(id);
  result["report_rows"] = static_cast<int64_t>(report.written());
  result["report_truncated"] = report.truncated();
  result["report_expires_at"] =
      id.empty() ? json::value(nullptr) : json::value(storage::IsoFromUnix(now + ttl));
  return api::JsonResponse(result);
}

// The full error list of an import, for the account that ran it (in the same scope) only.
Response ImportReport(Context& ctx) {
  const api::Config& cfg = ctx.svc.config;
  auto bytes = LoadImportReport(ImportReportDir(cfg), ctx.req.path_params.at(0),
                                ImportReportOwner::Of(ctx.who()), storage::NowUnix(),
                                ImportReportTtl(cfg));
  if (!bytes) throw ApiException{Error::NotFound("import report")};
  return Response::Download(std::move(*bytes),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "企业导入错误明细.xlsx");
}

}  // namespace

void RegisterEnterpriseRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/enterprises", "enterprise:read", List);
  r.Add("GET", "/api/v1/enterprises/export", "enterprise:read", Export);
  r.Add("GET", "/api/v1/enterprises/import-template", "enterprise:import", Template);
  r.Add("POST", "/api/v1/enterprises/import", "enterprise:import", Import);
  r.Add("GET", "/api/v1/enterprises/import-reports/{id}", "enterprise:import", ImportReport);
  r.Add("GET", "/api/v1/enterprises/{id}", "enterprise:read", Get);
  r.Add("GET", "/api/v1/enterprises/{id}/history", "enterprise:read", History);
  r.Add("POST", "/api/v1/enterprises", "enterprise:write", Create);
  r.Add("PUT", "/api/v1/enterprises/{id}", "enterprise:profile", Update);
  r.Add("POST", "/api/v1/enterprises/{id}/deactivate", "enterprise:write",
        [](Context& c) { return SetStatus(c, "inactive"); });
  r.Add("POST", "/api/v1/enterprises/{id}/reactivate", "enterprise:write",
        [](Context& c) { return SetStatus(c, "active"); });
}

}  // namespace anjian::registry
