#include "emergency/spot_check/spot_check_rules.hpp"

#include <algorithm>

#include "core/core_errors.hpp"
#include "core/flat_config_json.hpp"
#include "core/prng.hpp"
#include "emergency/spot_check/spot_check_errors.hpp"

namespace anjian::spot_check {

namespace {

std::vector<std::int64_t> SortedUnique(std::vector<std::int64_t> pool) {
  std::sort(pool.begin(), pool.end());
  pool.erase(std::unique(pool.begin(), pool.end()), pool.end());
  return pool;
}

const std::vector<core::FlatField<SpotCheckConfig>>& Fields() {
  static const std::vector<core::FlatField<SpotCheckConfig>> kFields = {
      {"answer_days", &SpotCheckConfig::answer_days},
      {"working_days", &SpotCheckConfig::working_days},
  };
  return kFields;
}

std::string WithoutSpaces(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' || s[i] == '\t') continue;
    // U+3000 IDEOGRAPHIC SPACE (E3 80 80)
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE3 &&
        static_cast<unsigned char>(s[i + 1]) == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x80) {
      i += 2;
      continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

}  // namespace

std::vector<std::int64_t> DrawUnits(std::uint64_t seed, std::vector<std::int64_t> pool,
                                    std::int64_t count) {
  pool = SortedUnique(std::move(pool));
  core::SplitMix64 rng(seed);
  const std::size_t n = pool.size();
  const std::size_t take =
      std::min<std::size_t>(n, static_cast<std::size_t>(std::max<std::int64_t>(count, 0)));
  for (std::size_t i = 0; i < take; ++i) {
    const std::size_t j = i + static_cast<std::size_t>(rng.Below(n - i));
    std::swap(pool[i], pool[j]);
  }
  pool.resize(take);
  return pool;
}

std::vector<std::int64_t> DrawUnitsListedFirst(std::uint64_t seed, std::vector<std::int64_t> pool,
                                               std::int64_t count,
                                               const std::vector<std::int64_t>& always) {
  pool = SortedUnique(std::move(pool));
  const auto first = SortedUnique(always);
  std::vector<std::int64_t> out, rest;
  for (auto id : pool)
    (std::binary_search(first.begin(), first.end(), id) ? out : rest).push_back(id);
  const std::int64_t left = std::max<std::int64_t>(count - static_cast<std::int64_t>(out.size()), 0);
  for (auto id : DrawUnits(seed, std::move(rest), left)) out.push_back(id);
  return out;
}

std::string PoolText(std::vector<std::int64_t> pool) {
  std::string out;
  for (auto id : SortedUnique(std::move(pool))) out += (out.empty() ? "" : ",") + std::to_string(id);
  return out;
}

std::vector<std::int64_t> ParsePool(std::string_view text) {
  std::vector<std::int64_t> out;
  std::int64_t v = 0;
  bool any = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      any = true;
    } else if (c == ',') {
      if (any) out.push_back(v);
      v = 0;
      any = false;
    }
  }
  if (any) out.push_back(v);
  return out;
}

std::vector<FieldError> CheckDrawCount(std::int64_t count) {
  if (count < 1 || count > kMaxDrawCount)
    return {Err("spot_check_draw_count").At("count", 1, kMaxDrawCount)};
  return {};
}

std::vector<FieldError> ValidateSpotCheckConfig(const SpotCheckConfig& c) {
  std::vector<FieldError> errors;
  if (c.answer_days < 1 || c.answer_days > 60)
    errors.push_back(core::CoreErr("range").At("answer_days", 1, 60));
  if (c.working_days != 0 && c.working_days != 1)
    errors.push_back(core::CoreErr("range").At("working_days", 0, 1));
  return errors;
}

std::string SpotCheckConfigToJson(const SpotCheckConfig& c) {
  return core::FlatConfigToJson(c, Fields());
}

std::variant<SpotCheckConfig, std::vector<FieldError>> ParseSpotCheckConfig(std::string_view text) {
  SpotCheckConfig c;
  auto errors = core::FlatConfigFromJson(text, Fields(), c);
  if (errors.empty()) errors = ValidateSpotCheckConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

std::optional<SpotCheckConfig> SpotCheckConfigFromJson(std::string_view text) {
  auto parsed = ParseSpotCheckConfig(text);
  if (auto* c = std::get_if<SpotCheckConfig>(&parsed)) return *c;
  return std::nullopt;
}

core::Date AnswerDueOn(const core::Date& checked_on, const SpotCheckConfig& c,
                       const calendar::WorkingCalendar& cal) {
  if (c.working_days != 0) return calendar::CountWorkingDays(checked_on, c.answer_days, cal);
  return calendar::CountDays(checked_on, c.answer_days, cal).last_day;
}

std::optional<Method> ParseMethod(std::string_view v) {
  if (v == "phone") return Method::kPhone;
  if (v == "video") return Method::kVideo;
  return std::nullopt;
}
std::string_view MethodValue(Method m) { return m == Method::kPhone ? "phone" : "video"; }
std::string_view MethodLabelZh(Method m) { return m == Method::kPhone ? "电话抽查" : "视频抽查"; }

std::optional<Result> ParseResult(std::string_view v) {
  if (v == "pass") return Result::kPass;
  if (v == "fail") return Result::kFail;
  return std::nullopt;
}
std::string_view ResultValue(Result r) { return r == Result::kPass ? "pass" : "fail"; }
std::string_view ResultLabelZh(Result r) { return r == Result::kPass ? "合格" : "不合格"; }

std::vector<FieldError> CheckCall(const CallFacts& c) {
  std::vector<FieldError> errors;
  if (!c.answered && c.result == Result::kPass)
    errors.push_back(Err("spot_check_unanswered_pass").At("result"));
  if (!c.answered && !WithoutSpaces(c.answerer_name).empty())
    errors.push_back(Err("spot_check_unanswered_answerer").At("answerer_name"));
  if (c.answered && WithoutSpaces(c.answerer_name).empty())
    errors.push_back(core::CoreErr("required").At("answerer_name"));
  if (c.rings && (*c.rings < 0 || *c.rings > 100))
    errors.push_back(core::CoreErr("range").At("rings", 0, 100));
  if (c.seconds && (*c.seconds < 0 || *c.seconds > 3600))
    errors.push_back(core::CoreErr("range").At("seconds", 0, 3600));
  return errors;
}

std::optional<bool> AnswererOnDuty(std::string_view answerer,
                                   const std::vector<std::string>& on_duty) {
  const std::string who = WithoutSpaces(answerer);
  if (who.empty() || on_duty.empty()) return std::nullopt;
  for (const auto& n : on_duty)
    if (WithoutSpaces(n) == who) return true;
  return false;
}

std::optional<FindingState> ParseFindingState(std::string_view v) {
  if (v == "open") return FindingState::kOpen;
  if (v == "answered") return FindingState::kAnswered;
  if (v == "accepted") return FindingState::kAccepted;
  if (v == "returned") return FindingState::kReturned;
  return std::nullopt;
}

std::string_view FindingStateValue(FindingState s) {
  switch (s) {
    case FindingState::kOpen: return "open";
    case FindingState::kAnswered: return "answered";
    case FindingState::kAccepted: return "accepted";
    case FindingState::kReturned: return "returned";
  }
  return "open";
}

std::string_view FindingStateLabelZh(FindingState s) {
  switch (s) {
    case FindingState::kOpen: return "待说明";
    case FindingState::kAnswered: return "待审核";
    case FindingState::kAccepted: return "已认可";
    case FindingState::kReturned: return "已退回";
  }
  return "待说明";
}

std::string_view FindingActionValue(FindingAction a) {
  switch (a) {
    case FindingAction::kAnswer: return "answer";
    case FindingAction::kAccept: return "accept";
    case FindingAction::kReturn: return "return";
  }
  return "answer";
}

std::optional<FindingState> Next(FindingState s, FindingAction a) {
  switch (a) {
    case FindingAction::kAnswer:
      if (s == FindingState::kOpen || s == FindingState::kReturned) return FindingState::kAnswered;
      return std::nullopt;
    case FindingAction::kAccept:
      if (s == FindingState::kAnswered) return FindingState::kAccepted;
      return std::nullopt;
    case FindingAction::kReturn:
      if (s == FindingState::kAnswered) return FindingState::kReturned;
      return std::nullopt;
  }
  return std::nullopt;
}

bool FindingOverdue(FindingState s, std::string_view due_on, std::string_view today) {
  return (s == FindingState::kOpen || s == FindingState::kReturned) && due_on < today;
}

}  // namespace anjian::spot_check
