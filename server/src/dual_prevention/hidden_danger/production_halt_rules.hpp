// Withdrawal and halt of production (撤出人员、停产) when safety cannot be assured, and the
// restart (复产) only with the regulator's approval (山东省安全生产条例 Art.44): the enterprise or
// the regulator records a halt (what is halted, since when, why); only a regulator approves the
// restart, with the inspection that found it safe. Pure checks; storing, history and scoping are
// the service's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"

namespace anjian::hidden_danger {

enum class HaltState { kHalted, kRestarted };

std::string_view HaltStateValue(HaltState state);  // halted | restarted
std::optional<HaltState> ParseHaltState(std::string_view value);
std::string_view HaltStateLabelZh(HaltState state);  // 停产中 | 已复产
std::string_view HaltStateLabelEn(HaltState state);

// "YYYY-MM-DD HH:MM" China time → unix seconds; nullopt when malformed.
std::optional<std::int64_t> ParseChinaMinute(std::string_view text);

struct HaltRequest {
  std::string scope;      // what is halted: the whole site, a workshop, a line (停产范围)
  std::string reason;     // why safety cannot be assured
  std::string halted_at;  // "YYYY-MM-DD HH:MM" China time; "" = now
};

// The instant of the halt, or every problem: required (scope, reason), halted_at_invalid,
// halted_at_future (after `now`).
std::variant<std::int64_t, std::vector<FieldError>> CheckHalt(const HaltRequest& request,
                                                             std::int64_t now);

struct RestartRequest {
  HaltState state = HaltState::kHalted;  // the halt's current state
  bool actor_is_regulator = false;
  std::string halted_on;     // "YYYY-MM-DD", the halt's China day
  std::string inspected_on;  // "YYYY-MM-DD": the regulator's inspection before the restart
  std::string inspection;    // what the inspection found / why the restart is approved
  std::string today;         // "YYYY-MM-DD"
};

// Stops at the first failing stage: halt_not_active (already restarted), then
// restart_regulator_only (Art.44: only the regulator approves), then the fields: required
// (inspected_on, inspection), date_invalid (inspected_on), date_future, restart_before_halt.
std::vector<FieldError> CheckRestart(const RestartRequest& request);

}  // namespace anjian::hidden_danger
