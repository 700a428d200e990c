#include "emergency/spot_check/spot_check_service.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "credit/dishonesty_list/dishonesty_listing_repository.hpp"
#include "dual_prevention/enforcement/enforcement_plan_rules.hpp"
#include "emergency/duty/duty_roster_repository.hpp"
#include "emergency/spot_check/spot_check_errors.hpp"
#include "notifications/notification_service.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::spot_check {

namespace json = boost::json;

namespace {

constexpr const char* kFindingKind = "duty_spot_check_finding";

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : "、") + n;
  return out;
}

std::vector<std::int64_t> UnitUserIds(storage::Connection& conn, std::optional<std::int64_t> ent,
                                      std::optional<std::int64_t> agency) {
  if (ent) return notifications::EnterpriseUserIds(conn, *ent);
  if (agency) return notifications::AgencyUserIds(conn, *agency);
  return {};
}

json::object FindingJson(const FindingRow& f) {
  return json::object{{"round_id", f.round_id},
                      {"call_id", f.call_id},
                      {"unit", f.unit_name},
                      {"state", f.state},
                      {"due_on", f.due_on}};
}

}  // namespace

std::vector<std::int64_t> ListedInPool(storage::Connection& conn,
                                       const std::vector<std::int64_t>& pool,
                                       const std::string& day) {
  std::vector<std::int64_t> out;
  for (const auto& [ent, listing] : dishonesty_list::ListedAmong(conn, pool, day)) out.push_back(ent);
  return out;
}

SpotCheckConfig LoadSpotCheckConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "duty_spot_check");
  if (!stored) return {};
  if (auto c = SpotCheckConfigFromJson(*stored)) return *c;
  spdlog::warn("settings duty_spot_check is invalid; using the defaults");
  return {};
}

OnDuty OnDutyAt(storage::Connection& conn, const Unit& unit, std::int64_t instant) {
  OnDuty d;
  d.phone = unit.phone;
  d.source = "registry";
  const auto shifts = duty::ShiftsCovering(conn, duty::DutyUnit{unit.kind, unit.id},
                                           core::IsoFromUnix(instant));
  if (shifts.empty()) return d;
  d.source = "roster";
  for (const auto& s : shifts) {
    if (d.shift_label.empty() && !s.phone.empty()) d.phone = s.phone;  // the first shift's
    std::string leaders;
    for (const auto& m : s.Leaders()) {
      if (std::find(d.names.begin(), d.names.end(), m.display_name) == d.names.end())
        d.names.push_back(m.display_name);
      leaders += (leaders.empty() ? "" : "、") + m.display_name;
    }
    for (const auto& m : s.Officers())
      if (std::find(d.names.begin(), d.names.end(), m.display_name) == d.names.end())
        d.names.push_back(m.display_name);
    const std::string span =
        core::ChinaIsoDateTime(core::UnixFromIso(s.starts_at)).substr(11, 5) + "–" +
        core::ChinaIsoDateTime(core::UnixFromIso(s.ends_at)).substr(11, 5);
    d.shift_label += (d.shift_label.empty() ? "" : "；") + s.label + " " + span +
                     (leaders.empty() ? "" : " · 带班 " + leaders);
  }
  return d;
}

std::int64_t CreateRound(storage::Connection& conn, const api::Principal& who,
                         const api::Scope& scope, const NewRoundInput& in, std::uint64_t seed,
                         const audit::Actor& actor, std::int64_t now) {
  if (!who.agency_id) core::Invalid(Err("spot_check_agency_required").At());
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  std::vector<Unit> units;
  NewRound r;
  r.agency_id = *who.agency_id;
  r.region_path = who.region_path;
  r.title = in.title;
  r.target_kind = in.target_kind;
  r.planned_on = in.planned_on;
  r.created_by = actor.id.value_or(0);
  r.created_at = at;
  r.filter_region_code = in.region_code;
  for (const auto& i : in.industries) r.filter_industries += (r.filter_industries.empty() ? "" : ",") + i;
  auto unit_of = [&](std::int64_t id) {
    return in.target_kind == "agency" ? FindAgencyUnitBelow(conn, who.region_path, id)
                                      : FindEnterpriseUnit(conn, scope, id);
  };
  if (in.random) {
    const auto pool = in.target_kind == "agency"
                          ? AgencyPool(conn, who.region_path, in.region_path)
                          : EnterprisePool(conn, scope, in.region_path, in.industries);
    if (pool.empty()) core::Invalid(Err("spot_check_pool_empty").At("count"));
    r.selection = "random";
    r.seed = enforcement::SeedText(seed);
    r.draw_count = in.count;
    r.pool_ids = PoolText(pool);
    // Issue 15 §4: enterprises on the dishonesty list today are always drawn (安全生产法 art. 78).
    const auto listed = in.target_kind == "agency" ? std::vector<std::int64_t>{}
                                                   : ListedInPool(conn, pool, core::ChinaIsoDate(now));
    for (auto id : DrawUnitsListedFirst(seed, pool, in.count, listed)) {
      auto u = unit_of(id);
      if (!u) throw ApiException{Error::NotFound("unit")};
      units.push_back(*u);
    }
  } else {
    r.selection = "manual";
    for (auto id : in.unit_ids) {
      auto u = unit_of(id);
      if (!u) throw ApiException{Error::NotFound(in.target_kind)};
      units.push_back(*u);
    }
  }
  const std::int64_t id = InsertRound(conn, r);
  json::array picked;
  for (std::size_t i = 0; i < units.size(); ++i) {
    InsertItem(conn, id, static_cast<std::int64_t>(i + 1), units[i]);
    picked.push_back(json::object{{"kind", units[i].kind}, {"id", units[i].id}, {"name", units[i].name}});
  }
  json::object after{{"title", r.title},
                     {"target_kind", r.target_kind},
                     {"selection", r.selection},
                     {"planned_on", r.planned_on},
                     {"units", std::move(picked)}};
  if (in.random) {
    after["seed"] = r.seed;
    after["count"] = r.draw_count;
    after["pool_size"] = static_cast<std::int64_t>(ParsePool(r.pool_ids).size());
    after["filter_region_code"] = r.filter_region_code;
    after["filter_industries"] = r.filter_industries;
  }
  audit::Append(conn, actor, "create", "duty_spot_check_round", std::to_string(id), nullptr, after);
  tx.Commit();
  return id;
}

RecordedCall RecordCall(storage::Connection& conn, const api::Principal& who,
                        const api::Scope& scope, std::int64_t round_id, const NewCall& in,
                        const audit::Actor& actor, api::Notifier* notifier, std::int64_t now) {
  auto round = FindRound(conn, scope, round_id);
  if (!round) throw ApiException{Error::NotFound("duty spot check round")};
  if (!who.agency_id || *who.agency_id != round->agency_id)
    throw ApiException{Err("spot_check_round_not_own").Forbidden(round->agency_name, round->agency_name)};
  auto item = FindItem(conn, round_id, in.item_id);
  if (!item) throw ApiException{Error::NotFound("duty spot check unit")};
  const std::string at = core::IsoFromUnix(now);
  const std::int64_t called = core::UnixFromIso(in.called_at);
  const OnDuty duty = OnDutyAt(conn, item->unit, called);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  CallRow c;
  c.round_id = round_id;
  c.item_id = in.item_id;
  c.called_at = in.called_at;
  c.method = in.method;
  c.phone = in.phone.empty() ? duty.phone : in.phone;
  c.answered = in.answered;
  c.rings = in.rings;
  c.seconds = in.seconds;
  c.answerer_name = in.answered ? in.answerer_name : "";
  c.on_duty_names = Join(duty.names);
  if (auto m = AnswererOnDuty(c.answerer_name, duty.names)) c.answerer_on_duty = *m ? 1 : 0;
  c.result = std::string(ResultValue(in.result));
  c.notes = in.notes;
  c.by_user_id = actor.id.value_or(0);
  c.at = at;
  RecordedCall out;
  out.call_id = InsertCall(conn, c);
  json::object after{{"item_id", c.item_id},
                     {"unit", item->unit.name},
                     {"called_at", c.called_at},
                     {"method", c.method},
                     {"phone", c.phone},
                     {"answered", c.answered},
                     {"rings", c.rings ? json::value(*c.rings) : json::value(nullptr)},
                     {"seconds", c.seconds ? json::value(*c.seconds) : json::value(nullptr)},
                     {"answerer_name", c.answerer_name},
                     {"on_duty_names", c.on_duty_names},
                     {"answerer_on_duty", c.answerer_on_duty ? json::value(*c.answerer_on_duty != 0)
                                                             : json::value(nullptr)},
                     {"result", c.result},
                     {"notes", c.notes}};
  if (in.result == Result::kFail) {
    const auto config = LoadSpotCheckConfig(conn);
    const auto cal = calendar::LoadWorkingCalendar(conn);
    FindingRow f;
    f.round_id = round_id;
    f.item_id = item->id;
    f.call_id = out.call_id;
    if (item->unit.kind == "enterprise") f.enterprise_id = item->unit.id;
    else f.agency_id = item->unit.id;
    f.region_path = item->unit.region_path;
    f.state = std::string(FindingStateValue(FindingState::kOpen));
    f.due_on = core::FormatIsoDate(AnswerDueOn(core::ChinaDate(called), config, cal));
    f.created_at = at;
    f.updated_at = at;
    out.finding_id = InsertFinding(conn, f);
    InsertFindingEvent(conn, *out.finding_id, "opened", in.notes, actor.id.value_or(0), at);
    after["finding_id"] = *out.finding_id;
    after["due_on"] = f.due_on;
    const std::string title = "值班抽查不合格，请提交整改说明";
    const std::string body = round->agency_name + "于 " + core::ChinaIsoDateTime(called) + " " +
                             std::string(MethodLabelZh(*ParseMethod(c.method))) + "，" +
                             (c.answered ? "结果不合格" : "无人接听") + "。请于 " + f.due_on +
                             " 前提交整改说明。";
    for (auto user : UnitUserIds(conn, f.enterprise_id, f.agency_id))
      pushes.Notify(conn, user, kFindingKind, title, body,
                    "/emergency/duty-spot-check-findings/" + std::to_string(*out.finding_id));
  }
  audit::Append(conn, actor, "duty_spot_check_call", "duty_spot_check_round",
                std::to_string(round_id), nullptr, after);
  tx.Commit();
  pushes.Flush(notifier, conn);
  return out;
}

namespace {

FindingRow Transition(storage::Connection& conn, std::int64_t id, FindingAction action) {
  auto f = LockFinding(conn, id);
  if (!f) throw ApiException{Error::NotFound("duty spot check finding")};
  const auto state = ParseFindingState(f->state).value_or(FindingState::kOpen);
  if (!Next(state, action)) {
    const char* zh = action == FindingAction::kAnswer ? "提交整改说明"
                     : action == FindingAction::kAccept ? "认可"
                                                        : "退回";
    throw ApiException{Err("spot_check_finding_state")
                           .Conflict(f->state, FindingActionValue(action),
                                     FindingStateLabelZh(state), zh)};
  }
  return *f;
}

}  // namespace

void AnswerFinding(storage::Connection& conn, const api::Principal& who, const api::Scope& scope,
                   std::int64_t id, const std::string& text, const audit::Actor& actor,
                   api::Notifier* notifier, std::int64_t now) {
  auto found = FindFinding(conn, scope, id);
  if (!found) throw ApiException{Error::NotFound("duty spot check finding")};
  const bool own = (found->enterprise_id && who.enterprise_id &&
                    *found->enterprise_id == *who.enterprise_id) ||
                   (found->agency_id && who.agency_id && *found->agency_id == *who.agency_id);
  if (!own) throw ApiException{Err("spot_check_answer_not_own").Forbidden()};
  const std::string at = core::IsoFromUnix(now);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  auto f = Transition(conn, id, FindingAction::kAnswer);
  const std::string next(FindingStateValue(FindingState::kAnswered));
  SetFindingState(conn, id, next, at);
  InsertFindingEvent(conn, id, "answered", text, actor.id.value_or(0), at);
  json::object before = FindingJson(f);
  json::object after = FindingJson(f);
  after["state"] = next;
  after["text"] = text;
  after["late"] = core::ChinaIsoDate(now) > f.due_on;
  for (auto user : notifications::AgencyUserIds(conn, f.round_agency_id))
    pushes.Notify(conn, user, kFindingKind, "值班抽查整改说明待审核：" + f.unit_name,
                  f.round_title + "：" + f.unit_name + "已提交整改说明。",
                  "/emergency/duty-spot-check-findings/" + std::to_string(id));
  audit::Append(conn, actor, "duty_spot_check_answer", "duty_spot_check_finding",
                std::to_string(id), before, after);
  tx.Commit();
  pushes.Flush(notifier, conn);
}

void ReviewFinding(storage::Connection& conn, const api::Principal& who, const api::Scope& scope,
                   std::int64_t id, FindingAction action, const std::string& text,
                   const audit::Actor& actor, api::Notifier* notifier, std::int64_t now) {
  auto found = FindFinding(conn, scope, id);
  if (!found) throw ApiException{Error::NotFound("duty spot check finding")};
  if (!who.agency_id || *who.agency_id != found->round_agency_id)
    throw ApiException{Err("spot_check_round_not_own")
                           .Forbidden(found->round_agency_name, found->round_agency_name)};
  const std::string at = core::IsoFromUnix(now);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  auto f = Transition(conn, id, action);
  const FindingState to = action == FindingAction::kAccept ? FindingState::kAccepted
                                                           : FindingState::kReturned;
  const std::string next(FindingStateValue(to));
  SetFindingState(conn, id, next, at);
  InsertFindingEvent(conn, id, next, text, actor.id.value_or(0), at);
  json::object before = FindingJson(f);
  json::object after = FindingJson(f);
  after["state"] = next;
  after["text"] = text;
  const std::string title = action == FindingAction::kAccept
                                ? "值班抽查整改说明已认可"
                                : "值班抽查整改说明被退回，请重新提交";
  for (auto user : UnitUserIds(conn, f.enterprise_id, f.agency_id))
    pushes.Notify(conn, user, kFindingKind, title, f.round_title + (text.empty() ? "" : "：" + text),
                  "/emergency/duty-spot-check-findings/" + std::to_string(id));
  audit::Append(conn, actor,
                action == FindingAction::kAccept ? "duty_spot_check_accept"
                                                 : "duty_spot_check_return",
                "duty_spot_check_finding", std::to_string(id), before, after);
  tx.Commit();
  pushes.Flush(notifier, conn);
}

}  // namespace anjian::spot_check
