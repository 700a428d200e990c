// One-vote veto (安全生产"一票否决", issue 15 §4): which applications for awards, subsidies,
// funds and demonstration bases are vetoed, and why. Pure: the facts of each enterprise (its
// dishonesty-list entries, accidents, major hidden dangers and licences) come in, every reason
// comes out with the record it rests on; "today" is a parameter.
// Sources: seed 003 §3(5) (黑名单 limited in 产业政策、技改资金; 一票否决 a condition of 示范基地),
// seed 000 §2(5) (表彰企业和企业家时严格落实"一票否决"), rules.md §6 (11号令; 83号 黑名单…一票否决).
// The look-back window per kind and which accidents veto are business settings ([U]: no
// national figure; Shandong practice: the last 12 months).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/civil_date.hpp"
#include "core/error.hpp"

namespace anjian::veto {

enum class Kind { kAwardEnterprise, kAwardEntrepreneur, kSafetyFund, kTechFund, kDemoBase };
std::optional<Kind> ParseKind(std::string_view v);
std::string_view KindValue(Kind k);    // award_enterprise | award_entrepreneur | safety_fund |
                                       // tech_fund | demo_base
std::string_view KindLabelZh(Kind k);  // 评先评优（企业）…
std::string_view KindLabelEn(Kind k);
// The allowed values for core's kind_invalid, English and Chinese.
std::pair<std::string, std::string> KindLists();

// Settings key `veto`.
struct VetoConfig {
  // Look-back window in months per kind; 0 = the preceding calendar year. 1–60.
  std::int64_t award_enterprise_months = 12;
  std::int64_t award_entrepreneur_months = 12;
  std::int64_t safety_fund_months = 12;
  std::int64_t tech_fund_months = 12;
  std::int64_t demo_base_months = 36;
  // An accident with at least this many deaths vetoes (0: deaths alone do not veto).
  std::int64_t accident_min_deaths = 1;
  // An accident of this grade or higher vetoes: 1 一般, 2 较大, 3 重大, 4 特别重大.
  std::int64_t accident_min_grade = 2;
  // 0: a major hidden danger vetoes when it was overdue (open past its rectification deadline)
  // during the period — one still within its deadline is being rectified as the law requires;
  // 1: also one found by the period's end and not rectified by then.
  std::int64_t unrectified_major_vetoes = 0;
};
inline constexpr const char* kVetoSourceZh =
    "工信部安全〔2020〕83号（种子文件 003 第三部分第（五）项：黑名单企业在产业政策、技改资金等方面受限，"
    "一票否决作为示范基地申报条件；000 第二部分第（五）项：表彰企业和企业家时严格落实一票否决）；"
    "《安全生产严重失信主体名单管理办法》（应急管理部令第11号）；回溯期间无全国统一规定，本部署默认近 12 个月"
    "（示范基地 36 个月）";
inline constexpr const char* kVetoSourceEn =
    "MIIT 〔2020〕83 (seed 003 §3(5): listed enterprises restricted in industrial policy and "
    "technical-transformation funds, the veto a condition of demonstration bases; seed 000 §2(5): "
    "the veto when honouring enterprises and entrepreneurs); MEM order 11 (dishonesty list); no "
    "national look-back: this deployment uses the last 12 months (demonstration bases 36)";
std::vector<FieldError> ValidateVetoConfig(const VetoConfig& c);
std::string VetoConfigToJson(const VetoConfig& c);
std::variant<VetoConfig, std::vector<FieldError>> ParseVetoConfig(std::string_view text);
std::optional<VetoConfig> VetoConfigFromJson(std::string_view text);
std::int64_t MonthsOf(Kind k, const VetoConfig& c);

struct Period {
  core::Date from, to;  // both days included (China calendar days)
};
// The default period of a round of `kind` decided on `today`: the `months` before today
// (from the same day `months` earlier to yesterday) or, for 0, the preceding calendar year.
Period DefaultPeriod(Kind kind, const VetoConfig& c, const core::Date& today);
// from ≤ to ≤ today and at most 5 years: veto_period_invalid on "period_to".
std::vector<FieldError> CheckPeriod(const Period& p, const core::Date& today);

// ---- Facts (one enterprise) -----------------------------------------------------------------
struct ListingFact {  // 严重失信主体名单 entry
  std::int64_t id = 0;
  std::string label;          // the decision's number or criterion, for the reason's text
  core::Date listed_on;
  std::optional<core::Date> ended_on;  // the last day listed (term end, early removal); none: listed
};
struct AccidentFact {
  std::int64_t id = 0;
  std::string number, title;
  core::Date occurred_on;  // China day
  int grade = 0;           // accidents::Grade: 0 一般 … 3 特别重大
  std::int64_t deaths = 0;
};
struct HiddenDangerFact {  // a major (重大) hidden danger
  std::int64_t id = 0;
  std::string number, title;
  core::Date found_on;
  std::optional<core::Date> deadline;   // the effective deadline
  std::optional<core::Date> closed_on;  // rectified and closed
};
struct LicenceFact {
  std::int64_t id = 0;
  std::string kind, kind_label, number;
  core::Date valid_from, valid_to;      // validity, both days included
  std::string status;                   // valid | suspended | revoked | expired
  std::optional<core::Date> status_on;  // the day a suspension or revocation took effect
  // Past suspensions from the licence's history: first day suspended, first day in force again
  // (none: still suspended). A suspension lifted before the check still vetoes its period.
  std::vector<std::pair<core::Date, std::optional<core::Date>>> suspensions;
};
struct EnterpriseFacts {
  std::vector<ListingFact> listings;
  std::vector<AccidentFact> accidents;
  std::vector<HiddenDangerFact> hidden_dangers;
  std::vector<LicenceFact> licences;
};

// One reason, naming the record it rests on (record_type + record_id: the UI links it).
struct Reason {
  std::string code;         // dishonesty_list | accident | hidden_danger_overdue |
                            // hidden_danger_unrectified | licence_lapsed | licence_suspended |
                            // licence_revoked
  std::string record_type;  // credit_listing | accident | hidden_danger | licence
  std::int64_t record_id = 0;
  std::string record_label; // number or title
  std::string date;         // YYYY-MM-DD the reason rests on
  std::string text_zh, text_en;
};
// Every reason the enterprise's facts give for the period (ordered by the facts' order within
// each kind: list, accidents, hidden dangers, licences). Empty: not vetoed.
std::vector<Reason> VetoReasons(const EnterpriseFacts& f, const Period& p, const core::Date& today,
                                const VetoConfig& c);

// The canonical text a round's confirmation hash covers: one line per application.
struct FrozenResult {
  std::int64_t application_id = 0, enterprise_id = 0;
  std::string result;        // passed | vetoed
  std::string reasons_json;  // as stored
};
std::string FrozenText(std::int64_t round_id, const Period& p, const std::vector<FrozenResult>& r);

}  // namespace anjian::veto
