#include "emergency/duty/duty_roster_service.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <set>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "emergency/duty/duty_roster_errors.hpp"
#include "emergency/duty/duty_roster_json.hpp"
#include "notifications/notification_service.hpp"
#include "qualifications/people/people_service.hpp"  // issue 15 §2: the duty leader is a manager

namespace anjian::duty {

namespace json = boost::json;

namespace {

std::string UnitLink(const DutyUnit& u) {
  return "/emergency/duty-rosters?unit=" + UnitKey(u);
}

// Members must be active accounts of the unit.
void CheckMembersOfUnit(storage::Connection& conn, const DutyUnit& unit,
                        const std::vector<MemberInput>& members) {
  auto errors = ValidateMembers(members);
  if (!errors.empty()) core::Invalid(std::move(errors));
  std::set<std::int64_t> accounts;
  for (const auto& a : UnitAccounts(conn, unit)) accounts.insert(a.user_id);
  for (size_t i = 0; i < members.size(); ++i) {
    if (!accounts.count(members[i].user_id)) {
      const auto id = std::to_string(members[i].user_id);
      errors.push_back(roster::Err("duty_member_not_of_unit")
                           .At("members[" + std::to_string(i) + "].user_id", id));
    }
  }
  if (!errors.empty()) core::Invalid(std::move(errors));
}

NewShift ToNewShift(const ShiftInput& in) {
  NewShift s;
  s.duty_date = in.duty_date;
  s.label = in.label;
  s.starts_at = core::IsoFromUnix(in.starts_at);
  s.ends_at = core::IsoFromUnix(in.ends_at);
  s.phone = in.phone;
  s.note = in.note;
  s.slot_seq = in.slot_seq;
  for (const auto& m : in.members) s.members.push_back(ShiftMember{m.user_id, m.role, "", ""});
  return s;
}

void CheckShiftInput(storage::Connection& conn, const DutyUnit& unit, const ShiftInput& in) {
  auto errors = ValidateShiftTimes(in.starts_at, in.ends_at);
  if (in.phone.empty()) errors.push_back(core::CoreErr("required").At("phone"));
  if (!errors.empty()) core::Invalid(std::move(errors));
  CheckMembersOfUnit(conn, unit, in.members);
  for (size_t i = 0; i < in.members.size(); ++i)  // issue 15 §2: a 带班领导 is a manager
    if (in.members[i].role == kRoleLeader)
      qualifications::RequireManager(conn, in.members[i].user_id, "",
                                     "members[" + std::to_string(i) + "].user_id", in.starts_at);
}

ShiftRow LockShiftToManage(storage::Connection& conn, const api::Scope& scope,
                           const api::Principal& p, std::int64_t id, std::int64_t now) {
  if (!FindShift(conn, scope, id)) throw ApiException{Error::NotFound("duty shift")};
  auto shift = LockShift(conn, id);
  if (!shift) throw ApiException{Error::NotFound("duty shift")};
  if (!ManagesUnit(p, shift->unit)) throw ApiException{roster::Err("duty_manage_own_unit").Forbidden()};
  if (shift->status != "active")
    throw ApiException{roster::Err("duty_shift_cancelled").Conflict()};
  if (core::UnixFromIso(shift->ends_at) <= now) {
    const auto when = LocalMinute(core::UnixFromIso(shift->ends_at));
    throw ApiException{roster::Err("duty_shift_ended").Conflict(when)};
  }
  return *shift;
}

json::object SwapAudit(const SwapRow& s) {
  auto o = SwapJson(s);
  o.erase("events");
  return o;
}

}  // namespace

std::optional<DutyUnit> ParseUnitKey(const std::string& key) {
  auto dash = key.rfind('-');
  if (dash == std::string::npos) return std::nullopt;
  const std::string kind = key.substr(0, dash), digits = key.substr(dash + 1);
  if (kind != kUnitEnterprise && kind != kUnitAgency) return std::nullopt;
  if (digits.empty() || digits.size() > 18 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return DutyUnit{kind, std::stoll(digits)};
}

std::string UnitKey(const DutyUnit& unit) { return unit.kind + "-" + std::to_string(unit.id); }

std::optional<DutyUnit> OwnUnit(const api::Principal& p) {
  if (p.enterprise_id) return DutyUnit{kUnitEnterprise, *p.enterprise_id};
  if (p.agency_id) return DutyUnit{kUnitAgency, *p.agency_id};
  return std::nullopt;
}

bool ManagesUnit(const api::Principal& p, const DutyUnit& unit) {
  if (!p.Can("duty_roster:manage")) return false;
  auto own = OwnUnit(p);
  return own && *own == unit;
}

DutyUnitInfo UnitInScopeOr404(storage::Connection& conn, const api::Scope& scope,
                              const DutyUnit& unit) {
  auto u = FindUnitInScope(conn, scope, unit);
  if (!u) throw ApiException{Error::NotFound("duty unit")};
  return *u;
}

std::int64_t SetPattern(storage::Connection& conn, const DutyUnitInfo& unit,
                        const std::string& phone, const std::vector<SlotInput>& slots,
                        const audit::Actor& actor) {
  auto errors = ValidatePattern(slots);
  if (phone.empty()) errors.push_back(core::CoreErr("required").At("phone"));
  if (!errors.empty()) core::Invalid(std::move(errors));
  const std::string at = core::IsoFromUnix(actor.at);
  storage::Transaction tx(conn);
  auto before = FindPattern(conn, unit.unit);
  std::vector<PatternSlot> rows;
  for (size_t i = 0; i < slots.size(); ++i)
    rows.push_back(PatternSlot{static_cast<std::int64_t>(i + 1), slots[i].label,
                               slots[i].start_minute, slots[i].duration_minutes});
  const auto version = SavePattern(conn, unit, phone, rows, actor.id.value_or(0), at);
  auto after = FindPattern(conn, unit.unit);
  json::object a = PatternJson(*after);
  a["unit"] = UnitJson(unit);
  audit::Append(conn, actor, "duty_set_pattern", "duty_pattern", UnitKey(unit.unit),
                before ? json::value(PatternJson(*before)) : json::value(nullptr), a);
  tx.Commit();
  return version;
}

std::int64_t CreateShift(storage::Connection& conn, const DutyUnitInfo& unit,
                         const ShiftInput& in, const audit::Actor& actor) {
  CheckShiftInput(conn, unit.unit, in);
  storage::Transaction tx(conn);
  const std::string at = core::IsoFromUnix(actor.at);
  const auto id = InsertShift(conn, unit, ToNewShift(in), actor.id.value_or(0), at);
  auto row = LockShift(conn, id);
  audit::Append(conn, actor, "create", "duty_shift", std::to_string(id), nullptr,
                ShiftJson(*row));
  tx.Commit();
  return id;
}

void EditShift(storage::Connection& conn, const api::Scope& scope, const api::Principal& p,
               std::int64_t id, const ShiftInput& in, const audit::Actor& actor) {
  storage::Transaction tx(conn);
  auto before = LockShiftToManage(conn, scope, p, id, actor.at);
  CheckShiftInput(conn, before.unit, in);
  UpdateShift(conn, id, ToNewShift(in), before.version + 1, actor.id.value_or(0),
              core::IsoFromUnix(actor.at));
  auto after = LockShift(conn, id);
  audit::Append(conn, actor, "update", "duty_shift", std::to_string(id), ShiftJson(before),
                ShiftJson(*after));
  tx.Commit();
}

void CancelShiftById(storage::Connection& conn, const api::Scope& scope,
                     const api::Principal& p, std::int64_t id, const std::string& reason,
                     const audit::Actor& actor) {
  storage::Transaction tx(conn);
  auto before = LockShiftToManage(conn, scope, p, id, actor.at);
  CancelShift(conn, id, before.version + 1, actor.id.value_or(0), core::IsoFromUnix(actor.at));
  auto after = LockShift(conn, id);
  json::object a = ShiftJson(*after);
  a["reason"] = reason;
  audit::Append(conn, actor, "duty_cancel_shift", "duty_shift", std::to_string(id),
                ShiftJson(before), a);
  tx.Commit();
}

std::int64_t GenerateMonth(storage::Connection& conn, const DutyUnitInfo& unit,
                           const core::Date& month_first, const audit::Actor& actor) {
  auto pattern = FindPattern(conn, unit.unit);
  if (!pattern || pattern->slots.empty())
    core::Invalid(roster::Err("duty_pattern_missing").At("month"));
  const core::Date last = LastDayOfMonth(month_first);
  const core::Date today = core::ChinaDate(actor.at);
  const std::string at = core::IsoFromUnix(actor.at);
  storage::Transaction tx(conn);
  std::set<std::pair<std::string, std::int64_t>> taken;
  for (const auto& s : ShiftsOnDates(conn, unit.unit, core::FormatIsoDate(month_first),
                                     core::FormatIsoDate(last)))
    if (s.slot_seq) taken.insert({s.duty_date, *s.slot_seq});
  std::int64_t created = 0;
  for (core::Date d = std::max(month_first, today); d <= last; d = core::AddDays(d, 1)) {
    const std::string date = core::FormatIsoDate(d);
    for (const auto& slot : pattern->slots) {
      if (taken.count({date, slot.seq})) continue;
      const auto t = SlotOn(d, slot.start_minute, slot.duration_minutes);
      if (t.end <= actor.at) continue;
      NewShift s;
      s.duty_date = date;
      s.label = slot.label;
      s.starts_at = core::IsoFromUnix(t.start);
      s.ends_at = core::IsoFromUnix(t.end);
      s.phone = pattern->phone;
      s.slot_seq = slot.seq;
      InsertShift(conn, unit, s, actor.id.value_or(0), at);
      ++created;
    }
  }
  audit::Append(conn, actor, "create", "duty_shift", UnitKey(unit.unit) + "@" + FormatMonth(month_first),
                nullptr,
                json::object{{"unit", UnitJson(unit)},
                             {"month", FormatMonth(month_first)},
                             {"from_pattern_version", pattern->version},
                             {"created", created}});
  tx.Commit();
  return created;
}

namespace {

// Target days (today or later) of the copy with their source day.
std::vector<std::pair<core::Date, core::Date>> CopyDays(const core::Date& source_first,
                                                       const core::Date& target_first,
                                                       const core::Date& today,
                                                       std::int64_t& skipped) {
  std::vector<std::pair<core::Date, core::Date>> out;
  const core::Date last = LastDayOfMonth(target_first);
  skipped = 0;
  for (core::Date d = target_first; d <= last; d = core::AddDays(d, 1)) {
    if (d < today) {
      ++skipped;
      continue;
    }
    out.emplace_back(d, CopySourceDay(source_first, d));
  }
  return out;
}

}  // namespace

CopyPlan PlanCopyMonth(storage::Connection& conn, const DutyUnit& unit,
                       const core::Date& source_first, const core::Date& target_first,
                       std::int64_t now) {
  CopyPlan plan;
  const auto days = CopyDays(source_first, target_first, core::ChinaDate(now),
                             plan.skipped_past_days);
  plan.days = static_cast<std::int64_t>(days.size());
  std::map<std::string, std::int64_t> per_source_day;
  for (const auto& s : ShiftsOnDates(conn, unit, core::FormatIsoDate(source_first),
                                     core::FormatIsoDate(LastDayOfMonth(source_first))))
    ++per_source_day[s.duty_date];
  std::map<std::string, std::int64_t> per_target_day;
  for (const auto& s : ShiftsOnDates(conn, unit, core::FormatIsoDate(target_first),
                                     core::FormatIsoDate(LastDayOfMonth(target_first))))
    ++per_target_day[s.duty_date];
  for (const auto& [target, source] : days) {
    plan.create += per_source_day[core::FormatIsoDate(source)];
    plan.overwrite += per_target_day[core::FormatIsoDate(target)];
  }
  return plan;
}

CopyPlan CopyMonth(storage::Connection& conn, const DutyUnitInfo& unit,
                   const core::Date& source_first, const core::Date& target_first,
                   const audit::Actor& actor) {
  if (source_first == target_first)
    core::Invalid(roster::Err("duty_copy_same_month").At("to"));
  const std::string at = core::IsoFromUnix(actor.at);
  const std::int64_t by = actor.id.value_or(0);
  storage::Transaction tx(conn);
  CopyPlan plan;
  const auto days = CopyDays(source_first, target_first, core::ChinaDate(actor.at),
                             plan.skipped_past_days);
  plan.days = static_cast<std::int64_t>(days.size());
  std::map<std::string, std::vector<ShiftRow>> source;
  for (auto& s : ShiftsOnDates(conn, unit.unit, core::FormatIsoDate(source_first),
                               core::FormatIsoDate(LastDayOfMonth(source_first))))
    source[s.duty_date].push_back(std::move(s));
  if (source.empty())
    core::Invalid(roster::Err("duty_copy_empty").At("from", FormatMonth(source_first)));
  std::map<std::string, std::vector<ShiftRow>> target;
  for (auto& s : ShiftsOnDates(conn, unit.unit, core::FormatIsoDate(target_first),
                               core::FormatIsoDate(LastDayOfMonth(target_first))))
    target[s.duty_date].push_back(std::move(s));
  for (const auto& [day, source_day] : days) {
    const std::string date = core::FormatIsoDate(day);
    for (const auto& old : target[date]) {
      CancelShift(conn, old.id, old.version + 1, by, at);
      ++plan.overwrite;
    }
    const std::int64_t shift_days = core::DaysBetween(source_day, day);
    for (const auto& s : source[core::FormatIsoDate(source_day)]) {
      NewShift n;
      n.duty_date = date;
      n.label = s.label;
      n.slot_seq = s.slot_seq;
      n.starts_at = core::IsoFromUnix(core::UnixFromIso(s.starts_at) + shift_days * 86400);
      n.ends_at = core::IsoFromUnix(core::UnixFromIso(s.ends_at) + shift_days * 86400);
      n.phone = s.phone;
      n.note = s.note;
      n.members = s.members;
      InsertShift(conn, unit, n, by, at);
      ++plan.create;
    }
  }
  audit::Append(conn, actor, "duty_copy_month", "duty_shift",
                UnitKey(unit.unit) + "@" + FormatMonth(target_first), nullptr,
                json::object{{"unit", UnitJson(unit)},
                             {"from", FormatMonth(source_first)},
                             {"to", FormatMonth(target_first)},
                             {"created", plan.create},
                             {"overwritten", plan.overwrite},
                             {"skipped_past_days", plan.skipped_past_days}});
  tx.Commit();
  return plan;
}

std::int64_t RequestSwap(storage::Connection& conn, const api::Scope& scope,
                         const api::Principal& p, std::int64_t shift_id,
                         std::int64_t to_user_id, std::optional<std::int64_t> with_shift_id,
                         const std::string& reason, const audit::Actor& actor,
                         api::Notifier* notifier) {
  auto shift = FindShift(conn, scope, shift_id);
  if (!shift) throw ApiException{Error::NotFound("duty shift")};
  const core::ManualClock request_time(actor.at);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  shift = LockShift(conn, shift_id);
  if (shift->status != "active") throw ApiException{roster::Err("duty_shift_cancelled").Conflict()};
  if (core::UnixFromIso(shift->ends_at) <= actor.at)
    throw ApiException{roster::Err("duty_shift_ended").Conflict(
        LocalMinute(core::UnixFromIso(shift->ends_at)))};
  auto on = [](const ShiftRow& s, std::int64_t user) {
    return std::any_of(s.members.begin(), s.members.end(),
                       [&](const ShiftMember& m) { return m.user_id == user; });
  };
  std::vector<FieldError> errors;
  if (!on(*shift, p.user_id)) errors.push_back(roster::Err("duty_swap_not_member").At("shift_id"));
  if (to_user_id <= 0) {
    errors.push_back(core::CoreErr("required").At("to_user_id"));
  } else {
    if (on(*shift, to_user_id)) errors.push_back(roster::Err("duty_swap_to_member").At("to_user_id"));
    std::set<std::int64_t> accounts;
    for (const auto& a : UnitAccounts(conn, shift->unit)) accounts.insert(a.user_id);
    if (!accounts.count(to_user_id))
      errors.push_back(roster::Err("duty_member_not_of_unit")
                           .At("to_user_id", std::to_string(to_user_id)));
  }
  if (with_shift_id) {
    auto other = FindShift(conn, scope, *with_shift_id);
    if (!other || !(other->unit == shift->unit) || other->status != "active") {
      errors.push_back(core::CoreErr("required").At("with_shift_id"));
    } else if (!on(*other, to_user_id)) {
      errors.push_back(roster::Err("duty_swap_with_not_member").At("with_shift_id"));
    }
  }
  if (!errors.empty()) core::Invalid(std::move(errors));
  auto unit = FindUnitInScope(conn, scope, shift->unit);
  if (!unit) throw ApiException{Error::NotFound("duty unit")};
  const std::string at = core::IsoFromUnix(actor.at);
  const auto id = InsertSwap(conn, *unit, NewSwap{shift_id, p.user_id, to_user_id, with_shift_id, reason},
                             p.user_id, at);
  InsertSwapEvent(conn, id, "requested", p.user_id, reason, at);
  auto row = LockSwap(conn, id);
  audit::Append(conn, actor, "duty_swap_request", "duty_swap", std::to_string(id), nullptr,
                SwapAudit(*row));
  const std::string text = row->from_name + " 申请与 " + row->to_name + " 换班：" +
                           row->shift_label + " " + LocalMinute(core::UnixFromIso(shift->starts_at));
  for (auto manager : UnitManagers(conn, shift->unit))
    if (manager != p.user_id)
      pushes.Notify(conn, manager, kDutySwapRequested, "换班申请待审批", text, UnitLink(shift->unit));
  pushes.Notify(conn, to_user_id, kDutySwapRequested, "换班申请", text, UnitLink(shift->unit));
  tx.Commit();
  pushes.Flush(notifier, conn);
  return id;
}

void DecideSwapById(storage::Connection& conn, const api::Scope& scope, const api::Principal& p,
                    std::int64_t swap_id, const std::string& decision, const std::string& note,
                    const audit::Actor& actor, api::Notifier* notifier) {
  if (!FindSwap(conn, scope, swap_id)) throw ApiException{Error::NotFound("duty swap")};
  const core::ManualClock request_time(actor.at);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  auto before = LockSwap(conn, swap_id);
  if (decision == "withdraw") {
    if (before->requested_by != p.user_id)
      throw ApiException{roster::Err("duty_swap_own_only").Forbidden()};
  } else if (!ManagesUnit(p, before->unit)) {
    throw ApiException{roster::Err("duty_manage_own_unit").Forbidden()};
  }
  if (before->status != "requested") {
    static const std::map<std::string, std::pair<std::string, std::string>> kWords = {
        {"approved", {"approved", "批准"}},
        {"refused", {"refused", "驳回"}},
        {"withdrawn", {"withdrawn", "撤回"}}};
    auto w = kWords.at(before->status);
    throw ApiException{roster::Err("duty_swap_not_open").Conflict(w.first, w.second)};
  }
  const std::string at = core::IsoFromUnix(actor.at);
  const std::string status = decision == "approve"  ? "approved"
                             : decision == "refuse" ? "refused"
                                                    : "withdrawn";
  std::string action = decision == "approve" ? "approve"
                       : decision == "refuse" ? "reject"
                                              : "duty_swap_withdraw";
  if (decision == "approve") {
    // The people move now: from_user's place on the shift goes to to_user (same role); in an
    // exchange, to_user's place on the other shift goes to from_user.
    auto replace = [&](std::int64_t shift_id, std::int64_t out_user, std::int64_t in_user) {
      auto s = LockShift(conn, shift_id);
      if (!s || s->status != "active")
        throw ApiException{roster::Err("duty_shift_cancelled").Conflict()};
      if (core::UnixFromIso(s->ends_at) <= actor.at)
        throw ApiException{roster::Err("duty_shift_ended").Conflict(
            LocalMinute(core::UnixFromIso(s->ends_at)))};
      auto members = s->members;
      auto it = std::find_if(members.begin(), members.end(),
                             [&](const ShiftMember& m) { return m.user_id == out_user; });
      if (it == members.end()) core::Invalid(roster::Err("duty_swap_not_member").At("shift_id"));
      if (std::any_of(members.begin(), members.end(),
                      [&](const ShiftMember& m) { return m.user_id == in_user; }))
        core::Invalid(roster::Err("duty_swap_to_member").At("to_user_id"));
      const auto before_json = ShiftJson(*s);
      it->user_id = in_user;
      UpdateShift(conn, shift_id,
                  NewShift{s->duty_date, s->label, s->starts_at, s->ends_at, s->phone, s->note,
                           s->slot_seq, members},
                  s->version + 1, p.user_id, at);
      audit::Append(conn, actor, "update", "duty_shift", std::to_string(shift_id), before_json,
                    ShiftJson(*LockShift(conn, shift_id)));
    };
    replace(before->shift_id, before->from_user_id, before->to_user_id);
    if (before->with_shift_id)
      replace(*before->with_shift_id, before->to_user_id, before->from_user_id);
  }
  DecideSwap(conn, swap_id, status, p.user_id, note, at);
  InsertSwapEvent(conn, swap_id, status, p.user_id, note, at);
  auto after = LockSwap(conn, swap_id);
  audit::Append(conn, actor, action, "duty_swap", std::to_string(swap_id), SwapAudit(*before),
                SwapAudit(*after));
  if (decision != "withdraw") {
    const std::string title = decision == "approve" ? "换班申请已批准" : "换班申请已驳回";
    const std::string text = after->from_name + " ↔ " + after->to_name + "：" + after->shift_label +
                             " " + LocalMinute(core::UnixFromIso(after->shift_starts_at)) +
                             (note.empty() ? "" : "（" + note + "）");
    for (auto user : {after->from_user_id, after->to_user_id})
      pushes.Notify(conn, user, kDutySwapDecided, title, text, UnitLink(after->unit));
  }
  tx.Commit();
  pushes.Flush(notifier, conn);
}

}  // namespace anjian::duty
