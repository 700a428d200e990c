// /api/v1/hidden-dangers: the closed loop's HTTP face. Each handler reads and checks the
// request, calls the service (writes: one transaction with the audit entry) and renders JSON.
#include "dual_prevention/hidden_danger/hidden_danger_handlers.hpp"

#include <boost/json.hpp>
#include <cstdio>
#include <map>

#include "core/china_time.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_json.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_source_rules.hpp"
#include "dual_prevention/risk/risk_codes_rules.hpp"
#include "dual_prevention/risk/risk_errors.hpp"
#include "platform/api/json.hpp"
#include "platform/api/xlsx_response.hpp"
#include "registry/industry_rules.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::hidden_danger::handlers {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

std::string Today(const Context& ctx) { return core::ChinaIsoDate(ctx.Now()); }

std::optional<bool> ParseBool(const std::optional<std::string>& v, const char* field,
                              std::vector<FieldError>& errors) {
  if (!v || v->empty()) return std::nullopt;
  if (*v == "true" || *v == "1") return true;
  if (*v == "false" || *v == "0") return false;
  errors.push_back(core::CoreErr("bool_invalid").At(field));
  return std::nullopt;
}

void ParseDate(const std::optional<std::string>& v, const char* field, std::string& out,
               std::vector<FieldError>& errors) {
  if (!v || v->empty()) return;
  if (!core::ParseIsoDate(*v)) {
    errors.push_back(core::CoreErr("date_invalid").At(field));
    return;
  }
  out = *v;
}

// The list filter from the query string; every bad value is a field error (422).
HiddenDangerFilter FilterOf(const Context& ctx) {
  std::vector<FieldError> errors;
  auto query = [&](const char* k) { return ctx.req.Query(k); };
  HiddenDangerFilter f;
  auto get = [&](const char* k) { return api::Trim(query(k).value_or("")); };
  f.region_code = get("region_code");
  if (f.region_code.size() > 12 ||
      f.region_code.find_first_not_of("0123456789Z") != std::string::npos)  // Z: zones
    errors.push_back(registry::Err("region_unknown").At("region_code", f.region_code));
  f.industry = get("industry");
  if (!f.industry.empty() && !registry::ParseIndustry(f.industry))
    errors.push_back(registry::Err("industry_invalid").At("industry", f.industry));
  f.level = get("level");
  if (!f.level.empty() && !ParseHiddenDangerLevel(f.level))
    errors.push_back(core::CoreErr("level_invalid").At("level", kAllLevelsEn, kAllLevelsZh));
  f.state = get("state");
  if (!f.state.empty() && !ParseHiddenDangerState(f.state))
    errors.push_back(Err("state_invalid").At("state"));
  f.source = get("source");
  if (!f.source.empty() && !ParseHiddenDangerSource(f.source))
    errors.push_back(core::CoreErr("source_invalid").At("source", kSourcesEn, kSourcesZh));
  f.hazard_factor = get("hazard_factor");
  if (!f.hazard_factor.empty() && !risk::IsHazardFactor(f.hazard_factor))
    errors.push_back(
        risk::Err("hazard_factor_invalid").At("hazard_factor", risk::kHazardFactorExamples));
  f.accident_type = get("accident_type");
  if (!f.accident_type.empty() && !risk::FindCode(risk::AccidentTypes(), f.accident_type))
    errors.push_back(risk::Err("accident_type_invalid")
                         .At("accident_type", risk::JoinCodes(risk::AccidentTypes())));
  f.overdue = ParseBool(query("overdue"), "overdue", errors);
  f.open = ParseBool(query("open"), "open", errors);
  f.listed = ParseBool(query("listed"), "listed", errors);
  f.closed_on_time = ParseBool(query("closed_on_time"), "closed_on_time", errors);
  if (auto e = get("enterprise_id"); !e.empty()) {
    if (e.size() > 18 || e.find_first_not_of("0123456789") != std::string::npos)
      errors.push_back(core::CoreErr("type").At("enterprise_id", "an integer", "整数"));
    else
      f.enterprise_id = std::stoll(e);
  }
  f.q = get("q");
  if (api::Utf8Length(f.q) > 100) errors.push_back(core::CoreErr("max_length").At("q", 100));
  ParseDate(query("found_from"), "found_from", f.found_from, errors);
  ParseDate(query("found_to"), "found_to", f.found_to, errors);
  ParseDate(query("closed_from"), "closed_from", f.closed_from, errors);
  ParseDate(query("closed_to"), "closed_to", f.closed_to, errors);
  ParseDate(query("deadline_from"), "deadline_from", f.deadline_from, errors);
  ParseDate(query("deadline_to"), "deadline_to", f.deadline_to, errors);
  if (auto s = get("sort"); !s.empty()) {
    std::string col = s[0] == '-' ? s.substr(1) : s;
    if (col != "id" && col != "found_on" && col != "deadline")
      errors.push_back(core::CoreErr("sort_invalid")
                           .At("sort", "id, found_on or deadline", "编号、发现日期或整改期限"));
    else
      f.sort = s;
  }
  if (!errors.empty()) core::Invalid(std::move(errors));
  return f;
}

// The cache key of a list's total: the database and every query parameter but paging, in name
// order.
std::string TotalKey(const Context& ctx) {
  std::map<std::string, std::string> params(ctx.req.query.begin(), ctx.req.query.end());
  std::string key = ctx.svc.db->url() + "|";
  for (const auto& [k, v] : params)
    if (k != "page" && k != "page_size") key += k + "=" + v + "&";
  return key;
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

// POST /hidden-dangers and /referrals: the body as a NewHiddenDanger; shape errors stay in `in`.
NewHiddenDanger ReadNewHiddenDanger(api::JsonInput& in, bool referral) {
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
  h.latitude = in.Num("latitude");
  h.longitude = in.Num("longitude");
  h.hazard_factor = in.Str("hazard_factor", false, 6);
  h.accident_type = in.Str("accident_type", false, 2);
  h.found_on = in.Str("found_on", false, 10);
  h.photo_file_ids = in.IdList("photo_file_ids", 20);
  // Enforcement findings are registered with their inspection (POST /enforcement-inspections).
  if (h.source == "enforcement") in.AddError(Err("enforcement_via_inspection").At("source"));
  return h;
}

Response Create(Context& ctx, bool referral) {
  api::JsonInput in(ctx.req.body);
  const NewHiddenDanger h = ReadNewHiddenDanger(in, referral);
  // Shape errors (types, unknown fields) and the service's rules are reported together.
  auto shape = in.TakeErrors();
  auto conn = ctx.svc.db->Acquire();
  notifications::PendingPushes pushes(*ctx.svc.clock);
  const int64_t id = CreateHiddenDanger(*conn, ctx.who(), h, std::move(shape), pushes, ctx.Now());
  pushes.Flush(ctx.svc.notifier, *conn);
  const std::string today = Today(ctx);
  return api::JsonResponse(HiddenDangerDetailJson(*GetHiddenDanger(*conn, ctx.who(), id, today, ctx.Now()), today),
                           201);
}

}  // namespace

Response List(Context& ctx) {
  auto f = FilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const std::string today = Today(ctx);
  auto result =
      ListHiddenDangerPage(*conn, TotalKey(ctx), ctx.scope(), f, today, size, (page - 1) * size);
  json::array items;
  for (const auto& r : result.items) items.push_back(HiddenDangerJson(r, today));
  auto out = api::PageJson(std::move(items), result.total, page, size);
  // false: more than `total` match (the count stops at the limit; the UI shows "10,000+").
  out["total_exact"] = result.total_exact;
  return api::JsonResponse(std::move(out));
}

Response Export(Context& ctx) {
  auto f = FilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  const std::string today = Today(ctx);
  const auto records = ExportHiddenDangers(*conn, ctx.scope(), f, today);
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(records.size());
  for (const auto& r : records) {
    const auto o = HiddenDangerJson(r, today);
    auto ind = registry::ParseIndustry(Str(o, "industry"));
    rows.push_back({Str(o, "number"), Str(o, "enterprise_name"),
                    ind ? std::string(registry::IndustryLabelZh(*ind)) : Str(o, "industry"),
                    Str(o, "title"), Str(o, "source_label_zh"), Str(o, "level_label_zh"),
                    Str(o, "state_label_zh"), Str(o, "hazard_factor"), Str(o, "found_on"),
                    Str(o, "owner_name"), Str(o, "effective_deadline"),
                    o.at("overdue").as_bool() ? "是" : "否",
                    o.at("under_listed_supervision").as_bool() ? "是" : "否",
                    Fen(o.at("funds_fen")), Str(o, "closed_on"), Str(o, "location")});
  }
  return api::XlsxDownload("隐患清单.xlsx", "隐患清单",
                           {"隐患编号", "企业", "行业", "隐患名称", "来源", "等级", "状态",
                            "危险和有害因素大类", "发现日期", "整改责任人", "整改期限", "是否逾期",
                            "挂牌督办", "整改资金（元）", "销号日期", "位置"},
                           rows);
}

// Enterprises report their own (随手拍, inspection findings).
Response Report(Context& ctx) { return Create(ctx, false); }
// A regulator registers a referral from another department for an enterprise (转办).
Response Refer(Context& ctx) { return Create(ctx, true); }

Response Get(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::string today = Today(ctx);
  auto d = GetHiddenDanger(*conn, ctx.who(), ctx.PathId(), today, ctx.Now());
  if (!d) throw ApiException{Error::NotFound("hidden danger")};
  return api::JsonResponse(HiddenDangerDetailJson(*d, today));
}

Response Transition(Context& ctx) {
  const int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body);  // the one parse: 400/422 before anything else
  TransitionInput t;
  t.action_value = in.Str("action", true, 40);
  t.reason = in.Str("reason", false, 1000);
  auto level = in.OptStr("level", 20);
  t.owner_user_id = in.Int("owner_user_id");
  t.measures = in.Str("measures", false, 2000);
  t.funds_fen = in.Int("funds_fen");
  t.deadline = in.OptStr("deadline", 10);
  t.plan = in.Str("plan", false, 5000);
  t.regulator_deadline = in.OptStr("regulator_deadline", 10);
  t.evidence = in.Str("evidence", false, 2000);
  t.photo_file_ids = in.IdList("photo_file_ids", 20);
  t.congress_reported_on = in.OptStr("congress_reported_on", 10);
  if (t.congress_reported_on && t.congress_reported_on->empty()) t.congress_reported_on.reset();
  t.congress_method = in.Str("congress_method", false, 20);
  t.congress_reporter = in.Str("congress_reporter", false, 100);
  t.congress_minutes = in.Str("congress_minutes", false, 5000);
  t.congress_file_ids = in.IdList("congress_file_ids", 10);
  t.hazard_factor = in.OptStr("hazard_factor", 6);
  t.accident_type = in.OptStr("accident_type", 2);
  if (t.deadline && t.deadline->empty()) t.deadline.reset();
  if (t.regulator_deadline && t.regulator_deadline->empty()) t.regulator_deadline.reset();
  if (!t.action_value.empty()) {
    if (auto a = ParseHiddenDangerAction(t.action_value)) t.action = *a;
    else in.AddError(Err("action_invalid").At("action", t.action_value));
  }
  if (level) {
    t.level = ParseHiddenDangerLevel(*level);
    if (!t.level)
      in.AddError(core::CoreErr("level_invalid").At("level", kAssessedLevelsEn, kAssessedLevelsZh));
  }
  // Reported by the service after the scope check: an out-of-scope id is 404 whatever the body.
  auto input_errors = in.TakeErrors();
  auto conn = ctx.svc.db->Acquire();
  notifications::PendingPushes pushes(*ctx.svc.clock);
  TransitionHiddenDanger(*conn, ctx.who(), id, t, std::move(input_errors), pushes, ctx.Now());
  pushes.Flush(ctx.svc.notifier, *conn);
  const std::string today = Today(ctx);
  return api::JsonResponse(HiddenDangerDetailJson(*GetHiddenDanger(*conn, ctx.who(), id, today, ctx.Now()), today));
}

namespace {

// The statistics' query string; every bad value is a field error (422).
StatisticsQuery StatisticsQueryOf(const Context& ctx) {
  StatisticsQuery q;
  std::vector<FieldError> errors;
  q.region_code = api::Trim(ctx.req.Query("region_code").value_or(""));
  q.industry = api::Trim(ctx.req.Query("industry").value_or(""));
  if (!q.industry.empty() && !registry::ParseIndustry(q.industry))
    errors.push_back(registry::Err("industry_invalid").At("industry", q.industry));
  q.hazard_factor = api::Trim(ctx.req.Query("hazard_factor").value_or(""));
  if (!q.hazard_factor.empty() && !risk::IsHazardFactor(q.hazard_factor))
    errors.push_back(
        risk::Err("hazard_factor_invalid").At("hazard_factor", risk::kHazardFactorExamples));
  for (auto [key, out] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
    std::string v = api::Trim(ctx.req.Query(key).value_or(""));
    if (v.empty()) continue;
    if (!core::ParseIsoDate(v))
      errors.push_back(core::CoreErr("date_invalid").At(key));
    else
      *out = v;
  }
  if (!errors.empty()) core::Invalid(std::move(errors));
  return q;
}

// One row of the statistics export: the breakdown, the value's code and name, its figures.
std::vector<office::Cell> FiguresRow(const std::string& breakdown, const std::string& code,
                                     const std::string& name, const Figures& f) {
  std::string rate;
  if (f.closed > 0) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * static_cast<double>(f.closed_on_time) /
                                                 static_cast<double>(f.closed));
    rate = buf;
  }
  return {breakdown, code, name, f.found, f.closed, f.closed_on_time, rate,
          f.open, f.overdue, f.major, f.major_listed_open};
}

}  // namespace

Response Statistics(Context& ctx) {
  const StatisticsQuery q = StatisticsQueryOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  api::Response r;
  r.body = GetStatisticsCached(*conn, ctx.svc.db->url(), ctx.scope(), q, Today(ctx),
                               [](const HiddenDangerStatistics& s) {
                                 return json::serialize(StatisticsJson(s));
                               });
  return r;
}

// The statistics page's figures as one sheet: totals, then every breakdown (region, industry,
// month, hazard factor at the drilled level, accident type), the same numbers the page shows.
Response StatisticsExport(Context& ctx) {
  const StatisticsQuery q = StatisticsQueryOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  const auto s = GetStatistics(*conn, ctx.scope(), q, Today(ctx));
  const json::object o = StatisticsJson(s);
  std::vector<std::vector<office::Cell>> rows;
  rows.push_back(FiguresRow("合计", s.region_code, s.region_name.empty() ? "全部" : s.region_name,
                            s.totals));
  for (const auto& r : s.by_region)
    rows.push_back(FiguresRow("按区域", r.code, r.own ? r.name + "（本级）" : r.name, r.figures));
  for (const auto& [value, figures] : s.by_industry) {
    auto ind = registry::ParseIndustry(value);
    rows.push_back(FiguresRow("按行业", value,
                              ind ? std::string(registry::IndustryLabelZh(*ind)) : value, figures));
  }
  for (const auto& [month, figures] : s.by_month)
    rows.push_back(FiguresRow("按月份", month, month, figures));
  const auto& factors = o.at("by_hazard_factor").as_array();
  for (size_t i = 0; i < s.by_hazard_factor.size() && i < factors.size(); ++i)
    rows.push_back(FiguresRow("按危险和有害因素（GB/T 13861）", s.by_hazard_factor[i].code,
                              Str(factors[i].as_object(), "label_zh"),
                              s.by_hazard_factor[i].figures));
  const auto& types = o.at("by_accident_type").as_array();
  for (size_t i = 0; i < s.by_accident_type.size() && i < types.size(); ++i)
    rows.push_back(FiguresRow("按事故类型（GB 6441）", s.by_accident_type[i].code,
                              Str(types[i].as_object(), "label_zh"), s.by_accident_type[i].figures));
  return api::XlsxDownload("隐患统计_" + s.from + "_" + s.to + ".xlsx", "隐患统计",
                           {"统计维度", "编码", "名称", "发现隐患", "已整改", "按期整改",
                            "按期整改率", "未整改", "逾期", "重大隐患", "挂牌督办未销号"},
                           rows);
}

Response Reference(Context&) { return api::JsonResponse(ReferenceJson()); }

}  // namespace anjian::hidden_danger::handlers
