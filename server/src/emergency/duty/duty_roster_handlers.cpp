// /api/v1/duty-rosters: the units in scope, a unit's monthly calendar (pattern, shifts, people),
// its pattern, shifts made by hand or from the pattern, a month copied onto another, coverage
// (a unit's and the subtree's), swaps requested and decided, and the Excel exports.
#include "emergency/duty/duty_roster_handlers.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "emergency/duty/duty_coverage_service.hpp"
#include "emergency/duty/duty_roster_errors.hpp"
#include "emergency/duty/duty_roster_json.hpp"
#include "emergency/duty/duty_roster_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::duty {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

DutyUnit UnitOfPath(Context& ctx) {
  auto u = ctx.req.path_params.empty() ? std::nullopt : ParseUnitKey(ctx.req.path_params[0]);
  if (!u) throw ApiException{Error::NotFound("duty unit")};
  return *u;
}

DutyUnitInfo ManagedUnit(Context& ctx, storage::Connection& conn) {
  auto info = UnitInScopeOr404(conn, ctx.scope(), UnitOfPath(ctx));
  if (!ManagesUnit(ctx.who(), info.unit))
    throw ApiException{roster::Err("duty_manage_own_unit").Forbidden()};
  return info;
}

core::Date MonthParam(std::optional<std::string> text, const char* field, std::int64_t now) {
  const std::string t = api::Trim(text.value_or(""));
  if (t.empty()) return core::Date{core::ChinaDate(now).year, core::ChinaDate(now).month, 1};
  auto m = ParseMonth(t);
  if (!m) core::Invalid(roster::Err("duty_month_invalid").At(field));
  return *m;
}

core::Date MonthBody(api::JsonInput& in, const char* key) {
  const std::string t = in.Str(key, true, 7);
  if (t.empty()) return {};
  auto m = ParseMonth(t);
  if (!m) {
    in.AddError(roster::Err("duty_month_invalid").At(key));
    return {};
  }
  return *m;
}

json::array AccountsJson(storage::Connection& conn, const DutyUnit& unit) {
  json::array out;
  for (const auto& a : UnitAccounts(conn, unit)) {
    json::array roles;
    for (const auto& r : a.roles) roles.push_back(json::string(r));
    out.push_back(json::object{{"user_id", a.user_id},
                               {"username", a.username},
                               {"name", a.display_name},
                               {"phone", a.phone},
                               {"roles", std::move(roles)}});
  }
  return out;
}

// The shift fields of a POST/PUT body: duty_date, start/end "HH:MM" (an end not after the start
// is on the next day), label, phone, note, members [{user_id, role}].
ShiftInput ReadShift(api::JsonInput& in) {
  ShiftInput s;
  const std::string date = in.Str("duty_date", true, 10);
  auto d = core::ParseIsoDate(date);
  if (!date.empty() && !d) in.AddError(core::CoreErr("date_invalid").At("duty_date"));
  const std::string start = in.Str("start", true, 5), end = in.Str("end", true, 5);
  auto sm = ParseClock(start), em = ParseClock(end);
  if (!start.empty() && !sm) in.AddError(roster::Err("duty_clock_invalid").At("start"));
  if (!end.empty() && !em) in.AddError(roster::Err("duty_clock_invalid").At("end"));
  s.label = in.Str("label", false, kMaxLabelChars);
  s.phone = in.Str("phone", true, 40);
  s.note = in.Str("note", false, 500);
  if (in.Has("slot_seq")) s.slot_seq = in.Int("slot_seq");
  auto members = in.Arr("members", 50);
  for (size_t i = 0; i < members.size(); ++i) {
    const auto* o = members[i].if_object();
    const std::string f = "members[" + std::to_string(i) + "]";
    if (!o) {
      in.AddError(core::CoreErr("type").At(f, "an object", "对象"));
      continue;
    }
    MemberInput m;
    if (auto* id = o->if_contains("user_id"); id && id->is_int64()) m.user_id = id->as_int64();
    if (auto* r = o->if_contains("role"); r && r->is_string()) m.role = std::string(r->as_string());
    s.members.push_back(std::move(m));
  }
  if (d && sm && em) {
    s.duty_date = core::FormatIsoDate(*d);
    std::int64_t minutes = *em - *sm;
    if (minutes <= 0) minutes += 1440;
    auto t = SlotOn(*d, *sm, minutes);
    s.starts_at = t.start;
    s.ends_at = t.end;
  }
  return s;
}

json::object CalendarJson(Context& ctx, storage::Connection& conn, const DutyUnitInfo& unit,
                          const core::Date& month) {
  const auto last = LastDayOfMonth(month);
  json::array shifts;
  for (const auto& s : ShiftsOnDates(conn, unit.unit, core::FormatIsoDate(month),
                                     core::FormatIsoDate(last)))
    shifts.push_back(ShiftJson(s));
  auto pattern = FindPattern(conn, unit.unit);
  auto own = OwnUnit(ctx.who());
  const bool member_of_unit = own && *own == unit.unit;
  return json::object{
      {"unit", UnitJson(unit)},
      {"month", FormatMonth(month)},
      {"first_day", core::FormatIsoDate(month)},
      {"last_day", core::FormatIsoDate(last)},
      {"today", core::ChinaIsoDate(ctx.Now())},
      {"can_manage", ManagesUnit(ctx.who(), unit.unit)},
      {"can_swap", member_of_unit && ctx.who().Can("duty_roster:swap")},
      {"me", ctx.who().user_id},
      {"pattern", pattern ? json::value(PatternJson(*pattern)) : json::value(nullptr)},
      {"shifts", std::move(shifts)},
      {"accounts", AccountsJson(conn, unit.unit)}};
}

json::object ShiftDetail(Context& ctx, storage::Connection& conn, std::int64_t id) {
  auto s = FindShift(conn, ctx.scope(), id);
  if (!s) throw ApiException{Error::NotFound("duty shift")};
  json::object o = ShiftJson(*s);
  o["can_manage"] = ManagesUnit(ctx.who(), s->unit);
  return o;
}

json::object SwapDetail(Context& ctx, storage::Connection& conn, std::int64_t id) {
  auto s = FindSwap(conn, ctx.scope(), id);
  if (!s) throw ApiException{Error::NotFound("duty swap")};
  json::object o = SwapJson(*s);
  o["can_decide"] = s->status == "requested" && ManagesUnit(ctx.who(), s->unit);
  o["can_withdraw"] = s->status == "requested" && s->requested_by == ctx.who().user_id;
  return o;
}

json::object CoverageSummaryJson(const UnitCoverage& uc) {
  std::int64_t leader_hours = 0, officer_hours = 0;
  json::array gaps;
  for (const auto& g : uc.report.gaps) {
    (g.kind == kGapLeader ? leader_hours : officer_hours) += g.Hours();
    if (gaps.size() < 5) gaps.push_back(GapJson(g));
  }
  return json::object{{"unit", UnitJson(uc.unit)},
                      {"clean", uc.report.Clean()},
                      {"gap_count", uc.report.gaps.size()},
                      {"leader_gap_hours", leader_hours},
                      {"officer_gap_hours", officer_hours},
                      {"overlap_count", uc.report.overlaps.size()},
                      {"too_long_count", uc.report.too_long.size()},
                      {"first_gaps", std::move(gaps)}};
}

std::vector<UnitCoverage> FilteredScopeCoverage(Context& ctx, storage::Connection& conn,
                                                const DutyCoverageConfig& c) {
  auto all = CheckScopeCoverage(conn, ctx.scope(), ctx.Now(), c);
  const std::string kind = api::Trim(ctx.req.Query("unit_kind").value_or(""));
  if (!kind.empty() && kind != kUnitEnterprise && kind != kUnitAgency)
    core::Invalid(core::CoreErr("kind_invalid")
                      .At("unit_kind", "enterprise, agency", "enterprise（企业）、agency（监管部门）"));
  const std::string problems = api::Trim(ctx.req.Query("problems").value_or("1"));
  const std::string q = api::Trim(ctx.req.Query("q").value_or(""));
  std::vector<UnitCoverage> out;
  for (auto& uc : all) {
    if (!kind.empty() && uc.unit.unit.kind != kind) continue;
    if (problems != "0" && uc.report.Clean()) continue;
    if (!q.empty() && uc.unit.name.find(q) == std::string::npos) continue;
    out.push_back(std::move(uc));
  }
  return out;
}

std::string KindZh(const std::string& kind) {
  return kind == kGapLeader ? "带班领导" : "值班员";
}

}  // namespace

Response ListDutyUnitsHandler(Context& ctx) {
  auto [page, size] = ctx.Paging();
  const std::string q = api::Trim(ctx.req.Query("q").value_or(""));
  auto conn = ctx.svc.db->Acquire();
  auto units = DutyUnitsInScope(*conn, ctx.scope());
  // The caller's own unit first (an agency keeps duty even before it has a roster).
  auto own = OwnUnit(ctx.who());
  if (own) {
    auto it = std::find_if(units.begin(), units.end(),
                           [&](const DutyUnitInfo& u) { return u.unit == *own; });
    if (it != units.end()) std::rotate(units.begin(), it, it + 1);
  }
  std::vector<DutyUnitInfo> matched;
  for (auto& u : units)
    if (q.empty() || u.name.find(q) != std::string::npos) matched.push_back(std::move(u));
  json::array items;
  const auto from = std::min<std::size_t>(matched.size(), (page - 1) * size);
  const auto to = std::min<std::size_t>(matched.size(), from + size);
  for (auto i = from; i < to; ++i) {
    auto o = UnitJson(matched[i]);
    o["own"] = own && *own == matched[i].unit;
    o["can_manage"] = ManagesUnit(ctx.who(), matched[i].unit);
    items.push_back(std::move(o));
  }
  return api::JsonResponse(
      api::PageJson(std::move(items), static_cast<std::int64_t>(matched.size()), page, size));
}

Response GetDutyCalendarHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto unit = UnitInScopeOr404(*conn, ctx.scope(), UnitOfPath(ctx));
  const auto month = MonthParam(ctx.req.Query("month"), "month", ctx.Now());
  return api::JsonResponse(CalendarJson(ctx, *conn, unit, month));
}

Response ExportDutyCalendarHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto unit = UnitInScopeOr404(*conn, ctx.scope(), UnitOfPath(ctx));
  const auto month = MonthParam(ctx.req.Query("month"), "month", ctx.Now());
  std::vector<std::vector<office::Cell>> rows;
  std::int64_t n = 0;
  for (const auto& s : ShiftsOnDates(*conn, unit.unit, core::FormatIsoDate(month),
                                     core::FormatIsoDate(LastDayOfMonth(month)))) {
    std::string leaders, officers;
    for (const auto& m : s.members) {
      auto& into = m.role == kRoleLeader ? leaders : officers;
      into += (into.empty() ? "" : "、") + m.display_name;
    }
    rows.push_back({++n, s.duty_date, s.label,
                    LocalMinute(core::UnixFromIso(s.starts_at)).replace(10, 1, " "),
                    LocalMinute(core::UnixFromIso(s.ends_at)).replace(10, 1, " "), leaders,
                    officers, s.phone, s.note});
  }
  return api::XlsxDownload(unit.name + "值班表" + FormatMonth(month) + ".xlsx", "值班表",
                           {"序号", "日期", "班次", "开始", "结束", "带班领导", "值班员",
                            "值班电话", "备注"},
                           rows);
}

Response SetDutyPatternHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto unit = ManagedUnit(ctx, *conn);
  api::JsonInput in(ctx.req.body);
  const std::string phone = in.Str("phone", true, 40);
  std::vector<SlotInput> slots;
  auto arr = in.Arr("slots", kMaxSlots + 1);
  for (size_t i = 0; i < arr.size(); ++i) {
    const std::string f = "slots[" + std::to_string(i) + "].";
    const auto* o = arr[i].if_object();
    if (!o) {
      in.AddError(core::CoreErr("type").At("slots[" + std::to_string(i) + "]", "an object", "对象"));
      continue;
    }
    auto text = [&](const char* key) {
      auto* v = o->if_contains(key);
      return v && v->is_string() ? std::string(v->as_string()) : std::string();
    };
    SlotInput s;
    s.label = api::Trim(text("label"));
    auto start = ParseClock(text("start")), end = ParseClock(text("end"));
    if (!start) in.AddError(roster::Err("duty_clock_invalid").At(f + "start"));
    if (!end) in.AddError(roster::Err("duty_clock_invalid").At(f + "end"));
    s.start_minute = start.value_or(0);
    s.duration_minutes = start && end ? (*end - *start <= 0 ? *end - *start + 1440 : *end - *start)
                                      : kMinSlotMinutes;
    slots.push_back(std::move(s));
  }
  if (!in.Has("slots")) in.AddError(core::CoreErr("required").At("slots"));
  in.Finish();
  SetPattern(*conn, unit, phone, slots, api::ActorOf(ctx));
  return api::JsonResponse(CalendarJson(ctx, *conn, unit,
                                        MonthParam(std::nullopt, "month", ctx.Now())));
}

Response CreateDutyShiftHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto unit = ManagedUnit(ctx, *conn);
  api::JsonInput in(ctx.req.body);
  auto s = ReadShift(in);
  in.Finish();
  if (s.ends_at <= ctx.Now()) {
    core::Invalid(roster::Err("duty_shift_ended").At("duty_date", LocalMinute(s.ends_at)));
  }
  const auto id = CreateShift(*conn, unit, s, api::ActorOf(ctx));
  return api::JsonResponse(ShiftDetail(ctx, *conn, id), 201);
}

Response GenerateDutyMonthHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto unit = ManagedUnit(ctx, *conn);
  api::JsonInput in(ctx.req.body);
  const auto month = MonthBody(in, "month");
  in.Finish();
  const auto created = GenerateMonth(*conn, unit, month, api::ActorOf(ctx));
  auto o = CalendarJson(ctx, *conn, unit, month);
  o["created"] = created;
  return api::JsonResponse(o, 201);
}

Response CopyDutyMonthHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto unit = ManagedUnit(ctx, *conn);
  api::JsonInput in(ctx.req.body);
  const auto from = MonthBody(in, "from");
  const auto to = MonthBody(in, "to");
  const bool dry_run = in.Bool("dry_run", false);
  in.Finish();
  if (from == to) core::Invalid(roster::Err("duty_copy_same_month").At("to"));
  const auto plan = dry_run ? PlanCopyMonth(*conn, unit.unit, from, to, ctx.Now())
                            : CopyMonth(*conn, unit, from, to, api::ActorOf(ctx));
  return api::JsonResponse(json::object{{"from", FormatMonth(from)},
                                        {"to", FormatMonth(to)},
                                        {"dry_run", dry_run},
                                        {"create", plan.create},
                                        {"overwrite", plan.overwrite},
                                        {"days", plan.days},
                                        {"skipped_past_days", plan.skipped_past_days}},
                           dry_run ? 200 : 201);
}

Response GetUnitCoverageHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto unit = UnitInScopeOr404(*conn, ctx.scope(), UnitOfPath(ctx));
  const auto config = LoadDutyCoverageConfig(*conn);
  auto uc = CheckUnitCoverage(*conn, unit, ctx.Now(), config);
  json::object o = CoverageJson(uc.report, uc.window, uc.shifts);
  o["unit"] = UnitJson(unit);
  o["settings"] = json::object{{"horizon_days", config.horizon_days},
                               {"alert_days_ahead", config.alert_days_ahead},
                               {"max_consecutive_hours", config.max_consecutive_hours},
                               {"require_leader", config.require_leader == 1}};
  return api::JsonResponse(o);
}

Response ScopeCoverageHandler(Context& ctx) {
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadDutyCoverageConfig(*conn);
  auto units = FilteredScopeCoverage(ctx, *conn, config);
  json::array items;
  const auto from = std::min<std::size_t>(units.size(), (page - 1) * size);
  const auto to = std::min<std::size_t>(units.size(), from + size);
  for (auto i = from; i < to; ++i) items.push_back(CoverageSummaryJson(units[i]));
  auto o = api::PageJson(std::move(items), static_cast<std::int64_t>(units.size()), page, size);
  const auto w = WindowAt(ctx.Now(), config);
  o["from_local"] = LocalMinute(w.from);
  o["to_local"] = LocalMinute(w.to);
  o["horizon_days"] = config.horizon_days;
  return api::JsonResponse(o);
}

Response ExportScopeCoverageHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadDutyCoverageConfig(*conn);
  std::vector<std::vector<office::Cell>> rows;
  std::int64_t n = 0;
  for (const auto& uc : FilteredScopeCoverage(ctx, *conn, config)) {
    const std::string kind = uc.unit.unit.kind == kUnitAgency ? "监管部门" : "企业";
    for (const auto& g : uc.report.gaps)
      rows.push_back({++n, uc.unit.name, kind, "空档：无" + KindZh(g.kind),
                      LocalMinute(g.start).replace(10, 1, " "),
                      LocalMinute(g.end).replace(10, 1, " "), g.Hours()});
    for (const auto& o : uc.report.overlaps)
      rows.push_back({++n, uc.unit.name, kind, "同一人员班次重叠（用户 " + std::to_string(o.user_id) + "）",
                      LocalMinute(o.start).replace(10, 1, " "),
                      LocalMinute(o.end).replace(10, 1, " "), (o.end - o.start + 3599) / 3600});
    for (const auto& t : uc.report.too_long)
      rows.push_back({++n, uc.unit.name, kind,
                      "连续值班超过 " + std::to_string(config.max_consecutive_hours) + " 小时（用户 " +
                          std::to_string(t.user_id) + "）",
                      LocalMinute(t.start).replace(10, 1, " "),
                      LocalMinute(t.end).replace(10, 1, " "), t.Hours()});
  }
  return api::XlsxDownload("值班覆盖检查.xlsx", "值班覆盖",
                           {"序号", "单位", "类型", "问题", "开始", "结束", "小时"}, rows);
}

Response ListDutySwapsHandler(Context& ctx) {
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto unit = UnitInScopeOr404(*conn, ctx.scope(), UnitOfPath(ctx));
  const std::string status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!status.empty() && status != "requested" && status != "approved" && status != "refused" &&
      status != "withdrawn")
    core::Invalid(core::CoreErr("status_invalid")
                      .At("status", "requested, approved, refused, withdrawn",
                          "requested（待审批）、approved（已批准）、refused（已驳回）、withdrawn（已撤回）"));
  json::array items;
  const auto total = CountSwaps(*conn, unit.unit, status);
  for (const auto& s : ListSwaps(*conn, unit.unit, status, size, (page - 1) * size)) {
    json::object o = SwapJson(s);
    o["can_decide"] = s.status == "requested" && ManagesUnit(ctx.who(), s.unit);
    o["can_withdraw"] = s.status == "requested" && s.requested_by == ctx.who().user_id;
    items.push_back(std::move(o));
  }
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response GetDutyShiftHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(ShiftDetail(ctx, *conn, ctx.PathId()));
}

Response EditDutyShiftHandler(Context& ctx) {
  const auto id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  auto current = FindShift(*conn, ctx.scope(), id);
  if (!current) throw ApiException{Error::NotFound("duty shift")};
  if (!ManagesUnit(ctx.who(), current->unit))
    throw ApiException{roster::Err("duty_manage_own_unit").Forbidden()};
  api::JsonInput in(ctx.req.body);
  auto s = ReadShift(in);
  in.Finish();
  EditShift(*conn, ctx.scope(), ctx.who(), id, s, api::ActorOf(ctx));
  return api::JsonResponse(ShiftDetail(ctx, *conn, id));
}

Response CancelDutyShiftHandler(Context& ctx) {
  const auto id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  if (!FindShift(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("duty shift")};
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  const std::string reason = in.Str("reason", false, 500);
  in.Finish();
  CancelShiftById(*conn, ctx.scope(), ctx.who(), id, reason, api::ActorOf(ctx));
  return api::JsonResponse(ShiftDetail(ctx, *conn, id));
}

Response RequestDutySwapHandler(Context& ctx) {
  const auto id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  if (!FindShift(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("duty shift")};
  api::JsonInput in(ctx.req.body);
  const auto to = in.Int("to_user_id", true);
  std::optional<std::int64_t> with;
  if (in.Has("with_shift_id")) with = in.Int("with_shift_id");
  const std::string reason = in.Str("reason", true, 500);
  in.Finish();
  const auto swap = RequestSwap(*conn, ctx.scope(), ctx.who(), id, to.value_or(0), with, reason,
                                api::ActorOf(ctx), ctx.svc.notifier);
  return api::JsonResponse(SwapDetail(ctx, *conn, swap), 201);
}

Response GetDutySwapHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(SwapDetail(ctx, *conn, ctx.PathId()));
}

namespace {
Response Decide(Context& ctx, const std::string& decision) {
  const auto id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  if (!FindSwap(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("duty swap")};
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  const std::string note = in.Str("note", decision == "refuse", 500);
  in.Finish();
  DecideSwapById(*conn, ctx.scope(), ctx.who(), id, decision, note, api::ActorOf(ctx),
                 ctx.svc.notifier);
  return api::JsonResponse(SwapDetail(ctx, *conn, id));
}
}  // namespace

Response ApproveDutySwapHandler(Context& ctx) { return Decide(ctx, "approve"); }
Response RefuseDutySwapHandler(Context& ctx) { return Decide(ctx, "refuse"); }
Response WithdrawDutySwapHandler(Context& ctx) { return Decide(ctx, "withdraw"); }

}  // namespace anjian::duty
