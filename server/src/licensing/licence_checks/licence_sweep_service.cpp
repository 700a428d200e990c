#include "licensing/licence_checks/licence_sweep_service.hpp"

#include <boost/json.hpp>
#include <map>
#include <mutex>

#include "audit/audit_service.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "credit/dishonesty_list/dishonesty_listing_repository.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"
#include "emergency/plans/plan_rules.hpp"
#include "emergency/plans/plan_service.hpp"
#include "licensing/licence_checks/licence_alert_repository.hpp"
#include "licensing/licence_checks/licence_sweep_repository.hpp"
#include "licensing/licence_checks/licence_sweep_rules.hpp"
#include "licensing/licences/licence_condition_rules.hpp"
#include "licensing/licences/licence_repository.hpp"
#include "licensing/licences/licence_rules.hpp"
#include "qualifications/people/people_repository.hpp"

namespace anjian::licence_checks {

namespace json = boost::json;

namespace {

constexpr const char* kSystem = "系统判定";
constexpr const char* kAlertKind = "licence_condition_lapsed";
constexpr const char* kAlertsLink = "/licensing/licence-alerts";
constexpr const char* kBasis234Zh =
    "工信部安全〔2024〕234号《民用爆炸物品行业重大事故隐患判定标准》第1项：营业执照、生产许可证、"
    "安全生产许可证或销售许可证未取得或过期";
constexpr const char* kBasis234En =
    "MIIT 234 (2024), item 1: business licence, production, safety-production or sales licence "
    "not obtained or expired";

// The licence kinds an industry must hold (234号 item 1; 条例 art. 2, 13, 18).
std::vector<std::string> RequiredKinds(const std::string& industry) {
  if (industry == "civil_explosives_production")
    return {std::string(licences::kExplosivesProduction), std::string(licences::kSafetyProduction)};
  if (industry == "civil_explosives_sales") return {std::string(licences::kExplosivesSales)};
  return {};
}

std::string KindZh(const std::string& kind) {
  for (const auto& k : licences::BuiltInKinds())
    if (k.code == kind) return k.label_zh;
  return kind;
}
std::string KindEn(const std::string& kind) {
  for (const auto& k : licences::BuiltInKinds())
    if (k.code == kind) return k.label_en;
  return kind;
}

std::optional<core::Date> DateOf(const std::string& s) {
  return s.empty() ? std::nullopt : core::ParseIsoDate(s);
}

// The art. 6 facts of one enterprise from the set-based rows (as the licence area's service
// builds them from its per-enterprise reads).
licences::LicenceConditionFacts FactsOf(
    std::int64_t ent, const core::Date& today,
    const std::map<std::int64_t, licences::OwnConditionRows>& own,
    const std::map<std::int64_t, SafetyStaff>& staff,
    const std::map<std::int64_t, std::vector<licences::RecordRef>>& gaps,
    const std::map<std::int64_t, dishonesty_list::Listing>& listed,
    const emergency_plans::PlanConfig& plan_config) {
  licences::LicenceConditionFacts f;
  f.today = today;
  f.enterprise_id = ent;
  if (auto s = staff.find(ent); s != staff.end()) {
    f.has_safety_department = s->second.has_department;
    f.full_time_safety_staff = s->second.full_time_safety_managers;
  }
  if (auto g = gaps.find(ent); g != gaps.end()) f.examination_gaps = g->second;
  if (auto o = own.find(ent); o != own.end()) {
    for (const auto& p : o->second.plans) {
      licences::PlanFact pf;
      pf.ref = {"emergency_plan", p.id, p.title, ""};
      pf.status = p.status;
      if (auto pub = DateOf(p.published_on))
        pf.evaluation_due =
            emergency_plans::EvaluationDeadline(*pub, DateOf(p.last_evaluated_on), today, plan_config)
                .deadline.due;
      f.plans.push_back(std::move(pf));
    }
    if (const auto& e = o->second.latest_evaluation) {
      auto on = DateOf(e->evaluated_on);
      auto until = DateOf(e->valid_until);
      if (on && until)
        f.latest_evaluation = licences::EvaluationFact{
            {"safety_evaluation", e->id, e->agency_name + " " + e->evaluated_on, ""},
            *on, *until, e->conclusion == "pass"};
    }
    f.open_major_hidden_dangers = o->second.open_major_hidden_dangers;
  }
  if (auto l = listed.find(ent); l != listed.end())
    f.dishonesty_listings.push_back(
        {"dishonesty_listing", l->second.entry_id, l->second.decision_number, ""});
  return f;
}

SweepLicence SweepOf(const licences::LicenceRow& l) {
  SweepLicence s;
  s.id = l.id;
  s.enterprise_id = l.enterprise_id;
  s.kind = l.kind;
  s.number = l.number;
  s.status = l.status;
  s.valid_from = DateOf(l.valid_from).value_or(core::Date{});
  s.valid_until = DateOf(l.valid_to).value_or(core::Date{});
  return s;
}

}  // namespace

SweepResult RunLicenceSweep(storage::Connection& conn, notifications::PendingPushes& pushes,
                            std::int64_t now) {
  SweepResult out;
  const core::Date today = core::ChinaDate(now);
  const std::string day = core::FormatIsoDate(today);
  const std::string at = core::IsoFromUnix(now);

  // 1. Set-based loads: licences, enterprises, the art. 6 facts.
  const auto rows = licences::LicencesInRegion(conn, "", today);
  std::map<std::int64_t, const licences::LicenceRow*> by_id;
  std::vector<SweepLicence> sweep;
  sweep.reserve(rows.size());
  for (const auto& r : rows) {
    by_id[r.id] = &r;
    sweep.push_back(SweepOf(r));
  }
  out.licences = static_cast<std::int64_t>(rows.size());
  const auto enterprises = ExplosivesEnterprises(conn);
  std::map<std::int64_t, const SweepEnterpriseRow*> ent_by_id;
  std::vector<SweepEnterprise> required;
  std::vector<std::int64_t> ent_ids;
  for (const auto& e : enterprises) {
    ent_by_id[e.id] = &e;
    required.push_back({e.id, RequiredKinds(e.industry)});
    ent_ids.push_back(e.id);
  }
  std::set<std::int64_t> with_licence_in_force;
  for (const auto& s : sweep)
    if (SweepInForce(s, today)) with_licence_in_force.insert(s.enterprise_id);
  std::map<std::int64_t, std::vector<FailedCondition>> failed;
  if (!with_licence_in_force.empty()) {
    const auto own = AllOwnConditionRows(conn);
    const auto staff = AllSafetyStaff(conn, day);
    std::map<std::int64_t, std::vector<licences::RecordRef>> gaps;
    for (const auto& g : qualifications::AllExaminationGaps(conn, day))
      gaps[g.enterprise_id].push_back(
          {"person", g.gap.person_id, g.gap.name,
           g.gap.kind == "not_examined" ? "任职超过6个月未考核" : "无有效特种作业操作证"});
    const auto listed = dishonesty_list::ListedAmong(
        conn, std::vector<std::int64_t>(with_licence_in_force.begin(), with_licence_in_force.end()),
        day);
    const auto plan_config = emergency_plans::LoadPlanConfig(conn);
    for (std::int64_t ent : with_licence_in_force)
      for (const auto& c : licences::EvaluateConditions(
               FactsOf(ent, today, own, staff, gaps, listed, plan_config)))
        failed[ent].push_back({c.id, c.label_zh + (c.detail_zh.empty() ? "" : "：" + c.detail_zh),
                               c.label_en + (c.detail_en.empty() ? "" : ": " + c.detail_en),
                               c.source_zh});
  }

  // 2. The findings.
  const SweepPlan plan = PlanSweep(sweep, required, today, failed);
  std::map<std::string, KnownAlert> known;
  for (auto& [k, v] : KnownAlerts(conn)) known.emplace(k, v);

  // 3. Write what is new, in one transaction (every entry audited; the hidden dangers audit and
  //    notify themselves).
  storage::Transaction tx(conn);
  const audit::Actor actor(std::nullopt, kSystem, "", now);
  auto record = [&](NewAlert a) {
    auto id = InsertAlert(conn, a);
    if (!id) return false;
    audit::Append(conn, actor, "licence_condition_lapsed", "licence_condition_alert",
                  std::to_string(*id), nullptr,
                  json::object{{"alert_key", a.alert_key},
                               {"enterprise_id", a.enterprise_id},
                               {"licence_number", a.licence_number},
                               {"condition_id", a.condition_id},
                               {"label_zh", a.label_zh},
                               {"hidden_danger_id", a.hidden_danger_id
                                                        ? json::value(*a.hidden_danger_id)
                                                        : json::value(nullptr)}});
    return true;
  };
  auto reopen = [&](const std::string& key) {
    auto it = known.find(key);
    if (it == known.end()) return false;
    if (!it->second.open) ReopenAlert(conn, it->second.id);
    return true;
  };

  for (const auto& f : plan.expired) {
    if (reopen(f.key)) continue;
    const auto& l = *by_id.at(f.licence->id);
    hidden_danger::DerivedMajorHiddenDanger hd;
    hd.enterprise_id = l.enterprise_id;
    hd.derived_key = "licence:" + std::to_string(l.id) + ":expired:" + l.valid_to;
    hd.basis = "234-1";
    hd.basis_text_zh = kBasis234Zh;
    hd.basis_text_en = kBasis234En;
    hd.title = KindZh(l.kind) + "过期：" + l.number;
    hd.description = KindZh(l.kind) + " " + l.number + "（" + l.issuer_name + "核发）有效期 " +
                     l.valid_from + " 至 " + l.valid_to + "，" + day +
                     " 已过期且无同类许可证在有效期内。";
    hd.origin_kind = "licence";
    hd.origin_id = l.id;
    auto hd_id = hidden_danger::OpenDerivedMajorHiddenDanger(conn, hd, &pushes, now);
    NewAlert a{f.key, l.id, l.enterprise_id, l.region_path, l.kind, l.number, l.valid_to,
               l.issuer_name, "licence_expired", KindZh(l.kind) + "已过期（重大事故隐患）",
               KindEn(l.kind) + " expired (major hidden danger)", kBasis234Zh, day, at, hd_id};
    if (record(std::move(a))) ++out.hidden_dangers_opened;
  }
  for (const auto& f : plan.missing) {
    if (reopen(f.key)) continue;
    const auto* e = ent_by_id.at(f.enterprise_id);
    hidden_danger::DerivedMajorHiddenDanger hd;
    hd.enterprise_id = e->id;
    hd.derived_key = "licence:missing:" + std::to_string(e->id) + ":" + f.kind;
    hd.basis = "234-1";
    hd.basis_text_zh = kBasis234Zh;
    hd.basis_text_en = kBasis234En;
    hd.title = "未取得" + KindZh(f.kind);
    hd.description = e->name + "未取得" + KindZh(f.kind) + "（" + day + " 许可台账无记录）。";
    hd.origin_kind = "enterprise";
    hd.origin_id = e->id;
    auto hd_id = hidden_danger::OpenDerivedMajorHiddenDanger(conn, hd, &pushes, now);
    NewAlert a{f.key, std::nullopt, e->id, e->region_path, f.kind, "", "", "", "licence_missing",
               "未取得" + KindZh(f.kind) + "（重大事故隐患）",
               KindEn(f.kind) + " not obtained (major hidden danger)", kBasis234Zh, day, at, hd_id};
    if (record(std::move(a))) ++out.hidden_dangers_opened;
  }
  for (const auto& f : plan.lapsed) {
    if (reopen(f.key)) continue;
    const auto& l = *by_id.at(f.licence->id);
    NewAlert a{f.key, l.id, l.enterprise_id, l.region_path, l.kind, l.number, l.valid_to,
               l.issuer_name, f.condition.id, f.condition.label_zh, f.condition.label_en,
               f.condition.source, day, at, std::nullopt};
    if (!record(std::move(a))) continue;
    ++out.warnings;
    const std::string title = "许可条件预警：" + KindZh(l.kind) + " " + l.number;
    const std::string body = l.enterprise_name + "不再满足许可条件：" + f.condition.label_zh +
                             "（" + f.condition.source + "）";
    notifications::NotifyEnterpriseUsers(conn, pushes, l.enterprise_id, kAlertKind, title, body,
                                         kAlertsLink);
    if (l.issuer_agency_id)
      notifications::NotifyAgencyUsers(conn, pushes, *l.issuer_agency_id, kAlertKind, title, body,
                                       kAlertsLink);
  }
  for (const auto& [key, k] : known) {
    if (!k.open || plan.keys.count(key)) continue;
    ResolveAlert(conn, k.id, day);
    audit::Append(conn, actor, "licence_condition_restored", "licence_condition_alert",
                  std::to_string(k.id), nullptr, json::object{{"alert_key", key}, {"resolved_on", day}});
    ++out.resolved;
  }
  tx.Commit();
  return out;
}

SweepResult RunLicenceSweepIfDue(storage::Connection& conn, notifications::PendingPushes& pushes,
                                 std::int64_t now) {
  static std::mutex mu;
  static std::string last_day;
  const std::string day = core::ChinaIsoDate(now);
  {
    std::lock_guard lock(mu);
    if (last_day == day) return {};
  }
  SweepResult r = RunLicenceSweep(conn, pushes, now);
  std::lock_guard lock(mu);
  last_day = day;
  return r;
}

}  // namespace anjian::licence_checks
