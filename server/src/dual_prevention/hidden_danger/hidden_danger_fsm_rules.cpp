#include "dual_prevention/hidden_danger/hidden_danger_fsm_rules.hpp"

#include <algorithm>

#include "core/civil_date.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_errors.hpp"

namespace anjian::hidden_danger {
namespace {

using S = HiddenDangerState;
using A = HiddenDangerAction;
using K = ActorKind;
using L = LevelCondition;

template <typename E>
struct Named {
  E value;
  std::string_view code, label_zh, label_en;
};

template <typename E, std::size_t N>
const Named<E>& Find(const Named<E> (&table)[N], E value) {
  for (const auto& n : table) {
    if (n.value == value) return n;
  }
  return table[0];
}

template <typename E, std::size_t N>
std::optional<E> Parse(const Named<E> (&table)[N], std::string_view code) {
  for (const auto& n : table) {
    if (n.code == code) return n.value;
  }
  return std::nullopt;
}

constexpr Named<S> kStates[] = {
    {S::kReported, "reported", "已上报", "Reported"},
    {S::kAssessed, "assessed", "已评估", "Assessed"},
    {S::kRectificationAssigned, "rectification_assigned", "整改中", "Rectification assigned"},
    {S::kRectified, "rectified", "待验收", "Rectified"},
    {S::kAwaitingRegulatorSignoff, "awaiting_regulator_signoff", "待监管销号",
     "Awaiting regulator sign-off"},
    {S::kClosed, "closed", "已销号", "Closed"},
    {S::kDismissed, "dismissed", "不予认定", "Dismissed"},
};

constexpr Named<HiddenDangerLevel> kLevels[] = {
    {HiddenDangerLevel::kUnassessed, "unassessed", "未定级", "Unassessed"},
    {HiddenDangerLevel::kOrdinary, "ordinary", "一般事故隐患", "Ordinary hidden danger"},
    {HiddenDangerLevel::kMajor, "major", "重大事故隐患", "Major hidden danger"},
};

constexpr Named<A> kActions[] = {
    {A::kAssess, "assess", "评估定级", "assess"},
    {A::kAssign, "assign", "下达整改", "assign the rectification"},
    {A::kSubmitPlan, "submit_plan", "提交治理方案", "submit the rectification plan"},
    {A::kListSupervision, "list_supervision", "挂牌督办", "put under listed supervision"},
    {A::kRectify, "rectify", "提交整改结果", "report the rectification"},
    {A::kVerifyPass, "verify_pass", "验收通过", "pass the verification"},
    {A::kVerifyFail, "verify_fail", "验收不通过", "fail the verification"},
    {A::kRegulatorSignoff, "regulator_signoff", "监管销号", "sign off the closure"},
    {A::kRegulatorReject, "regulator_reject", "监管退回", "reject the closure"},
    {A::kReassign, "reassign", "变更整改责任", "reassign the rectification"},
    {A::kDismiss, "dismiss", "不予认定", "dismiss"},
    {A::kReportCongress, "report_congress", "报告职代会", "report to the workers' congress"},
};

constexpr Named<K> kActorKinds[] = {
    {K::kRegulator, "regulator", "监管部门", "Regulator"},
    {K::kEnterpriseManager, "enterprise_manager", "企业主要负责人或安全管理人员",
     "Enterprise principal or safety officer"},
    {K::kOwner, "owner", "整改责任人", "Rectification owner"},
    {K::kEnterpriseOther, "enterprise_other", "企业其他人员", "Other enterprise staff"},
};

constexpr Named<SideEffect> kSideEffects[] = {
    {SideEffect::kNotifyRegulator, "notify_regulator", "通知监管部门", "Notify the regulator"},
    {SideEffect::kNotifyOwner, "notify_owner", "通知整改责任人", "Notify the owner"},
    {SideEffect::kNotifyPreviousOwner, "notify_previous_owner", "通知原整改责任人",
     "Notify the previous owner"},
    {SideEffect::kNotifyEnterpriseManagers, "notify_enterprise_managers",
     "通知企业负责人和安全管理人员", "Notify the enterprise's managers"},
};

template <typename E, std::size_t N>
std::vector<E> AllOf(const Named<E> (&table)[N]) {
  std::vector<E> all;
  for (const auto& n : table) all.push_back(n.value);
  return all;
}

bool LevelMatches(LevelCondition condition, HiddenDangerLevel level) {
  switch (condition) {
    case L::kAny: return true;
    case L::kOrdinary: return level == HiddenDangerLevel::kOrdinary;
    case L::kMajor: return level == HiddenDangerLevel::kMajor;
  }
  return false;
}

bool Has(const std::vector<K>& kinds, K kind) {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

std::string ActionEn(A a) { return std::string(HiddenDangerActionLabelEn(a)); }
std::string ActionZh(A a) { return std::string(HiddenDangerActionLabelZh(a)); }

// The refusal for an actor whose kinds are not in `allowed`, named after who may act instead.
FieldError ActorRefusal(const std::vector<K>& allowed, const std::vector<K>& actor, A action) {
  const bool regulator_allowed = Has(allowed, K::kRegulator);
  const bool manager_allowed = Has(allowed, K::kEnterpriseManager);
  const bool owner_allowed = Has(allowed, K::kOwner);
  const std::string a_en = ActionEn(action), a_zh = ActionZh(action);
  if (regulator_allowed && !manager_allowed && !owner_allowed)
    return Err("regulator_only").At("", a_en, a_zh);
  if (!regulator_allowed && Has(actor, K::kRegulator))
    return Err("enterprise_only").At("", a_en, a_zh);
  if (regulator_allowed) return Err("manager_or_regulator_only").At("", a_en, a_zh);
  if (owner_allowed) return Err("owner_or_manager_only").At("", a_en, a_zh);
  return Err("manager_only").At("", a_en, a_zh);
}

// Stages 1-4: the matching row, or the refusal.
std::variant<const TransitionRule*, FieldError> Permit(const HiddenDangerSnapshot& s,
                                                       const TransitionRequest& r) {
  const TransitionRule* for_state_action = nullptr;
  const TransitionRule* row = nullptr;
  for (const auto& rule : TransitionTable()) {
    if (rule.from != s.state || rule.action != r.action) continue;
    for_state_action = &rule;
    if (LevelMatches(rule.level, s.level)) {
      row = &rule;
      break;
    }
  }
  if (!for_state_action) {
    return Err("transition_not_allowed")
        .At("action", ActionEn(r.action) + " (" + std::string(HiddenDangerActionValue(r.action)) + ")",
            HiddenDangerStateValue(s.state), HiddenDangerStateLabelZh(s.state), ActionZh(r.action));
  }
  if (!row) return Err("major_only").At("action", ActionEn(r.action), ActionZh(r.action));
  const auto kinds = ClassifyActor(s, r);
  const bool permitted =
      std::any_of(kinds.begin(), kinds.end(), [&](K k) { return Has(row->actors, k); });
  if (!permitted) return ActorRefusal(row->actors, kinds, r.action);

  switch (r.action) {
    case A::kVerifyPass:
    case A::kVerifyFail:
      // Separation of duties: nobody accepts their own work.
      if (s.rectified_by_user_id && *s.rectified_by_user_id == r.actor_user_id)
        return Err("verifier_is_rectifier").At("");
      break;
    case A::kRectify:
      if (s.level == HiddenDangerLevel::kMajor && !s.has_plan) return Err("plan_required").At("");
      break;
    case A::kListSupervision:
      if (s.under_listed_supervision) return Err("already_listed").At("");
      break;
    case A::kDismiss:
      if (s.registered_by_regulator && !r.actor_is_regulator)
        return Err("regulator_finding").At("");
      break;
    case A::kRegulatorSignoff:
      // 安全生产法 Art.41 / 山东条例 Art.32: the result is reported to the workers' congress too.
      if (s.level == HiddenDangerLevel::kMajor && !s.congress_reported)
        return Err("congress_report_required").At("");
      break;
    default:
      break;
  }
  return row;
}

// Stage 5 helpers.
bool Blank(const std::string& value) {
  return value.find_first_not_of(" \t\r\n") == std::string::npos;
}

void RequireReason(const TransitionRequest& r, std::vector<FieldError>& errors) {
  if (Blank(r.reason))
    errors.push_back(Err("reason_required").At("reason", ActionEn(r.action), ActionZh(r.action)));
}

// A deadline that is present, well-formed and not before today. `today` was checked already.
void CheckDeadline(const std::optional<std::string>& deadline, const char* field,
                   std::string_view label_zh, const std::optional<core::Date>& today,
                   std::vector<FieldError>& errors) {
  if (!deadline || deadline->empty()) {
    errors.push_back(Err("deadline_required").At(field, field, label_zh));
    return;
  }
  const auto date = core::ParseIsoDate(*deadline);
  if (!date) {
    errors.push_back(Err("deadline_invalid").At(field, field, label_zh));
    return;
  }
  if (today && *date < *today) {
    errors.push_back(
        Err("deadline_past").At(field, field, *deadline, core::FormatIsoDate(*today), label_zh));
  }
}

// The enterprise's deadline may not run past the regulator's while the regulator supervises.
void CheckAgainstRegulator(const HiddenDangerSnapshot& s, const std::optional<std::string>& deadline,
                           std::vector<FieldError>& errors) {
  if (!s.under_listed_supervision || !s.regulator_deadline || !deadline) return;
  const auto mine = core::ParseIsoDate(*deadline);
  const auto theirs = core::ParseIsoDate(*s.regulator_deadline);
  if (mine && theirs && *mine > *theirs) {
    errors.push_back(
        Err("deadline_after_regulator_deadline").At("deadline", *deadline, *s.regulator_deadline));
  }
}

std::optional<core::Date> Today(const TransitionRequest& r, std::vector<FieldError>& errors) {
  auto today = core::ParseIsoDate(r.today);
  if (!today) errors.push_back(Err("today_invalid").At("today"));
  return today;
}

std::vector<FieldError> CheckParameters(const HiddenDangerSnapshot& s, const TransitionRequest& r) {
  std::vector<FieldError> errors;
  switch (r.action) {
    case A::kAssess:
      if (!r.level)
        errors.push_back(Err("level_required").At("level"));
      else if (*r.level == HiddenDangerLevel::kUnassessed)
        errors.push_back(
            core::CoreErr("level_invalid").At("level", kAssessedLevelsEn, kAssessedLevelsZh));
      break;
    case A::kAssign: {
      if (!r.owner_user_id) errors.push_back(Err("owner_required").At("owner_user_id"));
      if (Blank(r.measures)) errors.push_back(Err("measures_required").At("measures"));
      if (r.funds_fen && *r.funds_fen < 0) errors.push_back(Err("funds_negative").At("funds_fen"));
      const auto today = Today(r, errors);
      CheckDeadline(r.deadline, "deadline", "整改期限", today, errors);
      CheckAgainstRegulator(s, r.deadline, errors);
      break;
    }
    case A::kReassign: {
      RequireReason(r, errors);
      if (r.deadline) {
        const auto today = Today(r, errors);
        CheckDeadline(r.deadline, "deadline", "整改期限", today, errors);
        CheckAgainstRegulator(s, r.deadline, errors);
      }
      const bool owner_changes = r.owner_user_id && r.owner_user_id != s.owner_user_id;
      const bool deadline_changes = r.deadline && r.deadline != s.deadline;
      if (!owner_changes && !deadline_changes) errors.push_back(Err("reassign_no_change").At(""));
      break;
    }
    case A::kSubmitPlan:
      if (Blank(r.plan)) errors.push_back(Err("plan_content_required").At("plan"));
      break;
    case A::kListSupervision: {
      const auto today = Today(r, errors);
      CheckDeadline(r.regulator_deadline, "regulator_deadline", "督办期限", today, errors);
      break;
    }
    case A::kRectify:
      if (Blank(r.evidence)) errors.push_back(Err("evidence_required").At("evidence"));
      break;
    case A::kVerifyFail:
    case A::kRegulatorReject:
    case A::kDismiss:
      RequireReason(r, errors);
      break;
    case A::kReportCongress: {
      if (!r.congress_reported_on || r.congress_reported_on->empty()) {
        errors.push_back(core::CoreErr("required").At("congress_reported_on"));
      } else if (const auto on = core::ParseIsoDate(*r.congress_reported_on); !on) {
        errors.push_back(core::CoreErr("date_invalid").At("congress_reported_on"));
      } else if (const auto today = Today(r, errors); today && *today < *on) {
        errors.push_back(
            Err("date_future").At("congress_reported_on", "congress_reported_on", "报告日期"));
      }
      if (!IsCongressMethod(r.congress_method))
        errors.push_back(Err("congress_method_invalid")
                             .At("congress_method", r.congress_method, kCongressMethodsEn,
                                 kCongressMethodsZh));
      if (Blank(r.congress_reporter))
        errors.push_back(core::CoreErr("required").At("congress_reporter"));
      if (Blank(r.congress_minutes))
        errors.push_back(core::CoreErr("required").At("congress_minutes"));
      break;
    }
    case A::kVerifyPass:
    case A::kRegulatorSignoff:
      break;
  }
  return errors;
}

void Add(std::vector<SideEffect>& effects, SideEffect e) {
  if (std::find(effects.begin(), effects.end(), e) == effects.end()) effects.push_back(e);
}

}  // namespace

const std::vector<HiddenDangerState>& AllHiddenDangerStates() {
  static const auto kAll = AllOf(kStates);
  return kAll;
}
std::string_view HiddenDangerStateValue(S s) { return Find(kStates, s).code; }
std::optional<S> ParseHiddenDangerState(std::string_view v) { return Parse(kStates, v); }
std::string_view HiddenDangerStateLabelZh(S s) { return Find(kStates, s).label_zh; }
std::string_view HiddenDangerStateLabelEn(S s) { return Find(kStates, s).label_en; }
bool IsOpen(S s) { return s != S::kClosed && s != S::kDismissed; }

const std::vector<HiddenDangerLevel>& AllHiddenDangerLevels() {
  static const auto kAll = AllOf(kLevels);
  return kAll;
}
std::string_view HiddenDangerLevelValue(HiddenDangerLevel l) { return Find(kLevels, l).code; }
std::optional<HiddenDangerLevel> ParseHiddenDangerLevel(std::string_view v) {
  return Parse(kLevels, v);
}
std::string_view HiddenDangerLevelLabelZh(HiddenDangerLevel l) { return Find(kLevels, l).label_zh; }
std::string_view HiddenDangerLevelLabelEn(HiddenDangerLevel l) { return Find(kLevels, l).label_en; }

const std::vector<HiddenDangerAction>& AllHiddenDangerActions() {
  static const auto kAll = AllOf(kActions);
  return kAll;
}
std::string_view HiddenDangerActionValue(A a) { return Find(kActions, a).code; }
std::optional<A> ParseHiddenDangerAction(std::string_view v) { return Parse(kActions, v); }
std::string_view HiddenDangerActionLabelZh(A a) { return Find(kActions, a).label_zh; }
std::string_view HiddenDangerActionLabelEn(A a) { return Find(kActions, a).label_en; }

const std::vector<ActorKind>& AllActorKinds() {
  static const auto kAll = AllOf(kActorKinds);
  return kAll;
}
std::string_view ActorKindValue(K k) { return Find(kActorKinds, k).code; }

std::string_view SideEffectValue(SideEffect e) { return Find(kSideEffects, e).code; }

// The specification. Rows are tried in order; the first whose state, action and level match is
// the one that applies (only verify_pass has two rows, told apart by level).
const std::vector<TransitionRule>& TransitionTable() {
  static const std::vector<TransitionRule> kTable = {
      // Grading: the enterprise grades its own; a regulator grades what it found. Both may
      // dismiss a report that is not a hidden danger (guarded by regulator_finding).
      {S::kReported, A::kAssess, L::kAny, {K::kEnterpriseManager, K::kRegulator}, S::kAssessed},
      {S::kReported, A::kDismiss, L::kAny, {K::kEnterpriseManager, K::kRegulator}, S::kDismissed},
      // Rectification is the enterprise's duty (安全生产法 Art.41): the regulator never assigns.
      {S::kAssessed, A::kAssign, L::kAny, {K::kEnterpriseManager}, S::kRectificationAssigned},
      // Major: a 治理方案 (山东省安全生产条例 Art.32), before or after assignment; resubmitting
      // revises it.
      {S::kAssessed, A::kSubmitPlan, L::kMajor, {K::kEnterpriseManager}, S::kAssessed},
      {S::kRectificationAssigned, A::kSubmitPlan, L::kMajor, {K::kEnterpriseManager},
       S::kRectificationAssigned},
      // Listed supervision (挂牌督办) by the regulator, any time until the enterprise verifies.
      {S::kAssessed, A::kListSupervision, L::kMajor, {K::kRegulator}, S::kAssessed},
      {S::kRectificationAssigned, A::kListSupervision, L::kMajor, {K::kRegulator},
       S::kRectificationAssigned},
      {S::kRectified, A::kListSupervision, L::kMajor, {K::kRegulator}, S::kRectified},
      // The owner reports the work done; a manager may do so on the owner's behalf.
      {S::kRectificationAssigned, A::kRectify, L::kAny, {K::kOwner, K::kEnterpriseManager},
       S::kRectified},
      {S::kRectificationAssigned, A::kReassign, L::kAny, {K::kEnterpriseManager},
       S::kRectificationAssigned},
      // Verification (验收) by a manager other than the rectifier; a major one then needs the
      // regulator's sign-off.
      {S::kRectified, A::kVerifyPass, L::kOrdinary, {K::kEnterpriseManager}, S::kClosed},
      {S::kRectified, A::kVerifyPass, L::kMajor, {K::kEnterpriseManager},
       S::kAwaitingRegulatorSignoff},
      {S::kRectified, A::kVerifyFail, L::kAny, {K::kEnterpriseManager},
       S::kRectificationAssigned},
      {S::kAwaitingRegulatorSignoff, A::kRegulatorSignoff, L::kAny, {K::kRegulator}, S::kClosed},
      {S::kAwaitingRegulatorSignoff, A::kRegulatorReject, L::kAny, {K::kRegulator},
       S::kRectificationAssigned},
      // Major: the report to the workers' congress (安全生产法 Art.41, 山东条例 Art.32: the plan
      // and the result), at any open stage after grading; required before the sign-off.
      {S::kAssessed, A::kReportCongress, L::kMajor, {K::kEnterpriseManager}, S::kAssessed},
      {S::kRectificationAssigned, A::kReportCongress, L::kMajor, {K::kEnterpriseManager},
       S::kRectificationAssigned},
      {S::kRectified, A::kReportCongress, L::kMajor, {K::kEnterpriseManager}, S::kRectified},
      {S::kAwaitingRegulatorSignoff, A::kReportCongress, L::kMajor, {K::kEnterpriseManager},
       S::kAwaitingRegulatorSignoff},
  };
  return kTable;
}

std::vector<ActorKind> ClassifyActor(const HiddenDangerSnapshot& s, const TransitionRequest& r) {
  if (r.actor_is_regulator) return {K::kRegulator};
  std::vector<ActorKind> kinds;
  if (r.actor_is_enterprise_manager) kinds.push_back(K::kEnterpriseManager);
  if (s.owner_user_id && *s.owner_user_id == r.actor_user_id) kinds.push_back(K::kOwner);
  if (kinds.empty()) kinds.push_back(K::kEnterpriseOther);
  return kinds;
}

std::variant<TransitionOutcome, std::vector<FieldError>> ApplyTransition(
    const HiddenDangerSnapshot& s, const TransitionRequest& r) {
  auto permit = Permit(s, r);
  if (auto* refusal = std::get_if<FieldError>(&permit)) {
    return std::vector<FieldError>{std::move(*refusal)};
  }
  const TransitionRule& row = *std::get<const TransitionRule*>(permit);
  auto errors = CheckParameters(s, r);
  if (!errors.empty()) return errors;

  TransitionOutcome out{s, {}};
  auto& n = out.snapshot;
  n.state = row.to;
  // 复查: an order that requires the regulator's re-check keeps the finding open after the
  // enterprise's verification until the regulator signs it off.
  if (r.action == A::kVerifyPass && s.regulator_recheck && n.state == S::kClosed)
    n.state = S::kAwaitingRegulatorSignoff;
  auto& fx = out.side_effects;
  switch (r.action) {
    case A::kAssess:
      n.level = *r.level;
      break;
    case A::kAssign:
      n.owner_user_id = r.owner_user_id;
      n.measures = r.measures;
      n.funds_fen = r.funds_fen;
      n.deadline = r.deadline;
      n.rectified_by_user_id.reset();
      n.verified_by_user_id.reset();
      Add(fx, SideEffect::kNotifyOwner);
      break;
    case A::kSubmitPlan:
      n.has_plan = true;
      break;
    case A::kListSupervision:
      n.under_listed_supervision = true;
      n.regulator_deadline = r.regulator_deadline;
      if (n.owner_user_id) Add(fx, SideEffect::kNotifyOwner);
      break;
    case A::kRectify:
      n.rectified_by_user_id = r.actor_user_id;
      Add(fx, SideEffect::kNotifyEnterpriseManagers);  // someone must verify
      break;
    case A::kVerifyPass:
      n.verified_by_user_id = r.actor_user_id;
      Add(fx, SideEffect::kNotifyOwner);
      break;
    case A::kVerifyFail:
    case A::kRegulatorReject:
      // A new rectification round: the previous rectifier and verifier no longer bind.
      n.rectified_by_user_id.reset();
      n.verified_by_user_id.reset();
      Add(fx, SideEffect::kNotifyOwner);
      break;
    case A::kRegulatorSignoff:
      Add(fx, SideEffect::kNotifyOwner);
      break;
    case A::kReassign:
      if (r.owner_user_id && r.owner_user_id != s.owner_user_id) {
        n.owner_user_id = r.owner_user_id;
        Add(fx, SideEffect::kNotifyPreviousOwner);
      }
      if (r.deadline) n.deadline = r.deadline;
      Add(fx, SideEffect::kNotifyOwner);
      break;
    case A::kDismiss:
      break;
    case A::kReportCongress:
      n.congress_reported = true;
      break;
  }
  // A major hidden danger is the regulator's business at every step (安全生产法 Art.41: reported
  // at once; 山东条例 Art.32: plan and result reported); whatever a regulator does is the
  // enterprise's business.
  if (n.level == HiddenDangerLevel::kMajor && !r.actor_is_regulator) {
    Add(fx, SideEffect::kNotifyRegulator);
  }
  if (n.state == S::kAwaitingRegulatorSignoff && s.state != n.state)
    Add(fx, SideEffect::kNotifyRegulator);  // the regulator's re-check or sign-off is due
  if (r.actor_is_regulator) Add(fx, SideEffect::kNotifyEnterpriseManagers);
  return out;
}

std::vector<HiddenDangerAction> AvailableActions(const HiddenDangerSnapshot& s,
                                                 std::int64_t actor_user_id,
                                                 bool actor_is_regulator,
                                                 bool actor_is_enterprise_manager) {
  std::vector<HiddenDangerAction> actions;
  for (auto a : AllHiddenDangerActions()) {
    TransitionRequest r;
    r.action = a;
    r.actor_user_id = actor_user_id;
    r.actor_is_regulator = actor_is_regulator;
    r.actor_is_enterprise_manager = actor_is_enterprise_manager;
    if (std::holds_alternative<const TransitionRule*>(Permit(s, r))) actions.push_back(a);
  }
  return actions;
}

bool IsCongressMethod(std::string_view v) { return v == "meeting" || v == "written"; }
std::string_view CongressMethodLabelZh(std::string_view v) {
  return v == "meeting" ? "会议报告" : v == "written" ? "书面报告" : "";
}

std::optional<std::string> EffectiveDeadline(const HiddenDangerSnapshot& s) {
  if (!s.under_listed_supervision || !s.regulator_deadline) return s.deadline;
  if (!s.deadline) return s.regulator_deadline;
  // ISO dates order as strings; both come from validated transitions.
  return std::min(*s.deadline, *s.regulator_deadline);
}

}  // namespace anjian::hidden_danger
