#include "emergency/duty/duty_shift_service.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "core/hash_chain.hpp"
#include "emergency/duty/duty_roster_errors.hpp"
#include "emergency/duty/duty_shift_errors.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::duty {

namespace json = boost::json;

namespace {

std::string Local(std::int64_t t) { return core::ChinaIsoDateTime(t); }
std::string LocalOf(const std::string& iso) { return Local(core::UnixFromIso(iso)); }

void RequireActive(const ShiftRow& s) {
  if (s.status != "active") throw ApiException{roster::Err("duty_shift_cancelled").Conflict()};
}

// The shift locked for the write (the chain's seq and hash, one handover): in scope, active.
ShiftRow LockInScope(storage::Connection& conn, const api::Scope& scope, std::int64_t id) {
  if (!FindShift(conn, scope, id)) throw ApiException{Error::NotFound("duty_shift")};
  auto s = LockShift(conn, id);
  if (!s) throw ApiException{Error::NotFound("duty_shift")};
  RequireActive(*s);
  return *s;
}

void RequireWriter(const ShiftRow& s, const ShiftCaller& c) {
  if (!MemberRole(s, c.user_id) && !IsUnitManager(c, s.unit))
    throw ApiException{ShiftErr("duty_shift_not_writer").Conflict()};
}

void RequireNotHandedOver(storage::Connection& conn, std::int64_t shift_id) {
  if (auto h = HandoverOfShift(conn, shift_id)) {
    const std::string at = LocalOf(h->at);
    throw ApiException{ShiftErr("duty_shift_handed_over").Conflict(at, at)};
  }
}

std::vector<OpenItem> RuleItems(const std::vector<OpenItemRow>& rows) {
  std::vector<OpenItem> out;
  for (const auto& r : rows)
    out.push_back({r.id, r.origin_shift_id, core::UnixFromIso(r.origin_shift_starts_at),
                   r.closed_at ? std::optional<std::int64_t>(core::UnixFromIso(*r.closed_at))
                               : std::nullopt});
  return out;
}

std::vector<OpenItemRow> Pick(const std::vector<OpenItemRow>& rows,
                              const std::vector<OpenItem>& picked) {
  std::vector<OpenItemRow> out;
  for (const auto& p : picked)
    for (const auto& r : rows)
      if (r.id == p.id) out.push_back(r);
  return out;
}

json::object ShiftRef(const ShiftRow& s) {
  return json::object{{"shift_id", s.id},
                      {"unit_kind", s.unit.kind},
                      {"unit_id", s.unit.id},
                      {"label", s.label},
                      {"starts_at", s.starts_at},
                      {"ends_at", s.ends_at}};
}

}  // namespace

DutyShiftConfig LoadDutyShiftConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "duty_shift");
  if (!stored) return {};
  if (auto c = DutyShiftConfigFromJson(*stored)) return *c;
  spdlog::warn("settings duty_shift is invalid; using the defaults");
  return {};
}

ShiftCaller CallerOf(const api::Principal& p) {
  // The unit's duty managers: whoever manages its roster, and its principals and safety
  // officers (an agency: its read-write regulators) — those the absence alert reaches.
  const bool manager = p.Can("duty_roster:manage") || p.HasRole("ent_principal") ||
                       p.HasRole("ent_safety_officer") || p.HasRole("regulator_rw");
  return ShiftCaller{p.user_id, p.enterprise_id, p.agency_id, manager};
}

std::optional<std::string> MemberRole(const ShiftRow& s, std::int64_t user_id) {
  for (const auto& m : s.members)
    if (m.user_id == user_id) return m.role;
  return std::nullopt;
}

bool IsUnitManager(const ShiftCaller& c, const DutyUnit& unit) {
  if (!c.can_manage) return false;
  if (unit.kind == kUnitEnterprise) return c.enterprise_id && *c.enterprise_id == unit.id;
  return c.agency_id && *c.agency_id == unit.id;
}

ShiftRow RequireShift(storage::Connection& conn, const api::Scope& scope, std::int64_t id) {
  auto s = FindShift(conn, scope, id);
  if (!s) throw ApiException{Error::NotFound("duty_shift")};
  return *s;
}

void CheckIn(storage::Connection& conn, const api::Scope& scope, std::int64_t shift_id,
             const ShiftCaller& caller, const audit::Actor& actor, std::int64_t now) {
  const auto config = LoadDutyShiftConfig(conn);
  storage::Transaction tx(conn);
  const ShiftRow s = LockInScope(conn, scope, shift_id);
  const auto role = MemberRole(s, caller.user_id);
  if (!role) throw ApiException{ShiftErr("duty_shift_not_member").Conflict()};
  const auto d = DecideCheckIn(core::UnixFromIso(s.starts_at), core::UnixFromIso(s.ends_at), now,
                               config);
  if (d.verdict == CheckInVerdict::kTooEarly) {
    const std::string at = Local(d.opens_at);
    throw ApiException{ShiftErr("duty_shift_check_in_not_open").Conflict(at, at)};
  }
  if (d.verdict == CheckInVerdict::kTooLate) {
    const std::string at = Local(d.closes_at);
    throw ApiException{ShiftErr("duty_shift_check_in_closed").Conflict(at, at)};
  }
  const std::string at = core::IsoFromUnix(now);
  if (!InsertAttendance(conn, shift_id, caller.user_id, *role, "check_in", at, d.late_minutes, 0)) {
    for (const auto& a : Attendance(conn, shift_id))
      if (a.user_id == caller.user_id && a.kind == "check_in") {
        const std::string when = LocalOf(a.at);
        throw ApiException{ShiftErr("duty_shift_already_checked_in").Conflict(when, when)};
      }
  }
  json::object after = ShiftRef(s);
  after["role"] = *role;
  after["at"] = at;
  after["late"] = d.verdict == CheckInVerdict::kLate;
  after["late_minutes"] = d.late_minutes;
  audit::Append(conn, actor, "duty_check_in", "duty_shift", std::to_string(shift_id), nullptr,
                after);
  tx.Commit();
}

void CheckOut(storage::Connection& conn, const api::Scope& scope, std::int64_t shift_id,
              const ShiftCaller& caller, const audit::Actor& actor, std::int64_t now) {
  storage::Transaction tx(conn);
  const ShiftRow s = LockInScope(conn, scope, shift_id);
  const auto role = MemberRole(s, caller.user_id);
  if (!role) throw ApiException{ShiftErr("duty_shift_not_member").Conflict()};
  bool checked_in = false;
  for (const auto& a : Attendance(conn, shift_id)) {
    if (a.user_id != caller.user_id) continue;
    if (a.kind == "check_in") checked_in = true;
    if (a.kind == "check_out") {
      const std::string when = LocalOf(a.at);
      throw ApiException{ShiftErr("duty_shift_already_checked_out").Conflict(when, when)};
    }
  }
  if (!checked_in) throw ApiException{ShiftErr("duty_shift_not_checked_in").Conflict()};
  const std::string at = core::IsoFromUnix(now);
  const std::int64_t early = EarlyLeaveMinutes(core::UnixFromIso(s.ends_at), now);
  InsertAttendance(conn, shift_id, caller.user_id, *role, "check_out", at, 0, early);
  json::object after = ShiftRef(s);
  after["role"] = *role;
  after["at"] = at;
  after["early_minutes"] = early;
  audit::Append(conn, actor, "duty_check_out", "duty_shift", std::to_string(shift_id), nullptr,
                after);
  tx.Commit();
}

std::vector<OpenItemRow> ShiftOpenItems(storage::Connection& conn, const ShiftRow& s) {
  auto rows = UnitOpenItems(conn, s.unit, s.starts_at, s.starts_at);
  return Pick(rows, ItemsOfShift(RuleItems(rows), s.id, core::UnixFromIso(s.starts_at)));
}

std::int64_t AppendLogEntry(storage::Connection& conn, const api::Scope& scope,
                            std::int64_t shift_id, const ShiftCaller& caller,
                            const LogInput& in, const audit::Actor& actor, std::int64_t now) {
  storage::Transaction tx(conn);
  const ShiftRow s = LockInScope(conn, scope, shift_id);
  RequireWriter(s, caller);
  RequireNotHandedOver(conn, shift_id);
  if (in.corrects_entry_id && !LogEntryOfUnit(conn, s.unit, *in.corrects_entry_id))
    core::Invalid(ShiftErr("duty_log_entry_unknown")
                      .At("corrects_entry_id", *in.corrects_entry_id, *in.corrects_entry_id));
  if (in.closes_item_id) {
    bool open = false;
    for (const auto& i : ShiftOpenItems(conn, s))
      open |= i.id == *in.closes_item_id && !i.closed_at;
    if (!open)
      core::Invalid(ShiftErr("duty_open_item_unknown")
                        .At("closes_item_id", *in.closes_item_id, *in.closes_item_id));
  }
  const auto last = LastLogEntry(conn, shift_id);
  LogPayload p;
  p.shift_id = shift_id;
  p.seq = last ? last->seq + 1 : 1;
  p.by_user_id = caller.user_id;
  p.kind = in.kind;
  p.at = core::IsoFromUnix(now);
  p.caller = in.caller;
  p.phone = in.phone;
  p.content = in.content;
  p.actions = in.actions;
  p.corrects_entry_id = in.corrects_entry_id;
  p.closes_item_id = in.closes_item_id;
  NewLogEntry e;
  e.payload = p;
  e.unit = s.unit;
  e.region_path = s.region_path;
  e.prev_hash = last ? last->hash : core::GenesisHash();
  e.hash = core::ChainHash(e.prev_hash, LogEntryPayload(p));
  const std::int64_t id = InsertLogEntry(conn, e);
  json::object after = ShiftRef(s);
  after["entry_id"] = id;
  after["seq"] = p.seq;
  after["kind"] = p.kind;
  after["caller"] = p.caller;
  after["phone"] = p.phone;
  after["content"] = p.content;
  after["actions"] = p.actions;
  after["hash"] = e.hash;
  if (p.corrects_entry_id) after["corrects_entry_id"] = *p.corrects_entry_id;
  if (p.closes_item_id) after["closes_item_id"] = *p.closes_item_id;
  audit::Append(conn, actor, "duty_log_append", "duty_shift", std::to_string(shift_id), nullptr,
                after);
  tx.Commit();
  return id;
}

std::int64_t HandOver(storage::Connection& conn, const api::Scope& scope, std::int64_t shift_id,
                      const ShiftCaller& caller, const std::string& summary,
                      const std::vector<NewItem>& items, const audit::Actor& actor,
                      api::Notifier* notifier, std::int64_t now) {
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  const ShiftRow s = LockInScope(conn, scope, shift_id);
  RequireWriter(s, caller);
  RequireNotHandedOver(conn, shift_id);
  std::vector<FieldError> errs;
  for (size_t i = 0; i < items.size(); ++i)
    if (items[i].from_entry_id) {
      bool own = false;
      for (const auto& e : LogEntries(conn, shift_id)) own |= e.id == *items[i].from_entry_id;
      if (!own)
        errs.push_back(ShiftErr("duty_log_entry_unknown")
                           .At("open_items[" + std::to_string(i) + "].from_entry_id",
                               *items[i].from_entry_id, *items[i].from_entry_id));
    }
  if (!errs.empty()) core::Invalid(std::move(errs));
  const auto unit_items = UnitOpenItems(conn, s.unit, s.starts_at, s.starts_at);
  const auto carried =
      ItemsCarriedOn(RuleItems(unit_items), s.id, core::UnixFromIso(s.starts_at), now);
  const std::string at = core::IsoFromUnix(now);
  NewHandover h;
  h.shift_id = shift_id;
  h.by_user_id = caller.user_id;
  h.carried_items = static_cast<std::int64_t>(carried.size());
  h.to_shift_id = NextShiftId(conn, s.unit, s.starts_at, s.id);
  h.unit = s.unit;
  h.region_path = s.region_path;
  h.summary = summary;
  h.at = at;
  const auto id = InsertHandover(conn, h);
  if (!id) RequireNotHandedOver(conn, shift_id);
  json::array new_items;
  for (const auto& i : items) {
    const std::int64_t item_id =
        InsertOpenItem(conn, *id, shift_id, s.unit, i.from_entry_id, i.text, at);
    new_items.push_back(json::object{
        {"id", item_id},
        {"text", i.text},
        {"from_entry_id", i.from_entry_id ? json::value(*i.from_entry_id) : json::value(nullptr)}});
  }
  json::array carried_ids;
  for (const auto& c : carried) carried_ids.push_back(c.id);
  if (h.to_shift_id) {
    if (auto next = LockShift(conn, *h.to_shift_id)) {
      const std::string title = "交接班待签收：" + s.label + " → " + next->label;
      const std::string body = std::to_string(items.size() + carried.size()) + " 项遗留事项，" +
                               LocalOf(s.ends_at) + " 交班";
      for (const auto& m : next->members)
        pushes.Notify(conn, m.user_id, "duty_handover", title, body,
                      "/emergency/duty-shifts/" + std::to_string(next->id));
    }
  }
  json::object after = ShiftRef(s);
  after["handover_id"] = *id;
  after["summary"] = summary;
  after["to_shift_id"] = h.to_shift_id ? json::value(*h.to_shift_id) : json::value(nullptr);
  after["open_items"] = std::move(new_items);
  after["carried_item_ids"] = std::move(carried_ids);
  audit::Append(conn, actor, "duty_handover", "duty_shift", std::to_string(shift_id), nullptr,
                after);
  tx.Commit();
  pushes.Flush(notifier, conn);
  return *id;
}

void AcknowledgeHandover(storage::Connection& conn, const api::Scope& scope,
                         std::int64_t shift_id, const ShiftCaller& caller,
                         const std::string& note, const audit::Actor& actor, std::int64_t now) {
  const auto config = LoadDutyShiftConfig(conn);
  storage::Transaction tx(conn);
  const ShiftRow s = LockInScope(conn, scope, shift_id);
  auto h = HandoverOfShift(conn, shift_id);
  if (!h) throw ApiException{ShiftErr("duty_shift_no_handover").Conflict()};
  bool incoming_member = false;
  if (h->to_shift_id)
    if (auto next = FindShift(conn, scope, *h->to_shift_id))
      incoming_member = MemberRole(*next, caller.user_id).has_value();
  if (!incoming_member && !IsUnitManager(caller, s.unit))
    throw ApiException{ShiftErr("duty_shift_not_incoming").Conflict()};
  if (h->acked_at) {
    const std::string at = LocalOf(*h->acked_at);
    throw ApiException{ShiftErr("duty_shift_handover_acknowledged").Conflict(at, at)};
  }
  const std::string at = core::IsoFromUnix(now);
  if (!InsertHandoverAck(conn, h->id, caller.user_id, note, at))
    throw ApiException{ShiftErr("duty_shift_handover_acknowledged").Conflict(LocalOf(at), LocalOf(at))};
  const auto state = HandoverStatus(core::UnixFromIso(h->at), now, now, config);
  json::object after = ShiftRef(s);
  after["handover_id"] = h->id;
  after["to_shift_id"] = h->to_shift_id ? json::value(*h->to_shift_id) : json::value(nullptr);
  after["note"] = note;
  after["at"] = at;
  after["late_minutes"] = state.overdue_minutes;
  audit::Append(conn, actor, "duty_handover_ack", "duty_shift", std::to_string(shift_id),
                nullptr, after);
  tx.Commit();
}

std::int64_t RemindAbsentDuty(storage::Connection& conn, notifications::PendingPushes& pushes,
                              std::int64_t now) {
  const auto config = LoadDutyShiftConfig(conn);
  const std::string now_iso = core::IsoFromUnix(now);
  const std::string started_by = core::IsoFromUnix(now - config.absence_alert_minutes * 60);
  std::int64_t sent = 0;
  storage::Transaction tx(conn);
  for (const auto& r : RunningShifts(conn, started_by, now_iso)) {
    const auto absent = AbsentRoles(core::UnixFromIso(r.starts_at), core::UnixFromIso(r.ends_at),
                                    now, r.leader_in, r.officer_in, config);
    if (absent.empty()) continue;
    const auto managers = UnitManagers(conn, r.unit);
    for (const auto& role : absent) {
      if (!ClaimAbsenceAlert(conn, r.id, role, now_iso,
                             static_cast<std::int64_t>(managers.size())))
        continue;
      const std::string who = role == "leader" ? "带班领导" : "值班员";
      const std::string title = "值班未到岗：" + r.unit_name + " " + r.label + " " + who + "未签到";
      const std::string body = "班次 " + LocalOf(r.starts_at) + " 开始，已超过 " +
                               std::to_string(config.absence_alert_minutes) + " 分钟无" + who +
                               "签到";
      for (std::int64_t u : managers)
        pushes.Notify(conn, u, kDutyAbsence, title, body,
                      "/emergency/duty-shifts/" + std::to_string(r.id));
      audit::Append(conn, {std::nullopt, "system", "", now}, "duty_absence_alert", "duty_shift",
                    std::to_string(r.id), nullptr,
                    json::object{{"role", role},
                                 {"unit_kind", r.unit.kind},
                                 {"unit_id", r.unit.id},
                                 {"starts_at", r.starts_at},
                                 {"recipients", static_cast<std::int64_t>(managers.size())}});
      ++sent;
    }
  }
  tx.Commit();
  return sent;
}

}  // namespace anjian::duty
