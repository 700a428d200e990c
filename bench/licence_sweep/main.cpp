// Issue 15 §1 benchmark: the nightly "conditions lapsed" sweep (licence_checks::RunLicenceSweep)
// over a province on SQLite — 5,000 civil-explosives enterprises holding 10,000 licences (production
// + safety-production or sales; 2% expired, 1% suspended), 100,000 people in post (safety managers,
// principals, special-operation workers; some not examined), 1,000,000 hidden dangers of 100,000
// enterprises (1% open and major), safety departments and emergency plans for most. Run 1 writes
// the findings (derived major hidden dangers, warnings with notifications); runs 2.. find nothing
// new (the nightly steady state). Target ≤ 10 s per pass. Prints each run, then min/median/max.
//
// Usage: anjian_licence_sweep_bench [--licences N] [--hidden-dangers N] [--people N] [--runs R] [--db PATH]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/prng.hpp"
#include "licensing/licence_checks/licence_sweep_service.hpp"
#include "notifications/notification_service.hpp"
#include "platform/storage/db.hpp"
#include "platform/storage/migrations.hpp"

using namespace anjian;
using Clock = std::chrono::steady_clock;

namespace {

double Ms(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

// Multi-row INSERT in batches (SQLite's bound-parameter limit is 32,766).
class Bulk {
 public:
  Bulk(storage::Connection& conn, std::string head, int columns)
      : conn_(conn), head_(std::move(head)), columns_(columns) {}
  ~Bulk() { Flush(); }
  void Row(std::vector<storage::Value> v) {
    for (auto& x : v) params_.push_back(std::move(x));
    ++rows_;
    if (rows_ * columns_ >= 30000) Flush();
  }
  void Flush() {
    if (!rows_) return;
    std::string sql = head_ + " VALUES ";
    std::string one = "(";
    for (int i = 0; i < columns_; ++i) one += i ? ",?" : "?";
    one += ")";
    for (int r = 0; r < rows_; ++r) sql += (r ? "," : "") + one;
    conn_.Exec(sql, params_);
    params_.clear();
    rows_ = 0;
  }

 private:
  storage::Connection& conn_;
  std::string head_;
  int columns_;
  int rows_ = 0;
  std::vector<storage::Value> params_;
};

}  // namespace

int main(int argc, char** argv) {
  std::int64_t n_licences = 10000, n_hd = 1000000, n_people = 100000;
  int runs = 5;
  std::string db_path = (std::filesystem::temp_directory_path() / "anjian_licence_sweep_bench.db").string();
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--licences") n_licences = std::atoll(argv[i + 1]);
    else if (a == "--hidden-dangers") n_hd = std::atoll(argv[i + 1]);
    else if (a == "--people") n_people = std::atoll(argv[i + 1]);
    else if (a == "--runs") runs = std::atoi(argv[i + 1]);
    else if (a == "--db") db_path = argv[i + 1];
  }
  for (const char* sfx : {"", "-wal", "-shm"}) std::filesystem::remove(db_path + sfx);
  storage::Pool pool(db_path, 1);
  auto conn = pool.Acquire();
  storage::Migrate(*conn);
  const std::int64_t now = core::UnixFromIso("2026-12-07T00:00:00Z");  // 08:00 China time
  const std::string at = core::IsoFromUnix(now);
  core::SplitMix64 rng(20261207);

  auto t0 = Clock::now();
  const std::int64_t explosives = n_licences / 2;          // each holds two licences
  const std::int64_t all_enterprises = std::max<std::int64_t>(explosives, 100000);
  {
    storage::Transaction tx(*conn);
    conn->Exec("INSERT INTO regions (code, name, kind, path, level) VALUES ('370000', '山东省', 'province', "
               "'/370000/', 1) ON CONFLICT DO NOTHING");
    for (int c = 0; c < 16; ++c) {
      const std::string code = "37" + std::to_string(10 + c) + "00";
      conn->Exec("INSERT INTO regions (code, name, kind, parent_code, path, level) VALUES (?, ?, 'city', "
                 "'370000', ?, 2) ON CONFLICT DO NOTHING",
                 {code, "市" + std::to_string(c), "/370000/" + code + "/"});
    }
    const auto by = conn->Query(
        "INSERT INTO users (username, display_name, password_hash, status, password_changed_at, "
        "created_at, updated_at) VALUES ('bench', 'bench', 'x', 'active', ?, ?, ?) RETURNING id",
        {at, at, at}).Int(0, "id");
    {
      Bulk ent(*conn, "INSERT INTO enterprises (id, name, name_lower, uscc, region_code, region_path, "
                      "industry, supervision, created_at, updated_at)", 10);
      for (std::int64_t e = 1; e <= all_enterprises; ++e) {
        const std::string code = "37" + std::to_string(10 + e % 16) + "00";
        const char* industry = e > explosives ? "general"
                               : e % 2 ? "civil_explosives_production" : "civil_explosives_sales";
        ent.Row({e, "企业" + std::to_string(e), "企业" + std::to_string(e), "U" + std::to_string(e), code,
                 "/370000/" + code + "/", std::string(industry),
                 std::string(e > explosives ? "industry_management" : "supervision"), at, at});
      }
    }
    {
      Bulk lic(*conn, "INSERT INTO licences (enterprise_id, region_path, kind, number, issuer_name, "
                      "issued_on, valid_from, valid_to, status, status_since, created_by, created_at, "
                      "updated_at)", 13);
      for (std::int64_t e = 1; e <= explosives; ++e) {
        const std::string path = "/370000/37" + std::to_string(10 + e % 16) + "00/";
        const bool production = e % 2;
        const std::int64_t r = static_cast<std::int64_t>(rng.Next() % 100);
        const std::string to = r < 2 ? "2026-11-15" : "2028-06-30";  // 2% expired
        const std::string status = r == 2 ? "suspended" : "valid";
        lic.Row({e, path, std::string(production ? "explosives_production" : "explosives_sales"),
                 "L" + std::to_string(e) + "A", std::string("山东省工业和信息化厅"), std::string("2025-07-01"),
                 std::string("2025-07-01"), to, status, at, by, at, at});
        lic.Row({e, path, std::string(production ? "safety_production" : "hazardous_chemicals_trading"),
                 "L" + std::to_string(e) + "B", std::string("山东省工业和信息化厅"), std::string("2025-07-01"),
                 std::string("2025-07-01"), std::string("2028-06-30"), std::string("valid"), at, by, at, at});
      }
    }
    conn->Exec("INSERT INTO licence_products (licence_id, product_code, annual_quantity_milli, unit) "
               "SELECT id, 'industrial_explosive', 60000000, 'kg' FROM licences WHERE kind IN "
               "('explosives_production', 'explosives_sales')");
    {
      Bulk dept(*conn, "INSERT INTO safety_departments (enterprise_id, name, established_on, updated_by, "
                       "updated_at)", 5);
      for (std::int64_t e = 1; e <= explosives; ++e)
        if (e % 10) dept.Row({e, std::string("安全生产管理部"), std::string("2024-01-01"), by, at});  // 10% lack one
    }
    {
      Bulk ppl(*conn, "INSERT INTO qualified_people (enterprise_id, region_path, name, role, full_time, "
                      "appointed_on, exam_due_on, created_at, updated_at)", 9);
      for (std::int64_t p = 0; p < n_people; ++p) {
        const std::int64_t e = 1 + p % explosives;
        const int k = static_cast<int>(p / explosives) % 4;
        const char* role = k == 0 ? "principal" : k == 1 ? "safety_manager" : "special_operation";
        const std::string appointed = p % 50 == 0 ? "2026-03-01" : "2022-03-01";
        ppl.Row({e, "/370000/37" + std::to_string(10 + e % 16) + "00/", "人员" + std::to_string(p),
                 std::string(role), static_cast<std::int64_t>(k == 1), appointed,
                 std::string(p % 50 == 0 ? "2026-09-01" : "2022-09-01"), at, at});
      }
    }
    {
      Bulk plans(*conn, "INSERT INTO emergency_plans (enterprise_id, region_path, kind, title, status, "
                        "published_on, filed_on, created_by, created_at, updated_at)", 10);
      for (std::int64_t e = 1; e <= explosives; ++e)
        plans.Row({e, "/370000/37" + std::to_string(10 + e % 16) + "00/", std::string("comprehensive"),
                   std::string("综合应急预案"), std::string(e % 20 ? "filed" : "draft"),
                   std::string("2025-06-01"), std::string("2025-06-10"), by, at, at});
    }
    {
      Bulk hd(*conn, "INSERT INTO hidden_dangers (enterprise_id, region_path, industry, source, title, "
                     "found_on, found_month, reported_at, state, level, is_open, created_at, updated_at)", 13);
      for (std::int64_t h = 0; h < n_hd; ++h) {
        const std::int64_t e = 1 + static_cast<std::int64_t>(rng.Next() % static_cast<std::uint64_t>(all_enterprises));
        const bool open = h % 10 == 0;
        const bool major = h % 100 == 0;
        hd.Row({e, "/370000/37" + std::to_string(10 + e % 16) + "00/",
                std::string(e > explosives ? "general" : "civil_explosives_production"),
                std::string("inspection"), std::string("隐患"), std::string("2026-05-01"),
                std::string("2026-05"), at, std::string(open ? "rectifying" : "closed"),
                std::string(major ? "major" : "general"), static_cast<std::int64_t>(open), at, at});
      }
    }
    tx.Commit();
  }
  conn->ExecScript("ANALYZE");
  auto t1 = Clock::now();
  std::printf("licence sweep bench: %lld enterprises (%lld civil explosives), %lld licences, "
              "%lld people, %lld hidden dangers; generated in %.0f ms\n",
              static_cast<long long>(all_enterprises), static_cast<long long>(explosives),
              static_cast<long long>(explosives * 2), static_cast<long long>(n_people),
              static_cast<long long>(n_hd), Ms(t0, t1));

  std::vector<double> steady;
  for (int r = 0; r < runs; ++r) {
    core::ManualClock clock(now);
    notifications::PendingPushes pushes(clock);
    auto a = Clock::now();
    const auto res = licence_checks::RunLicenceSweep(*conn, pushes, now);
    auto b = Clock::now();
    std::printf("  run %d: %.0f ms — %lld licences, %lld major hidden dangers opened, %lld warnings, "
                "%lld resolved\n",
                r + 1, Ms(a, b), static_cast<long long>(res.licences),
                static_cast<long long>(res.hidden_dangers_opened), static_cast<long long>(res.warnings),
                static_cast<long long>(res.resolved));
    if (r > 0) steady.push_back(Ms(a, b));
  }
  if (!steady.empty()) {
    std::sort(steady.begin(), steady.end());
    std::printf("steady-state sweep (runs 2..%d): min %.0f ms, median %.0f ms, max %.0f ms (spread %.0f ms); "
                "target 10000 ms\n",
                runs, steady.front(), steady[steady.size() / 2], steady.back(),
                steady.back() - steady.front());
    return steady[steady.size() / 2] <= 10000 ? 0 : 1;
  }
  return 0;
}
