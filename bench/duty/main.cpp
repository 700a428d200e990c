// Issue 14 §1 benchmark: the coverage check of a province's duty rosters — 50,000 shifts in the
// next 14 days (1,786 units × 14 days × 2 twelve-hour shifts, a leader and an officer each, one
// unit with a missing day) — end to end on SQLite (the subtree's shifts and members read by
// duty::ShiftsInScopeBetween, grouped per unit and checked by duty::CheckCoverage, as the coverage
// endpoint does) and the rules alone. Target: ≤ 1 s. Prints each run, then min / median / max.
//
// Usage: anjian_duty_bench [--shifts N] [--runs R] [--db PATH]
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "emergency/duty/duty_coverage_rules.hpp"
#include "emergency/duty/duty_coverage_service.hpp"
#include "emergency/duty/duty_roster_repository.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"
#include "platform/storage/migrations.hpp"

using namespace anjian;
using Clock = std::chrono::steady_clock;

namespace {

double Ms(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

struct Stats {
  double min, median, max;
};
Stats Of(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return {v.front(), v[v.size() / 2], v.back()};
}

}  // namespace

int main(int argc, char** argv) {
  std::int64_t target_shifts = 50000;
  int runs = 7;
  std::string db_path = (std::filesystem::temp_directory_path() / "anjian_duty_bench.db").string();
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--shifts") target_shifts = std::atoll(argv[i + 1]);
    else if (a == "--runs") runs = std::atoi(argv[i + 1]);
    else if (a == "--db") db_path = argv[i + 1];
  }
  const std::int64_t days = 14, per_day = 2;
  const std::int64_t units = (target_shifts + days * per_day - 1) / (days * per_day);
  std::filesystem::remove(db_path);
  std::filesystem::remove(db_path + "-wal");
  std::filesystem::remove(db_path + "-shm");
  storage::Pool pool(db_path, 1);
  auto conn = pool.Acquire();
  storage::Migrate(*conn);
  const std::int64_t now = core::UnixFromIso("2026-12-07T00:00:00Z");  // 08:00 China time
  const std::string at = core::IsoFromUnix(now);

  // The province: one user per role and unit (leaders and officers), shifts in the window.
  auto t0 = Clock::now();
  std::int64_t shifts = 0;
  {
    storage::Transaction tx(*conn);
    const auto by = conn->Query(
        "INSERT INTO users (username, display_name, password_hash, status, password_changed_at, "
        "created_at, updated_at) VALUES ('bench', 'bench', 'x', 'active', ?, ?, ?) RETURNING id",
        {at, at, at}).Int(0, "id");
    for (std::int64_t u = 0; u < units; ++u) {
      std::int64_t people[4];
      for (int k = 0; k < 4; ++k)
        people[k] = conn->Query(
            "INSERT INTO users (username, display_name, password_hash, status, "
            "password_changed_at, created_at, updated_at) VALUES (?, ?, 'x', 'active', ?, ?, ?) "
            "RETURNING id",
            {"u" + std::to_string(u) + "." + std::to_string(k), "值班" + std::to_string(k), at, at,
             at}).Int(0, "id");
      // 16 counties of 370000, a few units each region path.
      const std::string path = "/370000/3708" + std::to_string(10 + u % 16) + "/";
      for (std::int64_t d = 0; d < days; ++d) {
        if (u == 7 && d == 3) continue;  // one missing day
        for (std::int64_t s = 0; s < per_day; ++s) {
          const std::int64_t start = now + d * 86400 + s * 43200;
          const auto id = conn->Query(
              "INSERT INTO duty_shifts (unit_kind, unit_id, region_path, duty_date, slot_seq, "
              "label, starts_at, ends_at, phone, status, version, created_by, created_at, "
              "updated_by, updated_at) VALUES ('agency', ?, ?, ?, ?, '班', ?, ?, '0537', "
              "'active', 1, ?, ?, ?, ?) RETURNING id",
              {u + 1, path, core::IsoFromUnix(start).substr(0, 10), s + 1, core::IsoFromUnix(start),
               core::IsoFromUnix(start + 43200), by, at, by, at}).Int(0, "id");
          conn->Exec("INSERT INTO duty_shift_members (shift_id, user_id, role, assigned_by, "
                     "assigned_at) VALUES (?, ?, 'leader', ?, ?), (?, ?, 'officer', ?, ?)",
                     {id, people[s * 2], by, at, id, people[s * 2 + 1], by, at});
          ++shifts;
        }
      }
    }
    tx.Commit();
  }
  auto t1 = Clock::now();
  std::printf("duty bench: %lld units, %lld shifts (%lld member rows) in the next %lld days; "
              "generated in %.0f ms\n",
              static_cast<long long>(units), static_cast<long long>(shifts),
              static_cast<long long>(shifts * 2), static_cast<long long>(days), Ms(t0, t1));

  api::Scope province;
  province.kind = api::Scope::Kind::kRegion;
  province.region_path = "/370000/";
  duty::DutyCoverageConfig config;
  const auto window = duty::WindowAt(now, config);
  std::vector<double> end_to_end, read, check_only, cpu;
  std::size_t gaps = 0, checked_shifts = 0;
  for (int r = 0; r < runs; ++r) {
    const std::clock_t cpu0 = std::clock();
    auto a = Clock::now();
    const std::int64_t margin = (config.max_consecutive_hours + 48) * 3600;
    auto rows = duty::ShiftsInScopeBetween(*conn, province, core::IsoFromUnix(window.from - margin),
                                           core::IsoFromUnix(window.to + margin));
    auto b = Clock::now();
    std::map<std::pair<std::string, std::int64_t>, std::vector<duty::ShiftRow>> by_unit;
    for (auto& row : rows) by_unit[{row.unit.kind, row.unit.id}].push_back(std::move(row));
    std::size_t g = 0;
    auto c0 = Clock::now();
    for (auto& [unit, list] : by_unit)
      g += duty::CheckCoverage(duty::ToCoverageShifts(list), window, config).gaps.size();
    auto c = Clock::now();
    const double cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
    cpu.push_back(cpu_ms);
    end_to_end.push_back(Ms(a, c));
    read.push_back(Ms(a, b));
    check_only.push_back(Ms(c0, c));
    gaps = g;
    checked_shifts = rows.size();
    std::printf("  run %d: %.1f ms end to end (read %.1f ms, group + check %.1f ms; CPU %.1f ms), "
                "%zu gaps\n",
                r + 1, Ms(a, c), Ms(a, b), Ms(b, c), cpu_ms, g);
  }
  const auto e = Of(end_to_end), rd = Of(read), ck = Of(check_only), cp = Of(cpu);
  std::printf("duty coverage, %zu shifts read, %zu gaps (expected 2: the missing day's leader and "
              "officer)\n",
              checked_shifts, gaps);
  std::printf("  end to end: min %.1f ms, median %.1f ms, max %.1f ms (spread %.1f ms)\n", e.min,
              e.median, e.max, e.max - e.min);
  std::printf("  SQL read:   min %.1f ms, median %.1f ms, max %.1f ms\n", rd.min, rd.median, rd.max);
  std::printf("  rules only: min %.1f ms, median %.1f ms, max %.1f ms\n", ck.min, ck.median, ck.max);
  std::printf("  CPU time:   min %.1f ms, median %.1f ms, max %.1f ms (the process's own, end to "
              "end; wall time above includes waiting for a shared CPU)\n",
              cp.min, cp.median, cp.max);
  const bool ok = e.median <= 1000.0 && gaps == 2;
  std::printf("target ≤ 1000 ms (median end to end): %s\n", ok ? "met" : "MISSED");
  std::filesystem::remove(db_path);
  std::filesystem::remove(db_path + "-wal");
  std::filesystem::remove(db_path + "-shm");
  return ok ? 0 : 1;
}
