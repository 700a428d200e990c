#include "emergency/duty/duty_roster_json.hpp"

#include <map>

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "emergency/duty/duty_roster_rules.hpp"

namespace anjian::duty {

namespace json = boost::json;

std::string LocalMinute(std::int64_t t) { return core::ChinaIsoDateTime(t).substr(0, 16); }

json::object UnitJson(const DutyUnitInfo& u) {
  return json::object{{"key", u.unit.kind + "-" + std::to_string(u.unit.id)},
                      {"kind", u.unit.kind},
                      {"id", u.unit.id},
                      {"name", u.name},
                      {"region_path", u.region_path},
                      {"phone", u.phone}};
}

json::object ShiftJson(const ShiftRow& s) {
  json::array leaders, officers;
  for (const auto& m : s.members) {
    json::object o{{"user_id", m.user_id}, {"name", m.display_name}, {"phone", m.phone},
                   {"role", m.role}};
    (m.role == kRoleLeader ? leaders : officers).push_back(std::move(o));
  }
  const auto start = core::UnixFromIso(s.starts_at), end = core::UnixFromIso(s.ends_at);
  return json::object{
      {"id", s.id},
      {"unit_kind", s.unit.kind},
      {"unit_id", s.unit.id},
      {"duty_date", s.duty_date},
      {"slot_seq", s.slot_seq ? json::value(*s.slot_seq) : json::value(nullptr)},
      {"label", s.label},
      {"starts_at", s.starts_at},
      {"ends_at", s.ends_at},
      {"starts_local", LocalMinute(start)},
      {"ends_local", LocalMinute(end)},
      {"hours", static_cast<double>(end - start) / 3600.0},
      {"phone", s.phone},
      {"note", s.note},
      {"status", s.status},
      {"version", s.version},
      {"updated_at", s.updated_at},
      {"leaders", std::move(leaders)},
      {"officers", std::move(officers)}};
}

json::object PatternJson(const PatternRow& p) {
  json::array slots;
  for (const auto& s : p.slots) {
    slots.push_back(json::object{{"seq", s.seq},
                                 {"label", s.label},
                                 {"start", FormatClock(s.start_minute)},
                                 {"end", FormatClock((s.start_minute + s.duration_minutes) % 1440)},
                                 {"duration_minutes", s.duration_minutes}});
  }
  return json::object{{"phone", p.phone},
                      {"version", p.version},
                      {"updated_at", p.updated_at},
                      {"slots", std::move(slots)}};
}

json::object SwapJson(const SwapRow& s) {
  json::array events;
  for (const auto& e : s.events) {
    events.push_back(json::object{{"event", e.event},
                                  {"by_user_id", e.by_user_id},
                                  {"by_name", e.by_name},
                                  {"note", e.note},
                                  {"at", e.at}});
  }
  return json::object{
      {"id", s.id},
      {"unit_kind", s.unit.kind},
      {"unit_id", s.unit.id},
      {"shift_id", s.shift_id},
      {"shift_label", s.shift_label},
      {"shift_starts_local", LocalMinute(core::UnixFromIso(s.shift_starts_at))},
      {"shift_ends_local", LocalMinute(core::UnixFromIso(s.shift_ends_at))},
      {"from_user_id", s.from_user_id},
      {"from_name", s.from_name},
      {"to_user_id", s.to_user_id},
      {"to_name", s.to_name},
      {"with_shift_id", s.with_shift_id ? json::value(*s.with_shift_id) : json::value(nullptr)},
      {"reason", s.reason},
      {"status", s.status},
      {"requested_at", s.requested_at},
      {"decided_at", s.decided_at.empty() ? json::value(nullptr) : json::value(s.decided_at)},
      {"decision_note", s.decision_note},
      {"events", std::move(events)}};
}

json::object GapJson(const CoverageGap& g) {
  return json::object{{"kind", g.kind},
                      {"start", core::IsoFromUnix(g.start)},
                      {"end", core::IsoFromUnix(g.end)},
                      {"start_local", LocalMinute(g.start)},
                      {"end_local", LocalMinute(g.end)},
                      {"hours", g.Hours()}};
}

json::object CoverageJson(const CoverageReport& r, const CoverageWindow& w,
                          const std::vector<ShiftRow>& shifts) {
  std::map<std::int64_t, std::string> names;
  for (const auto& s : shifts)
    for (const auto& m : s.members) names[m.user_id] = m.display_name;
  json::array gaps, overlaps, too_long;
  for (const auto& g : r.gaps) gaps.push_back(GapJson(g));
  for (const auto& o : r.overlaps) {
    overlaps.push_back(json::object{{"user_id", o.user_id},
                                    {"name", names[o.user_id]},
                                    {"shift_a", o.shift_a},
                                    {"shift_b", o.shift_b},
                                    {"start_local", LocalMinute(o.start)},
                                    {"end_local", LocalMinute(o.end)}});
  }
  for (const auto& t : r.too_long) {
    json::array ids;
    for (auto id : t.shifts) ids.push_back(id);
    too_long.push_back(json::object{{"user_id", t.user_id},
                                    {"name", names[t.user_id]},
                                    {"hours", t.Hours()},
                                    {"shifts", std::move(ids)},
                                    {"start_local", LocalMinute(t.start)},
                                    {"end_local", LocalMinute(t.end)}});
  }
  return json::object{{"from", core::IsoFromUnix(w.from)},
                      {"to", core::IsoFromUnix(w.to)},
                      {"from_local", LocalMinute(w.from)},
                      {"to_local", LocalMinute(w.to)},
                      {"clean", r.Clean()},
                      {"gaps", std::move(gaps)},
                      {"overlaps", std::move(overlaps)},
                      {"too_long", std::move(too_long)}};
}

}  // namespace anjian::duty
