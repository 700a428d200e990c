// The pure rules of the dishonesty list (安全生产严重失信主体名单, 应急管理部令第11号, in force
// 2023-10-01; rules.md §6): the nine listing criteria with their articles, the candidates the data
// shows (a 重大/特别重大 accident; ≥ 2 较大 accidents within 12 months; an accident found
// concealed or falsely reported), the procedure's state machine ("谁处罚、谁决定": prior notice with
// a defence period → written decision → publication; term, expiry, credit repair and its
// revocation), the term and the day credit repair opens — every number from the business setting
// `dishonesty_list` (DishonestyListConfig). Days are China dates; "today" is a parameter.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "calendar/working_day_rules.hpp"
#include "core/civil_date.hpp"
#include "core/error.hpp"

namespace anjian::dishonesty_list {

// ---- criteria (11号令 第八条: accident-related; 第九条: without an accident) ----
struct Criterion {
  std::string_view id;
  std::string_view label_zh, label_en;
  std::string_view article_zh;  // 第八条第（一）项 …
  bool detected;                // found from the data (else entered by the regulator with evidence)
};
// In the order of the order's articles. The article numbers are read from the order's text as
// quoted by the sources of rules.md §6 [S]; items 第九条(三)(四) are [U] there.
const std::vector<Criterion>& Criteria();
const Criterion* FindCriterion(std::string_view id);
inline constexpr const char* kOrderZh = "安全生产严重失信主体名单管理办法（应急管理部令第11号）";
inline constexpr const char* kOrderEn =
    "Measures for the list of seriously dishonest entities in work safety (MEM order No. 11)";

// ---- configuration: settings key `dishonesty_list` ----
struct DishonestyListConfig {
  std::int64_t term_years = 3;               // 管理期限 3 年 [S]
  std::int64_t repair_after_months = 12;     // 列入满 12 个月可申请提前移出 [S]
  std::int64_t defence_working_days = 5;     // 告知后陈述申辩期限 [U]
  std::int64_t larger_accident_count = 2;    // 12 个月内累计 2 起以上较大事故 [S]
  std::int64_t larger_accident_window_months = 12;
  std::int64_t publish_working_days = 7;     // 作出决定后公示期限（安全生产法第七十八条：7 个工作日）[P]
};
inline constexpr const char* kConfigSourceZh =
    "应急管理部令第11号：管理期限3年、列入满12个月可申请信用修复、12个月内2起以上较大事故；"
    "安全生产法第七十八条：7个工作日内公开；告知后陈述申辩期限无全国统一规定，本部署默认5个工作日";
inline constexpr const char* kConfigSourceEn =
    "MEM order 11: 3-year term, credit repair after 12 months, ≥2 larger accidents within 12 "
    "months; Work Safety Law art. 78: published within 7 working days; the defence period after "
    "the notice has no national figure (this deployment: 5 working days)";
std::vector<FieldError> ValidateDishonestyListConfig(const DishonestyListConfig& c);
std::string DishonestyListConfigToJson(const DishonestyListConfig& c);
std::variant<DishonestyListConfig, std::vector<FieldError>> ParseDishonestyListConfig(
    std::string_view text);
std::optional<DishonestyListConfig> DishonestyListConfigFromJson(std::string_view text);

// ---- dates ----
// 民法典 art. 202: `months` after `d` ends on the corresponding day, or the month's last day.
core::Date AddMonthsClamped(const core::Date& d, std::int64_t months);
struct Term {
  core::Date listed_from;   // the day after the decision (art. 201)
  core::Date listed_until;  // the corresponding day term_years later (art. 202), inclusive
};
Term TermOf(const core::Date& decided_on, const DishonestyListConfig& c);
// The first day an early removal may be applied for: the day after repair_after_months have run
// from the decision (the whole months listed).
core::Date RepairOpensOn(const core::Date& decided_on, const DishonestyListConfig& c);
// Last day of the party's defence period after the notice (working days, art. 201 on the calendar).
core::Date DefenceDueOn(const core::Date& noticed_on, const DishonestyListConfig& c,
                        const calendar::WorkingCalendar& cal);
// Last day the decision should be published.
core::Date PublishDueOn(const core::Date& decided_on, const DishonestyListConfig& c,
                        const calendar::WorkingCalendar& cal);

// ---- candidates found in the data ----
struct AccidentFact {
  std::int64_t id = 0, enterprise_id = 0;
  std::string grade;        // accidents::GradeValue: ordinary | large | serious | especially_serious
  core::Date occurred_on;   // China date
  std::string number, title;
};
struct ConcealmentFact {  // the regulator's finding on an accident (瞒报 / 谎报)
  std::int64_t finding_id = 0, accident_id = 0, enterprise_id = 0;
  std::string kind;  // concealed | false_report
  std::string accident_number;
};
struct DetectedCandidate {
  std::int64_t enterprise_id = 0;
  std::string criterion, source_kind;  // accident | accident_finding | licence
  std::vector<std::int64_t> source_ids;
  std::string detection_key;  // one candidate per fact: "major_accident:12"
  std::string facts_zh;
};
// Each 重大/特别重大 accident; per enterprise, each window of larger_accident_window_months
// holding ≥ larger_accident_count 较大 accidents (a window counts back from one accident, the day
// larger_accident_window_months earlier excluded; one candidate per run: an accident whose window
// still holds the accident that triggered the previous candidate adds none).
std::vector<DetectedCandidate> DetectAccidentCandidates(std::vector<AccidentFact> accidents,
                                                        const DishonestyListConfig& c);
std::vector<DetectedCandidate> DetectConcealmentCandidates(
    const std::vector<ConcealmentFact>& findings);
// Operating without a licence in force (第九条第（一）项): the days the enterprise posted
// production or sale vouchers with no licence in force, grouped by licence kind (one candidate
// per enterprise, kind and first such day).
struct UnlicensedFact {
  std::int64_t enterprise_id = 0;
  std::string licence_kind, licence_label_zh;
  core::Date first_day;
  std::int64_t days = 0;
  std::string status;  // missing | suspended | revoked | expired
};
std::vector<DetectedCandidate> DetectUnlicensedCandidates(const std::vector<UnlicensedFact>& facts);

// ---- procedure ----
enum class State { kCandidate, kNoticed, kListed, kExpired, kRemoved, kDismissed };
std::optional<State> ParseState(std::string_view v);
std::string_view StateValue(State s);    // candidate | noticed | listed | expired | removed | dismissed
std::string_view StateLabelZh(State s);  // 待告知 | 已告知 | 已列入 | 期满移出 | 提前移出 | 不予列入
std::string_view StateLabelEn(State s);

enum class Action { kNotice, kDefence, kDecide, kPublish, kDismiss, kExpire, kRepairApprove, kRepairRevoke };
std::string_view ActionValue(Action a);
std::string_view ActionLabelZh(Action a);
// The next state, or nullopt when the action is not allowed from `s` (kDefence and kPublish keep
// the state).
std::optional<State> Next(State s, Action a);

// The decision may be taken once the party has stated its defence or the defence period is over
// (dishonesty_defence_open, field "decided_on", naming the last day).
// The party submits its own defence up to and including the last day of the defence period
// (dishonesty_defence_closed, field "defence", naming the last day).
std::vector<FieldError> CheckOwnDefenceOpen(const core::Date& defence_due_on, const core::Date& today);
std::vector<FieldError> CheckDecisionAllowed(bool defence_recorded, const core::Date& defence_due_on,
                                             const core::Date& today);
// A decision date is not before the notice and not after today.
std::vector<FieldError> CheckDecidedOn(const core::Date& decided_on, const core::Date& noticed_on,
                                       const core::Date& today);

// Credit repair: allowed for a listed entry from RepairOpensOn (dishonesty_repair_too_early names
// the day it opens), with no other application pending (dishonesty_repair_pending).
std::vector<FieldError> CheckRepairApplication(State s, const core::Date& opens_on,
                                               const core::Date& today, bool pending,
                                               std::int64_t after_months);
// After a repair approved on `removed_on` is revoked: listed again if today is still within the
// original term, else the term has run out.
State StateAfterRevocation(const core::Date& listed_until, const core::Date& today);
// Whether the expiry job ends the entry today (listed and the last day passed).
bool TermOver(State s, const core::Date& listed_until, const core::Date& today);

enum class RepairState { kPending, kApproved, kRefused, kRevoked };
std::optional<RepairState> ParseRepairState(std::string_view v);
std::string_view RepairStateValue(RepairState s);
std::string_view RepairStateLabelZh(RepairState s);

}  // namespace anjian::dishonesty_list
