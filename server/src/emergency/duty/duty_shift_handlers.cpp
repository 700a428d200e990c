// /api/v1/duty-shifts: the caller's current shift(s), one shift with its attendance, duty log,
// handover and open items, the list for managers and regulators, the export of a unit's duty
// log, and the on-shift writes (check-in/out, log entry, handover, acknowledgement).
#include "emergency/duty/duty_shift_handlers.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/core_errors.hpp"
#include "core/hash_chain.hpp"
#include "emergency/duty/duty_shift_errors.hpp"
#include "emergency/duty/duty_shift_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::duty {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

constexpr std::int64_t kMaxExportDays = 366;
constexpr size_t kMaxOpenItems = 50;

const char* KindZh(const std::string& k) {
  if (k == "call") return "来电";
  if (k == "event") return "事件";
  if (k == "instruction") return "上级指示";
  return "其他";
}

json::value Opt(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}
json::value OptS(const std::optional<std::string>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::object ItemJson(const OpenItemRow& i) {
  return json::object{{"id", i.id},
                      {"text", i.text},
                      {"at", i.at},
                      {"from_entry_id", Opt(i.from_entry_id)},
                      {"origin_shift_id", i.origin_shift_id},
                      {"origin_shift_label", i.origin_shift_label},
                      {"origin_shift_starts_at", i.origin_shift_starts_at},
                      {"closed", i.closed_at.has_value()},
                      {"closed_at", OptS(i.closed_at)},
                      {"closed_by_entry_id", Opt(i.closed_by_entry_id)},
                      {"closed_by_name", i.closed_by_name}};
}

json::object HandoverJson(storage::Connection& conn, const HandoverRow& h,
                          const DutyShiftConfig& c, std::int64_t now) {
  const auto st = HandoverStatus(
      core::UnixFromIso(h.at),
      h.acked_at ? std::optional<std::int64_t>(core::UnixFromIso(*h.acked_at)) : std::nullopt,
      now, c);
  json::array items;
  for (const auto& i : ItemsRaisedBy(conn, h.shift_id)) items.push_back(ItemJson(i));
  return json::object{
      {"id", h.id},
      {"shift_id", h.shift_id},
      {"to_shift_id", Opt(h.to_shift_id)},
      {"summary", h.summary},
      {"at", h.at},
      {"by", json::object{{"id", h.by_user_id}, {"name", h.by_name}}},
      {"carried_items", h.carried_items},
      {"open_items", std::move(items)},
      {"status", st.status},
      {"ack_due_at", core::IsoFromUnix(st.due_at)},
      {"overdue_minutes", st.overdue_minutes},
      {"acked_at", OptS(h.acked_at)},
      {"acked_by", h.acked_by ? json::value(json::object{{"id", *h.acked_by},
                                                         {"name", h.acked_by_name}})
                              : json::value(nullptr)},
      {"ack_note", h.ack_note}};
}

json::object ShiftSummaryJson(const ShiftRow& s, const std::string& unit_name) {
  json::array members;
  for (const auto& m : s.members)
    members.push_back(json::object{{"user_id", m.user_id},
                                   {"name", m.display_name},
                                   {"role", m.role},
                                   {"phone", m.phone}});
  return json::object{{"id", s.id},
                      {"unit_kind", s.unit.kind},
                      {"unit_id", s.unit.id},
                      {"unit_name", unit_name},
                      {"duty_date", s.duty_date},
                      {"label", s.label},
                      {"starts_at", s.starts_at},
                      {"ends_at", s.ends_at},
                      {"phone", s.phone},
                      {"status", s.status},
                      {"members", std::move(members)}};
}

json::object ShiftDetailJson(storage::Connection& conn, const ShiftRow& s,
                             const api::Principal& who, const api::Scope& scope,
                             std::int64_t now) {
  const auto config = LoadDutyShiftConfig(conn);
  const ShiftCaller caller = CallerOf(who);
  json::object o = ShiftSummaryJson(s, UnitName(conn, s.unit));
  const auto attendance = Attendance(conn, s.id);
  bool my_in = false, my_out = false;
  for (auto& mv : o["members"].as_array()) {
    auto& m = mv.as_object();
    m["checked_in_at"] = nullptr;
    m["late_minutes"] = 0;
    m["checked_out_at"] = nullptr;
    m["early_minutes"] = 0;
    for (const auto& a : attendance) {
      if (a.user_id != m["user_id"].as_int64()) continue;
      if (a.kind == "check_in") {
        m["checked_in_at"] = a.at;
        m["late_minutes"] = a.late_minutes;
      } else {
        m["checked_out_at"] = a.at;
        m["early_minutes"] = a.early_minutes;
      }
    }
  }
  for (const auto& a : attendance)
    if (a.user_id == who.user_id) (a.kind == "check_in" ? my_in : my_out) = true;
  const auto window = DecideCheckIn(core::UnixFromIso(s.starts_at), core::UnixFromIso(s.ends_at),
                                    now, config);
  o["check_in_opens_at"] = core::IsoFromUnix(window.opens_at);
  o["check_in_closes_at"] = core::IsoFromUnix(window.closes_at);
  o["handover_ack_minutes"] = config.handover_ack_minutes;
  const auto entries = LogEntries(conn, s.id);
  json::array log;
  std::vector<core::ChainEntry> chain;
  for (const auto& e : entries) {
    log.push_back(json::object{{"id", e.id},
                               {"seq", e.seq},
                               {"kind", e.kind},
                               {"kind_zh", KindZh(e.kind)},
                               {"at", e.at},
                               {"caller", e.caller},
                               {"phone", e.phone},
                               {"content", e.content},
                               {"actions", e.actions},
                               {"corrects_entry_id", Opt(e.corrects_entry_id)},
                               {"closes_item_id", Opt(e.closes_item_id)},
                               {"by", json::object{{"id", e.by_user_id}, {"name", e.by_name}}},
                               {"hash", e.hash}});
    LogPayload p{e.shift_id, e.seq,     e.by_user_id, e.kind,
                 e.at,       e.caller,  e.phone,      e.content,
                 e.actions,  e.corrects_entry_id, e.closes_item_id};
    chain.push_back({e.id, LogEntryPayload(p), e.prev_hash, e.hash});
  }
  o["log"] = std::move(log);
  o["log_chain_ok"] = !core::FirstBrokenEntry(chain, core::GenesisHash()).has_value();
  const auto handover = HandoverOfShift(conn, s.id);
  o["handover"] = handover ? json::value(HandoverJson(conn, *handover, config, now))
                           : json::value(nullptr);
  const auto incoming = HandoverToShift(conn, s.id);
  o["incoming_handover"] = incoming ? json::value(HandoverJson(conn, *incoming, config, now))
                                    : json::value(nullptr);
  json::array items;
  for (const auto& i : ShiftOpenItems(conn, s)) items.push_back(ItemJson(i));
  o["open_items"] = std::move(items);
  json::array alerts;
  for (const auto& r : AlertedRoles(conn, s.id)) alerts.push_back(json::string(r));
  o["absence_alerts"] = std::move(alerts);
  const auto role = MemberRole(s, who.user_id);
  const bool manager = IsUnitManager(caller, s.unit);
  const bool writer = who.Can("duty_shift:write") && s.status == "active";
  o["my_role"] = role ? json::value(*role) : json::value(nullptr);
  o["checked_in"] = my_in;
  o["checked_out"] = my_out;
  o["can_check_in"] = writer && role && !my_in && window.verdict != CheckInVerdict::kTooEarly &&
                      window.verdict != CheckInVerdict::kTooLate;
  o["can_check_out"] = writer && role && my_in && !my_out;
  o["can_write"] = writer && (role || manager) && !handover;
  bool can_ack = false;
  if (writer && incoming && !incoming->acked_at)
    can_ack = role.has_value() || manager;
  o["can_acknowledge"] = can_ack;
  (void)scope;
  return o;
}

Response ShiftResponse(Context& ctx, storage::Connection& conn, std::int64_t id, int status) {
  const ShiftRow s = RequireShift(conn, ctx.scope(), id);
  return api::JsonResponse(ShiftDetailJson(conn, s, ctx.who(), ctx.scope(), ctx.Now()), status);
}

std::optional<std::int64_t> QueryId(Context& ctx, const char* key,
                                    std::vector<FieldError>& errs) {
  auto v = api::Trim(ctx.req.Query(key).value_or(""));
  if (v.empty()) return std::nullopt;
  try {
    size_t used = 0;
    const std::int64_t n = std::stoll(v, &used);
    if (used == v.size() && n > 0) return n;
  } catch (...) {
  }
  errs.push_back(core::CoreErr("type").At(key, "an integer", "整数"));
  return std::nullopt;
}

// A query date as the UTC instant of its China day's start (+add_days).
std::string QueryDay(Context& ctx, const char* key, int add_days, bool required,
                     std::vector<FieldError>& errs, std::optional<core::Date>* out = nullptr) {
  auto q = api::Trim(ctx.req.Query(key).value_or(""));
  if (q.empty()) {
    if (required) errs.push_back(core::CoreErr("required").At(key));
    return "";
  }
  auto d = core::ParseIsoDate(q);
  if (!d) {
    errs.push_back(core::CoreErr("date_invalid").At(key));
    return "";
  }
  if (out) *out = *d;
  return core::IsoFromUnix(core::ChinaDayStart(core::AddDays(*d, add_days)));
}

// Reads the shift id, 404 unless in scope (before the body is judged).
std::int64_t ShiftIdInScope(Context& ctx, storage::Connection& conn) {
  const std::int64_t id = ctx.PathId();
  RequireShift(conn, ctx.scope(), id);
  return id;
}

}  // namespace

Response ListDutyShiftsHandler(Context& ctx) {
  std::vector<FieldError> errs;
  ShiftListFilter f;
  f.enterprise_id = QueryId(ctx, "enterprise_id", errs);
  f.agency_id = QueryId(ctx, "agency_id", errs);
  f.from = QueryDay(ctx, "from", 0, false, errs);
  f.to = QueryDay(ctx, "to", 1, false, errs);
  f.handover = api::Trim(ctx.req.Query("handover").value_or(""));
  if (!f.handover.empty() && f.handover != "none" && f.handover != "unacknowledged" &&
      f.handover != "acknowledged")
    errs.push_back(core::CoreErr("status_invalid")
                       .At("handover", "none, unacknowledged, acknowledged",
                           "none（未交班）、unacknowledged（未签收）、acknowledged（已签收）"));
  if (!errs.empty()) core::Invalid(std::move(errs));
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadDutyShiftConfig(*conn);
  const std::int64_t total = CountShifts(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& r : ListShifts(*conn, ctx.scope(), f, size, (page - 1) * size)) {
    json::object o{{"id", r.id},
                   {"unit_kind", r.unit_kind},
                   {"unit_id", r.unit_id},
                   {"unit_name", r.unit_name},
                   {"label", r.label},
                   {"starts_at", r.starts_at},
                   {"ends_at", r.ends_at},
                   {"phone", r.phone},
                   {"entries", r.entries},
                   {"checked_in", r.checked_in},
                   {"handover_at", OptS(r.handover_at)},
                   {"acked_at", OptS(r.acked_at)}};
    if (r.handover_at) {
      const auto st = HandoverStatus(
          core::UnixFromIso(*r.handover_at),
          r.acked_at ? std::optional<std::int64_t>(core::UnixFromIso(*r.acked_at)) : std::nullopt,
          ctx.Now(), config);
      o["handover_status"] = st.status;
      o["overdue_minutes"] = st.overdue_minutes;
    } else {
      o["handover_status"] = "none";
      o["overdue_minutes"] = 0;
    }
    items.push_back(std::move(o));
  }
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response CurrentDutyShiftsHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadDutyShiftConfig(*conn);
  const std::int64_t now = ctx.Now();
  const auto& who = ctx.who();
  json::array mine;
  for (std::int64_t id : MyShiftIds(*conn, who.user_id, core::IsoFromUnix(now),
                                    core::IsoFromUnix(now + config.check_in_open_minutes_before * 60),
                                    core::IsoFromUnix(now - 12 * 60 * 60)))
    if (auto s = FindShift(*conn, ctx.scope(), id))
      mine.push_back(ShiftDetailJson(*conn, *s, who, ctx.scope(), now));
  // The unit's shifts on duty now (the principal's and the managers' view of their own unit).
  json::array unit;
  std::optional<DutyUnit> u;
  if (who.enterprise_id) u = DutyUnit{kUnitEnterprise, *who.enterprise_id};
  if (who.agency_id) u = DutyUnit{kUnitAgency, *who.agency_id};
  if (u && FindUnitInScope(*conn, ctx.scope(), *u)) {
    const std::string name = UnitName(*conn, *u);
    for (const auto& s : ShiftsCovering(*conn, *u, core::IsoFromUnix(now))) {
      json::object o = ShiftSummaryJson(s, name);
      const auto h = HandoverToShift(*conn, s.id);
      o["incoming_handover_status"] =
          h ? json::value(HandoverStatus(core::UnixFromIso(h->at),
                                         h->acked_at ? std::optional<std::int64_t>(
                                                           core::UnixFromIso(*h->acked_at))
                                                     : std::nullopt,
                                         now, config)
                              .status)
            : json::value(nullptr);
      unit.push_back(std::move(o));
    }
  }
  return api::JsonResponse(json::object{{"items", std::move(mine)},
                                        {"unit_items", std::move(unit)},
                                        {"now", core::IsoFromUnix(now)},
                                        {"check_in_open_minutes_before",
                                         config.check_in_open_minutes_before}});
}

Response ExportDutyLogHandler(Context& ctx) {
  std::vector<FieldError> errs;
  auto enterprise_id = QueryId(ctx, "enterprise_id", errs);
  auto agency_id = QueryId(ctx, "agency_id", errs);
  std::optional<core::Date> from_day, to_day;
  std::string from = QueryDay(ctx, "from", 0, false, errs, &from_day);
  std::string to = QueryDay(ctx, "to", 1, false, errs, &to_day);
  // Without dates: the last 7 China days up to today.
  if (to.empty() && !ctx.req.Query("to")) {
    to_day = core::ChinaDate(ctx.Now());
    to = core::IsoFromUnix(core::ChinaDayStart(core::AddDays(*to_day, 1)));
  }
  if (from.empty() && !ctx.req.Query("from") && to_day) {
    from_day = core::AddDays(*to_day, -6);
    from = core::IsoFromUnix(core::ChinaDayStart(*from_day));
  }
  if (from_day && to_day && (core::DaysBetween(*from_day, *to_day) < 0 ||
                             core::DaysBetween(*from_day, *to_day) >= kMaxExportDays))
    errs.push_back(ShiftErr("duty_log_export_range").At("to", kMaxExportDays, kMaxExportDays));
  const auto& who = ctx.who();
  std::optional<DutyUnit> unit;
  if (enterprise_id) unit = DutyUnit{kUnitEnterprise, *enterprise_id};
  else if (agency_id) unit = DutyUnit{kUnitAgency, *agency_id};
  else if (who.enterprise_id) unit = DutyUnit{kUnitEnterprise, *who.enterprise_id};
  else if (who.agency_id) unit = DutyUnit{kUnitAgency, *who.agency_id};
  else errs.push_back(core::CoreErr("required").At("enterprise_id"));
  if (!errs.empty()) core::Invalid(std::move(errs));
  auto conn = ctx.svc.db->Acquire();
  auto info = FindUnitInScope(*conn, ctx.scope(), *unit);
  if (!info) throw ApiException{Error::NotFound(unit->kind)};
  std::vector<std::vector<office::Cell>> rows;
  std::int64_t n = 0;
  for (const auto& e : UnitLogEntries(*conn, ctx.scope(), *unit, from, to, 100000))
    rows.push_back({++n, core::ChinaIsoDateTime(core::UnixFromIso(e.at)),
                    e.shift_label + "（" + core::ChinaIsoDateTime(core::UnixFromIso(e.shift_starts_at)) + "）",
                    std::string(KindZh(e.kind)), e.caller, e.phone, e.content, e.actions,
                    e.corrects_entry_id ? "更正第 " + std::to_string(*e.corrects_entry_id) + " 号记录" : std::string(),
                    e.by_name, e.id, e.hash});
  return api::XlsxDownload("值班日志.xlsx", "值班日志",
                           {"序号", "时间", "班次", "类别", "来电单位/人", "电话", "内容",
                            "处置情况", "更正", "记录人", "记录编号", "校验值（SHA-256）"},
                           rows);
}

Response GetOnShiftHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return ShiftResponse(ctx, *conn, ctx.PathId(), 200);
}

Response CheckInHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = ShiftIdInScope(ctx, *conn);
  CheckIn(*conn, ctx.scope(), id, CallerOf(ctx.who()), api::ActorOf(ctx), ctx.Now());
  return ShiftResponse(ctx, *conn, id, 200);
}

Response CheckOutHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = ShiftIdInScope(ctx, *conn);
  CheckOut(*conn, ctx.scope(), id, CallerOf(ctx.who()), api::ActorOf(ctx), ctx.Now());
  return ShiftResponse(ctx, *conn, id, 200);
}

Response AppendLogHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = ShiftIdInScope(ctx, *conn);
  api::JsonInput in(ctx.req.body);
  LogInput e;
  e.kind = in.Str("kind", true, 20);
  if (!e.kind.empty() && !IsLogKind(e.kind))
    in.AddError(core::CoreErr("kind_invalid").At("kind", kLogKindsEn, kLogKindsZh));
  e.caller = in.Str("caller", false, 100);
  e.phone = in.Str("phone", false, 40);
  e.content = in.Str("content", true, 4000);
  e.actions = in.Str("actions", false, 4000);
  e.corrects_entry_id = in.Int("corrects_entry_id");
  e.closes_item_id = in.Int("closes_item_id");
  in.Finish();
  AppendLogEntry(*conn, ctx.scope(), id, CallerOf(ctx.who()), e, api::ActorOf(ctx), ctx.Now());
  return ShiftResponse(ctx, *conn, id, 201);
}

Response HandOverHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = ShiftIdInScope(ctx, *conn);
  api::JsonInput in(ctx.req.body);
  const std::string summary = in.Str("summary", false, 4000);
  std::vector<NewItem> items;
  auto arr = in.Arr("open_items", kMaxOpenItems);
  for (size_t i = 0; i < arr.size(); ++i) {
    const std::string prefix = "open_items[" + std::to_string(i) + "]";
    if (!arr[i].is_object()) {
      in.AddError(core::CoreErr("type").At(prefix, "an object", "对象"));
      continue;
    }
    api::JsonInput item(arr[i].as_object());
    NewItem n;
    n.text = item.Str("text", true, 500);
    n.from_entry_id = item.Int("from_entry_id");
    for (auto& err : item.TakeErrors()) {
      err.field = prefix + "." + err.field;
      in.AddError(std::move(err));
    }
    items.push_back(std::move(n));
  }
  in.Finish();
  HandOver(*conn, ctx.scope(), id, CallerOf(ctx.who()), summary, items, api::ActorOf(ctx),
           ctx.svc.notifier, ctx.Now());
  return ShiftResponse(ctx, *conn, id, 201);
}

Response AcknowledgeHandoverHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = ShiftIdInScope(ctx, *conn);
  api::JsonInput in(ctx.req.body);
  const std::string note = in.Str("note", false, 1000);
  in.Finish();
  AcknowledgeHandover(*conn, ctx.scope(), id, CallerOf(ctx.who()), note, api::ActorOf(ctx),
                      ctx.Now());
  return ShiftResponse(ctx, *conn, id, 200);
}

}  // namespace anjian::duty
