#include "generator.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>

#include "identity/password_hash.hpp"
#include "core/civil_date.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_fsm_rules.hpp"
#include "registry/industry_rules.hpp"
#include "core/prng.hpp"
#include "registry/region_rules.hpp"
#include "platform/storage/migrations_embedded.hpp"

namespace anjian::bench {

using storage::Value;
using Clock = std::chrono::steady_clock;

namespace {

// Bump when the generated data changes shape: cached databases are then regenerated.
constexpr const char* kGeneratorVersion = "dp-gen-3";
constexpr int kYears = 5;
constexpr int64_t kCommitEvery = 100000;

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Multi-row INSERT with one cached statement per batch size; commits every kCommitEvery rows
// so neither database holds one huge transaction.
class BulkInsert {
 public:
  BulkInsert(storage::Connection& conn, std::string table, std::vector<std::string> cols)
      : conn_(conn), table_(std::move(table)), cols_(std::move(cols)) {
    // SQLite allows 32,766 parameters per statement, PostgreSQL 65,535.
    rows_per_stmt_ = std::max<size_t>(1, 30000 / cols_.size());
    params_.reserve(rows_per_stmt_ * cols_.size());
  }
  ~BulkInsert() = default;

  void Add(std::initializer_list<Value> row) {
    params_.insert(params_.end(), row.begin(), row.end());
    if (++pending_ == rows_per_stmt_) Flush();
  }
  void Flush() {
    if (pending_ == 0) return;
    conn_.Exec(Sql(pending_), params_);
    params_.clear();
    total_ += static_cast<int64_t>(pending_);
    since_commit_ += static_cast<int64_t>(pending_);
    pending_ = 0;
    if (since_commit_ >= kCommitEvery) {
      conn_.Commit();
      conn_.Begin();
      since_commit_ = 0;
    }
  }
  int64_t total() const { return total_ + static_cast<int64_t>(pending_); }

 private:
  std::string Sql(size_t rows) {
    std::string one = "(";
    for (size_t i = 0; i < cols_.size(); ++i) one += i ? ",?" : "?";
    one += ")";
    std::string sql = "INSERT INTO " + table_ + " (";
    for (size_t i = 0; i < cols_.size(); ++i) sql += (i ? "," : "") + cols_[i];
    sql += ") VALUES ";
    for (size_t r = 0; r < rows; ++r) sql += (r ? "," : "") + one;
    return sql;
  }

  storage::Connection& conn_;
  std::string table_;
  std::vector<std::string> cols_;
  size_t rows_per_stmt_;
  size_t pending_ = 0;
  int64_t total_ = 0, since_commit_ = 0;
  std::vector<Value> params_;
};

// The CREATE INDEX statements of a table's secondary indexes (not those behind PRIMARY KEY or
// UNIQUE constraints), read from the catalogue so the rebuilt indexes are exactly the schema's.
std::vector<std::pair<std::string, std::string>> SecondaryIndexes(storage::Connection& conn,
                                                                  const std::string& table) {
  std::vector<std::pair<std::string, std::string>> out;
  storage::ResultSet rs;
  if (conn.dialect() == storage::Dialect::kSqlite) {
    rs = conn.Query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL ORDER BY name",
        {table});
    for (size_t i = 0; i < rs.size(); ++i) out.emplace_back(rs.Text(i, "name"), rs.Text(i, "sql"));
  } else {
    rs = conn.Query(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
        "AND tablename = ? AND indexname NOT IN (SELECT conname FROM pg_constraint) "
        "ORDER BY indexname",
        {table});
    for (size_t i = 0; i < rs.size(); ++i)
      out.emplace_back(rs.Text(i, "indexname"), rs.Text(i, "indexdef"));
  }
  return out;
}

std::string Iso(const core::Date& d) { return core::FormatIsoDate(d); }

std::string Stamp(const core::Date& d, int minute_of_day) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:00Z", d.year, d.month, d.day,
                minute_of_day / 60 % 24, minute_of_day % 60);
  return buf;
}

struct City {
  std::string code, name, path;
  double weight;        // share of the province's enterprises
  double chem, coast;   // industry skew: chemical parks, shipyards
};

struct County {
  std::string code, path;
  size_t city;
  double weight;
  double strictness;  // how many hidden dangers its enterprises find and report
};

struct Enterprise {
  int64_t id;
  uint32_t path;  // index into paths
  uint8_t industry;
  double activity;
};

// Relative size of each city's industry (enterprises), and its chemical and coastal skew.
const std::map<std::string, std::tuple<double, double, double>> kCityShape = {
    {"370100", {9, 1.0, 0}},   {"370200", {12, 1.0, 3}}, {"370300", {8, 2.2, 0}},
    {"370400", {4, 1.2, 0}},   {"370500", {5, 3.0, 1}},  {"370600", {9, 1.3, 3}},
    {"370700", {11, 1.6, 1}},  {"370800", {7, 1.4, 0.5}}, {"370900", {5, 1.0, 0}},
    {"371000", {4, 0.8, 4}},   {"371100", {3, 1.5, 2}},  {"371300", {9, 1.0, 0}},
    {"371400", {5, 1.2, 0}},   {"371500", {4, 1.3, 0}},  {"371600", {5, 2.5, 1}},
    {"371700", {6, 1.1, 0}}};

const char* const kIndustries[] = {"general",         "hazardous_chemicals", "civil_ship",
                                   "civil_aircraft",  "civil_explosives_sales",
                                   "civil_explosives_production"};

// Findings by GB/T 13861 class (1 person, 2 material, 3 environment, 4 management).
const char* const kTitles[4][5] = {
    {"作业人员未按规定佩戴劳动防护用品", "特种作业人员无证上岗", "违章指挥、违规作业",
     "岗位人员对应急处置程序不熟悉", "交接班记录缺失"},
    {"电气线路老化、私拉乱接", "安全联锁装置失效", "压力表超过检定有效期",
     "消防器材缺失或失效", "防护栏杆缺损"},
    {"库区周边枯草等可燃物未清除", "作业场所通风不良", "安全通道堵塞",
     "照明不足、应急照明失效", "防雷接地检测过期"},
    {"安全管理制度未及时修订", "隐患排查记录不完整", "未按规定开展安全培训",
     "应急预案未演练", "危险作业审批手续不全"}};
const char* const kChecklistTitles[] = {"公司级每日检查（生产区、库区）", "防火专项排查",
                                        "安全生产集中整治检查"};

}  // namespace

GenSizes SizesFor(double scale) {
  auto n = [&](double full) { return std::max<int64_t>(1, std::llround(full * scale)); };
  return {n(100000), n(1000000), n(5000000)};
}

std::string Fingerprint(double scale) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s scale %.6g", kGeneratorVersion, scale);
  return buf;
}

std::string MigrationHashes() {
  std::string out;
  for (const auto& m : storage::kEmbeddedMigrations) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%d:%016llx;", m.version,
                  static_cast<unsigned long long>(core::Fnv1a64(m.sql)));
    out += buf;
  }
  return out;
}

bool Reusable(storage::Connection& conn, double scale) {
  std::map<std::string, std::string> kv;
  try {
    auto rs = conn.Query("SELECT key, value FROM dp_bench_meta");
    for (size_t i = 0; i < rs.size(); ++i) kv[rs.Text(i, "key")] = rs.Text(i, "value");
  } catch (const storage::DbError&) {
    return false;
  }
  if (kv["fingerprint"] != Fingerprint(scale)) return false;
  // Every migration the data was generated under must be unchanged; newer ones (an index) are
  // applied to the cached database by the usual start-up migration.
  const std::string now = MigrationHashes();
  const std::string& then = kv["migrations"];
  for (size_t pos = 0; pos < then.size();) {
    size_t end = then.find(';', pos);
    if (end == std::string::npos) return false;
    std::string entry = then.substr(pos, end - pos + 1);
    if (now.find(entry) == std::string::npos) return false;
    pos = end + 1;
  }
  return !then.empty();
}

std::vector<CityAccount> CityAccounts(storage::Connection& conn) {
  auto rs = conn.Query(
      "SELECT r.code, r.name, u.username FROM users u JOIN agencies a ON a.id = u.agency_id "
      "JOIN regions r ON r.code = a.region_code WHERE u.username LIKE 'dpbench.%' "
      "ORDER BY r.code");
  std::vector<CityAccount> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "code"), rs.Text(i, "name"), rs.Text(i, "username")});
  return out;
}

GenReport Generate(storage::Connection& conn, double scale, const std::string& today_iso,
                   bool verbose) {
  const auto t0 = Clock::now();
  const bool pg = conn.dialect() == storage::Dialect::kPostgres;
  const GenSizes want = SizesFor(scale);
  core::SplitMix64 rng(20260303);
  const core::Date today = core::ParseIsoDate(today_iso).value();
  const core::Date start = core::AddDays(today, -365 * kYears);
  const int64_t days = core::DaysBetween(start, today) + 1;
  const std::string now = today_iso + "T00:00:00Z";
  auto log = [&](const char* what) {
    if (verbose) std::printf("   %-44s %7.1f s\n", what, Since(t0)), std::fflush(stdout);
  };

  conn.ExecScript("CREATE TABLE IF NOT EXISTS dp_bench_meta (key TEXT PRIMARY KEY, value TEXT)");
  conn.ExecScript("DELETE FROM dp_bench_meta");
  // Bulk load: no foreign-key checks (the rows are consistent by construction), no fsync.
  if (pg) {
    conn.ExecScript("SET session_replication_role = replica; SET synchronous_commit = off");
  } else {
    conn.ExecScript("PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000");
  }

  // Regions: the built-in province and cities; Jining's counties and zones are built in, the
  // other cities get synthetic counties so the province has 140 county-level regions.
  std::vector<City> cities;
  std::vector<County> counties;
  conn.Begin();
  {
    std::map<std::string, std::string> path_of;
    auto rs = conn.Query("SELECT code, name, path, parent_code, kind FROM regions ORDER BY code");
    for (size_t i = 0; i < rs.size(); ++i) path_of[rs.Text(i, "code")] = rs.Text(i, "path");
    for (size_t i = 0; i < rs.size(); ++i) {
      if (rs.Text(i, "kind") != "city") continue;
      auto shape = kCityShape.count(rs.Text(i, "code")) ? kCityShape.at(rs.Text(i, "code"))
                                                        : std::tuple{4.0, 1.0, 0.0};
      cities.push_back({rs.Text(i, "code"), rs.Text(i, "name"), rs.Text(i, "path"),
                        std::get<0>(shape), std::get<1>(shape), std::get<2>(shape)});
    }
    size_t others = 0;
    for (size_t c = 0; c < cities.size(); ++c) {
      std::vector<std::string> existing;
      for (size_t i = 0; i < rs.size(); ++i)
        if (rs.Text(i, "parent_code") == cities[c].code) existing.push_back(rs.Text(i, "code"));
      if (existing.empty()) {
        // 126 synthetic counties over the 15 cities without built-in ones: 9 or 8 each.
        int n = others++ < 6 ? 9 : 8;
        for (int k = 1; k <= n; ++k) {
          char code[8];
          std::snprintf(code, sizeof code, "%.4s%02d", cities[c].code.c_str(), k + 1);
          std::string path = cities[c].path + code + "/";
          char en[64];
          std::snprintf(en, sizeof en, "County %02d", k + 1);
          conn.Exec(
              "INSERT INTO regions (code, name, name_en, kind, parent_code, path, level) "
              "VALUES (?, ?, ?, 'county', ?, ?, 3)",
              {std::string(code), cities[c].name + "第" + std::to_string(k) + "区县", std::string(en),
               cities[c].code, path});
          existing.push_back(code);
          path_of[code] = path;
        }
      }
      for (const auto& code : existing)
        counties.push_back({code, path_of[code], c, 0.4 + rng.Unit() * 1.6, 0.5 + rng.Unit()});
    }
  }

  // One regulator account per city bureau (the agency is created when the city has none).
  {
    const std::string hash = identity::HashPassword(kBenchPassword);
    for (const auto& c : cities) {
      auto ag = conn.Query("SELECT id FROM agencies WHERE region_code = ? ORDER BY id", {c.code});
      int64_t agency;
      if (ag.empty()) {
        agency = conn.Query(
                         "INSERT INTO agencies (region_code, region_path, name, created_at) "
                         "VALUES (?, ?, ?, ?) RETURNING id",
                         {c.code, c.path, c.name + "工业和信息化局", now})
                     .Int(0, "id");
      } else {
        agency = ag.Int(0, "id");
      }
      int64_t uid = conn.Query(
                            "INSERT INTO users (username, display_name, password_hash, agency_id, "
                            "status, must_change_password, password_changed_at, created_at, "
                            "updated_at) VALUES (?, ?, ?, ?, 'active', 0, ?, ?, ?) RETURNING id",
                            {"dpbench." + c.code, c.name + "工信局 压测", hash, agency, now, now, now})
                        .Int(0, "id");
      conn.Exec("INSERT INTO user_roles (user_id, role) VALUES (?, 'regulator_rw')", {uid});
    }
  }
  conn.Commit();
  log("regions, agencies, city regulators");

  // Secondary indexes of the big tables go and come back after the load (faster on both).
  const std::vector<std::string> big = {"enterprises", "hidden_dangers", "inspection_records"};
  std::vector<std::pair<std::string, std::string>> indexes;
  for (const auto& t : big)
    for (auto& ix : SecondaryIndexes(conn, t)) indexes.push_back(std::move(ix));
  for (const auto& [name, sql] : indexes) conn.ExecScript("DROP INDEX " + name);

  auto next_id = [&](const char* table) {
    return conn.Query(std::string("SELECT COALESCE(MAX(id), 0) + 1 AS n FROM ") + table)
        .Int(0, "n");
  };

  // Enterprises: cities by size, counties by weight (some registered at city level), industry
  // skewed by the city's chemical parks and coast. Activity (how many hidden dangers an
  // enterprise records) is heavy-tailed and higher in the hazardous industries.
  const auto tl = Clock::now();
  std::vector<std::string> paths;
  std::map<std::string, uint32_t> path_index;
  auto path_id = [&](const std::string& p) {
    auto [it, added] = path_index.try_emplace(p, static_cast<uint32_t>(paths.size()));
    if (added) paths.push_back(p);
    return it->second;
  };
  std::vector<Enterprise> ents;
  ents.reserve(static_cast<size_t>(want.enterprises));
  conn.Begin();
  {
    double city_total = 0;
    for (const auto& c : cities) city_total += c.weight;
    std::vector<std::vector<size_t>> by_city(cities.size());
    for (size_t k = 0; k < counties.size(); ++k) by_city[counties[k].city].push_back(k);
    BulkInsert ins(conn, "enterprises",
                   {"id", "name", "name_lower", "uscc", "region_code", "region_path", "industry",
                    "supervision", "scale", "address", "employees", "status", "created_at",
                    "updated_at"});
    int64_t id = next_id("enterprises");
    const char* scales[] = {"large", "medium", "small", "micro"};
    for (size_t c = 0; c < cities.size(); ++c) {
      int64_t n = std::llround(static_cast<double>(want.enterprises) * cities[c].weight / city_total);
      if (c + 1 == cities.size())
        n = want.enterprises - static_cast<int64_t>(ents.size());
      double county_total = 0;
      for (size_t k : by_city[c]) county_total += counties[k].weight;
      for (int64_t i = 0; i < n; ++i) {
        // Pick the county (5% are registered with the city itself).
        std::string code = cities[c].code, path = cities[c].path;
        double strict = 1.0;
        if (rng.Below(100) >= 5) {
          double x = rng.Unit() * county_total;
          size_t pick = by_city[c].back();
          for (size_t k : by_city[c]) {
            if ((x -= counties[k].weight) < 0) {
              pick = k;
              break;
            }
          }
          code = counties[pick].code;
          path = counties[pick].path;
          strict = counties[pick].strictness;
        }
        double u = rng.Unit() * 100;
        double chem = 12 * cities[c].chem, ship = 1.5 * cities[c].coast;
        uint8_t ind = u < chem                          ? 1
                      : u < chem + ship                 ? 2
                      : u < chem + ship + 0.6           ? 3
                      : u < chem + ship + 0.6 + 1.2     ? 4
                      : u < chem + ship + 0.6 + 1.2 + 0.3 ? 5
                                                        : 0;
        const double ind_factor[] = {1.0, 3.0, 2.0, 2.0, 1.5, 4.0};
        double activity = ind_factor[ind] * strict / std::sqrt(0.02 + rng.Unit());
        ents.push_back({id, path_id(path), ind, activity});
        auto industry = registry::ParseIndustry(kIndustries[ind]).value();
        std::string name = cities[c].name.substr(0, cities[c].name.size() - 3) + "压测企业" +
                           std::to_string(id) + (ind == 1 ? "化工有限公司" : "有限公司");
        char uscc[24];
        std::snprintf(uscc, sizeof uscc, "91%.6s%09lldX", code.c_str(), static_cast<long long>(id));
        ins.Add({id, name, name, std::string(uscc), code, path, std::string(kIndustries[ind]),
                 std::string(registry::SupervisionValue(registry::SupervisionFor(industry))),
                 std::string(scales[rng.Below(100) < 5 ? 0 : 1 + rng.Below(3)]),
                 cities[c].name + "工业园区" + std::to_string(rng.Below(90) + 1) + "号",
                 static_cast<int64_t>(10 + rng.Below(800)), std::string("active"), now, now});
        ++id;
      }
    }
    ins.Flush();
  }
  conn.Commit();
  log("enterprises");

  // Cumulative weights for picking an enterprise (binary search).
  auto cumulative = [&](auto weight) {
    std::vector<double> cum(ents.size());
    double s = 0;
    for (size_t i = 0; i < ents.size(); ++i) cum[i] = s += weight(ents[i]);
    return cum;
  };
  auto pick = [&](const std::vector<double>& cum) {
    double x = rng.Unit() * cum.back();
    return static_cast<size_t>(std::upper_bound(cum.begin(), cum.end(), x) - cum.begin());
  };
  // How many records fall on day d of `days`: growing over the years (the mechanism spreads),
  // seasonal (spring and autumn campaigns), fewer at weekends; sums exactly to `total`.
  auto per_day = [&](int64_t total) {
    std::vector<double> w(static_cast<size_t>(days));
    double s = 0;
    for (int64_t d = 0; d < days; ++d) {
      core::Date day = core::AddDays(start, d);
      double growth = 0.6 + 0.8 * static_cast<double>(d) / static_cast<double>(days);
      double season = 1 + 0.25 * std::sin(2 * M_PI * (day.month - 2) / 6.0);
      double weekday = core::IsoWeekday(day) >= 6 ? 0.35 : 1.0;
      s += w[static_cast<size_t>(d)] = growth * season * weekday;
    }
    std::vector<int64_t> n(static_cast<size_t>(days));
    double acc = 0;
    int64_t given = 0;
    for (size_t d = 0; d < w.size(); ++d) {
      acc += w[d] / s * static_cast<double>(total);
      int64_t upto = d + 1 == w.size() ? total : std::llround(acc);
      n[d] = upto - given;
      given = upto;
    }
    return n;
  };

  // Hidden dangers in the order they were found (ids grow with time, as in production).
  conn.Begin();
  {
    auto cum = cumulative([](const Enterprise& e) { return e.activity; });
    BulkInsert ins(conn, "hidden_dangers",
                   {"id", "enterprise_id", "region_path", "industry", "source", "title",
                    "description", "location", "hazard_factor", "found_on", "found_month",
                    "reporter_name", "reported_at", "registered_by_regulator", "state", "level",
                    "is_open", "owner_name", "measures", "funds_fen", "deadline",
                    "regulator_deadline", "effective_deadline", "plan", "has_plan",
                    "under_listed_supervision", "evidence", "closed_on", "closed_on_time",
                    "created_at", "updated_at"});
    int64_t id = next_id("hidden_dangers");
    auto counts = per_day(want.hidden_dangers);
    using S = hidden_danger::HiddenDangerState;
    for (int64_t d = 0; d < days; ++d) {
      const core::Date found = core::AddDays(start, d);
      const int64_t age = days - 1 - d;
      for (int64_t k = 0; k < counts[static_cast<size_t>(d)]; ++k) {
        const Enterprise& e = ents[pick(cum)];
        const uint64_t src = rng.Below(100);
        const char* source = src < 58 ? "inspection" : src < 83 ? "ad_hoc" : src < 95 ? "enforcement" : "referral";
        const bool by_regulator = src >= 83;
        const uint64_t hf = rng.Below(100);
        const int factor = hf < 22 ? 1 : hf < 58 ? 2 : hf < 72 ? 3 : 4;
        const bool major = rng.Below(1000) < (e.industry == 0 ? 12u : 45u);
        // Where the hidden danger stands today depends on its age; a few old ones are stuck.
        const uint64_t r = rng.Below(1000);
        S state;
        if (age > 120) {
          state = r < 930 ? S::kClosed : r < 960 ? S::kDismissed : r < 990 ? S::kRectificationAssigned
                                                               : S::kRectified;
        } else if (age > 30) {
          state = r < 680 ? S::kClosed : r < 710 ? S::kDismissed : r < 900 ? S::kRectificationAssigned
                          : r < 960 ? S::kRectified : S::kAssessed;
        } else {
          state = r < 150 ? S::kReported : r < 290 ? S::kAssessed : r < 740 ? S::kRectificationAssigned
                          : r < 850 ? S::kRectified : r < 980 ? S::kClosed : S::kDismissed;
        }
        if (major && state == S::kRectified && rng.Below(2)) state = S::kAwaitingRegulatorSignoff;
        hidden_danger::HiddenDangerSnapshot s;
        s.state = state;
        s.registered_by_regulator = by_regulator;
        s.level = state == S::kReported || (state == S::kDismissed && rng.Below(2))
                      ? hidden_danger::HiddenDangerLevel::kUnassessed
                  : major ? hidden_danger::HiddenDangerLevel::kMajor
                          : hidden_danger::HiddenDangerLevel::kOrdinary;
        const bool assigned = state != S::kReported && state != S::kAssessed &&
                              !(state == S::kDismissed);
        if (assigned) {
          s.deadline = Iso(core::AddDays(found, major ? rng.Between(30, 180) : rng.Between(3, 45)));
          s.measures = "按整改方案落实整改措施";
          if (rng.Below(3) == 0) s.funds_fen = static_cast<int64_t>(rng.Between(500, 500000)) * 100;
        }
        if (s.level == hidden_danger::HiddenDangerLevel::kMajor && state != S::kAssessed) {
          s.has_plan = assigned;
          if (rng.Below(100) < 55) {
            s.under_listed_supervision = true;
            s.regulator_deadline = Iso(core::AddDays(found, rng.Between(45, 150)));
          }
        }
        const auto effective = hidden_danger::EffectiveDeadline(s);
        Value closed_on = nullptr, on_time = nullptr;
        std::string updated = Stamp(found, 540 + static_cast<int>(rng.Below(480)));
        if (state == S::kClosed) {
          // Most close before the deadline; some late.
          int64_t span = effective ? core::DaysBetween(found, *core::ParseIsoDate(*effective)) : 20;
          int64_t took = rng.Below(100) < 86 ? rng.Between(1, std::max<int64_t>(1, span))
                                             : span + rng.Between(1, 60);
          core::Date closed = core::AddDays(found, std::min<int64_t>(took, age));
          closed_on = Iso(closed);
          on_time = static_cast<int64_t>(!effective || Iso(closed) <= *effective);
          updated = Stamp(closed, 600);
        }
        const char* title = kTitles[factor - 1][rng.Below(5)];
        ins.Add({id, e.id, paths[e.path], std::string(kIndustries[e.industry]), std::string(source),
                 std::string(title), std::string(title) + "，需按期整改。",
                 "生产区" + std::to_string(rng.Below(12) + 1) + "号工房",
                 std::to_string(factor), Iso(found), Iso(found).substr(0, 7),
                 std::string(by_regulator ? "监管检查员" : "企业安全员"),
                 Stamp(found, 480 + static_cast<int>(rng.Below(600))),
                 static_cast<int64_t>(by_regulator),
                 std::string(hidden_danger::HiddenDangerStateValue(s.state)),
                 std::string(hidden_danger::HiddenDangerLevelValue(s.level)),
                 static_cast<int64_t>(hidden_danger::IsOpen(s.state)),
                 std::string(assigned ? "整改责任人" : ""), s.measures,
                 s.funds_fen ? Value(*s.funds_fen) : Value(nullptr),
                 s.deadline ? Value(*s.deadline) : Value(nullptr),
                 s.regulator_deadline ? Value(*s.regulator_deadline) : Value(nullptr),
                 effective ? Value(*effective) : Value(nullptr),
                 std::string(s.has_plan ? "治理方案" : ""), static_cast<int64_t>(s.has_plan),
                 static_cast<int64_t>(s.under_listed_supervision),
                 std::string(state == S::kClosed || state == S::kRectified ? "已整改，见照片" : ""),
                 closed_on, on_time, Stamp(found, 480), updated});
        ++id;
      }
    }
    ins.Flush();
  }
  conn.Commit();
  log("hidden dangers");

  // Inspection records: every enterprise inspects; the hazardous industries far more often.
  conn.Begin();
  {
    auto cum = cumulative([](const Enterprise& e) {
      const double f[] = {1.0, 2.5, 1.5, 1.5, 2.0, 4.0};
      return f[e.industry];
    });
    std::vector<int64_t> checklists;
    auto cl = conn.Query("SELECT id FROM checklists WHERE enterprise_id IS NULL ORDER BY id");
    for (size_t i = 0; i < cl.size(); ++i) checklists.push_back(cl.Int(i, "id"));
    BulkInsert ins(conn, "inspection_records",
                   {"id", "enterprise_id", "region_path", "checklist_id", "title",
                    "inspector_name", "inspected_at", "failed_count", "note"});
    int64_t id = next_id("inspection_records");
    auto counts = per_day(want.inspection_records);
    for (int64_t d = 0; d < days; ++d) {
      const core::Date on = core::AddDays(start, d);
      for (int64_t k = 0; k < counts[static_cast<size_t>(d)]; ++k) {
        const Enterprise& e = ents[pick(cum)];
        const uint64_t c = rng.Below(100);
        const size_t which = c < 82 ? 0 : c < 93 ? 1 : 2;
        const uint64_t f = rng.Below(100);
        ins.Add({id, e.id, paths[e.path],
                 checklists.empty() ? Value(nullptr) : Value(checklists[which % checklists.size()]),
                 std::string(kChecklistTitles[which]), std::string("企业安全员"),
                 Stamp(on, 420 + static_cast<int>(rng.Below(660))),
                 static_cast<int64_t>(f < 88 ? 0 : f < 97 ? 1 : 2 + rng.Below(3)), std::string()});
        ++id;
      }
    }
    ins.Flush();
  }
  conn.Commit();
  GenReport rep;
  rep.load_seconds = Since(tl);
  log("inspection records");

  const auto ti = Clock::now();
  for (const auto& [name, sql] : indexes) conn.ExecScript(sql);
  if (pg) {
    for (const auto& t : big)
      conn.ExecScript("SELECT setval(pg_get_serial_sequence('" + t + "', 'id'), (SELECT MAX(id) FROM " +
                      t + "))");
    // Autovacuum would vacuum (visibility map: index-only scans) and analyse the freshly
    // loaded tables within minutes; do it now.
    conn.ExecScript("VACUUM ANALYZE");
    conn.ExecScript("SET session_replication_role = origin");
  } else {
    // SQLite is left as the server leaves it (the server never runs ANALYZE).
    conn.ExecScript("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA cache_size = -32000");
  }
  rep.index_seconds = Since(ti);
  log("indexes rebuilt");

  rep.rows.enterprises = static_cast<int64_t>(ents.size());
  rep.rows.hidden_dangers = conn.Query("SELECT COUNT(*) AS n FROM hidden_dangers").Int(0, "n");
  rep.rows.inspection_records =
      conn.Query("SELECT COUNT(*) AS n FROM inspection_records").Int(0, "n");
  rep.seconds = Since(t0);
  conn.Begin();
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.1f", rep.seconds);
  conn.Exec("INSERT INTO dp_bench_meta (key, value) VALUES ('generated_seconds', ?)",
            {std::string(secs)});
  conn.Exec("INSERT INTO dp_bench_meta (key, value) VALUES ('generated_on', ?)", {today_iso});
  conn.Exec("INSERT INTO dp_bench_meta (key, value) VALUES ('migrations', ?)",
            {MigrationHashes()});
  conn.Exec("INSERT INTO dp_bench_meta (key, value) VALUES ('fingerprint', ?)",
            {Fingerprint(scale)});
  conn.Commit();
  return rep;
}

}  // namespace anjian::bench
