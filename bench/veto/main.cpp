// Issue 15 §4 benchmark: the one-vote veto check of a round of 10,000 applications against a
// province — 10,000 enterprises, 1,000,000 hidden dangers (about 2 % major), 10,000 licences,
// 2,000 accidents and 200 dishonesty-list entries, generated set-based (INSERT … SELECT over a
// recursive counter) on SQLite or PostgreSQL — end to end as POST /veto-rounds/{id}/check runs it
// (veto::CheckRoundRows: the facts read set-based, the rules, every result written, in one
// transaction). Target: ≤ 2 s. Prints each run, then min / median / max.
//
// Usage: anjian_veto_bench [--applications N] [--hidden-dangers N] [--runs R] [--db PATH|postgresql://…]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "credit/veto/veto_repository.hpp"
#include "credit/veto/veto_service.hpp"
#include "platform/storage/db.hpp"
#include "platform/storage/migrations.hpp"

using namespace anjian;
using Clock = std::chrono::steady_clock;

namespace {

double Ms(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

// "WITH RECURSIVE n(i) AS (…) " counting 1..count (both dialects).
std::string Counter(std::int64_t count) {
  return "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
         std::to_string(count) + ") ";
}

}  // namespace

int main(int argc, char** argv) {
  std::int64_t applications = 10000, hidden_dangers = 1000000;
  int runs = 5;
  std::string db = (std::filesystem::temp_directory_path() / "anjian_veto_bench.db").string();
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--applications") applications = std::atoll(argv[i + 1]);
    else if (a == "--hidden-dangers") hidden_dangers = std::atoll(argv[i + 1]);
    else if (a == "--runs") runs = std::atoi(argv[i + 1]);
    else if (a == "--db") db = argv[i + 1];
  }
  const bool pg = db.rfind("postgres", 0) == 0;
  if (!pg) {
    std::filesystem::remove(db);
    std::filesystem::remove(db + "-wal");
    std::filesystem::remove(db + "-shm");
  }
  storage::Pool pool(db, 1);
  auto conn = pool.Acquire();
  storage::Migrate(*conn);
  const std::int64_t now = core::UnixFromIso("2026-12-07T00:00:00Z");
  const std::string at = core::IsoFromUnix(now);
  const core::Date today = core::ChinaDate(now);
  const std::int64_t n = applications;

  auto t0 = Clock::now();
  std::int64_t round_id = 0, user = 0;
  {
    storage::Transaction tx(*conn);
    conn->Exec("INSERT INTO regions (code, name, kind, path, level) VALUES ('370000', '山东省', "
               "'province', '/370000/', 1)");
    user = conn->Query("INSERT INTO users (username, display_name, password_hash, status, "
                       "password_changed_at, created_at, updated_at) VALUES ('bench', 'bench', "
                       "'x', 'active', ?, ?, ?) RETURNING id",
                       {at, at, at}).Int(0, "id");
    const std::int64_t agency =
        conn->Query("INSERT INTO agencies (region_code, region_path, name, created_at) VALUES "
                    "('370000', '/370000/', '山东省工信厅', ?) RETURNING id",
                    {at}).Int(0, "id");
    // Enterprises: 16 cities' paths under the province.
    conn->Exec(Counter(n) +
                   "INSERT INTO enterprises (name, name_lower, uscc, region_code, region_path, "
                   "industry, supervision, created_at, updated_at) SELECT '企业' || i, '企业' || i, "
                   "'BENCH' || i, '370000', '/370000/3708' || (10 + i % 16) || '/', "
                   "'civil_explosives', 'key', ?, ? FROM n",
               {at, at});
    // Hidden dangers: ~100 per enterprise; every 50th major; every 7th of those open, half of
    // them past the deadline; the rest closed on time.
    conn->Exec(Counter(hidden_dangers) +
                   "INSERT INTO hidden_dangers (enterprise_id, region_path, industry, source, title, "
                   "found_on, found_month, reported_at, state, level, is_open, deadline, "
                   "effective_deadline, closed_on, created_at, updated_at) SELECT e.id, "
                   "e.region_path, e.industry, 'inspection', '隐患' || n.i, '2026-06-01', "
                   "'2026-06', ?, CASE WHEN n.i % 350 = 0 THEN 'rectifying' ELSE 'closed' END, "
                   "CASE WHEN n.i % 50 = 0 THEN 'major' ELSE 'ordinary' END, "
                   "CASE WHEN n.i % 350 = 0 THEN 1 ELSE 0 END, "
                   "CASE WHEN n.i % 700 = 0 THEN '2026-07-01' ELSE '2027-01-31' END, "
                   "CASE WHEN n.i % 700 = 0 THEN '2026-07-01' ELSE '2027-01-31' END, "
                   "CASE WHEN n.i % 350 = 0 THEN NULL ELSE '2026-06-20' END, ?, ? FROM n JOIN "
                   "enterprises e ON e.id = 1 + (n.i % " + std::to_string(n) + ")",
               {at, at, at});
    // Licences: one per enterprise, every 40th expired in the period without renewal, every
    // 97th suspended.
    conn->Exec(Counter(n) +
                   "INSERT INTO licences (enterprise_id, region_path, kind, number, issuer_name, "
                   "issued_on, valid_from, valid_to, status, status_since, created_by, created_at, "
                   "updated_at) SELECT e.id, e.region_path, 'explosives_production', 'MB' || n.i, "
                   "'工业和信息化部', '2024-01-01', '2024-01-01', CASE WHEN n.i % 40 = 0 THEN "
                   "'2026-08-31' ELSE '2026-12-31' END, CASE WHEN n.i % 97 = 0 THEN 'suspended' "
                   "ELSE 'valid' END, CASE WHEN n.i % 97 = 0 THEN '2026-10-01' ELSE '2024-01-01' END, "
                   "?, ?, ? FROM n JOIN enterprises e ON e.id = n.i",
               {user, at, at});
    // Accidents: 2,000 (one in five with a death) and 200 listings.
    conn->Exec(Counter(2000) +
                   "INSERT INTO accidents (enterprise_id, region_path, number, title, occurred_at, "
                   "deaths, grade, grade_since, reported_at, reported_by, updated_at) SELECT e.id, "
                   "e.region_path, 'AQ' || n.i, '事故' || n.i, '2026-05-01T02:00:00Z', "
                   "CASE WHEN n.i % 5 = 0 THEN 1 ELSE 0 END, 'ordinary', ?, ?, ?, ? FROM n JOIN "
                   "enterprises e ON e.id = 1 + (n.i * 7) % " + std::to_string(n),
               {at, at, user, at});
    conn->Exec(Counter(200) +
                   "INSERT INTO dishonesty_entries (enterprise_id, region_path, criterion, state, "
                   "decision_number, listed_from, listed_until, created_at, updated_at) SELECT e.id, "
                   "e.region_path, 'unlicensed_operation', 'listed', 'SX' || n.i, '2026-03-01', "
                   "'2029-02-28', ?, ? FROM n JOIN enterprises e ON e.id = 1 + (n.i * 37) % " +
                   std::to_string(n),
               {at, at});
    veto::NewRound r;
    r.agency_id = agency;
    r.created_by = user;
    r.region_path = "/370000/";
    r.name = "全省安全生产先进企业评选";
    r.kind = "award_enterprise";
    r.period_from = "2025-12-07";
    r.period_to = "2026-12-06";
    r.at = at;
    round_id = veto::InsertRound(*conn, r);
    conn->Exec("INSERT INTO veto_applications (round_id, enterprise_id, region_path, source, "
               "created_by, created_at) SELECT ?, e.id, e.region_path, 'import', ?, ? FROM "
               "enterprises e",
               {round_id, user, at});
    tx.Commit();
  }
  auto t1 = Clock::now();
  std::printf("veto bench (%s): %lld enterprises and applications, %lld hidden dangers, %lld "
              "licences, 2000 accidents, 200 listings; generated in %.0f ms\n",
              pg ? "PostgreSQL" : "SQLite", static_cast<long long>(n),
              static_cast<long long>(hidden_dangers), static_cast<long long>(n), Ms(t0, t1));
  const veto::VetoConfig config;
  std::vector<double> times;
  veto::CheckFigures fig;
  for (int i = 0; i < runs; ++i) {
    auto a = Clock::now();
    storage::Transaction tx(*conn);
    auto round = veto::LockRound(*conn, round_id);
    fig = veto::CheckRoundRows(*conn, *round, config, today, at, user);
    tx.Commit();
    auto b = Clock::now();
    times.push_back(Ms(a, b));
    std::printf("  run %d: %lld applications checked, %lld vetoed in %.0f ms\n", i + 1,
                static_cast<long long>(fig.applications), static_cast<long long>(fig.vetoed),
                times.back());
  }
  std::sort(times.begin(), times.end());
  const double median = times[times.size() / 2];
  std::printf("veto check of %lld applications: min %.0f ms, median %.0f ms, max %.0f ms "
              "(spread %.0f ms); target ≤ 2000 ms: %s\n",
              static_cast<long long>(fig.applications), times.front(), median, times.back(),
              times.back() - times.front(), median <= 2000 ? "met" : "MISSED");
  return median <= 2000 ? 0 : 1;
}
