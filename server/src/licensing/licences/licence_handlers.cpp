// /api/v1/licences (register, lists, export, one licence with its history and renewal window,
// 暂扣 / 恢复 / 吊销), /api/v1/licence-applications (apply, decide within 45 days, withdraw),
// /api/v1/licence-conditions (the art. 6 checklist from the data) and /api/v1/safety-evaluations.
#include "licensing/licences/licence_handlers.hpp"

#include <boost/json.hpp>
#include <set>

#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/risk/risk_handlers.hpp"
#include "explosives/catalogue/catalogue_errors.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "files/file_service.hpp"
#include "licensing/licences/licence_json.hpp"
#include "licensing/licences/licence_service.hpp"
#include "licensing/licences/licences_errors.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::licences {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

constexpr std::int64_t kMaxQuantity = 1'000'000'000;  // units a year: far above any licence

bool ExplosivesKind(const std::string& kind) {
  return kind == kExplosivesProduction || kind == kExplosivesSales;
}

std::string DateField(api::JsonInput& in, const char* key, bool required) {
  std::string v = in.Str(key, required, 10);
  if (!v.empty() && !core::ParseIsoDate(v)) {
    in.AddError(core::CoreErr("date_invalid").At(key));
    return "";
  }
  return v;
}

std::string KindField(api::JsonInput& in, const std::vector<LicenceKind>& kinds) {
  std::string k = in.Str("kind", true, 40);
  if (!k.empty() && !FindKind(kinds, k)) {
    auto [en, zh] = KindLists(kinds);
    in.AddError(core::CoreErr("kind_invalid").At("kind", en, zh));
    return "";
  }
  return k;
}

std::optional<std::int64_t> FileField(storage::Connection& conn, Context& ctx, api::JsonInput& in,
                                      const char* key, bool required) {
  auto id = in.Int(key, required);
  if (id && *id != 0) {
    files::CheckAttachments(conn, ctx.who(), {*id}, key, in.errors());
    return id;
  }
  return std::nullopt;
}

// The scope object of a request: products (catalogue codes the enterprise sees, with the annual
// quantity in the product's unit), magazines (the enterprise's, with a design capacity), the
// permitted working hours and a note. Errors are added to `in` with "scope." prefixes.
LicenceScope ReadScope(storage::Connection& conn, api::JsonInput& in, std::int64_t enterprise_id,
                       const std::string& kind) {
  LicenceScope s;
  if (!in.Has("scope")) return s;
  api::JsonInput sc(in.Obj("scope"));
  json::array products = sc.Arr("products", 500);
  json::array magazines = sc.Arr("magazines", 500);
  s.working_hours.days = sc.Str("work_days", false, 7);
  s.working_hours.from = sc.Str("work_from", false, 5);
  s.working_hours.to = sc.Str("work_to", false, 5);
  s.note = sc.Str("note", false, 2000);
  s.on_site_mixing_t = sc.Int("on_site_mixing_t");
  if (s.on_site_mixing_t && (*s.on_site_mixing_t < 1 || *s.on_site_mixing_t > 1'000'000))
    sc.AddError(core::CoreErr("range").At("on_site_mixing_t", 1, 1'000'000));
  if (s.on_site_mixing_t && !kind.empty() && kind != kExplosivesProduction)
    sc.AddError(Err("licence_mixing_production_only").At("on_site_mixing_t"));
  for (auto& e : CheckWorkingHours(s.working_hours, "")) sc.AddError(std::move(e));
  if ((!products.empty() || !magazines.empty()) && !kind.empty() && !ExplosivesKind(kind))
    sc.AddError(Err("licence_kind_scope").At("products"));
  std::vector<std::string> codes;
  std::set<std::string> seen_codes;
  for (size_t i = 0; i < products.size(); ++i) {
    const std::string p = "products[" + std::to_string(i) + "]";
    if (!products[i].is_object()) {
      sc.AddError(core::CoreErr("type").At(p, "an object", "对象"));
      continue;
    }
    api::JsonInput pi(products[i].as_object());
    LicensedProduct lp;
    lp.product_code = pi.Str("product_code", true, 40);
    auto q = pi.Num("annual_quantity");
    if (!q && !pi.Has("annual_quantity")) pi.AddError(core::CoreErr("required").At("annual_quantity"));
    if (q) {
      auto milli = catalogue::MilliFromDouble(*q);
      if (!milli || *milli <= 0)
        pi.AddError(Err("quantity_positive").At("annual_quantity"));
      else if (*milli > catalogue::Milli(kMaxQuantity))
        pi.AddError(core::CoreErr("range").At("annual_quantity", 0.001, kMaxQuantity));
      else
        lp.annual_quantity_milli = *milli;
    }
    if (!lp.product_code.empty() && !seen_codes.insert(lp.product_code).second)
      pi.AddError(Err("licence_product_duplicate").At("product_code", lp.product_code, lp.product_code));
    for (auto& e : pi.TakeErrors()) {
      e.field = "scope." + p + "." + e.field;
      in.AddError(std::move(e));
    }
    codes.push_back(lp.product_code);
    s.products.push_back(std::move(lp));
  }
  const auto known = ProductsByCode(conn, enterprise_id, codes);
  for (size_t i = 0; i < s.products.size(); ++i) {
    auto& lp = s.products[i];
    if (lp.product_code.empty()) continue;
    bool found = false;
    for (const auto& k : known)
      if (k.code == lp.product_code) {
        lp.product_name = k.name;
        lp.unit = k.unit;
        found = true;
      }
    if (!found)
      in.AddError(catalogue::Err("product_unknown")
                      .At("scope.products[" + std::to_string(i) + "].product_code", lp.product_code,
                          lp.product_code));
  }
  std::vector<std::int64_t> store_ids;
  std::set<std::int64_t> seen_stores;
  for (size_t i = 0; i < magazines.size(); ++i) {
    const std::string p = "magazines[" + std::to_string(i) + "]";
    if (!magazines[i].is_object()) {
      sc.AddError(core::CoreErr("type").At(p, "an object", "对象"));
      continue;
    }
    api::JsonInput mi(magazines[i].as_object());
    LicensedMagazine m;
    m.store_id = mi.Int("store_id", true).value_or(0);
    if (auto kg = mi.Num("net_mass_kg")) {
      auto g = catalogue::MilliFromDouble(*kg);
      if (!g || *g <= 0)
        mi.AddError(Err("quantity_positive").At("net_mass_kg"));
      else
        m.net_mass_g = *g;
    }
    if (auto pcs = mi.Int("pieces")) {
      if (*pcs <= 0)
        mi.AddError(Err("quantity_positive").At("pieces"));
      else
        m.pieces = *pcs;
    }
    if (!mi.Has("net_mass_kg") && !mi.Has("pieces"))
      mi.AddError(Err("licence_capacity_required").At("net_mass_kg"));
    if (m.store_id != 0 && !seen_stores.insert(m.store_id).second)
      mi.AddError(Err("licence_store_duplicate").At("store_id", m.store_id, m.store_id));
    for (auto& e : mi.TakeErrors()) {
      e.field = "scope." + p + "." + e.field;
      in.AddError(std::move(e));
    }
    store_ids.push_back(m.store_id);
    s.magazines.push_back(m);
  }
  const auto own = StoresOfEnterprise(conn, enterprise_id, store_ids);
  for (size_t i = 0; i < s.magazines.size(); ++i) {
    const auto id = s.magazines[i].store_id;
    if (id != 0 && std::find(own.begin(), own.end(), id) == own.end())
      in.AddError(Err("licence_store_unknown")
                      .At("scope.magazines[" + std::to_string(i) + "].store_id", id, id));
  }
  for (auto& e : sc.TakeErrors()) {
    e.field = "scope." + e.field;
    in.AddError(std::move(e));
  }
  return s;
}

// The enterprise an enterprise account acts for, or the one a regulator names (in scope).
std::int64_t EnterpriseOf(Context& ctx, std::optional<std::int64_t> given) {
  if (ctx.who().enterprise_id) {
    if (given && *given != *ctx.who().enterprise_id)
      throw ApiException{Error::NotFound("enterprise")};
    return *ctx.who().enterprise_id;
  }
  return given.value_or(0);
}

json::object LicenceDetail(storage::Connection& conn, Context& ctx, const LicenceRow& l) {
  const auto config = LoadLicenceConfig(conn);
  const auto kinds = AllKinds(config);
  const auto today = core::ChinaDate(ctx.Now());
  json::object o = LicenceJson(l, kinds);
  json::array events;
  for (const auto& e : LicenceEvents(conn, l.id)) events.push_back(EventJson(e));
  o["events"] = std::move(events);
  const auto to = core::ParseIsoDate(l.valid_to);
  if (to) {
    const auto w = RenewalWindowOf(*to, today, config);
    o["renewal"] = json::object{{"opens", core::FormatIsoDate(w.opens)},
                                {"closes", core::FormatIsoDate(w.closes)},
                                {"open", w.open},
                                {"early", w.early},
                                {"late", w.late},
                                {"days_left", core::DaysBetween(today, *to)},
                                {"source", w.source_zh},
                                {"source_en", w.source_en}};
    auto [from_at, to_at] = std::pair{core::IsoFromUnix(core::ChinaDayStart(*core::ParseIsoDate(l.valid_from))),
                                      core::IsoFromUnix(core::ChinaDayStart(core::AddDays(*to, 1)))};
    const auto wr = WithoutReviewOf(FatalAccidentsBetween(conn, l.enterprise_id, from_at, to_at));
    o["without_review"] = json::object{{"eligible", wr.eligible},
                                       {"fatal_accidents", wr.fatal_accidents},
                                       {"source", wr.source_zh},
                                       {"source_en", wr.source_en}};
  }
  ApplicationFilter af;
  af.licence_id = l.id;
  json::array apps;
  for (const auto& a : ListApplications(conn, ctx.scope(), af, 50, 0))
    apps.push_back(json::object{{"id", a.id},
                                {"application_type", a.application_type},
                                {"status", a.status},
                                {"submitted_on", a.submitted_on},
                                {"decided_on", a.decided_on}});
  o["applications"] = std::move(apps);
  o["validity_years"] = config.validity_years;
  o["validity_source"] = "《安全生产许可证条例》第九条：安全生产许可证的有效期为" +
                         std::to_string(config.validity_years) + "年（业务参数“许可证”）";
  return o;
}

Response LicenceResponse(Context& ctx, storage::Connection& conn, std::int64_t id, int status) {
  auto l = FindLicence(conn, ctx.scope(), id, core::ChinaDate(ctx.Now()));
  if (!l) throw ApiException{Error::NotFound("licence")};
  return api::JsonResponse(LicenceDetail(conn, ctx, *l), status);
}

LicenceFilter FilterOf(Context& ctx, const std::vector<LicenceKind>& kinds) {
  std::vector<FieldError> errs;
  LicenceFilter f;
  f.kind = api::Trim(ctx.req.Query("kind").value_or(""));
  if (!f.kind.empty() && !FindKind(kinds, f.kind)) {
    auto [en, zh] = KindLists(kinds);
    errs.push_back(core::CoreErr("kind_invalid").At("kind", en, zh));
  }
  f.status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!f.status.empty() && !ParseLicenceStatus(f.status))
    errs.push_back(core::CoreErr("status_invalid")
                       .At("status", "valid, suspended, revoked, expired",
                           "valid（有效）、suspended（暂扣）、revoked（吊销）、expired（过期）"));
  f.number = api::Trim(ctx.req.Query("number").value_or(""));
  f.enterprise_name = api::Trim(ctx.req.Query("enterprise_name").value_or(""));
  if (f.number.size() > 100) errs.push_back(core::CoreErr("max_length").At("number", 100));
  if (f.enterprise_name.size() > 200)
    errs.push_back(core::CoreErr("max_length").At("enterprise_name", 200));
  auto num = [&](const char* key, std::optional<std::int64_t>& into, std::int64_t lo,
                 std::int64_t hi) {
    auto q = api::Trim(ctx.req.Query(key).value_or(""));
    if (q.empty()) return;
    try {
      size_t pos = 0;
      auto v = std::stoll(q, &pos);
      if (pos != q.size()) throw std::invalid_argument(q);
      if (v < lo || v > hi)
        errs.push_back(core::CoreErr("range").At(key, lo, hi));
      else
        into = v;
    } catch (...) {
      errs.push_back(core::CoreErr("type").At(key, "an integer", "整数"));
    }
  };
  num("enterprise_id", f.enterprise_id, 1, INT64_MAX);
  num("expiring_within_days", f.expiring_within_days, 0, 3650);
  f.region_path = risk::RegionFilterPath(ctx, errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

Response StatusChange(Context& ctx, const char* action) {
  const std::int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  if (!FindLicence(*conn, ctx.scope(), id, core::ChinaDate(ctx.Now())))
    throw ApiException{Error::NotFound("licence")};
  api::JsonInput in(ctx.req.body);
  std::string reason = in.Str("reason", true, 1000);
  auto doc = FileField(*conn, ctx, in, "document_file_id", std::string(action) != "reinstate");
  in.Finish();
  ChangeLicenceStatus(*conn, ctx.scope(), id, action, reason, doc, api::ActorOf(ctx),
                      ctx.svc.notifier, ctx.Now());
  return LicenceResponse(ctx, *conn, id, 200);
}

json::object ApplicationJson(storage::Connection& conn, const ApplicationRow& a,
                             const std::vector<LicenceKind>& kinds, const LicenceConfig& config,
                             const calendar::WorkingCalendar& cal, const core::Date& today) {
  const auto type = ParseApplicationType(a.application_type).value_or(ApplicationType::kNew);
  json::object o{{"id", a.id},
                 {"enterprise_id", a.enterprise_id},
                 {"enterprise_name", a.enterprise_name},
                 {"kind", a.kind},
                 {"kind_zh", KindLabelZh(kinds, a.kind)},
                 {"kind_en", KindLabelEn(kinds, a.kind)},
                 {"application_type", a.application_type},
                 {"application_type_zh", ApplicationTypeLabelZh(type)},
                 {"licence_id", a.licence_id ? json::value(*a.licence_id) : json::value(nullptr)},
                 {"licence_number", a.licence_number},
                 {"status", a.status},
                 {"note", a.note},
                 {"without_review", a.without_review},
                 {"submitted_by", json::object{{"id", a.submitted_by}, {"name", a.submitted_by_name}}},
                 {"submitted_at", a.submitted_at},
                 {"submitted_on", a.submitted_on},
                 {"decided_by", a.decided_by ? json::value(json::object{{"id", *a.decided_by},
                                                                          {"name", a.decided_by_name}})
                                             : json::value(nullptr)},
                 {"decided_at", a.decided_at.empty() ? json::value(nullptr) : json::value(a.decided_at)},
                 {"decided_on", a.decided_on.empty() ? json::value(nullptr) : json::value(a.decided_on)},
                 {"decision_note", a.decision_note},
                 {"decision_document_file_id", a.decision_document_file_id
                                                   ? json::value(*a.decision_document_file_id)
                                                   : json::value(nullptr)}};
  (void)conn;
  std::optional<core::Date> decided;
  if (!a.decided_on.empty()) decided = core::ParseIsoDate(a.decided_on);
  if (auto submitted = core::ParseIsoDate(a.submitted_on)) {
    const auto d = DecisionDeadlineOf(*submitted, decided, today, config, cal);
    o["decision_due"] = json::object{{"due", core::FormatIsoDate(d.due)},
                                     {"moved", d.moved},
                                     {"days_left", d.days_left},
                                     {"overdue", d.overdue},
                                     {"source", d.source_zh},
                                     {"source_en", d.source_en}};
  }
  boost::system::error_code ec;
  auto stored = json::parse(a.conditions_json, ec);
  std::int64_t failed = 0;
  if (!ec && stored.is_array())
    for (const auto& c : stored.as_array())
      if (c.is_object() && c.as_object().contains("passed") && !c.as_object().at("passed").as_bool())
        ++failed;
  o["failed_conditions_at_submission"] = failed;
  o["requested_scope"] = json::parse(a.requested_scope_json, ec);
  if (ec) o["requested_scope"] = json::object{};
  return o;
}

ApplicationFilter AppFilterOf(Context& ctx, const std::vector<LicenceKind>& kinds) {
  std::vector<FieldError> errs;
  ApplicationFilter f;
  f.kind = api::Trim(ctx.req.Query("kind").value_or(""));
  if (!f.kind.empty() && !FindKind(kinds, f.kind)) {
    auto [en, zh] = KindLists(kinds);
    errs.push_back(core::CoreErr("kind_invalid").At("kind", en, zh));
  }
  f.status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!f.status.empty() && !ParseApplicationStatus(f.status))
    errs.push_back(core::CoreErr("status_invalid")
                       .At("status", "submitted, approved, refused, withdrawn",
                           "submitted（待审批）、approved（批准）、refused（不予许可）、withdrawn（撤回）"));
  f.application_type = api::Trim(ctx.req.Query("application_type").value_or(""));
  if (!f.application_type.empty() && !ParseApplicationType(f.application_type))
    errs.push_back(core::CoreErr("kind_invalid")
                       .At("application_type", "new, renewal, change",
                           "new（新申请）、renewal（延期）、change（变更）"));
  auto e = api::Trim(ctx.req.Query("enterprise_id").value_or(""));
  if (!e.empty()) {
    try {
      f.enterprise_id = std::stoll(e);
    } catch (...) {
      errs.push_back(core::CoreErr("type").At("enterprise_id", "an integer", "整数"));
    }
  }
  f.region_path = risk::RegionFilterPath(ctx, errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

Response ApplicationResponse(Context& ctx, storage::Connection& conn, std::int64_t id,
                             int status) {
  auto a = FindApplication(conn, ctx.scope(), id);
  if (!a) throw ApiException{Error::NotFound("application")};
  const auto config = LoadLicenceConfig(conn);
  const auto kinds = AllKinds(config);
  const auto cal = calendar::LoadWorkingCalendar(conn);
  const auto today = core::ChinaDate(ctx.Now());
  json::object o = ApplicationJson(conn, *a, kinds, config, cal, today);
  boost::system::error_code ec;
  o["conditions_at_submission"] = json::parse(a->conditions_json, ec);
  if (a->status == "submitted") {
    // The checklist as it stands now (what the decision will be checked against).
    o["conditions"] = ConditionsJson(Checklist(ConditionFactsOf(conn, a->enterprise_id, today)));
  } else {
    o["conditions"] = json::parse(a->decision_conditions_json, ec);
  }
  json::array events;
  for (const auto& e : ApplicationEvents(conn, a->id)) events.push_back(EventJson(e));
  o["events"] = std::move(events);
  if (a->licence_id) {
    if (auto l = FindLicence(conn, ctx.scope(), *a->licence_id, today))
      o["licence"] = LicenceJson(*l, kinds);
  }
  return api::JsonResponse(o, status);
}

Response EvaluationList(Context& ctx, bool xlsx) {
  std::optional<std::int64_t> enterprise_id;
  auto e = api::Trim(ctx.req.Query("enterprise_id").value_or(""));
  if (!e.empty()) {
    try {
      enterprise_id = std::stoll(e);
    } catch (...) {
      core::Invalid(core::CoreErr("type").At("enterprise_id", "an integer", "整数"));
    }
  }
  auto conn = ctx.svc.db->Acquire();
  if (xlsx) {
    std::vector<std::vector<office::Cell>> rows;
    for (const auto& v : ListEvaluations(*conn, ctx.scope(), enterprise_id, 10000, 0))
      rows.push_back({v.enterprise_name, v.agency_name, v.evaluated_on,
                      std::string(v.conclusion == "pass" ? "合格" : "不合格"), v.valid_until,
                      v.report_file_name, v.note});
    return api::XlsxDownload("安全评价.xlsx", "安全评价",
                             {"企业", "评价机构", "评价日期", "结论", "有效期至", "评价报告", "备注"},
                             rows);
  }
  auto [page, size] = ctx.Paging();
  json::array items;
  for (const auto& v : ListEvaluations(*conn, ctx.scope(), enterprise_id, size, (page - 1) * size))
    items.push_back(EvaluationJson(v));
  return api::JsonResponse(
      api::PageJson(std::move(items), CountEvaluations(*conn, ctx.scope(), enterprise_id), page, size));
}

}  // namespace

Response LicenceKindsHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadLicenceConfig(*conn);
  json::array kinds;
  for (const auto& k : AllKinds(config))
    kinds.push_back(json::object{{"code", k.code},
                                 {"label", k.label_zh},
                                 {"label_en", k.label_en},
                                 {"explosives", ExplosivesKind(k.code)}});
  return api::JsonResponse(json::object{{"kinds", std::move(kinds)},
                                        {"validity_years", config.validity_years},
                                        {"renewal_window_months", config.renewal_window_months},
                                        {"decision_days", config.decision_days},
                                        {"reminder_days", json::value_from(config.reminder_days)}});
}

Response ListLicencesHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto kinds = AllKinds(LoadLicenceConfig(*conn));
  auto f = FilterOf(ctx, kinds);
  auto [page, size] = ctx.Paging();
  const auto today = core::ChinaDate(ctx.Now());
  json::array items;
  for (const auto& l : ListLicences(*conn, ctx.scope(), f, today, size, (page - 1) * size)) {
    auto o = LicenceJson(l, kinds);
    o["days_left"] = core::DaysBetween(today, *core::ParseIsoDate(l.valid_to));
    items.push_back(std::move(o));
  }
  return api::JsonResponse(
      api::PageJson(std::move(items), CountLicences(*conn, ctx.scope(), f, today), page, size));
}

Response ExportLicencesHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto kinds = AllKinds(LoadLicenceConfig(*conn));
  auto f = FilterOf(ctx, kinds);
  const auto today = core::ChinaDate(ctx.Now());
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& l : ListLicences(*conn, ctx.scope(), f, today, 10000, 0)) {
    std::string products;
    for (const auto& p : l.scope.products)
      products += (products.empty() ? "" : "；") + (p.product_name.empty() ? p.product_code : p.product_name) +
                  " " + catalogue::FormatMilli(p.annual_quantity_milli) + p.unit + "/年";
    const auto st = ParseLicenceStatus(l.status);
    rows.push_back({KindLabelZh(kinds, l.kind), l.number, l.enterprise_name, l.issuer_name,
                    l.issued_on, l.valid_from, l.valid_to,
                    st ? std::string(LicenceStatusLabelZh(*st)) : l.status,
                    core::DaysBetween(today, *core::ParseIsoDate(l.valid_to)), products,
                    l.status_reason});
  }
  return api::XlsxDownload("许可证.xlsx", "许可证",
                           {"许可证类别", "编号", "企业", "发证机关", "发证日期", "有效期起",
                            "有效期至", "状态", "剩余天数", "许可品种及年产（销）量", "暂扣/吊销原因"},
                           rows);
}

Response RegisterLicenceHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadLicenceConfig(*conn);
  const auto kinds = AllKinds(config);
  api::JsonInput in(ctx.req.body);
  const std::int64_t enterprise_id = EnterpriseOf(ctx, in.Int("enterprise_id", true));
  NewLicence l;
  l.kind = KindField(in, kinds);
  l.number = api::Trim(in.Str("number", true, 100));
  l.issuer_name = api::Trim(in.Str("issuer_name", false, 200));
  l.issued_on = DateField(in, "issued_on", false);
  l.valid_from = DateField(in, "valid_from", true);
  l.valid_to = DateField(in, "valid_to", false);
  l.document_file_id = FileField(*conn, ctx, in, "document_file_id", false);
  auto ent = FindEnterpriseInScope(*conn, ctx.scope(), enterprise_id);
  if (!ent) throw ApiException{Error::NotFound("enterprise")};
  l.scope = ReadScope(*conn, in, enterprise_id, l.kind);
  // The issuer: as written, else the recording agency.
  if (l.issuer_name.empty() && ctx.who().agency_id) {
    l.issuer_agency_id = ctx.who().agency_id;
    l.issuer_name = AgencyName(*conn, *ctx.who().agency_id);
  }
  if (l.issuer_name.empty()) in.AddError(Err("issuer_required").At("issuer_name"));
  if (!l.valid_from.empty() && l.valid_to.empty())
    l.valid_to = core::FormatIsoDate(ValidTo(*core::ParseIsoDate(l.valid_from), config));
  if (!l.valid_from.empty() && !l.valid_to.empty() && l.valid_to < l.valid_from)
    in.AddError(Err("licence_validity_order").At("valid_to", l.valid_from, l.valid_from));
  if (l.issued_on.empty()) l.issued_on = l.valid_from;
  in.Finish();
  l.enterprise_id = enterprise_id;
  l.region_path = ent->region_path;
  const std::int64_t id =
      RegisterLicence(*conn, std::move(l), api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  return LicenceResponse(ctx, *conn, id, 201);
}

Response GetLicenceHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return LicenceResponse(ctx, *conn, ctx.PathId(), 200);
}

Response SuspendLicenceHandler(Context& ctx) { return StatusChange(ctx, "suspend"); }
Response ReinstateLicenceHandler(Context& ctx) { return StatusChange(ctx, "reinstate"); }
Response RevokeLicenceHandler(Context& ctx) { return StatusChange(ctx, "revoke"); }

Response ListApplicationsHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadLicenceConfig(*conn);
  const auto kinds = AllKinds(config);
  auto f = AppFilterOf(ctx, kinds);
  auto [page, size] = ctx.Paging();
  const auto cal = calendar::LoadWorkingCalendar(*conn);
  const auto today = core::ChinaDate(ctx.Now());
  json::array items;
  for (const auto& a : ListApplications(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(ApplicationJson(*conn, a, kinds, config, cal, today));
  return api::JsonResponse(
      api::PageJson(std::move(items), CountApplications(*conn, ctx.scope(), f), page, size));
}

Response ExportApplicationsHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadLicenceConfig(*conn);
  const auto kinds = AllKinds(config);
  auto f = AppFilterOf(ctx, kinds);
  const auto cal = calendar::LoadWorkingCalendar(*conn);
  const auto today = core::ChinaDate(ctx.Now());
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& a : ListApplications(*conn, ctx.scope(), f, 10000, 0)) {
    const auto o = ApplicationJson(*conn, a, kinds, config, cal, today);
    const auto& due = o.at("decision_due").as_object();
    const char* status = a.status == "submitted" ? "待审批"
                         : a.status == "approved" ? "批准"
                         : a.status == "refused"  ? "不予许可"
                                                  : "撤回";
    rows.push_back({a.enterprise_name, KindLabelZh(kinds, a.kind),
                    std::string(o.at("application_type_zh").as_string()), a.licence_number,
                    a.submitted_on, std::string(due.at("due").as_string()), status, a.decided_on,
                    std::string(a.without_review ? "是" : "否"), a.decision_note});
  }
  return api::XlsxDownload("许可申请.xlsx", "许可申请",
                           {"企业", "许可证类别", "申请类型", "许可证编号", "申请日期",
                            "审批期限（第七条）", "状态", "决定日期", "延期不再审查", "决定理由"},
                           rows);
}

Response SubmitApplicationHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto kinds = AllKinds(LoadLicenceConfig(*conn));
  api::JsonInput in(ctx.req.body);
  const std::int64_t enterprise_id = EnterpriseOf(ctx, in.Int("enterprise_id", !ctx.who().enterprise_id));
  ApplicationInput a;
  std::string type = in.Str("application_type", true, 20);
  auto t = ParseApplicationType(type);
  if (!type.empty() && !t)
    in.AddError(core::CoreErr("kind_invalid")
                    .At("application_type", "new, renewal, change",
                        "new（新申请）、renewal（延期）、change（变更）"));
  a.type = t.value_or(ApplicationType::kNew);
  a.note = in.Str("note", false, 2000);
  auto ent = FindEnterpriseInScope(*conn, ctx.scope(), enterprise_id);
  if (!ent) throw ApiException{Error::NotFound("enterprise")};
  if (a.type == ApplicationType::kNew) {
    a.kind = KindField(in, kinds);
    a.scope = ReadScope(*conn, in, enterprise_id, a.kind);
  } else {
    a.licence_id = in.Int("licence_id", false);
    if (!a.licence_id) in.AddError(Err("licence_required").At("licence_id"));
    if (a.licence_id) {
      auto l = FindLicence(*conn, ctx.scope(), *a.licence_id, core::ChinaDate(ctx.Now()));
      if (!l || l->enterprise_id != enterprise_id) throw ApiException{Error::NotFound("licence")};
      a.kind = l->kind;
      if (a.type == ApplicationType::kChange) a.scope = ReadScope(*conn, in, enterprise_id, a.kind);
    }
    if (in.Has("kind")) in.Str("kind", false, 40);  // the licence's own kind applies
  }
  in.Finish();
  a.enterprise_id = enterprise_id;
  a.region_path = ent->region_path;
  const std::int64_t id =
      SubmitApplication(*conn, a, api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  return ApplicationResponse(ctx, *conn, id, 201);
}

Response GetApplicationHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return ApplicationResponse(ctx, *conn, ctx.PathId(), 200);
}

Response DecideApplicationHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  if (!FindApplication(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("application")};
  api::JsonInput in(ctx.req.body);
  Decision d;
  if (!in.Has("approve")) in.AddError(core::CoreErr("required").At("approve"));
  d.approve = in.Bool("approve");
  d.note = api::Trim(in.Str("note", false, 4000));
  d.number = api::Trim(in.Str("number", false, 100));
  d.document_file_id = FileField(*conn, ctx, in, "document_file_id", false);
  in.Finish();
  if (ctx.who().agency_id) {
    d.issuer_agency_id = ctx.who().agency_id;
    d.issuer_name = AgencyName(*conn, *ctx.who().agency_id);
  }
  DecideApplication(*conn, ctx.scope(), id, d, api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  return ApplicationResponse(ctx, *conn, id, 200);
}

Response WithdrawApplicationHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  WithdrawApplication(*conn, ctx.scope(), id, api::ActorOf(ctx), ctx.Now());
  return ApplicationResponse(ctx, *conn, id, 200);
}

Response ConditionsHandler(Context& ctx) {
  std::optional<std::int64_t> given;
  auto e = api::Trim(ctx.req.Query("enterprise_id").value_or(""));
  if (!e.empty()) {
    try {
      given = std::stoll(e);
    } catch (...) {
      core::Invalid(core::CoreErr("type").At("enterprise_id", "an integer", "整数"));
    }
  }
  if (!given && !ctx.who().enterprise_id)
    core::Invalid(core::CoreErr("required").At("enterprise_id"));
  const std::int64_t enterprise_id = EnterpriseOf(ctx, given);
  auto conn = ctx.svc.db->Acquire();
  auto ent = FindEnterpriseInScope(*conn, ctx.scope(), enterprise_id);
  if (!ent) throw ApiException{Error::NotFound("enterprise")};
  const auto checklist = Checklist(ConditionFactsOf(*conn, enterprise_id, core::ChinaDate(ctx.Now())));
  bool all = true;
  for (const auto& c : checklist) all = all && c.passed;
  return api::JsonResponse(json::object{{"enterprise_id", enterprise_id},
                                        {"enterprise_name", ent->name},
                                        {"all_passed", all},
                                        {"conditions", ConditionsJson(checklist)}});
}

Response ListEvaluationsHandler(Context& ctx) { return EvaluationList(ctx, false); }
Response ExportEvaluationsHandler(Context& ctx) { return EvaluationList(ctx, true); }

Response RecordEvaluationHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  api::JsonInput in(ctx.req.body);
  const std::int64_t enterprise_id = EnterpriseOf(ctx, in.Int("enterprise_id", !ctx.who().enterprise_id));
  EvaluationRow e;
  e.agency_name = api::Trim(in.Str("agency_name", true, 200));
  e.evaluated_on = DateField(in, "evaluated_on", true);
  e.valid_until = DateField(in, "valid_until", true);
  e.conclusion = in.Str("conclusion", true, 10);
  if (!e.conclusion.empty() && e.conclusion != "pass" && e.conclusion != "fail")
    in.AddError(core::CoreErr("status_invalid").At("conclusion", "pass, fail", "pass（合格）、fail（不合格）"));
  e.note = in.Str("note", false, 2000);
  e.report_file_id = FileField(*conn, ctx, in, "report_file_id", true).value_or(0);
  const auto today = core::ChinaIsoDate(ctx.Now());
  if (!e.evaluated_on.empty() && e.evaluated_on > today)
    in.AddError(Err("evaluation_date_future").At("evaluated_on"));
  if (!e.evaluated_on.empty() && !e.valid_until.empty() && e.valid_until <= e.evaluated_on)
    in.AddError(Err("evaluation_valid_until_order").At("valid_until", e.evaluated_on, e.evaluated_on));
  auto ent = FindEnterpriseInScope(*conn, ctx.scope(), enterprise_id);
  if (!ent) throw ApiException{Error::NotFound("enterprise")};
  in.Finish();
  e.enterprise_id = enterprise_id;
  e.region_path = ent->region_path;
  const std::int64_t id = RecordEvaluation(*conn, e, api::ActorOf(ctx), ctx.Now());
  auto row = FindEvaluation(*conn, ctx.scope(), id);
  return api::JsonResponse(EvaluationJson(*row), 201);
}

}  // namespace anjian::licences
