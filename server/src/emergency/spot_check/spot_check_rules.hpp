// The pure rules of regulator duty spot checks (值班抽查：电话抽查/视频抽查, issue 14 §1): the random
// draw of N units from a pool (双随机-style: a function of its seed and its pool, so anyone holding
// the recorded seed and pool re-runs it — core::SplitMix64, identical on every platform), the
// call record's consistency, the finding's state machine and its answer deadline.
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

namespace anjian::spot_check {

// The first `count` of a partial Fisher–Yates shuffle of the pool sorted and de-duplicated (the
// whole pool when count exceeds it), in draw order. The database's row order does not matter.
std::vector<std::int64_t> DrawUnits(std::uint64_t seed, std::vector<std::int64_t> pool,
                                    std::int64_t count);

// Issue 15 §4 (安全生产法 art. 78: more frequent inspections of listed entities): the units of
// `always` that are in the pool (enterprises on the dishonesty list) are drawn first, in id
// order, even beyond `count`; the rest of the count is DrawUnits over the pool without them.
std::vector<std::int64_t> DrawUnitsListedFirst(std::uint64_t seed, std::vector<std::int64_t> pool,
                                               std::int64_t count,
                                               const std::vector<std::int64_t>& always);

// The pool as recorded: sorted, unique, "1,2,3"; and back.
std::string PoolText(std::vector<std::int64_t> pool);
std::vector<std::int64_t> ParsePool(std::string_view text);

inline constexpr std::int64_t kMaxDrawCount = 200;
inline constexpr std::int64_t kMaxManualUnits = 200;
// spot_check_draw_count (field "count", 1–200).
std::vector<FieldError> CheckDrawCount(std::int64_t count);

// Answer period of a finding (整改说明), settings key `duty_spot_check`, JSON
// {"answer_days": 5, "working_days": 1}. [U] No national or Shandong rule fixes how long a unit has
// to explain a failed duty spot check; the regulator's notice names it. Default: this
// deployment's choice of 5 working days, counted from the day after the check (民法典 art. 201)
// on the working-day calendar; working_days 0 counts calendar days and moves a last
// day off a rest day (art. 203).
struct SpotCheckConfig {
  std::int64_t answer_days = 5;   // 1–60
  std::int64_t working_days = 1;  // 1 working days, 0 calendar days
};
inline constexpr const char* kAnswerPeriodSourceZh =
    "无全国统一规定，按本部署业务参数「值班抽查整改说明期限」（默认 5 个工作日，自抽查次日起算，民法典第二百零一条、第二百零三条）";
inline constexpr const char* kAnswerPeriodSourceEn =
    "No national rule; the business setting \"Duty spot-check answer period\" (default 5 working "
    "days from the day after the check, Civil Code art. 201, 203)";
std::vector<FieldError> ValidateSpotCheckConfig(const SpotCheckConfig& c);
std::string SpotCheckConfigToJson(const SpotCheckConfig& c);
std::variant<SpotCheckConfig, std::vector<FieldError>> ParseSpotCheckConfig(std::string_view text);
std::optional<SpotCheckConfig> SpotCheckConfigFromJson(std::string_view text);

// The last day to answer a finding opened on the China day `checked_on`.
core::Date AnswerDueOn(const core::Date& checked_on, const SpotCheckConfig& c,
                       const calendar::WorkingCalendar& cal);

enum class Method { kPhone, kVideo };
std::optional<Method> ParseMethod(std::string_view v);   // phone | video
std::string_view MethodValue(Method m);
std::string_view MethodLabelZh(Method m);                // 电话抽查 | 视频抽查

enum class Result { kPass, kFail };
std::optional<Result> ParseResult(std::string_view v);   // pass | fail
std::string_view ResultValue(Result r);
std::string_view ResultLabelZh(Result r);                // 合格 | 不合格

// A call as recorded. Rules: an unanswered call cannot pass (spot_check_unanswered_pass, field
// "result") and names no answerer (spot_check_unanswered_answerer, field "answerer_name"); an
// answered one names who answered (core required). rings 0–100, seconds 0–3600 (core range).
struct CallFacts {
  bool answered = false;
  std::optional<std::int64_t> rings, seconds;
  std::string answerer_name;
  Result result = Result::kPass;
};
std::vector<FieldError> CheckCall(const CallFacts& c);

// Whether who answered is one of the roster's people on duty: names compared without spaces;
// nullopt when nobody answered or the roster had nobody on duty.
std::optional<bool> AnswererOnDuty(std::string_view answerer,
                                   const std::vector<std::string>& on_duty);

// The finding: open → answered (the unit's 整改说明) → accepted | returned (the regulator);
// returned → answered again. Accepted is final.
enum class FindingState { kOpen, kAnswered, kAccepted, kReturned };
enum class FindingAction { kAnswer, kAccept, kReturn };
std::optional<FindingState> ParseFindingState(std::string_view v);
std::string_view FindingStateValue(FindingState s);
std::string_view FindingStateLabelZh(FindingState s);
std::string_view FindingActionValue(FindingAction a);  // answer | accept | return
std::optional<FindingState> Next(FindingState s, FindingAction a);
// Waiting for the unit (open or returned) past its due day.
bool FindingOverdue(FindingState s, std::string_view due_on, std::string_view today);

}  // namespace anjian::spot_check
