#include "emergency/accidents/accident_deadline_rules.hpp"

#include <algorithm>

#include "core/china_time.hpp"
#include "core/core_errors.hpp"
#include "core/flat_config_json.hpp"

namespace anjian::accidents {

namespace {

const std::vector<core::FlatField<AccidentReportingConfig>>& Fields() {
  using C = AccidentReportingConfig;
  static const std::vector<core::FlatField<C>> kFields = {
      {"shandong_rules", &C::shandong_rules},
      {"unit_report_minutes", &C::unit_report_minutes},
      {"level_report_minutes", &C::level_report_minutes},
      {"direct_report_minutes", &C::direct_report_minutes},
      {"written_report_minutes", &C::written_report_minutes},
      {"miit_express", &C::miit_express},
      {"follow_up_days", &C::follow_up_days},
      {"follow_up_days_traffic_fire", &C::follow_up_days_traffic_fire},
      {"investigation_days", &C::investigation_days},
      {"investigation_extension_max_days", &C::investigation_extension_max_days},
      {"approval_days", &C::approval_days},
      {"approval_days_especially_serious", &C::approval_days_especially_serious},
  };
  return kFields;
}

std::int64_t LateMinutes(std::int64_t due, std::int64_t at) {
  return at <= due ? 0 : (at - due + 59) / 60;
}

}  // namespace

std::vector<FieldError> ValidateAccidentReportingConfig(const AccidentReportingConfig& c) {
  std::vector<FieldError> e;
  auto range = [&](const char* f, std::int64_t v, std::int64_t lo, std::int64_t hi) {
    if (v < lo || v > hi) e.push_back(core::CoreErr("range").At(f, lo, hi));
  };
  range("shandong_rules", c.shandong_rules, 0, 1);
  range("unit_report_minutes", c.unit_report_minutes, 1, 1440);
  range("level_report_minutes", c.level_report_minutes, 1, 1440);
  range("direct_report_minutes", c.direct_report_minutes, 1, 1440);
  range("written_report_minutes", c.written_report_minutes, 1, 1440);
  range("miit_express", c.miit_express, 0, 1);
  range("follow_up_days", c.follow_up_days, 1, 365);
  range("follow_up_days_traffic_fire", c.follow_up_days_traffic_fire, 1, 365);
  range("investigation_days", c.investigation_days, 1, 365);
  range("investigation_extension_max_days", c.investigation_extension_max_days, 0, 365);
  range("approval_days", c.approval_days, 1, 365);
  range("approval_days_especially_serious", c.approval_days_especially_serious, 1, 365);
  return e;
}

std::string AccidentReportingConfigToJson(const AccidentReportingConfig& c) {
  return core::FlatConfigToJson(c, Fields());
}

std::variant<AccidentReportingConfig, std::vector<FieldError>> ParseAccidentReportingConfig(
    std::string_view text) {
  AccidentReportingConfig c;
  auto errors = core::FlatConfigFromJson(text, Fields(), c);
  if (errors.empty()) errors = ValidateAccidentReportingConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

std::optional<AccidentReportingConfig> AccidentReportingConfigFromJson(std::string_view text) {
  auto parsed = ParseAccidentReportingConfig(text);
  if (auto* c = std::get_if<AccidentReportingConfig>(&parsed)) return *c;
  return std::nullopt;
}

std::vector<ChainStep> ReportChain(const ChainInput& in, const AccidentReportingConfig& c,
                                   std::int64_t now) {
  std::vector<ChainStep> steps;
  auto add = [&](std::string key, std::string from, std::string to, std::int64_t due,
                 std::optional<std::int64_t> done, std::string zh, std::string en) {
    ChainStep s{std::move(key), std::move(from), std::move(to), due, done, 0, "", std::move(zh),
                std::move(en)};
    if (done) {
      s.late_minutes = LateMinutes(due, *done);
      s.status = s.late_minutes > 0 ? "late_done" : "done";
    } else {
      s.late_minutes = LateMinutes(due, now);
      s.status = s.late_minutes > 0 ? "overdue" : "pending";
    }
    steps.push_back(std::move(s));
  };
  const std::int64_t level = c.level_report_minutes * 60;
  // A step the current grade brought in is counted from when the grade was reached.
  auto graded = [&](std::int64_t base) { return std::max(base, in.grade_since); };
  add("unit_to_county", "enterprise", "county", in.occurred_at + c.unit_report_minutes * 60,
      in.reported_at, "《生产安全事故报告和调查处理条例》第九条：事故单位负责人1小时内报告",
      "493 art. 9: the unit reports within 1 hour");
  const std::int64_t county_base = in.reported_at;
  add("county_to_city", "county", "city", county_base + level, in.county_forwarded_at,
      "第十一条：每级上报不超过2小时", "art. 11: at most 2 hours per level");
  if (c.shandong_rules) {
    add("county_to_province_direct", "county", "province",
        county_base + c.direct_report_minutes * 60, in.county_forwarded_at,
        "《山东省安全生产条例》第六十四条：30分钟内直报省安委办",
        "Shandong art. 64: direct report to the province within 30 minutes");
    if (in.grade >= Grade::kLarge)
      add("county_written_to_province", "county", "province",
          graded(county_base) + c.written_report_minutes * 60, in.county_forwarded_at,
          "《山东省安全生产条例》第六十五条：较大以上事故1小时内书面报告",
          "Shandong art. 65: written report within 1 hour for 较大 and above");
  }
  const std::int64_t city_base = in.county_forwarded_at.value_or(county_base + level);
  if (in.grade >= Grade::kLarge)
    add("city_to_province", "city", "province", graded(city_base) + level, in.city_forwarded_at,
        "第十条：较大事故报至省级，每级不超过2小时",
        "art. 10: 较大 and above reach the province, 2 hours per level");
  const bool miit = c.miit_express && in.grade >= Grade::kLarge;
  if (in.grade >= Grade::kSerious || miit) {
    const std::int64_t prov_base = in.city_forwarded_at.value_or(graded(city_base) + level);
    add("province_to_ministry", "province", "ministry", graded(prov_base) + level,
        in.province_forwarded_at,
        in.grade >= Grade::kSerious ? "第十条：重大、特别重大事故报至国务院有关部门（工信部快报）"
                                    : "工业和通信业生产安全事故快报：较大以上事故逐级报至工信部",
        in.grade >= Grade::kSerious
            ? "art. 10: 重大 and 特别重大 reach the State Council department (MIIT express)"
            : "MIIT express report: 较大 and above level by level to the ministry");
  }
  return steps;
}

std::string LevelOfRegionPath(std::string_view region_path) {
  const auto segments = std::count(region_path.begin(), region_path.end(), '/') - 1;
  if (segments <= 0) return "ministry";  // "/": the country root (issue 16)
  if (segments == 1) return "province";
  if (segments == 2) return "city";
  return "county";
}

std::int64_t DaysPeriodEnd(std::int64_t at, std::int64_t days) {
  return core::ChinaDayEnd(core::AddDays(core::ChinaDate(at), days));
}

std::int64_t FollowUpUntil(std::int64_t occurred_at, bool traffic_or_fire,
                           const AccidentReportingConfig& c) {
  return DaysPeriodEnd(occurred_at,
                       traffic_or_fire ? c.follow_up_days_traffic_fire : c.follow_up_days);
}

InvestigationPlan InvestigationOf(Grade grade, std::int64_t occurred_at,
                                  std::int64_t extension_days,
                                  std::optional<std::int64_t> report_submitted_at,
                                  const AccidentReportingConfig& c) {
  InvestigationPlan p;
  switch (grade) {
    case Grade::kOrdinary: p.leader = "county"; p.leader_zh = "县级人民政府"; break;
    case Grade::kLarge: p.leader = "city"; p.leader_zh = "设区的市级人民政府"; break;
    case Grade::kSerious: p.leader = "province"; p.leader_zh = "省级人民政府"; break;
    case Grade::kEspeciallySerious: p.leader = "state_council"; p.leader_zh = "国务院"; break;
  }
  p.extension_days = extension_days;
  p.report_due_at = DaysPeriodEnd(occurred_at, c.investigation_days + extension_days);
  if (report_submitted_at)
    p.approval_due_at = DaysPeriodEnd(*report_submitted_at,
                                      grade == Grade::kEspeciallySerious
                                          ? c.approval_days_especially_serious
                                          : c.approval_days);
  return p;
}

}  // namespace anjian::accidents
