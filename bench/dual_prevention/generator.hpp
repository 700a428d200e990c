// The province-sized dataset of issue 3's performance section, written straight into the real
// schema (the migrations create it): 16 cities, 140 counties, enterprises, hidden dangers over
// five years and inspection records, scaled by `scale` (1 = the sizes).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::bench {

struct GenSizes {
  int64_t enterprises = 0, hidden_dangers = 0, inspection_records = 0;
};
GenSizes SizesFor(double scale);

// The bench's regulator account of each city (username, password kBenchPassword).
struct CityAccount {
  std::string region_code, name, username;
};

inline constexpr const char* kBenchPassword = "Demo@2026";

// A cached database is reused when its last generation completed with this generator version
// and scale, and no migration it was generated under has changed since (migrations added
// later, e.g. an index, are applied to it by the normal start-up migration).
std::string Fingerprint(double scale);
bool Reusable(storage::Connection& conn, double scale);
// "version:hash;" of every migration in this binary.
std::string MigrationHashes();

struct GenReport {
  double seconds = 0;
  double load_seconds = 0, index_seconds = 0;
  GenSizes rows;
};

// Fills a migrated database that holds the reference data (and possibly the demo city).
// Regions, agencies and the bench's city regulators are added; enterprises, hidden dangers and
// inspection records are bulk-inserted with their tables' secondary indexes dropped and rebuilt
// afterwards; statistics are refreshed (ANALYZE). Marks the database complete last.
GenReport Generate(storage::Connection& conn, double scale, const std::string& today,
                   bool verbose);

// The accounts Generate created (or a cached database holds), one per city, in code order.
std::vector<CityAccount> CityAccounts(storage::Connection& conn);

}  // namespace anjian::bench
