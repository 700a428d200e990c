#include "emergency/duty/duty_coverage_service.hpp"

#include <boost/json.hpp>
#include <map>
#include <spdlog/spdlog.h>

#include "audit/audit_service.hpp"
#include "core/clock.hpp"
#include "emergency/duty/duty_roster_json.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::duty {

namespace json = boost::json;

namespace {

// Shifts are read from max_consecutive_hours before the window (a stretch that began earlier)
// to as long after it (a stretch running past its end).
std::pair<std::string, std::string> ReadRange(const CoverageWindow& w, const DutyCoverageConfig& c) {
  const std::int64_t margin = (c.max_consecutive_hours + 48) * 3600;
  return {core::IsoFromUnix(w.from - margin), core::IsoFromUnix(w.to + margin)};
}

std::string UnitLink(const DutyUnit& u) {
  return "/emergency/duty-rosters?unit=" + u.kind + "-" + std::to_string(u.id);
}

}  // namespace

DutyCoverageConfig LoadDutyCoverageConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "duty_coverage");
  if (!stored) return {};
  if (auto c = DutyCoverageConfigFromJson(*stored)) return *c;
  spdlog::warn("settings duty_coverage is invalid; using the defaults");
  return {};
}

std::vector<CoverageShift> ToCoverageShifts(const std::vector<ShiftRow>& rows) {
  std::vector<CoverageShift> out;
  out.reserve(rows.size());
  for (const auto& r : rows) {
    CoverageShift s{r.id, core::UnixFromIso(r.starts_at), core::UnixFromIso(r.ends_at), {}, {}};
    for (const auto& m : r.members)
      (m.role == kRoleLeader ? s.leaders : s.officers).push_back(m.user_id);
    out.push_back(std::move(s));
  }
  return out;
}

UnitCoverage CheckUnitCoverage(storage::Connection& conn, const DutyUnitInfo& unit,
                               std::int64_t now, const DutyCoverageConfig& c) {
  UnitCoverage out{unit, WindowAt(now, c), {}, {}};
  auto [from, to] = ReadRange(out.window, c);
  out.shifts = ShiftsBetween(conn, unit.unit, from, to);
  out.report = CheckCoverage(ToCoverageShifts(out.shifts), out.window, c);
  return out;
}

std::vector<UnitCoverage> CheckScopeCoverage(storage::Connection& conn, const api::Scope& scope,
                                             std::int64_t now, const DutyCoverageConfig& c) {
  const auto window = WindowAt(now, c);
  auto [from, to] = ReadRange(window, c);
  auto units = DutyUnitsInScope(conn, scope);
  auto rows = ShiftsInScopeBetween(conn, scope, from, to);
  std::map<std::pair<std::string, std::int64_t>, std::vector<ShiftRow>> by_unit;
  for (auto& r : rows) by_unit[{r.unit.kind, r.unit.id}].push_back(std::move(r));
  std::vector<UnitCoverage> out;
  out.reserve(units.size());
  for (auto& u : units) {
    UnitCoverage uc{std::move(u), window, {}, {}};
    auto it = by_unit.find({uc.unit.unit.kind, uc.unit.unit.id});
    if (it != by_unit.end()) uc.shifts = std::move(it->second);
    uc.report = CheckCoverage(ToCoverageShifts(uc.shifts), window, c);
    out.push_back(std::move(uc));
  }
  return out;
}

std::int64_t RunCoverageAlerts(storage::Connection& conn, notifications::PendingPushes& pushes,
                               std::int64_t now) {
  const auto config = LoadDutyCoverageConfig(conn);
  const std::string at = core::IsoFromUnix(now);
  std::int64_t alerted = 0;
  api::Scope all;
  all.kind = api::Scope::Kind::kAll;
  for (const auto& uc : CheckScopeCoverage(conn, all, now, config)) {
    const auto gaps = GapsToAlert(uc.report.gaps, now, config);
    if (gaps.empty()) continue;
    storage::Transaction tx(conn);
    std::int64_t fresh = 0;
    const auto managers = UnitManagers(conn, uc.unit.unit);
    for (const auto& g : gaps) {
      if (!ClaimCoverageAlert(conn, uc.unit, g.kind, core::IsoFromUnix(g.start),
                              core::IsoFromUnix(g.end), at))
        continue;
      ++fresh;
      const std::string who = g.kind == kGapLeader ? "带班领导" : "值班员";
      const std::string range = LocalMinute(g.start).replace(10, 1, " ") + " 至 " +
                                LocalMinute(g.end).replace(10, 1, " ");
      for (auto user : managers) {
        pushes.Notify(conn, user, kDutyCoverageGap, "值班空档：" + uc.unit.name + " " + range,
                      range + " 共 " + std::to_string(g.Hours()) + " 小时无" + who +
                          "在岗，请及时排班",
                      UnitLink(uc.unit.unit));
      }
      SetCoverageAlertRecipients(conn, uc.unit.unit, g.kind, core::IsoFromUnix(g.start),
                                 static_cast<std::int64_t>(managers.size()));
      json::object after = GapJson(g);
      after["unit"] = UnitJson(uc.unit);
      after["recipients"] = managers.size();
      audit::Append(conn, {std::nullopt, "system", "", now}, "duty_coverage_alert",
                    "duty_coverage_alert",
                    uc.unit.unit.kind + "-" + std::to_string(uc.unit.unit.id) + "@" +
                        core::IsoFromUnix(g.start),
                    nullptr, after);
    }
    tx.Commit();
    alerted += fresh;
  }
  return alerted;
}

}  // namespace anjian::duty
