// /api/v1/hidden-dangers: the closed loop's HTTP face. Handlers parse input and call the
// service (writes, one transaction with the audit entry) or the query module (lists, export,
// statistics).
#include <algorithm>
#include <boost/json.hpp>
#include <map>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "platform/api/xlsx_response.hpp"
#include "core/civil_date.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_fsm_rules.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_source_rules.hpp"
#include "registry/industry_rules.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_query.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"
#include "dual_prevention/hidden_danger/read_cache.hpp"

namespace anjian::hazard {

namespace json = boost::json;
namespace dp = domain::dual_prevention;
using api::Context;
using api::Response;

namespace {

HiddenDangerFilter FilterOf(const Context& ctx) {
  std::vector<FieldError> errors;
  auto f = ParseHiddenDangerFilter([&](const char* k) { return ctx.req.Query(k); }, errors);
  if (!errors.empty()) throw ApiException{Error::Validation(std::move(errors))};
  return f;
}

// The filter as a cache key: every query parameter but paging, in name order.
std::string FilterKey(const Context& ctx) {
  std::map<std::string, std::string> params(ctx.req.query.begin(), ctx.req.query.end());
  std::string key;
  for (const auto& [k, v] : params)
    if (k != "page" && k != "page_size") key += k + "=" + v + "&";
  return key;
}

Response List(Context& ctx) {
  auto f = FilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const std::string today = TodayOf();
  const auto scope = ctx.scope();
  // The total (a count over every matching row) is cached until the next hidden-danger write
  // (read_cache.hpp); the page itself is always read.
  const int64_t revision = HiddenDangerRevision(*conn);
  const int64_t total = std::stoll(HiddenDangerReadCache().GetOrCompute(
      "list-total|" + ctx.svc.db->url() + "|" + ScopeKey(scope) + "|" + FilterKey(ctx) + "|" + today,
      revision, [&] { return std::to_string(CountHiddenDangers(*conn, scope, f, today)); }));
  auto result = ListHiddenDangers(*conn, scope, f, today, size, (page - 1) * size, false);
  result.total = total;
  json::array items;
  for (auto& o : result.items) items.push_back(std::move(o));
  return api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
}

std::string Fen(const json::value& v) {
  if (!v.is_int64()) return "";
  int64_t fen = v.as_int64();
  char buf[40];
  std::snprintf(buf, sizeof buf, "%lld.%02lld", static_cast<long long>(fen / 100),
                static_cast<long long>(fen % 100));
  return buf;
}

std::string Str(const json::object& o, const char* k) {
  auto it = o.find(k);
  return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : "";
}

Response Export(Context& ctx) {
  auto f = FilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  // One sheet holds at most 50,000 rows: an export is for a filtered list, not a backup.
  auto result = ListHiddenDangers(*conn, ctx.scope(), f, TodayOf(), 50000, 0, false);
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(result.items.size());
  for (const auto& o : result.items) {
    auto ind = domain::ParseIndustry(Str(o, "industry"));
    rows.push_back({o.at("id").as_int64(), Str(o, "enterprise_name"),
                    ind ? std::string(domain::IndustryLabelZh(*ind)) : Str(o, "industry"),
                    Str(o, "title"), Str(o, "source_label_zh"), Str(o, "level_label_zh"),
                    Str(o, "state_label_zh"), Str(o, "hazard_factor"), Str(o, "found_on"),
                    Str(o, "owner_name"), Str(o, "effective_deadline"),
                    o.at("overdue").as_bool() ? "是" : "否",
                    o.at("under_listed_supervision").as_bool() ? "是" : "否",
                    Fen(o.at("funds_fen")), Str(o, "closed_on"), Str(o, "location")});
  }
  return api::XlsxDownload("隐患清单.xlsx", "隐患清单",
                           {"编号", "企业", "行业", "隐患名称", "来源", "等级", "状态",
                            "危险和有害因素大类", "发现日期", "整改责任人", "整改期限", "是否逾期",
                            "挂牌督办", "整改资金（元）", "销号日期", "位置"},
                           rows);
}

std::optional<double> OptNum(api::JsonInput& in, const char* k) { return in.Num(k); }

Response CreateWith(Context& ctx, bool referral) {
  api::JsonInput in(ctx.req.body);
  NewHiddenDanger h;
  h.enterprise_id = in.Int("enterprise_id").value_or(0);
  h.source = referral ? "referral" : in.Str("source", false, 20);
  if (h.source.empty()) h.source = "ad_hoc";
  h.inspection_record_id = in.Int("inspection_record_id");
  h.risk_unit_id = in.Int("risk_unit_id");
  h.referral_department = in.Str("referral_department", false, 100);
  h.title = in.Str("title", true, 100);
  h.description = in.Str("description", false, 2000);
  h.location = in.Str("location", false, 200);
  h.latitude = OptNum(in, "latitude");
  h.longitude = OptNum(in, "longitude");
  h.hazard_factor = in.Str("hazard_factor", false, 4);
  h.found_on = in.Str("found_on", false, 10);
  h.photo_file_ids = in.IdList("photo_file_ids", 20);
  // Enforcement findings are registered with their inspection (POST /enforcement-inspections).
  if (h.source == "enforcement")
    in.AddError({"source", "enforcement_via_inspection",
                 "enforcement findings are registered with their enforcement inspection",
                 "执法检查发现的隐患须随执法检查记录登记"});
  // Shape errors (types, unknown fields) and the service's rules are reported together.
  auto shape = in.TakeErrors();
  auto conn = ctx.svc.db->Acquire();
  notifications::PendingPushes pushes(*ctx.svc.clock);
  int64_t id;
  try {
    storage::Transaction tx(*conn);
    id = ReportHiddenDanger(*conn, ctx.who(), h, &pushes);
    if (!shape.empty()) throw ApiException{Error::Validation(std::move(shape))};
    tx.Commit();
  } catch (ApiException& e) {
    if (e.error.code != ErrorCode::kValidationFailed || shape.empty()) throw;
    std::vector<FieldError> all = shape;
    for (auto& err : e.error.errors) {
      bool dup = std::any_of(all.begin(), all.end(), [&](const FieldError& x) {
        return x.field == err.field && x.rule == err.rule;
      });
      if (!dup) all.push_back(err);
    }
    throw ApiException{Error::Validation(std::move(all))};
  }
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(*GetHiddenDanger(*conn, ctx.who(), id), 201);
}

// Enterprises report their own (随手拍, inspection findings).
Response Create(Context& ctx) { return CreateWith(ctx, false); }
// A regulator registers a referral from another department for an enterprise (转办).
Response CreateReferral(Context& ctx) { return CreateWith(ctx, true); }

Response Get(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto o = GetHiddenDanger(*conn, ctx.who(), ctx.PathId());
  if (!o) throw ApiException{Error::NotFound("hidden danger")};
  return api::JsonResponse(*o);
}

Response Transition(Context& ctx) {
  int64_t id = ctx.PathId();
  const json::object body = api::ParseJsonBody(ctx.req.body);  // 400/422 before anything else
  auto conn = ctx.svc.db->Acquire();
  notifications::PendingPushes pushes(*ctx.svc.clock);
  {
    storage::Transaction tx(*conn);
    ApplyHiddenDangerTransition(*conn, ctx.who(), id, body, pushes);
    tx.Commit();
  }
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(*GetHiddenDanger(*conn, ctx.who(), id));
}

Response Statistics(Context& ctx) {
  StatisticsQuery q;
  std::vector<FieldError> errors;
  q.region_code = api::Trim(ctx.req.Query("region_code").value_or(""));
  q.industry = api::Trim(ctx.req.Query("industry").value_or(""));
  if (!q.industry.empty() && !domain::ParseIndustry(q.industry))
    errors.push_back({"industry", "industry_invalid", "unknown industry", "未知的行业类别"});
  for (auto [key, out] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
    std::string v = api::Trim(ctx.req.Query(key).value_or(""));
    if (v.empty()) continue;
    if (!dp::ParseIsoDate(v))
      errors.push_back({key, "date_invalid", std::string(key) + " must be a date YYYY-MM-DD",
                        "日期须为 YYYY-MM-DD 格式"});
    else
      *out = v;
  }
  if (!errors.empty()) throw ApiException{Error::Validation(std::move(errors))};
  auto conn = ctx.svc.db->Acquire();
  const std::string today = TodayOf();
  const auto scope = ctx.scope();
  // Cached until the next hidden-danger write (read_cache.hpp); the revision is read first.
  const int64_t revision = HiddenDangerRevision(*conn);
  api::Response r;
  r.body = HiddenDangerReadCache().GetOrCompute(
      "statistics|" + ctx.svc.db->url() + "|" + ScopeKey(scope) + "|" + q.region_code + "|" +
          q.industry + "|" + q.from + "|" + q.to + "|" + today,
      revision,
      [&] { return json::serialize(HiddenDangerStatistics(*conn, scope, q, today)); });
  return r;
}

// The value lists the UI needs for its filters and forms, with both labels.
Response Reference(Context&) {
  json::array states, levels, sources, factors, actions;
  for (auto s : dp::AllHiddenDangerStates())
    states.push_back(json::object{{"value", dp::HiddenDangerStateValue(s)},
                                  {"label_zh", dp::HiddenDangerStateLabelZh(s)},
                                  {"label_en", dp::HiddenDangerStateLabelEn(s)}});
  for (auto l : dp::AllHiddenDangerLevels())
    levels.push_back(json::object{{"value", dp::HiddenDangerLevelValue(l)},
                                  {"label_zh", dp::HiddenDangerLevelLabelZh(l)},
                                  {"label_en", dp::HiddenDangerLevelLabelEn(l)}});
  for (auto s : dp::AllHiddenDangerSources())
    sources.push_back(json::object{{"value", dp::HiddenDangerSourceValue(s)},
                                   {"label_zh", dp::HiddenDangerSourceLabelZh(s)},
                                   {"label_en", dp::HiddenDangerSourceLabelEn(s)}});
  for (const auto& c : dp::AllHazardFactorClasses())
    factors.push_back(
        json::object{{"value", c.code}, {"label_zh", c.label_zh}, {"label_en", c.label_en}});
  for (auto a : dp::AllHiddenDangerActions())
    actions.push_back(json::object{{"value", dp::HiddenDangerActionValue(a)},
                                   {"label_zh", dp::HiddenDangerActionLabelZh(a)},
                                   {"label_en", dp::HiddenDangerActionLabelEn(a)}});
  return api::JsonResponse(json::object{{"states", std::move(states)},
                                        {"levels", std::move(levels)},
                                        {"sources", std::move(sources)},
                                        {"hazard_factors", std::move(factors)},
                                        {"actions", std::move(actions)}});
}

}  // namespace

void RegisterHiddenDangerRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/hidden-dangers", "hidden_danger:read", List);
  r.Add("GET", "/api/v1/hidden-dangers/export", "hidden_danger:read", Export);
  r.Add("GET", "/api/v1/hidden-dangers/statistics", "hidden_danger:read", Statistics);
  r.Add("GET", "/api/v1/hidden-dangers/reference", "hidden_danger:read", Reference);
  r.Add("POST", "/api/v1/hidden-dangers", "hidden_danger:report", Create);
  r.Add("POST", "/api/v1/hidden-dangers/referrals", "hidden_danger:supervise", CreateReferral);
  r.Add("GET", "/api/v1/hidden-dangers/{id}", "hidden_danger:read", Get);
  // Enterprise handlers (hidden_danger:handle), owners and supervising regulators all act
  // here; the FSM decides who may take which action, so the route needs only read.
  r.Add("POST", "/api/v1/hidden-dangers/{id}/transitions", "hidden_danger:read", Transition);
}

}  // namespace anjian::hazard
