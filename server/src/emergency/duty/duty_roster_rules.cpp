#include "emergency/duty/duty_roster_rules.hpp"

#include <cstdio>
#include <set>

#include "core/china_time.hpp"
#include "core/core_errors.hpp"
#include "core/text.hpp"
#include "emergency/duty/duty_roster_errors.hpp"

namespace anjian::duty {

std::optional<std::int64_t> ParseClock(std::string_view t) {
  if (t.size() != 5 || t[2] != ':') return std::nullopt;
  for (size_t i : {0u, 1u, 3u, 4u}) {
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
  }
  const int h = (t[0] - '0') * 10 + (t[1] - '0');
  const int m = (t[3] - '0') * 10 + (t[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

std::string FormatClock(std::int64_t minute) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(minute / 60 % 24),
                static_cast<int>(minute % 60));
  return buf;
}

std::vector<FieldError> ValidatePattern(const std::vector<SlotInput>& slots) {
  std::vector<FieldError> e;
  if (slots.empty() || static_cast<std::int64_t>(slots.size()) > kMaxSlots) {
    e.push_back(roster::Err("duty_pattern_slots_count").At("slots", kMaxSlots));
    if (slots.empty()) return e;
  }
  for (size_t i = 0; i < slots.size(); ++i) {
    const std::string f = "slots[" + std::to_string(i) + "].";
    const auto& s = slots[i];
    if (s.label.empty()) e.push_back(core::CoreErr("required").At(f + "label"));
    if (static_cast<std::int64_t>(core::Utf8Length(s.label).value_or(0)) > kMaxLabelChars)
      e.push_back(core::CoreErr("max_length").At(f + "label", kMaxLabelChars));
    if (s.start_minute < 0 || s.start_minute > 1439)
      e.push_back(roster::Err("duty_clock_invalid").At(f + "start"));
    if (s.duration_minutes < kMinSlotMinutes || s.duration_minutes > kMaxSlotMinutes)
      e.push_back(roster::Err("duty_slot_duration").At(f + "duration_minutes", kMinSlotMinutes,
                                                       kMaxSlotMinutes));
  }
  return e;
}

SlotTimes SlotOn(const core::Date& date, std::int64_t start_minute,
                 std::int64_t duration_minutes) {
  const std::int64_t start = core::UnixFromLocal(date, static_cast<int>(start_minute));
  return SlotTimes{start, start + duration_minutes * 60};
}

std::optional<core::Date> ParseMonth(std::string_view m) {
  if (m.size() != 7 || m[4] != '-') return std::nullopt;
  auto d = core::ParseIsoDate(std::string(m) + "-01");
  if (!d) return std::nullopt;
  return d;
}

std::string FormatMonth(const core::Date& first) {
  return core::FormatIsoDate(first).substr(0, 7);
}

core::Date NextMonth(const core::Date& first) {
  return first.month == 12 ? core::Date{first.year + 1, 1, 1}
                           : core::Date{first.year, first.month + 1, 1};
}

core::Date LastDayOfMonth(const core::Date& first) {
  return core::Date{first.year, first.month, core::DaysInMonth(first.year, first.month)};
}

core::Date CopySourceDay(const core::Date& source_first, const core::Date& target_day) {
  const int len = core::DaysInMonth(source_first.year, source_first.month);
  int d = target_day.day;
  while (d > len) d -= 7;
  return core::Date{source_first.year, source_first.month, d};
}

std::vector<FieldError> ValidateMembers(const std::vector<MemberInput>& members) {
  std::vector<FieldError> e;
  std::set<std::int64_t> seen;
  int leaders = 0;
  for (size_t i = 0; i < members.size(); ++i) {
    const std::string f = "members[" + std::to_string(i) + "].";
    const auto& m = members[i];
    if (m.role != "leader" && m.role != "officer") {
      e.push_back(core::CoreErr("kind_invalid")
                      .At(f + "role", "leader, officer", "带班领导 leader、值班员 officer"));
    } else if (m.role == "leader" && ++leaders == 2) {
      e.push_back(roster::Err("duty_one_leader").At(f + "role"));
    }
    if (m.user_id <= 0) {
      e.push_back(core::CoreErr("required").At(f + "user_id"));
    } else if (!seen.insert(m.user_id).second) {
      e.push_back(roster::Err("duty_member_twice").At(f + "user_id"));
    }
  }
  return e;
}

std::vector<FieldError> ValidateShiftTimes(std::int64_t start, std::int64_t end) {
  std::vector<FieldError> e;
  if (end <= start) {
    e.push_back(roster::Err("duty_shift_end_before_start").At("ends_at"));
  } else if (end - start > 48 * 3600) {
    e.push_back(roster::Err("duty_shift_too_long").At("ends_at", 48));
  }
  return e;
}

}  // namespace anjian::duty
