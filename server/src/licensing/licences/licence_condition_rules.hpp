// The conditions of a licence (安全生产许可证条例 art. 6), checked from the data, never ticked:
// each condition the system knows is computed from facts the caller reads (people, emergency plans,
// safety evaluations, hidden dangers, the dishonesty list) and, when it fails, names the records
// behind it so the UI links to them. 工信部安全〔2020〕83号: "不具备条件、安全评价不合格、重大隐患
// 未整改的不予许可". Pure: "today" is a fact.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.hpp"

namespace anjian::licences {

// A record a condition rests on. kind: enterprise | person | emergency_plan | safety_evaluation |
// hidden_danger | dishonesty_listing (the UI maps a kind and id to its page).
struct RecordRef {
  std::string kind;
  std::int64_t id = 0;
  std::string label;    // number, name or title as shown
  std::string problem;  // why it fails, Chinese (e.g. "任职超过6个月未考核")
};

struct PlanFact {
  RecordRef ref;
  std::string status;                      // emergency_plans status value
  std::optional<core::Date> evaluation_due;  // 88号令 art. 35: due date of the next 评估
};

struct EvaluationFact {
  RecordRef ref;
  core::Date evaluated_on, valid_until;
  bool passed = false;  // 合格
};

struct LicenceConditionFacts {
  core::Date today;
  std::int64_t enterprise_id = 0;
  // art. 6(三): a safety department and full-time safety staff.
  bool has_safety_department = false;
  std::int64_t full_time_safety_staff = 0;
  // art. 6(四)(五): principal and safety managers not examined within 6 months of appointment,
  // special-operation workers without a valid certificate (people's ExaminationGaps).
  std::vector<RecordRef> examination_gaps;
  // art. 6(十二): the enterprise's emergency plans.
  std::vector<PlanFact> plans;
  // art. 6(十): the latest safety evaluation, if any.
  std::optional<EvaluationFact> latest_evaluation;
  // art. 14, 83号: open hidden dangers assessed 重大.
  std::vector<RecordRef> open_major_hidden_dangers;
  // 应急管理部令第11号: listings on the 严重失信主体名单 in force today.
  std::vector<RecordRef> dishonesty_listings;
};

struct Condition {
  std::string id;  // safety_department | people_examined | emergency_plan | safety_evaluation |
                   // no_major_hidden_danger | not_dishonest
  std::string label_zh, label_en, source_zh, source_en;
  bool passed = false;
  std::string detail_zh, detail_en;
  std::vector<RecordRef> records;  // the records it failed on (or rests on)
};
using FailedCondition = Condition;

// Every condition, passed or failed, in the order of art. 6.
std::vector<Condition> Checklist(const LicenceConditionFacts& facts);
// Only the failed ones.
std::vector<FailedCondition> EvaluateConditions(const LicenceConditionFacts& facts);
// "应急预案（第六条第十二项）、…" of the failed conditions, for the refusal text.
std::string FailedLabelsZh(const std::vector<FailedCondition>& failed);
std::string FailedLabelsEn(const std::vector<FailedCondition>& failed);

}  // namespace anjian::licences
