// The hidden-danger closed loop (隐患治理: 登记 → 评估 → 整改 → 验收 → 销号) as a pure state
// machine. TransitionTable() is the specification: which action may move a hidden danger from
// which state, at which level, by whom. ApplyTransition() checks a request against it and against
// the rules that need the request's content, and returns the new snapshot plus the notifications
// the caller must send. Storing the transition (who, when, why) and sending notifications are the
// caller's job; nothing here deletes anything: a hidden danger that turns out not to be one is
// dismissed, not removed.
//
// Scoping (the actor belongs to the enterprise, or the regulator supervises it) is checked by the
// caller before this runs: out-of-scope hidden dangers answer 404 and never reach the table.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"

namespace anjian::hidden_danger {

enum class HiddenDangerState {
  kReported,                  // registered, not yet graded
  kAssessed,                  // graded ordinary or major; nobody assigned yet
  kRectificationAssigned,     // owner, measures, funds and deadline set; being rectified
  kRectified,                 // the owner says it is fixed (evidence given); awaits verification
  kAwaitingRegulatorSignoff,  // major only: verified by the enterprise, awaits the regulator
  kClosed,                    // 销号: verified (and, when major, signed off by the regulator)
  kDismissed,                 // judged not to be a hidden danger at all; kept, never deleted
};

const std::vector<HiddenDangerState>& AllHiddenDangerStates();
// reported | assessed | rectification_assigned | rectified | awaiting_regulator_signoff |
// closed | dismissed
std::string_view HiddenDangerStateValue(HiddenDangerState state);
std::optional<HiddenDangerState> ParseHiddenDangerState(std::string_view value);
std::string_view HiddenDangerStateLabelZh(HiddenDangerState state);
std::string_view HiddenDangerStateLabelEn(HiddenDangerState state);
// Closed and dismissed hidden dangers are no longer open: no deadline, no escalation, no colour.
bool IsOpen(HiddenDangerState state);

// 一般 / 重大事故隐患 (rules.md §8b); unassessed until the assess action.
enum class HiddenDangerLevel { kUnassessed, kOrdinary, kMajor };

const std::vector<HiddenDangerLevel>& AllHiddenDangerLevels();
std::string_view HiddenDangerLevelValue(HiddenDangerLevel level);  // unassessed|ordinary|major
std::optional<HiddenDangerLevel> ParseHiddenDangerLevel(std::string_view value);
std::string_view HiddenDangerLevelLabelZh(HiddenDangerLevel level);
std::string_view HiddenDangerLevelLabelEn(HiddenDangerLevel level);
// The levels an assessment gives, and every level (a list filter): the allowed values of
// core's level_invalid, in English and in Chinese.
inline constexpr std::string_view kAssessedLevelsEn = "ordinary, major";
inline constexpr std::string_view kAssessedLevelsZh = "一般、重大";
inline constexpr std::string_view kAllLevelsEn = "unassessed, ordinary, major";
inline constexpr std::string_view kAllLevelsZh = "未定级、一般、重大";

enum class HiddenDangerAction {
  kAssess,            // grade as ordinary or major
  kAssign,            // set owner, measures, funds, deadline
  kSubmitPlan,        // major: the 治理方案 (may be resubmitted to revise it)
  kListSupervision,   // major: the regulator lists it (挂牌督办) with its own deadline
  kRectify,           // the owner reports the rectification done, with evidence
  kVerifyPass,        // 验收 passed
  kVerifyFail,        // 验收 failed: back to rectification with a reason
  kRegulatorSignoff,  // major: the regulator accepts the closure (销号)
  kRegulatorReject,   // major: the regulator refuses the closure, with a reason
  kReassign,          // change owner and/or deadline, with a reason
  kDismiss,           // not a hidden danger after all, with a reason
  // major: the enterprise reports it to the workers' congress (职工大会/职代会, 安全生产法
  // Art.41, 山东条例 Art.32); no state change, recorded in the history. Required before the
  // regulator's sign-off closes a major one.
  kReportCongress,
};

const std::vector<HiddenDangerAction>& AllHiddenDangerActions();
// assess | assign | submit_plan | list_supervision | rectify | verify_pass | verify_fail |
// regulator_signoff | regulator_reject | reassign | dismiss | report_congress
std::string_view HiddenDangerActionValue(HiddenDangerAction action);
std::optional<HiddenDangerAction> ParseHiddenDangerAction(std::string_view value);
std::string_view HiddenDangerActionLabelZh(HiddenDangerAction action);
std::string_view HiddenDangerActionLabelEn(HiddenDangerAction action);

// Who acts, relative to this hidden danger. Principal and safety officer have the same powers
// here, so they are one kind; "owner" is the person assigned to rectify (a relation, not a role).
// One person can be of two kinds (a safety officer who owns the rectification).
enum class ActorKind { kRegulator, kEnterpriseManager, kOwner, kEnterpriseOther };

const std::vector<ActorKind>& AllActorKinds();
// regulator | enterprise_manager | owner | enterprise_other
std::string_view ActorKindValue(ActorKind kind);

// The table's level column: which graded hidden dangers a row applies to.
enum class LevelCondition { kAny, kOrdinary, kMajor };

struct TransitionRule {
  HiddenDangerState from;
  HiddenDangerAction action;
  LevelCondition level;
  std::vector<ActorKind> actors;  // any one of these kinds may act
  HiddenDangerState to;
};

const std::vector<TransitionRule>& TransitionTable();

// Current facts about one hidden danger, as stored. Dates are "YYYY-MM-DD".
struct HiddenDangerSnapshot {
  HiddenDangerState state = HiddenDangerState::kReported;
  HiddenDangerLevel level = HiddenDangerLevel::kUnassessed;
  // Registered by a regulator (enforcement finding, referral from another department): the
  // enterprise cannot dismiss what the regulator found.
  bool registered_by_regulator = false;
  bool has_plan = false;
  bool under_listed_supervision = false;  // stays true after closure: it was listed
  std::optional<std::string> regulator_deadline;
  std::optional<std::int64_t> owner_user_id;
  std::string measures;
  std::optional<std::int64_t> funds_fen;  // 整改资金 in 分 (integer money)
  std::optional<std::string> deadline;
  std::optional<std::int64_t> rectified_by_user_id;  // of the current round
  std::optional<std::int64_t> verified_by_user_id;   // of the current round
  bool congress_reported = false;  // a report_congress is in the history
  // An enforcement finding whose order requires the regulator's re-check (复查): verify_pass
  // waits for the regulator's sign-off (the re-check) instead of closing an ordinary one.
  bool regulator_recheck = false;
};

struct TransitionRequest {
  HiddenDangerAction action = HiddenDangerAction::kAssess;
  std::int64_t actor_user_id = 0;
  bool actor_is_regulator = false;
  bool actor_is_enterprise_manager = false;  // principal or safety officer of the enterprise
  std::string today;                         // "YYYY-MM-DD", the caller's clock
  std::string reason;                        // verify_fail, regulator_reject, reassign, dismiss
  std::optional<HiddenDangerLevel> level;    // assess: ordinary or major
  // assign; reassign takes owner_user_id and/or deadline
  std::optional<std::int64_t> owner_user_id;
  std::string measures;
  std::optional<std::int64_t> funds_fen;
  std::optional<std::string> deadline;
  std::string plan;                               // submit_plan: the plan text or its summary
  std::optional<std::string> regulator_deadline;  // list_supervision
  std::string evidence;                           // rectify: what was done
  // report_congress: when ("YYYY-MM-DD", not after today), how (meeting | written), who
  // reported, and the minutes (or their summary).
  std::optional<std::string> congress_reported_on;
  std::string congress_method;
  std::string congress_reporter;
  std::string congress_minutes;
};

// How a report to the workers' congress was made: meeting (在职工代表大会/职工大会上报告) |
// written (书面报告).
inline constexpr std::string_view kCongressMethodsEn = "meeting, written";
inline constexpr std::string_view kCongressMethodsZh = "会议报告、书面报告";
bool IsCongressMethod(std::string_view value);
std::string_view CongressMethodLabelZh(std::string_view value);

enum class SideEffect {
  kNotifyRegulator,           // the supervising regulator (every step of a major one)
  kNotifyOwner,               // the (new) rectification owner
  kNotifyPreviousOwner,       // reassign: the owner who was replaced
  kNotifyEnterpriseManagers,  // principal and safety officers
};

std::string_view SideEffectValue(SideEffect effect);
// notify_regulator | notify_owner | notify_previous_owner | notify_enterprise_managers

struct TransitionOutcome {
  HiddenDangerSnapshot snapshot;
  std::vector<SideEffect> side_effects;  // the actor may be among the recipients; skip them
};

// The kinds the requester is for this hidden danger: regulator alone when actor_is_regulator
// (regulator and enterprise roles never coexist, identity/roles_rules.hpp role_scope_mismatch); otherwise
// enterprise_manager and/or owner, or enterprise_other when neither.
std::vector<ActorKind> ClassifyActor(const HiddenDangerSnapshot& snapshot,
                                     const TransitionRequest& request);

// Checks in this order, stopping at the first stage that fails, then returns all parameter
// errors of the last stage together:
//  1. transition_not_allowed (field "action"): no row for this state and action.
//  2. major_only: the rows for this state and action apply to major hidden dangers only.
//  3. regulator_only, enterprise_only, manager_only, owner_or_manager_only,
//     manager_or_regulator_only: the actor's kinds are not in the row.
//  4. verifier_is_rectifier (verify_pass/verify_fail by the person who rectified this round);
//     plan_required (rectify a major one without a plan); already_listed (list_supervision
//     twice); regulator_finding (an enterprise dismissing what a regulator registered);
//     congress_report_required (regulator_signoff of a major one with no report_congress).
//  5. Parameters: level_required, level_invalid (assess: ordinary or major); owner_required,
//     measures_required, funds_negative (assign); deadline_required, deadline_invalid,
//     deadline_past (assign, reassign; field "deadline"; list_supervision, field
//     "regulator_deadline"); deadline_after_regulator_deadline (the enterprise's deadline may not
//     be later than a listed supervision's); plan_content_required (submit_plan, field "plan");
//     evidence_required (rectify); reason_required (verify_fail, regulator_reject, reassign,
//     dismiss); reassign_no_change; report_congress: required (congress_reported_on,
//     congress_reporter, congress_minutes), date_invalid and date_future (congress_reported_on),
//     congress_method_invalid; today_invalid (when a date must be compared).
std::variant<TransitionOutcome, std::vector<FieldError>> ApplyTransition(
    const HiddenDangerSnapshot& snapshot, const TransitionRequest& request);

// Actions that pass stages 1-4 for this actor, for showing only the buttons that can work.
std::vector<HiddenDangerAction> AvailableActions(const HiddenDangerSnapshot& snapshot,
                                                 std::int64_t actor_user_id,
                                                 bool actor_is_regulator,
                                                 bool actor_is_enterprise_manager);

// The deadline that counts: the earlier of the enterprise's and a listed supervision's.
std::optional<std::string> EffectiveDeadline(const HiddenDangerSnapshot& snapshot);

}  // namespace anjian::hidden_danger
