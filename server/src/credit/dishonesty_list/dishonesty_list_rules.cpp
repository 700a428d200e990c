#include "credit/dishonesty_list/dishonesty_list_rules.hpp"

#include <algorithm>
#include <map>

#include "core/core_errors.hpp"
#include "core/flat_config_json.hpp"
#include "credit/dishonesty_list/dishonesty_list_errors.hpp"

namespace anjian::dishonesty_list {

namespace {

const std::vector<core::FlatField<DishonestyListConfig>>& Fields() {
  static const std::vector<core::FlatField<DishonestyListConfig>> kFields = {
      {"term_years", &DishonestyListConfig::term_years},
      {"repair_after_months", &DishonestyListConfig::repair_after_months},
      {"defence_working_days", &DishonestyListConfig::defence_working_days},
      {"larger_accident_count", &DishonestyListConfig::larger_accident_count},
      {"larger_accident_window_months", &DishonestyListConfig::larger_accident_window_months},
      {"publish_working_days", &DishonestyListConfig::publish_working_days},
  };
  return kFields;
}

void Range(std::vector<FieldError>& errors, const char* field, std::int64_t v, std::int64_t lo,
           std::int64_t hi) {
  if (v < lo || v > hi) errors.push_back(core::CoreErr("range").At(field, lo, hi));
}

}  // namespace

const std::vector<Criterion>& Criteria() {
  static const std::vector<Criterion> kCriteria = {
      {"major_accident", "发生特别重大、重大生产安全事故", "A especially serious or serious accident",
       "第八条第（一）项", true},
      {"repeated_larger_accidents", "12个月内累计发生2起以上较大生产安全事故",
       "Two or more larger accidents within 12 months", "第八条第（二）项", true},
      {"aggravated_fine", "事故情节特别严重、影响特别恶劣，被处2倍以上5倍以下罚款",
       "Fined 2 to 5 times under Work Safety Law art. 114", "第八条第（三）项", false},
      {"concealed_accident", "瞒报、谎报生产安全事故", "Concealed or falsely reported an accident",
       "第八条第（四）项", true},
      {"rescue_failure", "主要负责人不立即组织抢救或擅离职守、逃匿",
       "The main head failed to organise rescue, left the post or fled", "第八条第（五）项", false},
      {"unlicensed_operation", "未依法取得安全生产相关许可或许可被暂扣、吊销期间从事生产经营活动",
       "Operating without the required licence or while it is suspended or revoked",
       "第九条第（一）项", true},
      {"service_body_fraud", "安全评价、认证、检测、检验机构出租出借资格、出具虚假报告或证书",
       "A service body renting out its qualification or issuing false reports or certificates",
       "第九条第（二）项", false},
      {"penalty_evasion", "有执行能力拒不执行或逃避执行行政处罚",
       "Refusing or evading the penalty although able to pay", "第九条第（三）项", false},
      {"other_serious_violation", "其他违反安全生产法律法规受到行政处罚且性质恶劣、情节严重",
       "Other serious violations punished by an administrative penalty", "第九条第（四）项", false},
  };
  return kCriteria;
}

const Criterion* FindCriterion(std::string_view id) {
  for (const auto& c : Criteria())
    if (c.id == id) return &c;
  return nullptr;
}

std::vector<FieldError> ValidateDishonestyListConfig(const DishonestyListConfig& c) {
  std::vector<FieldError> errors;
  Range(errors, "term_years", c.term_years, 1, 10);
  Range(errors, "repair_after_months", c.repair_after_months, 1, 60);
  Range(errors, "defence_working_days", c.defence_working_days, 1, 60);
  Range(errors, "larger_accident_count", c.larger_accident_count, 1, 10);
  Range(errors, "larger_accident_window_months", c.larger_accident_window_months, 1, 60);
  Range(errors, "publish_working_days", c.publish_working_days, 1, 60);
  return errors;
}

std::string DishonestyListConfigToJson(const DishonestyListConfig& c) {
  return core::FlatConfigToJson(c, Fields());
}

std::variant<DishonestyListConfig, std::vector<FieldError>> ParseDishonestyListConfig(
    std::string_view text) {
  DishonestyListConfig c;
  auto errors = core::FlatConfigFromJson(text, Fields(), c);
  if (errors.empty()) errors = ValidateDishonestyListConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

std::optional<DishonestyListConfig> DishonestyListConfigFromJson(std::string_view text) {
  auto parsed = ParseDishonestyListConfig(text);
  if (auto* c = std::get_if<DishonestyListConfig>(&parsed)) return *c;
  return std::nullopt;
}

core::Date AddMonthsClamped(const core::Date& d, std::int64_t months) {
  std::int64_t m = static_cast<std::int64_t>(d.year) * 12 + (d.month - 1) + months;
  core::Date out;
  out.year = static_cast<int>(m / 12);
  out.month = static_cast<int>(m % 12) + 1;
  out.day = std::min(d.day, core::DaysInMonth(out.year, out.month));
  return out;
}

Term TermOf(const core::Date& decided_on, const DishonestyListConfig& c) {
  return Term{core::AddDays(decided_on, 1), AddMonthsClamped(decided_on, c.term_years * 12)};
}

core::Date RepairOpensOn(const core::Date& decided_on, const DishonestyListConfig& c) {
  return core::AddDays(AddMonthsClamped(decided_on, c.repair_after_months), 1);
}

core::Date DefenceDueOn(const core::Date& noticed_on, const DishonestyListConfig& c,
                        const calendar::WorkingCalendar& cal) {
  return calendar::CountWorkingDays(noticed_on, c.defence_working_days, cal);
}

core::Date PublishDueOn(const core::Date& decided_on, const DishonestyListConfig& c,
                        const calendar::WorkingCalendar& cal) {
  return calendar::CountWorkingDays(decided_on, c.publish_working_days, cal);
}

namespace {

std::string Ids(const std::vector<std::int64_t>& ids) {
  std::string out;
  for (auto id : ids) out += (out.empty() ? "" : "-") + std::to_string(id);
  return out;
}

}  // namespace

std::vector<DetectedCandidate> DetectAccidentCandidates(std::vector<AccidentFact> accidents,
                                                        const DishonestyListConfig& c) {
  std::vector<DetectedCandidate> out;
  std::sort(accidents.begin(), accidents.end(), [](const auto& a, const auto& b) {
    return std::tie(a.enterprise_id, a.occurred_on, a.id) <
           std::tie(b.enterprise_id, b.occurred_on, b.id);
  });
  for (const auto& a : accidents) {
    if (a.grade != "serious" && a.grade != "especially_serious") continue;
    out.push_back({a.enterprise_id, "major_accident", "accident", {a.id},
                   "major_accident:" + std::to_string(a.id),
                   std::string(a.grade == "serious" ? "重大" : "特别重大") + "事故 " + a.number +
                       "（" + core::FormatIsoDate(a.occurred_on) + "）" + a.title});
  }
  std::map<std::int64_t, std::vector<const AccidentFact*>> larger;
  for (const auto& a : accidents)
    if (a.grade == "large") larger[a.enterprise_id].push_back(&a);
  for (const auto& [enterprise, list] : larger) {
    std::optional<std::int64_t> last_trigger;
    core::Date last_trigger_day;
    for (std::size_t j = 0; j < list.size(); ++j) {
      // The window ending on accident j: after the day window_months before it.
      const core::Date start = AddMonthsClamped(list[j]->occurred_on, -c.larger_accident_window_months);
      std::vector<const AccidentFact*> window;
      for (std::size_t i = 0; i <= j; ++i)
        if (list[i]->occurred_on > start) window.push_back(list[i]);
      if (static_cast<std::int64_t>(window.size()) < c.larger_accident_count) continue;
      if (last_trigger && last_trigger_day > start) continue;  // the same run
      last_trigger = list[j]->id;
      last_trigger_day = list[j]->occurred_on;
      DetectedCandidate d{enterprise, "repeated_larger_accidents", "accident", {}, "", ""};
      d.facts_zh = std::to_string(c.larger_accident_window_months) + "个月内发生" +
                   std::to_string(window.size()) + "起较大事故：";
      for (std::size_t k = 0; k < window.size(); ++k) {
        d.source_ids.push_back(window[k]->id);
        d.facts_zh += (k ? "、" : "") + window[k]->number + "（" +
                      core::FormatIsoDate(window[k]->occurred_on) + "）";
      }
      d.detection_key = "repeated_larger_accidents:" + Ids(d.source_ids);
      out.push_back(std::move(d));
    }
  }
  return out;
}

std::vector<DetectedCandidate> DetectConcealmentCandidates(
    const std::vector<ConcealmentFact>& findings) {
  std::vector<DetectedCandidate> out;
  for (const auto& f : findings)
    out.push_back({f.enterprise_id, "concealed_accident", "accident_finding", {f.accident_id},
                   "concealed_accident:" + std::to_string(f.finding_id),
                   std::string("事故 ") + f.accident_number + " 经认定" +
                       (f.kind == "concealed" ? "瞒报" : "谎报")});
  return out;
}

std::vector<DetectedCandidate> DetectUnlicensedCandidates(const std::vector<UnlicensedFact>& facts) {
  std::vector<DetectedCandidate> out;
  for (const auto& f : facts) {
    if (f.days <= 0) continue;
    const char* why = f.status == "suspended" ? "许可暂扣期间"
                      : f.status == "revoked" ? "许可吊销后"
                      : f.status == "expired" ? "许可过期后"
                                              : "未取得许可";
    out.push_back({f.enterprise_id, "unlicensed_operation", "licence", {},
                   "unlicensed_operation:" + std::to_string(f.enterprise_id) + ":" +
                       f.licence_kind + ":" + core::FormatIsoDate(f.first_day),
                   std::string(why) + "从事" + f.licence_label_zh + "范围内的生产经营活动，自 " +
                       core::FormatIsoDate(f.first_day) + " 起共 " + std::to_string(f.days) +
                       " 天有出入库记录"});
  }
  return out;
}

std::optional<State> ParseState(std::string_view v) {
  if (v == "candidate") return State::kCandidate;
  if (v == "noticed") return State::kNoticed;
  if (v == "listed") return State::kListed;
  if (v == "expired") return State::kExpired;
  if (v == "removed") return State::kRemoved;
  if (v == "dismissed") return State::kDismissed;
  return std::nullopt;
}

std::string_view StateValue(State s) {
  switch (s) {
    case State::kCandidate: return "candidate";
    case State::kNoticed: return "noticed";
    case State::kListed: return "listed";
    case State::kExpired: return "expired";
    case State::kRemoved: return "removed";
    case State::kDismissed: return "dismissed";
  }
  return "candidate";
}

std::string_view StateLabelZh(State s) {
  switch (s) {
    case State::kCandidate: return "待告知";
    case State::kNoticed: return "已告知";
    case State::kListed: return "已列入";
    case State::kExpired: return "期满移出";
    case State::kRemoved: return "提前移出";
    case State::kDismissed: return "不予列入";
  }
  return "待告知";
}

std::string_view StateLabelEn(State s) {
  switch (s) {
    case State::kCandidate: return "candidate";
    case State::kNoticed: return "noticed";
    case State::kListed: return "listed";
    case State::kExpired: return "term ended";
    case State::kRemoved: return "removed early";
    case State::kDismissed: return "not listed";
  }
  return "candidate";
}

std::string_view ActionValue(Action a) {
  switch (a) {
    case Action::kNotice: return "notice";
    case Action::kDefence: return "defence";
    case Action::kDecide: return "decide";
    case Action::kPublish: return "publish";
    case Action::kDismiss: return "dismiss";
    case Action::kExpire: return "expire";
    case Action::kRepairApprove: return "repair_approve";
    case Action::kRepairRevoke: return "repair_revoke";
  }
  return "notice";
}

std::string_view ActionLabelZh(Action a) {
  switch (a) {
    case Action::kNotice: return "告知";
    case Action::kDefence: return "记录陈述申辩";
    case Action::kDecide: return "作出列入决定";
    case Action::kPublish: return "公示";
    case Action::kDismiss: return "不予列入";
    case Action::kExpire: return "期满移出";
    case Action::kRepairApprove: return "信用修复移出";
    case Action::kRepairRevoke: return "撤销信用修复";
  }
  return "告知";
}

std::optional<State> Next(State s, Action a) {
  switch (a) {
    case Action::kNotice:
      if (s == State::kCandidate) return State::kNoticed;
      return std::nullopt;
    case Action::kDefence:
      if (s == State::kNoticed) return State::kNoticed;
      return std::nullopt;
    case Action::kDecide:
      if (s == State::kNoticed) return State::kListed;
      return std::nullopt;
    case Action::kPublish:
      if (s == State::kListed) return State::kListed;
      return std::nullopt;
    case Action::kDismiss:
      if (s == State::kCandidate || s == State::kNoticed) return State::kDismissed;
      return std::nullopt;
    case Action::kExpire:
      if (s == State::kListed) return State::kExpired;
      return std::nullopt;
    case Action::kRepairApprove:
      if (s == State::kListed) return State::kRemoved;
      return std::nullopt;
    case Action::kRepairRevoke:
      if (s == State::kRemoved) return State::kListed;
      return std::nullopt;
  }
  return std::nullopt;
}

std::vector<FieldError> CheckOwnDefenceOpen(const core::Date& defence_due_on, const core::Date& today) {
  if (today <= defence_due_on) return {};
  const auto due = core::FormatIsoDate(defence_due_on);
  return {Err("dishonesty_defence_closed").At("defence", due, due)};
}

std::vector<FieldError> CheckDecisionAllowed(bool defence_recorded, const core::Date& defence_due_on,
                                             const core::Date& today) {
  if (defence_recorded || today > defence_due_on) return {};
  const auto due = core::FormatIsoDate(defence_due_on);
  return {Err("dishonesty_defence_open").At("decided_on", due, due)};
}

std::vector<FieldError> CheckDecidedOn(const core::Date& decided_on, const core::Date& noticed_on,
                                       const core::Date& today) {
  if (decided_on < noticed_on || decided_on > today)
    return {Err("dishonesty_decided_on")
                .At("decided_on", core::FormatIsoDate(noticed_on), core::FormatIsoDate(today))};
  return {};
}

std::vector<FieldError> CheckRepairApplication(State s, const core::Date& opens_on,
                                               const core::Date& today, bool pending,
                                               std::int64_t after_months) {
  std::vector<FieldError> errors;
  if (s != State::kListed) return errors;  // the caller reports the state
  if (today < opens_on) {
    errors.push_back(Err("dishonesty_repair_too_early")
                         .At("applied_on", core::FormatIsoDate(opens_on), after_months));
  }
  if (pending) errors.push_back(Err("dishonesty_repair_pending").At("reason"));
  return errors;
}

State StateAfterRevocation(const core::Date& listed_until, const core::Date& today) {
  return today > listed_until ? State::kExpired : State::kListed;
}

bool TermOver(State s, const core::Date& listed_until, const core::Date& today) {
  return s == State::kListed && today > listed_until;
}

std::optional<RepairState> ParseRepairState(std::string_view v) {
  if (v == "pending") return RepairState::kPending;
  if (v == "approved") return RepairState::kApproved;
  if (v == "refused") return RepairState::kRefused;
  if (v == "revoked") return RepairState::kRevoked;
  return std::nullopt;
}

std::string_view RepairStateValue(RepairState s) {
  switch (s) {
    case RepairState::kPending: return "pending";
    case RepairState::kApproved: return "approved";
    case RepairState::kRefused: return "refused";
    case RepairState::kRevoked: return "revoked";
  }
  return "pending";
}

std::string_view RepairStateLabelZh(RepairState s) {
  switch (s) {
    case RepairState::kPending: return "待审核";
    case RepairState::kApproved: return "已同意（提前移出）";
    case RepairState::kRefused: return "不予同意";
    case RepairState::kRevoked: return "已撤销（材料不实）";
  }
  return "待审核";
}

}  // namespace anjian::dishonesty_list
