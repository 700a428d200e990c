// /api/v1/enterprises: the registry (一企一档). Handlers read and check the input, call the
// service (enterprise_service, enterprise_import_service) and render the answer.
#include <boost/json.hpp>
#include <algorithm>
#include <filesystem>

#include "core/core_errors.hpp"
#include "core/text.hpp"
#include "identity/session_service.hpp"
#include "platform/api/router.hpp"
#include "platform/api/xlsx_response.hpp"
#include "registry/enterprise_import_service.hpp"
#include "registry/enterprise_service.hpp"
#include "registry/handlers.hpp"
#include "registry/import_report_repository.hpp"
#include "registry/industry_rules.hpp"
#include "registry/list_cache.hpp"
#include "registry/region_index.hpp"
#include "registry/region_rules.hpp"
#include "registry/registry_errors.hpp"
#include "registry/registry_json.hpp"
#include "registry/uscc_rules.hpp"

namespace anjian::registry {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

// Reads and checks the list filters from a query string (422 on unknown values).
EnterpriseFilter ParseEnterpriseFilter(const std::unordered_map<std::string, std::string>& query) {
  EnterpriseFilter f;
  std::vector<FieldError> errs;
  auto get = [&](const char* k) {
    auto it = query.find(k);
    return it == query.end() ? std::string() : core::Trim(it->second);
  };
  f.q = get("q");
  if (f.q.size() > 100) errs.push_back(Err("keyword_too_long").At("q"));
  f.region_code = get("region_code");
  if (!f.region_code.empty() && !RegionIndex::Global().Find(f.region_code))
    errs.push_back(Err("region_unknown").At("region_code", f.region_code));
  f.industry = get("industry");
  if (!f.industry.empty() && !ParseIndustry(f.industry))
    errs.push_back(Err("industry_invalid").At("industry", f.industry));
  f.supervision = get("supervision");
  if (!f.supervision.empty() && !ParseSupervision(f.supervision))
    errs.push_back(Err("supervision_invalid").At("supervision"));
  f.status = get("status");
  if (!f.status.empty() && f.status != "active" && f.status != "inactive")
    errs.push_back(
        core::CoreErr("status_invalid").At("status", "active, inactive", "active、inactive"));
  std::string sort = get("sort");
  if (!sort.empty()) {
    std::string col = sort[0] == '-' ? sort.substr(1) : sort;
    static const std::vector<std::string> kSortable = {"name", "uscc", "region_code", "created_at",
                                                       "employees", "industry", "updated_at"};
    if (std::find(kSortable.begin(), kSortable.end(), col) == kSortable.end())
      errs.push_back(core::CoreErr("sort_invalid")
                         .At("sort", "name, uscc, region_code, created_at, employees, industry or "
                                     "updated_at",
                             "企业名称、统一社会信用代码、行政区划、创建时间、从业人数、行业类别"
                             "或更新时间"));
    else
      f.sort = sort;
  }
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

EnterpriseInput ReadInput(api::JsonInput& in) {
  EnterpriseInput e;
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

// Validates (one 422 with every problem) and returns the warning to store when the user
// accepted a failing check character.
std::string ValidateOrThrow(api::JsonInput& in, EnterpriseInput& e) {
  auto errs = ValidateEnterprise(e, [](std::string_view code) {
    return RegionIndex::Global().Find(std::string(code)) != nullptr;
  });
  if (const RegionInfo* r = RegionIndex::Global().Find(e.region_code); r && r->status != "active")
    errs.push_back(Err("region_inactive").At("region_code", e.region_code));
  if (e.region_code == kCountryCode) errs.push_back(Err("region_country").At("region_code"));
  for (auto& fe : errs) in.AddError(fe);
  in.Finish();
  std::string warning;
  if (e.accept_uscc_warning && UsccCheckCharError(e.uscc))
    warning = "check character mismatch confirmed by user";
  return warning;
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

std::string ImportReportDir(const api::Config& cfg) {
  return (std::filesystem::path(cfg.data_dir) / "import-reports").string();
}

int64_t ImportReportTtl(const api::Config& cfg) {
  return int64_t{std::max(1, cfg.import_report_hours)} * 3600;
}

json::object SummaryJson(const ImportSummary& s) {
  json::array errors, rules, fields;
  for (const auto& e : s.errors)
    errors.push_back(json::object{{"line", e.line},
                                  {"field", e.field},
                                  {"rule", e.rule},
                                  {"message", e.message},
                                  {"message_zh", e.message_zh}});
  for (const auto& r : s.errors_by_rule)
    rules.push_back(json::object{{"rule", r.rule},
                                 {"message", r.message},
                                 {"message_zh", r.message_zh},
                                 {"count", r.count}});
  for (const auto& f : s.errors_by_field)
    fields.push_back(json::object{{"field", f.field}, {"label_zh", f.label_zh}, {"count", f.count}});
  return json::object{{"total_rows", s.total_rows},
                      {"imported", s.imported},
                      {"skipped", s.skipped},
                      {"error_count", s.error_count},
                      {"error_rows", s.error_rows},
                      {"errors", std::move(errors)},
                      {"errors_truncated", s.errors_truncated},
                      {"errors_by_rule", std::move(rules)},
                      {"errors_by_field", std::move(fields)}};
}

}  // namespace

Response ListEnterprisesHandler(Context& ctx) {
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
  for (const auto& e : result.items) items.push_back(EnterpriseJson(e));
  auto resp = api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
  cache.Put(key, generation, resp.body);
  return resp;
}

Response GetEnterpriseHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(EnterpriseJson(RequireEnterprise(*conn, ctx.scope(), ctx.PathId())));
}

Response CreateEnterpriseHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto e = ReadInput(in);
  std::string warning = ValidateOrThrow(in, e);
  if (!RegionInScope(ctx.scope(), e.region_code))
    core::Invalid(Err("region_out_of_scope").At("region_code"));
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      EnterpriseJson(CreateEnterprise(*conn, ctx.who(), e, warning, *ctx.svc.clock)), 201);
}

Response UpdateEnterpriseHandler(Context& ctx) {
  int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  // An enterprise outside the scope is 404 before anything about the input is said.
  const Enterprise before = RequireEnterprise(*conn, ctx.scope(), id);
  api::JsonInput in(ctx.req.body);
  auto e = ReadInput(in);
  // Enterprise accounts keep their contact data current; identity and classification
  // decide who supervises them, so only regulators change those.
  if (ctx.who().enterprise_id) {
    auto locked = [&](const char* field, const std::string& current, const std::string& value) {
      if (value != current) in.AddError(Err("field_locked").At(field));
    };
    locked("uscc", before.uscc, NormalizeUscc(e.uscc));
    locked("region_code", before.region_code, core::Trim(e.region_code));
    locked("industry", before.industry, core::Trim(e.industry));
  }
  std::string warning = ValidateOrThrow(in, e);
  if (!RegionInScope(ctx.scope(), e.region_code) && !ctx.who().enterprise_id)
    core::Invalid(Err("region_out_of_scope").At("region_code"));
  Enterprise after = UpdateEnterprise(*conn, ctx.who(), id, e, warning, *ctx.svc.clock);
  // Committed: a moved enterprise's users are scoped anew on this node at once (other nodes on
  // the identity revision the service bumped).
  if (after.region_code != before.region_code && ctx.svc.sessions) ctx.svc.sessions->Invalidate();
  return api::JsonResponse(EnterpriseJson(after));
}

Response SetEnterpriseStatusHandler(Context& ctx, const std::string& status) {
  int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  std::string reason = in.Str("reason", status == "inactive", 500);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  Enterprise after = SetEnterpriseStatus(*conn, ctx.who(), id, status, reason, *ctx.svc.clock);
  if (ctx.svc.sessions) ctx.svc.sessions->Invalidate();  // its accounts (identity revision)
  return api::JsonResponse(EnterpriseJson(after));
}

Response EnterpriseHistoryHandler(Context& ctx) {
  int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  json::array items;
  for (const auto& c : EnterpriseChanges(*conn, ctx.scope(), id)) {
    json::object o{{"id", c.id}, {"at", c.at}, {"actor_name", c.actor_name}, {"action", c.action}};
    o["before"] = c.before_json.empty() ? json::value(nullptr) : json::parse(c.before_json);
    o["after"] = c.after_json.empty() ? json::value(nullptr) : json::parse(c.after_json);
    items.push_back(std::move(o));
  }
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

Response ExportEnterprisesHandler(Context& ctx) {
  auto f = ParseEnterpriseFilter(ctx.req.query);
  auto conn = ctx.svc.db->Acquire();
  auto result = ListEnterprises(*conn, ctx.scope(), f, 1000000, 0);
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(result.items.size());
  for (const auto& e : result.items) rows.push_back(EnterpriseExportRow(e));
  return api::XlsxDownload("企业名录.xlsx", "企业名录", EnterpriseExportHeaders(), rows);
}

Response EnterpriseTemplateHandler(Context&) {
  return api::XlsxDownload("企业导入模板.xlsx", "企业名录", EnterpriseExportHeaders(), {});
}

Response ImportEnterprisesHandler(Context& ctx) {
  std::string mode = ctx.req.Query("mode").value_or("all");
  if (mode != "all" && mode != "valid_only") core::Invalid(Err("mode_invalid").At("mode"));
  const api::Config& cfg = ctx.svc.config;
  const int limit = std::max(1, cfg.import_concurrency);
  auto slot = ImportSlots::Global().TryTake(limit);
  if (!slot) {
    // 429, not 409: nothing is wrong with the request or the data; the same request succeeds
    // unchanged once a running import has finished.
    auto busy = api::ErrorResponse(Err("import_busy").WithCode(ErrorCode::kRateLimited, limit));
    busy.headers.emplace_back("Retry-After", "10");
    return busy;
  }
  std::string filename = api::PercentDecode(ctx.req.Header("x-filename"), false);
  const std::string dir = ImportReportDir(cfg);
  const int64_t now = ctx.Now();
  const int64_t ttl = ImportReportTtl(cfg);
  SweepImportReports(dir, now, ttl, std::uint64_t(std::max(1, cfg.import_report_max_mb)) << 20);
  ImportReportWriter report(dir, "导入错误明细", ImportReportHeaders(), ImportReportWidths(),
                            office::kMaxSheetRows - 1);
  ImportOptions options;
  options.valid_only = mode == "valid_only";
  options.error_limit = static_cast<size_t>(std::max(0, cfg.import_error_limit));
  options.report = &report;
  auto conn = ctx.svc.db->Acquire();
  const api::Scope scope = ctx.scope();
  auto summary = ImportEnterprises(
      *conn, ctx.who(), filename, ctx.req.body, options,
      [&](const std::string& code) { return RegionInScope(scope, code); }, *ctx.svc.clock);
  if (summary.imported > 0) ListCache::Global().NoteChanged();
  json::object result = SummaryJson(summary);
  const std::string id = report.Commit(ImportReportOwner::Of(ctx.who()), now);
  result["report_id"] = id.empty() ? json::value(nullptr) : json::value(id);
  result["report_rows"] = static_cast<int64_t>(report.written());
  result["report_truncated"] = report.truncated();
  result["report_expires_at"] =
      id.empty() ? json::value(nullptr) : json::value(core::IsoFromUnix(now + ttl));
  return api::JsonResponse(result);
}

// The full error list of an import, for the account that ran it (in the same scope) only.
Response ImportReportHandler(Context& ctx) {
  const api::Config& cfg = ctx.svc.config;
  auto bytes = LoadImportReport(ImportReportDir(cfg), ctx.req.path_params.at(0),
                                ImportReportOwner::Of(ctx.who()), ctx.Now(), ImportReportTtl(cfg));
  if (!bytes) throw ApiException{Error::NotFound("import report")};
  return Response::Download(std::move(*bytes),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "企业导入错误明细.xlsx");
}

}  // namespace anjian::registry
