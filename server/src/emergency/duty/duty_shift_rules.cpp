#include "emergency/duty/duty_shift_rules.hpp"

#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "core/flat_config_json.hpp"

namespace anjian::duty {

namespace {

const std::vector<core::FlatField<DutyShiftConfig>>& Fields() {
  using C = DutyShiftConfig;
  static const std::vector<core::FlatField<C>> kFields = {
      {"check_in_open_minutes_before", &C::check_in_open_minutes_before},
      {"check_in_close_minutes_after", &C::check_in_close_minutes_after},
      {"late_after_minutes", &C::late_after_minutes},
      {"absence_alert_minutes", &C::absence_alert_minutes},
      {"handover_ack_minutes", &C::handover_ack_minutes},
  };
  return kFields;
}

}  // namespace

std::vector<FieldError> ValidateDutyShiftConfig(const DutyShiftConfig& c) {
  std::vector<FieldError> e;
  auto range = [&](const char* f, std::int64_t v, std::int64_t lo, std::int64_t hi) {
    if (v < lo || v > hi) e.push_back(core::CoreErr("range").At(f, lo, hi));
  };
  range("check_in_open_minutes_before", c.check_in_open_minutes_before, 0, 720);
  range("check_in_close_minutes_after", c.check_in_close_minutes_after, 0, 1440);
  range("late_after_minutes", c.late_after_minutes, 0, 720);
  range("absence_alert_minutes", c.absence_alert_minutes, 1, 1440);
  range("handover_ack_minutes", c.handover_ack_minutes, 1, 1440);
  return e;
}

std::string DutyShiftConfigToJson(const DutyShiftConfig& c) {
  return core::FlatConfigToJson(c, Fields());
}

std::variant<DutyShiftConfig, std::vector<FieldError>> ParseDutyShiftConfig(std::string_view text) {
  DutyShiftConfig c;
  auto errors = core::FlatConfigFromJson(text, Fields(), c);
  if (errors.empty()) errors = ValidateDutyShiftConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

std::optional<DutyShiftConfig> DutyShiftConfigFromJson(std::string_view text) {
  auto parsed = ParseDutyShiftConfig(text);
  if (auto* c = std::get_if<DutyShiftConfig>(&parsed)) return *c;
  return std::nullopt;
}

std::int64_t MinutesAfter(std::int64_t from, std::int64_t to) {
  return to <= from ? 0 : (to - from + 59) / 60;
}

CheckInDecision DecideCheckIn(std::int64_t starts_at, std::int64_t ends_at, std::int64_t now,
                              const DutyShiftConfig& c) {
  CheckInDecision d;
  d.opens_at = starts_at - c.check_in_open_minutes_before * 60;
  d.closes_at = std::min(starts_at + c.check_in_close_minutes_after * 60, ends_at);
  if (now < d.opens_at) {
    d.verdict = CheckInVerdict::kTooEarly;
  } else if (now > d.closes_at) {
    d.verdict = CheckInVerdict::kTooLate;
  } else if (now > starts_at + c.late_after_minutes * 60) {
    d.verdict = CheckInVerdict::kLate;
    d.late_minutes = MinutesAfter(starts_at, now);
  }
  return d;
}

std::int64_t EarlyLeaveMinutes(std::int64_t ends_at, std::int64_t now) {
  return MinutesAfter(now, ends_at);
}

std::vector<std::string> AbsentRoles(std::int64_t starts_at, std::int64_t ends_at,
                                     std::int64_t now, bool leader_checked_in,
                                     bool officer_checked_in, const DutyShiftConfig& c) {
  std::vector<std::string> out;
  if (now < starts_at + c.absence_alert_minutes * 60 || now >= ends_at) return out;
  if (!leader_checked_in) out.emplace_back("leader");
  if (!officer_checked_in) out.emplace_back("officer");
  return out;
}

HandoverState HandoverStatus(std::int64_t handed_over_at, std::optional<std::int64_t> acked_at,
                             std::int64_t now, const DutyShiftConfig& c) {
  HandoverState s;
  s.due_at = handed_over_at + c.handover_ack_minutes * 60;
  if (acked_at) {
    s.status = "acknowledged";
    s.overdue_minutes = MinutesAfter(s.due_at, *acked_at);
  } else {
    s.overdue_minutes = MinutesAfter(s.due_at, now);
    s.status = s.overdue_minutes > 0 ? "overdue" : "pending";
  }
  return s;
}

std::vector<OpenItem> ItemsOfShift(const std::vector<OpenItem>& unit_items,
                                   std::int64_t shift_id, std::int64_t shift_starts_at) {
  std::vector<OpenItem> out;
  for (const auto& i : unit_items) {
    if (i.origin_shift_id == shift_id || i.origin_shift_starts_at >= shift_starts_at) continue;
    if (i.closed_at && *i.closed_at < shift_starts_at) continue;
    out.push_back(i);
  }
  return out;
}

std::vector<OpenItem> ItemsCarriedOn(const std::vector<OpenItem>& unit_items,
                                     std::int64_t shift_id, std::int64_t shift_starts_at,
                                     std::int64_t now) {
  std::vector<OpenItem> out;
  for (const auto& i : ItemsOfShift(unit_items, shift_id, shift_starts_at))
    if (!i.closed_at || *i.closed_at > now) out.push_back(i);
  return out;
}

bool IsLogKind(std::string_view kind) {
  return kind == "call" || kind == "event" || kind == "instruction" || kind == "other";
}

std::string LogEntryPayload(const LogPayload& p) {
  namespace json = boost::json;
  auto opt = [](const std::optional<std::int64_t>& v) {
    return v ? json::value(*v) : json::value(nullptr);
  };
  return json::serialize(json::object{{"shift_id", p.shift_id},
                                      {"seq", p.seq},
                                      {"kind", p.kind},
                                      {"at", p.at},
                                      {"caller", p.caller},
                                      {"phone", p.phone},
                                      {"content", p.content},
                                      {"actions", p.actions},
                                      {"by_user_id", p.by_user_id},
                                      {"corrects_entry_id", opt(p.corrects_entry_id)},
                                      {"closes_item_id", opt(p.closes_item_id)}});
}

}  // namespace anjian::duty
