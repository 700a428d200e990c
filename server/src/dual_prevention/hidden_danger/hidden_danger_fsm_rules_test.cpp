#include "dual_prevention/hidden_danger/hidden_danger_fsm_rules.hpp"

#include <gtest/gtest.h>

#include <array>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "core/test_util.hpp"

namespace anjian::hidden_danger {
namespace {

using S = HiddenDangerState;
using Lv = HiddenDangerLevel;
using A = HiddenDangerAction;
using K = ActorKind;
using Fx = SideEffect;
using core::testing::Rules;
using core::testing::WellFormed;

constexpr std::int64_t kRegulatorId = 1;
constexpr std::int64_t kManagerId = 2;
constexpr std::int64_t kOtherId = 4;
constexpr std::int64_t kOwnerId = 7;
constexpr std::int64_t kManager2Id = 8;
constexpr std::int64_t kNewOwnerId = 9;
constexpr const char* kToday = "2026-11-28";

using Result = std::variant<TransitionOutcome, std::vector<FieldError>>;

const TransitionOutcome* Ok(const Result& r) { return std::get_if<TransitionOutcome>(&r); }
std::vector<FieldError> Errors(const Result& r) {
  const auto* e = std::get_if<std::vector<FieldError>>(&r);
  return e ? *e : std::vector<FieldError>{};
}

// A snapshot in `state` with everything a "happy" request needs: an owner, a plan, and (once
// rectified) the owner as rectifier.
HiddenDangerSnapshot Snapshot(S state, Lv level) {
  HiddenDangerSnapshot s;
  s.state = state;
  s.level = level;
  s.owner_user_id = kOwnerId;
  s.measures = "更换破损电缆";
  s.deadline = "2026-12-31";
  s.has_plan = level == Lv::kMajor;
  s.congress_reported = level == Lv::kMajor;
  if (state == S::kRectified || state == S::kAwaitingRegulatorSignoff || state == S::kClosed) {
    s.rectified_by_user_id = kOwnerId;
  }
  return s;
}

TransitionRequest Actor(A action, K kind) {
  TransitionRequest r;
  r.action = action;
  r.today = kToday;
  switch (kind) {
    case K::kRegulator:
      r.actor_user_id = kRegulatorId;
      r.actor_is_regulator = true;
      break;
    case K::kEnterpriseManager:
      r.actor_user_id = kManagerId;
      r.actor_is_enterprise_manager = true;
      break;
    case K::kOwner:
      r.actor_user_id = kOwnerId;
      break;
    case K::kEnterpriseOther:
      r.actor_user_id = kOtherId;
      break;
  }
  return r;
}

// Every parameter any action needs, valid.
TransitionRequest Happy(A action, K kind) {
  auto r = Actor(action, kind);
  r.reason = "理由";
  r.level = Lv::kOrdinary;
  r.owner_user_id = kNewOwnerId;
  r.measures = "更换破损电缆";
  r.funds_fen = 150000;
  r.deadline = "2026-12-15";
  r.plan = "治理方案：停产更换";
  r.regulator_deadline = "2026-12-20";
  r.evidence = "已更换，见照片";
  r.congress_reported_on = "2026-11-27";
  r.congress_method = "meeting";
  r.congress_reporter = "张厂长";
  r.congress_minutes = "第三届职代会第二次会议听取重大事故隐患治理情况报告";
  return r;
}

// What each (state, level) can be in a real record: reported and dismissed ones are unassessed,
// awaiting sign-off only happens to major ones.
const std::vector<std::pair<S, Lv>>& ReachableStates() {
  static const std::vector<std::pair<S, Lv>> kAll = {
      {S::kReported, Lv::kUnassessed},
      {S::kAssessed, Lv::kOrdinary},
      {S::kAssessed, Lv::kMajor},
      {S::kRectificationAssigned, Lv::kOrdinary},
      {S::kRectificationAssigned, Lv::kMajor},
      {S::kRectified, Lv::kOrdinary},
      {S::kRectified, Lv::kMajor},
      {S::kAwaitingRegulatorSignoff, Lv::kMajor},
      {S::kClosed, Lv::kOrdinary},
      {S::kClosed, Lv::kMajor},
      {S::kDismissed, Lv::kUnassessed},
  };
  return kAll;
}

// The expected outcome of every non-default cell: the new state, or the refusing rule, for
// {regulator, enterprise_manager, owner, enterprise_other}. Every other combination of reachable
// (state, level) × action × actor kind must be refused with transition_not_allowed.
using Key = std::tuple<S, Lv, A>;
using Row = std::array<const char*, 4>;
const std::map<Key, Row>& ExpectedGrid() {
  constexpr const char* kNotMajor = "major_only";
  constexpr const char* kEntOnly = "enterprise_only";
  constexpr const char* kMgrOnly = "manager_only";
  constexpr const char* kRegOnly = "regulator_only";
  constexpr const char* kMgrOrReg = "manager_or_regulator_only";
  constexpr const char* kOwnerOrMgr = "owner_or_manager_only";
  static const std::map<Key, Row> kGrid = {
      // reported
      {{S::kReported, Lv::kUnassessed, A::kAssess}, {"assessed", "assessed", kMgrOrReg, kMgrOrReg}},
      {{S::kReported, Lv::kUnassessed, A::kDismiss},
       {"dismissed", "dismissed", kMgrOrReg, kMgrOrReg}},
      // assessed, ordinary
      {{S::kAssessed, Lv::kOrdinary, A::kAssign},
       {kEntOnly, "rectification_assigned", kMgrOnly, kMgrOnly}},
      {{S::kAssessed, Lv::kOrdinary, A::kSubmitPlan}, {kNotMajor, kNotMajor, kNotMajor, kNotMajor}},
      {{S::kAssessed, Lv::kOrdinary, A::kListSupervision},
       {kNotMajor, kNotMajor, kNotMajor, kNotMajor}},
      // assessed, major
      {{S::kAssessed, Lv::kMajor, A::kAssign},
       {kEntOnly, "rectification_assigned", kMgrOnly, kMgrOnly}},
      {{S::kAssessed, Lv::kMajor, A::kSubmitPlan}, {kEntOnly, "assessed", kMgrOnly, kMgrOnly}},
      {{S::kAssessed, Lv::kMajor, A::kListSupervision},
       {"assessed", kRegOnly, kRegOnly, kRegOnly}},
      // rectification assigned, ordinary
      {{S::kRectificationAssigned, Lv::kOrdinary, A::kSubmitPlan},
       {kNotMajor, kNotMajor, kNotMajor, kNotMajor}},
      {{S::kRectificationAssigned, Lv::kOrdinary, A::kListSupervision},
       {kNotMajor, kNotMajor, kNotMajor, kNotMajor}},
      {{S::kRectificationAssigned, Lv::kOrdinary, A::kRectify},
       {kEntOnly, "rectified", "rectified", kOwnerOrMgr}},
      {{S::kRectificationAssigned, Lv::kOrdinary, A::kReassign},
       {kEntOnly, "rectification_assigned", kMgrOnly, kMgrOnly}},
      // rectification assigned, major
      {{S::kRectificationAssigned, Lv::kMajor, A::kSubmitPlan},
       {kEntOnly, "rectification_assigned", kMgrOnly, kMgrOnly}},
      {{S::kRectificationAssigned, Lv::kMajor, A::kListSupervision},
       {"rectification_assigned", kRegOnly, kRegOnly, kRegOnly}},
      {{S::kRectificationAssigned, Lv::kMajor, A::kRectify},
       {kEntOnly, "rectified", "rectified", kOwnerOrMgr}},
      {{S::kRectificationAssigned, Lv::kMajor, A::kReassign},
       {kEntOnly, "rectification_assigned", kMgrOnly, kMgrOnly}},
      // rectified, ordinary
      {{S::kRectified, Lv::kOrdinary, A::kListSupervision},
       {kNotMajor, kNotMajor, kNotMajor, kNotMajor}},
      {{S::kRectified, Lv::kOrdinary, A::kVerifyPass}, {kEntOnly, "closed", kMgrOnly, kMgrOnly}},
      {{S::kRectified, Lv::kOrdinary, A::kVerifyFail},
       {kEntOnly, "rectification_assigned", kMgrOnly, kMgrOnly}},
      // rectified, major
      {{S::kRectified, Lv::kMajor, A::kListSupervision},
       {"rectified", kRegOnly, kRegOnly, kRegOnly}},
      {{S::kRectified, Lv::kMajor, A::kVerifyPass},
       {kEntOnly, "awaiting_regulator_signoff", kMgrOnly, kMgrOnly}},
      {{S::kRectified, Lv::kMajor, A::kVerifyFail},
       {kEntOnly, "rectification_assigned", kMgrOnly, kMgrOnly}},
      // awaiting regulator sign-off (major only)
      {{S::kAwaitingRegulatorSignoff, Lv::kMajor, A::kRegulatorSignoff},
       {"closed", kRegOnly, kRegOnly, kRegOnly}},
      {{S::kAwaitingRegulatorSignoff, Lv::kMajor, A::kRegulatorReject},
       {"rectification_assigned", kRegOnly, kRegOnly, kRegOnly}},
      // the report to the workers' congress: major only, by a manager, no state change
      {{S::kAssessed, Lv::kOrdinary, A::kReportCongress},
       {kNotMajor, kNotMajor, kNotMajor, kNotMajor}},
      {{S::kRectificationAssigned, Lv::kOrdinary, A::kReportCongress},
       {kNotMajor, kNotMajor, kNotMajor, kNotMajor}},
      {{S::kRectified, Lv::kOrdinary, A::kReportCongress},
       {kNotMajor, kNotMajor, kNotMajor, kNotMajor}},
      {{S::kAssessed, Lv::kMajor, A::kReportCongress}, {kEntOnly, "assessed", kMgrOnly, kMgrOnly}},
      {{S::kRectificationAssigned, Lv::kMajor, A::kReportCongress},
       {kEntOnly, "rectification_assigned", kMgrOnly, kMgrOnly}},
      {{S::kRectified, Lv::kMajor, A::kReportCongress},
       {kEntOnly, "rectified", kMgrOnly, kMgrOnly}},
      {{S::kAwaitingRegulatorSignoff, Lv::kMajor, A::kReportCongress},
       {kEntOnly, "awaiting_regulator_signoff", kMgrOnly, kMgrOnly}},
      // closed and dismissed: nothing, for anyone.
  };
  return kGrid;
}

std::string Describe(const Result& r) {
  if (const auto* ok = Ok(r)) return std::string(HiddenDangerStateValue(ok->snapshot.state));
  const auto errors = Errors(r);
  return errors.size() == 1 ? errors[0].rule : "<" + std::to_string(errors.size()) + " errors>";
}

TEST(HiddenDangerFsmTest, ExhaustiveTransitionTable) {
  const auto& grid = ExpectedGrid();
  std::set<Key> visited;
  int cells = 0;
  for (const auto& [state, level] : ReachableStates()) {
    for (auto action : AllHiddenDangerActions()) {
      const Key key{state, level, action};
      const auto it = grid.find(key);
      if (it != grid.end()) visited.insert(key);
      for (std::size_t k = 0; k < AllActorKinds().size(); ++k) {
        const auto kind = AllActorKinds()[k];
        const std::string expected = it == grid.end() ? "transition_not_allowed" : it->second[k];
        const auto result = ApplyTransition(Snapshot(state, level), Happy(action, kind));
        EXPECT_EQ(Describe(result), expected)
            << HiddenDangerStateValue(state) << "/" << HiddenDangerLevelValue(level) << " "
            << HiddenDangerActionValue(action) << " by " << ActorKindValue(kind);
        EXPECT_TRUE(WellFormed(Errors(result)));
        ++cells;
      }
    }
  }
  EXPECT_EQ(cells, 11 * 12 * 4);
  EXPECT_EQ(visited.size(), grid.size()) << "a row of the expected grid names an unreachable cell";
}

// The table itself: one row per (from, action, level), targets and actors well-defined, terminal
// states without exits, every other state with one.
TEST(HiddenDangerFsmTest, TableShape) {
  std::set<std::tuple<S, A, LevelCondition>> keys;
  std::set<S> with_exit;
  for (const auto& row : TransitionTable()) {
    EXPECT_TRUE(keys.insert({row.from, row.action, row.level}).second)
        << HiddenDangerStateValue(row.from) << " " << HiddenDangerActionValue(row.action);
    EXPECT_FALSE(row.actors.empty());
    EXPECT_TRUE(IsOpen(row.from));
    with_exit.insert(row.from);
  }
  for (auto s : AllHiddenDangerStates()) EXPECT_EQ(with_exit.count(s) == 1, IsOpen(s)) << HiddenDangerStateValue(s);
  EXPECT_EQ(TransitionTable().size(), 19u);
}

TEST(HiddenDangerFsmTest, EnumValues) {
  const std::pair<S, const char*> states[] = {
      {S::kReported, "reported"},
      {S::kAssessed, "assessed"},
      {S::kRectificationAssigned, "rectification_assigned"},
      {S::kRectified, "rectified"},
      {S::kAwaitingRegulatorSignoff, "awaiting_regulator_signoff"},
      {S::kClosed, "closed"},
      {S::kDismissed, "dismissed"},
  };
  ASSERT_EQ(AllHiddenDangerStates().size(), std::size(states));
  for (const auto& [s, v] : states) {
    EXPECT_EQ(HiddenDangerStateValue(s), v);
    EXPECT_EQ(ParseHiddenDangerState(v), s);
    EXPECT_FALSE(HiddenDangerStateLabelZh(s).empty());
    EXPECT_FALSE(HiddenDangerStateLabelEn(s).empty());
  }
  const std::pair<A, const char*> actions[] = {
      {A::kAssess, "assess"},
      {A::kAssign, "assign"},
      {A::kSubmitPlan, "submit_plan"},
      {A::kListSupervision, "list_supervision"},
      {A::kRectify, "rectify"},
      {A::kVerifyPass, "verify_pass"},
      {A::kVerifyFail, "verify_fail"},
      {A::kRegulatorSignoff, "regulator_signoff"},
      {A::kRegulatorReject, "regulator_reject"},
      {A::kReassign, "reassign"},
      {A::kDismiss, "dismiss"},
      {A::kReportCongress, "report_congress"},
  };
  ASSERT_EQ(AllHiddenDangerActions().size(), std::size(actions));
  for (const auto& [a, v] : actions) {
    EXPECT_EQ(HiddenDangerActionValue(a), v);
    EXPECT_EQ(ParseHiddenDangerAction(v), a);
    EXPECT_FALSE(HiddenDangerActionLabelZh(a).empty());
    EXPECT_FALSE(HiddenDangerActionLabelEn(a).empty());
  }
  const std::pair<Lv, const char*> levels[] = {
      {Lv::kUnassessed, "unassessed"}, {Lv::kOrdinary, "ordinary"}, {Lv::kMajor, "major"}};
  ASSERT_EQ(AllHiddenDangerLevels().size(), std::size(levels));
  for (const auto& [l, v] : levels) {
    EXPECT_EQ(HiddenDangerLevelValue(l), v);
    EXPECT_EQ(ParseHiddenDangerLevel(v), l);
    EXPECT_FALSE(HiddenDangerLevelLabelZh(l).empty());
  }
  EXPECT_EQ(HiddenDangerLevelLabelZh(Lv::kMajor), "重大事故隐患");
  EXPECT_EQ(ActorKindValue(K::kEnterpriseManager), "enterprise_manager");
  EXPECT_EQ(SideEffectValue(Fx::kNotifyRegulator), "notify_regulator");
  EXPECT_EQ(SideEffectValue(Fx::kNotifyOwner), "notify_owner");
  EXPECT_EQ(SideEffectValue(Fx::kNotifyPreviousOwner), "notify_previous_owner");
  EXPECT_EQ(SideEffectValue(Fx::kNotifyEnterpriseManagers), "notify_enterprise_managers");
  EXPECT_FALSE(ParseHiddenDangerAction("close").has_value());
  EXPECT_FALSE(ParseHiddenDangerState("verified").has_value());
}

TEST(HiddenDangerFsmTest, NotAllowedMessageNamesStateAndAction) {
  const auto errors =
      Errors(ApplyTransition(Snapshot(S::kReported, Lv::kUnassessed), Happy(A::kVerifyPass, K::kEnterpriseManager)));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "action");
  EXPECT_EQ(errors[0].rule, "transition_not_allowed");
  EXPECT_NE(errors[0].message.find("verify_pass"), std::string::npos) << errors[0].message;
  EXPECT_NE(errors[0].message.find("reported"), std::string::npos) << errors[0].message;
  EXPECT_NE(errors[0].message_zh.find("已上报"), std::string::npos) << errors[0].message_zh;
  EXPECT_NE(errors[0].message_zh.find("验收通过"), std::string::npos) << errors[0].message_zh;
}

TEST(HiddenDangerFsmTest, ClassifyActor) {
  const auto snap = Snapshot(S::kRectificationAssigned, Lv::kOrdinary);
  struct Case {
    const char* name;
    std::int64_t id;
    bool regulator, manager;
    std::vector<K> expected;
  };
  const Case cases[] = {
      {"regulator", kRegulatorId, true, false, {K::kRegulator}},
      {"regulator flag wins", kOwnerId, true, true, {K::kRegulator}},
      {"manager", kManagerId, false, true, {K::kEnterpriseManager}},
      {"manager who owns", kOwnerId, false, true, {K::kEnterpriseManager, K::kOwner}},
      {"owner", kOwnerId, false, false, {K::kOwner}},
      {"other", kOtherId, false, false, {K::kEnterpriseOther}},
  };
  for (const auto& c : cases) {
    TransitionRequest r;
    r.actor_user_id = c.id;
    r.actor_is_regulator = c.regulator;
    r.actor_is_enterprise_manager = c.manager;
    EXPECT_EQ(ClassifyActor(snap, r), c.expected) << c.name;
  }
  HiddenDangerSnapshot unowned;
  TransitionRequest r;
  r.actor_user_id = 0;
  EXPECT_EQ(ClassifyActor(unowned, r), std::vector<K>{K::kEnterpriseOther});
}

// Guards that need more than state, level and actor kind.
TEST(HiddenDangerFsmTest, GuardTable) {
  struct Case {
    const char* name;
    HiddenDangerSnapshot snap;
    TransitionRequest req;
    std::string rule;
  };
  auto rectified = [](Lv level, std::int64_t rectifier) {
    auto s = Snapshot(S::kRectified, level);
    s.rectified_by_user_id = rectifier;
    return s;
  };
  auto manager = [](A a, std::int64_t id) {
    auto r = Happy(a, K::kEnterpriseManager);
    r.actor_user_id = id;
    return r;
  };
  auto no_plan = Snapshot(S::kRectificationAssigned, Lv::kMajor);
  no_plan.has_plan = false;
  auto listed = Snapshot(S::kRectificationAssigned, Lv::kMajor);
  listed.under_listed_supervision = true;
  listed.regulator_deadline = "2026-12-20";
  auto found_by_regulator = Snapshot(S::kReported, Lv::kUnassessed);
  found_by_regulator.registered_by_regulator = true;
  const Case cases[] = {
      {"manager verifies own rectification", rectified(Lv::kOrdinary, kManagerId),
       manager(A::kVerifyPass, kManagerId), "verifier_is_rectifier"},
      {"manager fails own rectification", rectified(Lv::kOrdinary, kManagerId),
       manager(A::kVerifyFail, kManagerId), "verifier_is_rectifier"},
      {"major: manager verifies own rectification", rectified(Lv::kMajor, kManagerId),
       manager(A::kVerifyPass, kManagerId), "verifier_is_rectifier"},
      {"managing owner verifies own rectification", rectified(Lv::kOrdinary, kOwnerId),
       manager(A::kVerifyPass, kOwnerId), "verifier_is_rectifier"},
      {"another manager verifies", rectified(Lv::kOrdinary, kManagerId),
       manager(A::kVerifyPass, kManager2Id), ""},
      {"major without plan", no_plan, Happy(A::kRectify, K::kOwner), "plan_required"},
      {"major without plan, by a manager", no_plan, Happy(A::kRectify, K::kEnterpriseManager),
       "plan_required"},
      {"ordinary needs no plan",
       [] {
         auto s = Snapshot(S::kRectificationAssigned, Lv::kOrdinary);
         s.has_plan = false;
         return s;
       }(),
       Happy(A::kRectify, K::kOwner), ""},
      {"listed twice", listed, Happy(A::kListSupervision, K::kRegulator), "already_listed"},
      {"enterprise dismisses regulator's finding", found_by_regulator,
       Happy(A::kDismiss, K::kEnterpriseManager), "regulator_finding"},
      {"regulator dismisses its own finding", found_by_regulator,
       Happy(A::kDismiss, K::kRegulator), ""},
      {"actor rule comes before separation", rectified(Lv::kOrdinary, kOwnerId),
       Happy(A::kVerifyPass, K::kOwner), "manager_only"},
  };
  for (const auto& c : cases) {
    const auto result = ApplyTransition(c.snap, c.req);
    if (c.rule.empty()) {
      EXPECT_NE(Ok(result), nullptr) << c.name << ": " << Describe(result);
    } else {
      const auto errors = Errors(result);
      EXPECT_EQ(Rules(errors), std::set<std::string>{c.rule}) << c.name;
      EXPECT_TRUE(WellFormed(errors)) << c.name;
    }
  }
}

TEST(HiddenDangerFsmTest, ParameterTable) {
  using Mutate = std::function<void(TransitionRequest&)>;
  struct Case {
    const char* name;
    HiddenDangerSnapshot snap;
    A action;
    K kind;
    Mutate mutate;
    std::set<std::pair<std::string, std::string>> errors;  // {field, rule}; empty: accepted
  };
  const auto reported = Snapshot(S::kReported, Lv::kUnassessed);
  const auto assessed = Snapshot(S::kAssessed, Lv::kOrdinary);
  const auto assigned = Snapshot(S::kRectificationAssigned, Lv::kOrdinary);
  const auto major_assessed = Snapshot(S::kAssessed, Lv::kMajor);
  const auto rectified = Snapshot(S::kRectified, Lv::kOrdinary);
  const auto awaiting = Snapshot(S::kAwaitingRegulatorSignoff, Lv::kMajor);
  auto listed = Snapshot(S::kAssessed, Lv::kMajor);
  listed.under_listed_supervision = true;
  listed.regulator_deadline = "2026-12-10";
  auto listed_assigned = listed;
  listed_assigned.state = S::kRectificationAssigned;
  listed_assigned.deadline = "2026-12-05";
  const auto M = K::kEnterpriseManager;
  const Case cases[] = {
      {"assess without level", reported, A::kAssess, M, [](auto& r) { r.level.reset(); },
       {{"level", "level_required"}}},
      {"assess as unassessed", reported, A::kAssess, M,
       [](auto& r) { r.level = Lv::kUnassessed; }, {{"level", "level_invalid"}}},
      {"assess major", reported, A::kAssess, M, [](auto& r) { r.level = Lv::kMajor; }, {}},
      {"assign with nothing", assessed, A::kAssign, M,
       [](auto& r) {
         r.owner_user_id.reset();
         r.measures = "  ";
         r.funds_fen = -1;
         r.deadline.reset();
       },
       {{"owner_user_id", "owner_required"},
        {"measures", "measures_required"},
        {"funds_fen", "funds_negative"},
        {"deadline", "deadline_required"}}},
      {"assign without funds is fine", assessed, A::kAssign, M,
       [](auto& r) { r.funds_fen.reset(); }, {}},
      {"assign zero funds", assessed, A::kAssign, M, [](auto& r) { r.funds_fen = 0; }, {}},
      {"assign deadline yesterday", assessed, A::kAssign, M,
       [](auto& r) { r.deadline = "2026-11-27"; }, {{"deadline", "deadline_past"}}},
      {"assign deadline today", assessed, A::kAssign, M,
       [](auto& r) { r.deadline = kToday; }, {}},
      {"assign deadline malformed", assessed, A::kAssign, M,
       [](auto& r) { r.deadline = "2026/12/01"; }, {{"deadline", "deadline_invalid"}}},
      {"assign deadline empty", assessed, A::kAssign, M, [](auto& r) { r.deadline = ""; },
       {{"deadline", "deadline_required"}}},
      {"assign deadline Feb 30", assessed, A::kAssign, M,
       [](auto& r) { r.deadline = "2027-02-30"; }, {{"deadline", "deadline_invalid"}}},
      {"assign without today", assessed, A::kAssign, M, [](auto& r) { r.today = ""; },
       {{"today", "today_invalid"}}},
      {"assign past the regulator's deadline", listed, A::kAssign, M,
       [](auto& r) { r.deadline = "2026-12-11"; },
       {{"deadline", "deadline_after_regulator_deadline"}}},
      {"assign on the regulator's deadline", listed, A::kAssign, M,
       [](auto& r) { r.deadline = "2026-12-10"; }, {}},
      {"reassign without reason", assigned, A::kReassign, M, [](auto& r) { r.reason = " "; },
       {{"reason", "reason_required"}}},
      {"reassign to the same owner only", assigned, A::kReassign, M,
       [](auto& r) {
         r.owner_user_id = kOwnerId;
         r.deadline.reset();
       },
       {{"", "reassign_no_change"}}},
      {"reassign to the same deadline only", assigned, A::kReassign, M,
       [](auto& r) {
         r.owner_user_id.reset();
         r.deadline = "2026-12-31";
       },
       {{"", "reassign_no_change"}}},
      {"reassign deadline only", assigned, A::kReassign, M,
       [](auto& r) {
         r.owner_user_id.reset();
         r.deadline = "2027-01-15";
       },
       {}},
      {"reassign owner only", assigned, A::kReassign, M, [](auto& r) { r.deadline.reset(); }, {}},
      {"reassign into the past", assigned, A::kReassign, M,
       [](auto& r) { r.deadline = "2026-11-01"; }, {{"deadline", "deadline_past"}}},
      {"reassign past the regulator's deadline", listed_assigned, A::kReassign, M,
       [](auto& r) { r.deadline = "2026-12-20"; },
       {{"deadline", "deadline_after_regulator_deadline"}}},
      {"empty plan", major_assessed, A::kSubmitPlan, M, [](auto& r) { r.plan = ""; },
       {{"plan", "plan_content_required"}}},
      {"listing without deadline", major_assessed, A::kListSupervision, K::kRegulator,
       [](auto& r) { r.regulator_deadline.reset(); },
       {{"regulator_deadline", "deadline_required"}}},
      {"listing with past deadline", major_assessed, A::kListSupervision, K::kRegulator,
       [](auto& r) { r.regulator_deadline = "2026-01-01"; },
       {{"regulator_deadline", "deadline_past"}}},
      {"rectify without evidence", assigned, A::kRectify, K::kOwner,
       [](auto& r) { r.evidence = "\n"; }, {{"evidence", "evidence_required"}}},
      {"rectify after the deadline is still accepted", assigned, A::kRectify, K::kOwner,
       [](auto& r) { r.today = "2027-03-01"; }, {}},
      {"verify fail without reason", rectified, A::kVerifyFail, M,
       [](auto& r) { r.reason.clear(); }, {{"reason", "reason_required"}}},
      {"verify pass needs no reason", rectified, A::kVerifyPass, M,
       [](auto& r) { r.reason.clear(); }, {}},
      {"regulator reject without reason", awaiting, A::kRegulatorReject, K::kRegulator,
       [](auto& r) { r.reason.clear(); }, {{"reason", "reason_required"}}},
      {"sign-off needs no reason", awaiting, A::kRegulatorSignoff, K::kRegulator,
       [](auto& r) { r.reason.clear(); }, {}},
      {"dismiss without reason", reported, A::kDismiss, M, [](auto& r) { r.reason.clear(); },
       {{"reason", "reason_required"}}},
  };
  for (const auto& c : cases) {
    auto req = Happy(c.action, c.kind);
    c.mutate(req);
    const auto result = ApplyTransition(c.snap, req);
    std::set<std::pair<std::string, std::string>> got;
    for (const auto& e : Errors(result)) got.insert({e.field, e.rule});
    EXPECT_EQ(got, c.errors) << c.name;
    EXPECT_TRUE(WellFormed(Errors(result))) << c.name;
  }
}

// Applies and expects success, for walking a whole loop.
HiddenDangerSnapshot Step(const HiddenDangerSnapshot& s, const TransitionRequest& r,
                          std::vector<Fx> effects, const char* what) {
  const auto result = ApplyTransition(s, r);
  const auto* ok = Ok(result);
  EXPECT_NE(ok, nullptr) << what << ": " << Describe(result);
  if (!ok) return s;
  EXPECT_EQ(ok->side_effects, effects) << what;
  return ok->snapshot;
}

TEST(HiddenDangerFsmTest, OrdinaryLoop) {
  HiddenDangerSnapshot s;  // as created: reported, unassessed
  EXPECT_EQ(s.state, S::kReported);

  auto assess = Actor(A::kAssess, K::kEnterpriseManager);
  assess.level = Lv::kOrdinary;
  s = Step(s, assess, {}, "assess");
  EXPECT_EQ(s.level, Lv::kOrdinary);

  auto assign = Actor(A::kAssign, K::kEnterpriseManager);
  assign.owner_user_id = kOwnerId;
  assign.measures = "更换破损电缆";
  assign.funds_fen = 50000;
  assign.deadline = "2026-12-05";
  s = Step(s, assign, {Fx::kNotifyOwner}, "assign");
  EXPECT_EQ(s.state, S::kRectificationAssigned);
  EXPECT_EQ(s.owner_user_id, kOwnerId);
  EXPECT_EQ(s.measures, "更换破损电缆");
  EXPECT_EQ(s.funds_fen, 50000);
  EXPECT_EQ(s.deadline, "2026-12-05");

  auto rectify = Actor(A::kRectify, K::kOwner);
  rectify.evidence = "已更换";
  s = Step(s, rectify, {Fx::kNotifyEnterpriseManagers}, "rectify");
  EXPECT_EQ(s.rectified_by_user_id, kOwnerId);

  auto fail = Actor(A::kVerifyFail, K::kEnterpriseManager);
  fail.reason = "接头未做防水";
  s = Step(s, fail, {Fx::kNotifyOwner}, "verify_fail");
  EXPECT_EQ(s.state, S::kRectificationAssigned);
  EXPECT_EQ(s.rectified_by_user_id, std::nullopt);
  EXPECT_EQ(s.owner_user_id, kOwnerId);

  s = Step(s, rectify, {Fx::kNotifyEnterpriseManagers}, "rectify again");
  s = Step(s, Actor(A::kVerifyPass, K::kEnterpriseManager), {Fx::kNotifyOwner}, "verify_pass");
  EXPECT_EQ(s.state, S::kClosed);
  EXPECT_EQ(s.verified_by_user_id, kManagerId);
  EXPECT_EQ(s.rectified_by_user_id, kOwnerId);
  EXPECT_FALSE(IsOpen(s.state));
  EXPECT_TRUE(AvailableActions(s, kManagerId, false, true).empty());
  EXPECT_TRUE(AvailableActions(s, kRegulatorId, true, false).empty());
}

TEST(HiddenDangerFsmTest, MajorLoopWithListedSupervision) {
  HiddenDangerSnapshot s;
  auto assess = Actor(A::kAssess, K::kEnterpriseManager);
  assess.level = Lv::kMajor;
  s = Step(s, assess, {Fx::kNotifyRegulator}, "assess major: reported to the regulator at once");

  auto list = Actor(A::kListSupervision, K::kRegulator);
  list.regulator_deadline = "2026-12-20";
  s = Step(s, list, {Fx::kNotifyEnterpriseManagers}, "list (no owner yet)");
  EXPECT_TRUE(s.under_listed_supervision);
  EXPECT_EQ(s.regulator_deadline, "2026-12-20");

  auto assign = Actor(A::kAssign, K::kEnterpriseManager);
  assign.owner_user_id = kOwnerId;
  assign.measures = "停产更换防爆电器";
  assign.deadline = "2026-12-25";
  EXPECT_EQ(Rules(Errors(ApplyTransition(s, assign))),
            std::set<std::string>{"deadline_after_regulator_deadline"});
  assign.deadline = "2026-12-15";
  s = Step(s, assign, {Fx::kNotifyOwner, Fx::kNotifyRegulator}, "assign");
  EXPECT_EQ(EffectiveDeadline(s), "2026-12-15");

  auto rectify = Actor(A::kRectify, K::kOwner);
  rectify.evidence = "已更换";
  EXPECT_EQ(Rules(Errors(ApplyTransition(s, rectify))), std::set<std::string>{"plan_required"});
  EXPECT_EQ(AvailableActions(s, kOwnerId, false, false), std::vector<A>{});

  auto plan = Actor(A::kSubmitPlan, K::kEnterpriseManager);
  plan.plan = "治理方案";
  s = Step(s, plan, {Fx::kNotifyRegulator}, "submit_plan");
  EXPECT_TRUE(s.has_plan);
  EXPECT_EQ(AvailableActions(s, kOwnerId, false, false), std::vector<A>{A::kRectify});

  s = Step(s, rectify, {Fx::kNotifyEnterpriseManagers, Fx::kNotifyRegulator}, "rectify");
  s = Step(s, Actor(A::kVerifyPass, K::kEnterpriseManager),
           {Fx::kNotifyOwner, Fx::kNotifyRegulator}, "verify_pass");
  EXPECT_EQ(s.state, S::kAwaitingRegulatorSignoff);
  EXPECT_TRUE(IsOpen(s.state));

  auto reject = Actor(A::kRegulatorReject, K::kRegulator);
  reject.reason = "现场复查仍有隐患";
  s = Step(s, reject, {Fx::kNotifyOwner, Fx::kNotifyEnterpriseManagers}, "regulator_reject");
  EXPECT_EQ(s.state, S::kRectificationAssigned);
  EXPECT_EQ(s.rectified_by_user_id, std::nullopt);
  EXPECT_EQ(s.verified_by_user_id, std::nullopt);

  s = Step(s, rectify, {Fx::kNotifyEnterpriseManagers, Fx::kNotifyRegulator}, "rectify again");
  s = Step(s, Actor(A::kVerifyPass, K::kEnterpriseManager),
           {Fx::kNotifyOwner, Fx::kNotifyRegulator}, "verify_pass again");
  EXPECT_EQ(Rules(Errors(ApplyTransition(s, Actor(A::kRegulatorSignoff, K::kRegulator)))),
            std::set<std::string>{"congress_report_required"});
  s = Step(s, Happy(A::kReportCongress, K::kEnterpriseManager), {Fx::kNotifyRegulator},
           "report_congress");
  EXPECT_EQ(AvailableActions(s, kRegulatorId, true, false),
            (std::vector<A>{A::kRegulatorSignoff, A::kRegulatorReject}));
  s = Step(s, Actor(A::kRegulatorSignoff, K::kRegulator),
           {Fx::kNotifyOwner, Fx::kNotifyEnterpriseManagers}, "regulator_signoff");
  EXPECT_EQ(s.state, S::kClosed);
  EXPECT_TRUE(s.under_listed_supervision);  // the record keeps that it was listed
}

TEST(HiddenDangerFsmTest, RegulatorAssessesItsOwnFinding) {
  HiddenDangerSnapshot s;
  s.registered_by_regulator = true;
  auto assess = Actor(A::kAssess, K::kRegulator);
  assess.level = Lv::kMajor;
  s = Step(s, assess, {Fx::kNotifyEnterpriseManagers}, "regulator grades major");
  EXPECT_EQ(s.level, Lv::kMajor);
}

TEST(HiddenDangerFsmTest, ReassignEffects) {
  const auto s = Snapshot(S::kRectificationAssigned, Lv::kOrdinary);
  auto r = Happy(A::kReassign, K::kEnterpriseManager);
  r.deadline.reset();
  auto n = Step(s, r, {Fx::kNotifyPreviousOwner, Fx::kNotifyOwner}, "new owner");
  EXPECT_EQ(n.owner_user_id, kNewOwnerId);
  EXPECT_EQ(n.deadline, "2026-12-31");

  r = Happy(A::kReassign, K::kEnterpriseManager);
  r.owner_user_id.reset();
  r.deadline = "2027-01-20";
  n = Step(s, r, {Fx::kNotifyOwner}, "new deadline");
  EXPECT_EQ(n.owner_user_id, kOwnerId);
  EXPECT_EQ(n.deadline, "2027-01-20");
}

TEST(HiddenDangerFsmTest, ManagerRectifiesOnBehalfThenAnotherVerifies) {
  auto s = Snapshot(S::kRectificationAssigned, Lv::kOrdinary);
  s = Step(s, Happy(A::kRectify, K::kEnterpriseManager), {Fx::kNotifyEnterpriseManagers},
           "manager rectifies");
  EXPECT_EQ(s.rectified_by_user_id, kManagerId);
  EXPECT_TRUE(AvailableActions(s, kManagerId, false, true).empty());
  EXPECT_EQ(AvailableActions(s, kManager2Id, false, true),
            (std::vector<A>{A::kVerifyPass, A::kVerifyFail}));
}

TEST(HiddenDangerFsmTest, AvailableActionsPerActor) {
  struct Case {
    const char* name;
    HiddenDangerSnapshot snap;
    std::int64_t id;
    bool regulator, manager;
    std::vector<A> expected;
  };
  const Case cases[] = {
      {"reported, manager", Snapshot(S::kReported, Lv::kUnassessed), kManagerId, false, true,
       {A::kAssess, A::kDismiss}},
      {"reported, staff", Snapshot(S::kReported, Lv::kUnassessed), kOtherId, false, false, {}},
      {"major assessed, manager", Snapshot(S::kAssessed, Lv::kMajor), kManagerId, false, true,
       {A::kAssign, A::kSubmitPlan, A::kReportCongress}},
      {"major assessed, regulator", Snapshot(S::kAssessed, Lv::kMajor), kRegulatorId, true, false,
       {A::kListSupervision}},
      {"ordinary assessed, regulator", Snapshot(S::kAssessed, Lv::kOrdinary), kRegulatorId, true,
       false, {}},
      {"assigned, owner", Snapshot(S::kRectificationAssigned, Lv::kOrdinary), kOwnerId, false,
       false, {A::kRectify}},
      {"assigned, managing owner", Snapshot(S::kRectificationAssigned, Lv::kOrdinary), kOwnerId,
       false, true, {A::kRectify, A::kReassign}},
      {"rectified by owner, manager", Snapshot(S::kRectified, Lv::kOrdinary), kManagerId, false,
       true, {A::kVerifyPass, A::kVerifyFail}},
      {"rectified by owner, owner", Snapshot(S::kRectified, Lv::kOrdinary), kOwnerId, false,
       false, {}},
      {"dismissed, regulator", Snapshot(S::kDismissed, Lv::kUnassessed), kRegulatorId, true,
       false, {}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(AvailableActions(c.snap, c.id, c.regulator, c.manager), c.expected) << c.name;
  }
}

TEST(HiddenDangerFsmTest, EffectiveDeadline) {
  HiddenDangerSnapshot s;
  EXPECT_EQ(EffectiveDeadline(s), std::nullopt);
  s.deadline = "2026-12-15";
  EXPECT_EQ(EffectiveDeadline(s), "2026-12-15");
  s.regulator_deadline = "2026-12-10";
  EXPECT_EQ(EffectiveDeadline(s), "2026-12-15");  // not listed: the regulator's date is inert
  s.under_listed_supervision = true;
  EXPECT_EQ(EffectiveDeadline(s), "2026-12-10");
  s.regulator_deadline = "2027-01-10";
  EXPECT_EQ(EffectiveDeadline(s), "2026-12-15");
  s.deadline.reset();
  EXPECT_EQ(EffectiveDeadline(s), "2027-01-10");
}

// 安全生产法 Art.41 / 山东条例 Art.32: a major hidden danger is closed only after its report to
// the workers' congress is recorded; the report changes no state and checks its fields.
TEST(HiddenDangerFsmTest, CongressReportBeforeMajorClosure) {
  auto awaiting = Snapshot(S::kAwaitingRegulatorSignoff, Lv::kMajor);
  awaiting.congress_reported = false;
  auto refused = ApplyTransition(awaiting, Happy(A::kRegulatorSignoff, K::kRegulator));
  EXPECT_EQ(Rules(Errors(refused)), std::set<std::string>{"congress_report_required"});
  EXPECT_TRUE(WellFormed(Errors(refused)));
  // Not offered to the regulator either; the enterprise may report.
  EXPECT_EQ(AvailableActions(awaiting, kRegulatorId, true, false),
            (std::vector<A>{A::kRegulatorReject}));
  EXPECT_EQ(AvailableActions(awaiting, kManagerId, false, true),
            (std::vector<A>{A::kReportCongress}));
  auto reported = ApplyTransition(awaiting, Happy(A::kReportCongress, K::kEnterpriseManager));
  ASSERT_TRUE(Ok(reported)) << Describe(reported);
  EXPECT_EQ(Ok(reported)->snapshot.state, S::kAwaitingRegulatorSignoff);
  EXPECT_TRUE(Ok(reported)->snapshot.congress_reported);
  EXPECT_EQ(Ok(reported)->side_effects, std::vector<Fx>{Fx::kNotifyRegulator});
  EXPECT_TRUE(Ok(ApplyTransition(Ok(reported)->snapshot,
                                 Happy(A::kRegulatorSignoff, K::kRegulator))));

  struct PCase {
    const char* name;
    std::function<void(TransitionRequest&)> change;
    std::set<std::string> fields;  // field:rule
  };
  const PCase cases[] = {
      {"all given", [](TransitionRequest&) {}, {}},
      {"written report today", [](TransitionRequest& r) { r.congress_method = "written";
                                                          r.congress_reported_on = kToday; }, {}},
      {"nothing given",
       [](TransitionRequest& r) {
         r.congress_reported_on.reset();
         r.congress_method.clear();
         r.congress_reporter = " ";
         r.congress_minutes.clear();
       },
       {"congress_reported_on:required", "congress_method:congress_method_invalid",
        "congress_reporter:required", "congress_minutes:required"}},
      {"bad date", [](TransitionRequest& r) { r.congress_reported_on = "2026-02-30"; },
       {"congress_reported_on:date_invalid"}},
      {"tomorrow", [](TransitionRequest& r) { r.congress_reported_on = "2026-11-29"; },
       {"congress_reported_on:date_future"}},
      {"unknown method", [](TransitionRequest& r) { r.congress_method = "phone"; },
       {"congress_method:congress_method_invalid"}},
  };
  const auto assessed = Snapshot(S::kAssessed, Lv::kMajor);
  for (const auto& c : cases) {
    auto r = Happy(A::kReportCongress, K::kEnterpriseManager);
    c.change(r);
    std::set<std::string> got;
    for (const auto& e : Errors(ApplyTransition(assessed, r))) got.insert(e.field + ":" + e.rule);
    EXPECT_EQ(got, c.fields) << c.name;
    EXPECT_TRUE(WellFormed(Errors(ApplyTransition(assessed, r)))) << c.name;
  }
}

// 复查: an enforcement order requiring the regulator's re-check keeps an ordinary finding open
// after the enterprise's verification until the regulator signs it off.
TEST(HiddenDangerFsmTest, RegulatorRecheckBeforeAnOrderedFindingCloses) {
  auto s = Snapshot(S::kRectified, Lv::kOrdinary);
  s.regulator_recheck = true;
  auto passed = ApplyTransition(s, Happy(A::kVerifyPass, K::kEnterpriseManager));
  ASSERT_TRUE(Ok(passed)) << Describe(passed);
  EXPECT_EQ(Ok(passed)->snapshot.state, S::kAwaitingRegulatorSignoff);
  EXPECT_EQ(Ok(passed)->side_effects, (std::vector<Fx>{Fx::kNotifyOwner, Fx::kNotifyRegulator}));
  const auto& waiting = Ok(passed)->snapshot;
  EXPECT_EQ(AvailableActions(waiting, kRegulatorId, true, false),
            (std::vector<A>{A::kRegulatorSignoff, A::kRegulatorReject}));
  auto closed = ApplyTransition(waiting, Happy(A::kRegulatorSignoff, K::kRegulator));
  ASSERT_TRUE(Ok(closed));
  EXPECT_EQ(Ok(closed)->snapshot.state, S::kClosed);  // no congress report: an ordinary one
  auto rejected = ApplyTransition(waiting, Happy(A::kRegulatorReject, K::kRegulator));
  EXPECT_EQ(Ok(rejected)->snapshot.state, S::kRectificationAssigned);
  // Without the re-check the enterprise's verification closes it.
  s.regulator_recheck = false;
  EXPECT_EQ(Ok(ApplyTransition(s, Happy(A::kVerifyPass, K::kEnterpriseManager)))->snapshot.state,
            S::kClosed);
}

}  // namespace
}  // namespace anjian::hidden_danger
