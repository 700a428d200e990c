#include "dual_prevention/hidden_danger/production_halt_rules.hpp"

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_errors.hpp"

namespace anjian::hidden_danger {
namespace {

bool Blank(const std::string& v) { return v.find_first_not_of(" \t\r\n") == std::string::npos; }

bool Digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

}  // namespace

std::string_view HaltStateValue(HaltState s) {
  return s == HaltState::kHalted ? "halted" : "restarted";
}
std::optional<HaltState> ParseHaltState(std::string_view v) {
  if (v == "halted") return HaltState::kHalted;
  if (v == "restarted") return HaltState::kRestarted;
  return std::nullopt;
}
std::string_view HaltStateLabelZh(HaltState s) {
  return s == HaltState::kHalted ? "停产中" : "已复产";
}
std::string_view HaltStateLabelEn(HaltState s) {
  return s == HaltState::kHalted ? "Halted" : "Restarted";
}

std::optional<std::int64_t> ParseChinaMinute(std::string_view text) {
  // YYYY-MM-DD HH:MM
  if (text.size() != 16 || text[10] != ' ' || text[13] != ':') return std::nullopt;
  const auto date = core::ParseIsoDate(text.substr(0, 10));
  const auto hh = text.substr(11, 2), mm = text.substr(14, 2);
  if (!date || !Digits(hh) || !Digits(mm)) return std::nullopt;
  const int h = (hh[0] - '0') * 10 + (hh[1] - '0');
  const int m = (mm[0] - '0') * 10 + (mm[1] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return core::UnixFromLocal(*date, h * 60 + m);
}

std::variant<std::int64_t, std::vector<FieldError>> CheckHalt(const HaltRequest& r,
                                                             std::int64_t now) {
  std::vector<FieldError> errors;
  if (Blank(r.scope)) errors.push_back(core::CoreErr("required").At("scope"));
  if (Blank(r.reason)) errors.push_back(core::CoreErr("required").At("reason"));
  std::int64_t at = now;
  if (!r.halted_at.empty()) {
    if (auto parsed = ParseChinaMinute(r.halted_at)) {
      at = *parsed;
      if (at > now) errors.push_back(Err("halted_at_future").At("halted_at"));
    } else {
      errors.push_back(Err("halted_at_invalid").At("halted_at"));
    }
  }
  if (!errors.empty()) return errors;
  return at;
}

std::vector<FieldError> CheckRestart(const RestartRequest& r) {
  if (r.state != HaltState::kHalted) return {Err("halt_not_active").At("")};
  if (!r.actor_is_regulator) return {Err("restart_regulator_only").At("")};
  std::vector<FieldError> errors;
  if (r.inspected_on.empty()) {
    errors.push_back(core::CoreErr("required").At("inspected_on"));
  } else if (const auto on = core::ParseIsoDate(r.inspected_on); !on) {
    errors.push_back(core::CoreErr("date_invalid").At("inspected_on"));
  } else {
    const auto today = core::ParseIsoDate(r.today);
    const auto halted = core::ParseIsoDate(r.halted_on);
    if (today && *today < *on)
      errors.push_back(Err("date_future").At("inspected_on", "inspected_on", "复产检查日期"));
    else if (halted && *on < *halted)
      errors.push_back(Err("restart_before_halt").At("inspected_on", r.halted_on));
  }
  if (Blank(r.inspection)) errors.push_back(core::CoreErr("required").At("inspection"));
  return errors;
}

}  // namespace anjian::hidden_danger
