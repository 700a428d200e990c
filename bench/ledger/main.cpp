// anjian_ledger_bench: the performance figures of issue 4 (civil-explosives stores ledger).
// See bench/ledger/README.md. Exit 0 when every target measured holds, 1 when one is missed,
// 2 on a setup error.
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "bench_util.hpp"
#include "ceiling.hpp"
#include "ledger_fixture.hpp"
#include "stocktake_bench.hpp"
#include "platform/storage/db.hpp"

namespace fs = std::filesystem;
using namespace anjian;
using namespace anjian::bench;

namespace {

constexpr double kMinRatio = 0.5, kMaxVoucherP99Ms = 25, kMaxTraceP99Ms = 2;

struct Options {
  double scale = 1.0;
  std::optional<double> pg_scale;
  std::string dir = "build/bench/ledger";
  std::string pg_admin;  // empty: PostgreSQL skipped
  bool pg_durable = false;
  bool sqlite = true, postgres = true;
  int trace_lookups = 5000;
  int api_vouchers = 20;
  bool stocktake = true;
  int stocktake_runs = 3;  // counts after the first (cold) one
  int64_t stocktake_codes = 0;  // 0: 1,000,000 x scale
  bool keep = false;
};

[[noreturn]] void Usage(int code) {
  std::puts(
      "usage: anjian_ledger_bench [--scale S] [--pg-scale S] [--dir DIR] [--pg URL] [--pg-durable]\n"
      "                           [--only sqlite|postgres] [--trace-lookups N] [--api-vouchers N]\n"
      "                           [--no-stocktake] [--stocktake-runs N] [--stocktake-codes N] [--keep]\n"
      "  --scale S        fraction of the issue's sizes (1 = 10,000,000 codes in 1,000 stores)\n"
      "  --pg-scale S     the same for PostgreSQL (default: --scale)\n"
      "  --dir DIR        SQLite files (default build/bench/ledger; deleted afterwards)\n"
      "  --pg URL         PostgreSQL admin URI (or ANJIAN_BENCH_PG); a database is created and dropped\n"
      "  --pg-durable     ALTER SYSTEM fsync, synchronous_commit, full_page_writes = on (throwaway\n"
      "                   clusters started with fsync off, like scripts/pg-test-cluster.sh)");
  std::exit(code);
}

Options ParseArgs(int argc, char** argv) {
  Options o;
  if (const char* pg = std::getenv("ANJIAN_BENCH_PG")) o.pg_admin = pg;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) Usage(2);
      return argv[++i];
    };
    if (a == "--scale") o.scale = std::stod(next());
    else if (a == "--pg-scale") o.pg_scale = std::stod(next());
    else if (a == "--dir") o.dir = next();
    else if (a == "--pg") o.pg_admin = next();
    else if (a == "--pg-durable") o.pg_durable = true;
    else if (a == "--only") {
      std::string b = next();
      o.sqlite = b == "sqlite";
      o.postgres = b == "postgres";
    } else if (a == "--trace-lookups") o.trace_lookups = std::stoi(next());
    else if (a == "--api-vouchers") o.api_vouchers = std::stoi(next());
    else if (a == "--keep") o.keep = true;
    else if (a == "--no-stocktake") o.stocktake = false;
    else if (a == "--stocktake-runs") o.stocktake_runs = std::stoi(next());
    else if (a == "--stocktake-codes") o.stocktake_codes = std::stoll(next());
    else if (a == "--help" || a == "-h") Usage(0);
    else Usage(2);
  }
  if (o.scale <= 0 || o.scale > 1) Usage(2);
  return o;
}

struct Figures {
  std::string backend;
  double scale = 0;
  int64_t stores = 0;
  RunResult ledger, ceiling;
  Samples trace_loaded, trace_ent, trace_reg, api;
  double settle_s = 0;
  double password_ms = 0;
  std::optional<StocktakeFigures> stocktake;
  double wall_s = 0;
  std::string durability;
};

std::string ReplaceDbName(const std::string& url, const std::string& db) {
  size_t scheme = url.find("://");
  size_t slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  size_t q = url.find('?');
  std::string base = slash == std::string::npos ? url : url.substr(0, slash);
  std::string params = q == std::string::npos ? "" : url.substr(q);
  return base + "/" + db + params;
}

// Runs one backend: ledger posting interleaved with the ceiling, trace, the API sample.
Figures RunBackend(const std::string& backend, const std::string& url, double scale,
                   const Options& opt, const std::string& ceiling_target) {
  Figures f;
  f.backend = backend;
  f.scale = scale;
  const double wall0 = NowSeconds();
  const int64_t vouchers = std::max<int64_t>(1, std::llround(10'000 * scale));
  f.stores = std::clamp<int64_t>(std::llround(1'000 * scale), 1, 1'000);
  std::printf("\n== %s: %s vouchers x 1,000 codes = %s codes into %s stores (scale %g)\n",
              backend.c_str(), Thousands(vouchers).c_str(), Thousands(vouchers * 1000).c_str(),
              Thousands(f.stores).c_str(), scale);
  std::printf("   %s\n", LoadLine().c_str());
  LedgerFixture fx(url);
  {
    auto conn = fx.svc.db->Acquire();
    if (backend == "SQLite") {
      auto jm = conn->Query("PRAGMA journal_mode");
      auto sy = conn->Query("PRAGMA synchronous");
      f.durability = "journal_mode=" + jm.Text(0, "journal_mode") +
                     " synchronous=" + std::to_string(sy.Int(0, "synchronous")) + " (2 = FULL)";
    } else {
      for (const char* s : {"fsync", "synchronous_commit", "full_page_writes", "wal_sync_method"})
        f.durability += std::string(s) + "=" + conn->Query(std::string("SHOW ") + s).Text(0, s) + " ";
    }
  }
  std::printf("   durability: %s\n", f.durability.c_str());
  CodeSet set;
  set.series = 1;
  set.vouchers = vouchers;
  set.enterprise_id = fx.enterprise_id;
  set.store_ids = fx.AddStores("基准库", f.stores, 1'000'000);
  // Posting and ceiling in alternating slices of 1% so both meet the same disk and load.
  auto ceiling = backend == "SQLite" ? OpenSqliteCeiling(ceiling_target, set)
                                     : OpenPostgresCeiling(ceiling_target, set);
  const int64_t slice = std::max<int64_t>(1, vouchers / 100);
  const double post0 = NowSeconds();
  for (int64_t first = 0; first < vouchers; first += slice) {
    const int64_t n = std::min(slice, vouchers - first);
    fx.Post(set, first, n, f.ledger);
    for (int64_t v = first; v < first + n; ++v) {
      auto codes = VoucherCodes(set, v);
      const double t0 = NowSeconds();
      ceiling->Insert(codes, set.Store(v));
      const double s = NowSeconds() - t0;
      f.ceiling.txn.Add(s * 1000.0);
      f.ceiling.seconds += s;
      f.ceiling.codes += static_cast<int64_t>(codes.size());
    }
    const int64_t done = first + n;
    if (done % (slice * 10) == 0 || done == vouchers)
      std::printf("   %5.1f%%  %12s codes  ledger %8.0f codes/s  ceiling %8.0f codes/s  %6.0f s  %s\n",
                  100.0 * static_cast<double>(done) / static_cast<double>(vouchers),
                  Thousands(done * set.per_voucher).c_str(), f.ledger.CodesPerSecond(),
                  f.ceiling.CodesPerSecond(), NowSeconds() - post0, LoadLine().c_str());
    std::fflush(stdout);
  }
  ceiling.reset();
  std::printf("   peak memory so far %.0f MiB\n", PeakRssMiB());

  // Trace right after the bulk load, while the database still absorbs it (WAL, checkpoints,
  // autovacuum), and again once it has settled as a database in service has: the target.
  f.trace_loaded = fx.Trace(set, "mb.keeper", opt.trace_lookups, 41);
  const double settle0 = NowSeconds();
  fx.Settle();
  f.settle_s = NowSeconds() - settle0;
  f.trace_ent = fx.Trace(set, "mb.keeper", opt.trace_lookups, 42);
  f.trace_reg = fx.Trace(set, "jining", std::max(1, opt.trace_lookups / 5), 43);
  std::printf("   trace: %d lookups as mb.keeper, %d as jining done\n", opt.trace_lookups,
              std::max(1, opt.trace_lookups / 5));

  if (opt.api_vouchers > 0) {
    f.api = fx.PostThroughApi(set, vouchers, opt.api_vouchers);
    f.password_ms = fx.PasswordCheckMs();
  }

  if (opt.stocktake) {
    const int64_t book =
        opt.stocktake_codes > 0 ? std::max<int64_t>(10, opt.stocktake_codes / 1'000) * 1'000
                                : std::max<int64_t>(10, std::llround(1'000 * opt.scale)) * 1'000;
    const int64_t diff = book / 1'000;  // 1,000 missing and 1,000 extra of 1,000,000
    f.stocktake = RunStocktake(fx, book, diff, opt.stocktake_runs);
    std::printf("   stocktake: counted file %s bytes\n",
                Thousands(static_cast<int64_t>(f.stocktake->body_bytes)).c_str());
  }
  f.wall_s = NowSeconds() - wall0;
  std::printf("   %s done in %.0f s; peak memory so far %.0f MiB\n", backend.c_str(), f.wall_s,
              PeakRssMiB());
  return f;
}

std::string Verdict(bool ok) { return ok ? "OK" : "MISSED"; }

}  // namespace

int main(int argc, char** argv) {
  Options opt = ParseArgs(argc, argv);
  spdlog::set_level(spdlog::level::warn);
  const double start = NowSeconds();
  std::printf("anjian_ledger_bench (issue 4): posting, trace lookup, stocktake, peak memory\n");
  std::printf("   %s\n", LoadLine().c_str());
  std::vector<Figures> all;
  try {
    if (opt.sqlite) {
      fs::create_directories(opt.dir);
      const std::string db = (fs::path(opt.dir) / "ledger.db").string();
      const std::string ceiling = (fs::path(opt.dir) / "ceiling.db").string();
      for (const auto& p : {db, db + "-wal", db + "-shm"}) fs::remove(p);
      all.push_back(RunBackend("SQLite", db, opt.scale, opt, ceiling));
      if (!opt.keep)
        for (const auto& p : {db, db + "-wal", db + "-shm"}) fs::remove(p);
    }
    if (opt.postgres && opt.pg_admin.empty())
      std::printf("\n== PostgreSQL: skipped (no --pg URL / ANJIAN_BENCH_PG)\n");
    if (opt.postgres && !opt.pg_admin.empty()) {
      auto admin = storage::OpenPostgres(opt.pg_admin);
      // A throwaway test cluster runs with fsync off; durable for the run, as it was afterwards.
      struct Durable {
        storage::Connection& admin;
        bool on;
        Durable(storage::Connection& a, bool want) : admin(a), on(want) {
          if (!on) return;
          for (const char* p : {"fsync", "synchronous_commit", "full_page_writes"})
            admin.ExecScript(std::string("ALTER SYSTEM SET ") + p + " = on");
          admin.Query("SELECT pg_reload_conf()");
          usleep(500'000);
        }
        ~Durable() {
          if (!on) return;
          try {
            for (const char* p : {"fsync", "synchronous_commit", "full_page_writes"})
              admin.ExecScript(std::string("ALTER SYSTEM RESET ") + p);
            admin.Query("SELECT pg_reload_conf()");
          } catch (...) {
          }
        }
      } durable(*admin, opt.pg_durable);
      const std::string name = "anjian_bench_" + std::to_string(getpid());
      admin->ExecScript("DROP DATABASE IF EXISTS " + name);
      admin->ExecScript("CREATE DATABASE " + name);
      const std::string url = ReplaceDbName(opt.pg_admin, name);
      try {
        all.push_back(RunBackend("PostgreSQL", url, opt.pg_scale.value_or(opt.scale), opt, url));
      } catch (...) {
        if (!opt.keep) admin->ExecScript("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        throw;
      }
      if (!opt.keep) admin->ExecScript("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "anjian_ledger_bench: %s\n", e.what());
    return 2;
  }

  bool ok = true;
  std::printf("\n================================================================================\n");
  std::printf("ledger benchmark result  (%s; wall %.0f s; peak memory VmHWM %.0f MiB)\n",
              LoadLine().c_str(), NowSeconds() - start, PeakRssMiB());
  std::printf("%-46s", "");
  for (const auto& f : all) std::printf(" %15s", f.backend.c_str());
  std::printf("\n");
  auto row = [&](const char* label, auto value) {
    std::printf("%-46s", label);
    for (const auto& f : all) std::printf(" %15s", value(f).c_str());
    std::printf("\n");
  };
  auto num = [](double v, const char* fmt) {
    char b[64];
    std::snprintf(b, sizeof b, fmt, v);
    return std::string(b);
  };
  row("scale (1 = issue's sizes)", [&](const Figures& f) { return num(f.scale, "%g"); });
  row("codes posted / stores", [&](const Figures& f) {
    return Thousands(f.ledger.codes) + "/" + Thousands(f.stores);
  });
  row("ledger posting, codes/s", [&](const Figures& f) { return num(f.ledger.CodesPerSecond(), "%.0f"); });
  row("plain client ceiling, codes/s", [&](const Figures& f) { return num(f.ceiling.CodesPerSecond(), "%.0f"); });
  row("ratio ledger/ceiling (target >= 0.50)", [&](const Figures& f) {
    double r = f.ledger.CodesPerSecond() / f.ceiling.CodesPerSecond();
    ok = ok && r >= kMinRatio;
    return num(r, "%.2f ") + Verdict(r >= kMinRatio);
  });
  row("voucher latency p50, ms", [&](const Figures& f) { return num(f.ledger.txn.Percentile(50), "%.2f"); });
  row("voucher latency p90 / p95, ms", [&](const Figures& f) {
    return num(f.ledger.txn.Percentile(90), "%.2f/") + num(f.ledger.txn.Percentile(95), "%.2f");
  });
  row("voucher latency p99, ms (target <= 25)", [&](const Figures& f) {
    double p = f.ledger.txn.Percentile(99);
    ok = ok && p <= kMaxVoucherP99Ms;
    return num(p, "%.2f ") + Verdict(p <= kMaxVoucherP99Ms);
  });
  row("voucher latency max, ms", [&](const Figures& f) { return num(f.ledger.txn.Max(), "%.1f"); });
  row("ceiling 1,000-row txn p50 / p99, ms", [&](const Figures& f) {
    return num(f.ceiling.txn.Percentile(50), "%.2f/") + num(f.ceiling.txn.Percentile(99), "%.2f");
  });
  row("trace right after the load p50/p99, ms", [&](const Figures& f) {
    return num(f.trace_loaded.Percentile(50), "%.3f/") + num(f.trace_loaded.Percentile(99), "%.3f");
  });
  row("settling (checkpoint, ANALYZE on PG), s", [&](const Figures& f) { return num(f.settle_s, "%.1f"); });
  row("trace p50, ms (enterprise scope)", [&](const Figures& f) { return num(f.trace_ent.Percentile(50), "%.3f"); });
  row("trace p99, ms (target <= 2)", [&](const Figures& f) {
    double p = f.trace_ent.Percentile(99);
    ok = ok && p <= kMaxTraceP99Ms;
    return num(p, "%.3f ") + Verdict(p <= kMaxTraceP99Ms);
  });
  row("trace p99, ms (city regulator scope)", [&](const Figures& f) { return num(f.trace_reg.Percentile(99), "%.3f"); });
  row("POST /vouchers via Router p50/p99, ms", [&](const Figures& f) {
    return num(f.api.Percentile(50), "%.1f/") + num(f.api.Percentile(99), "%.1f");
  });
  row("  of which 2nd-person password check, ms", [&](const Figures& f) { return num(f.password_ms, "%.1f"); });
  auto st = [&](auto value) {
    return [=](const Figures& f) { return f.stocktake ? value(*f.stocktake) : std::string("-"); };
  };
  row("stocktake: codes on the books / missing / extra", st([&](const StocktakeFigures& t) {
    return Thousands(t.book_codes) + "/" + Thousands(t.missing) + "/" + Thousands(t.extra);
  }));
  row("stocktake API, count before its store is warm, s", st([&](const StocktakeFigures& t) {
    return num(t.api_cold_ms / 1000, "%.3f");
  }));
  row("start-up warm-up: stores / s (background)", st([&](const StocktakeFigures& t) {
    return Thousands(t.warmup_stores) + num(t.warmup_s, "/%.1f");
  }));
  row("stocktake API, first count, s (target <= 0.3)", st([&](const StocktakeFigures& t) {
    double v = t.api_first_ms / 1000;
    ok = ok && v <= 0.3;
    return num(v, "%.3f ") + Verdict(v <= 0.3);
  }));
  row("stocktake API, later counts p50, s (<= 0.3)", st([&](const StocktakeFigures& t) {
    double v = t.api_warm.Percentile(50) / 1000;
    ok = ok && v <= 0.3;
    return num(v, "%.3f ") + Verdict(v <= 0.3);
  }));
  row("SQL EXCEPT both ways on indexed tables, s", st([&](const StocktakeFigures& t) {
    return num(t.ExceptMs() / 1000, "%.3f");
  }));
  row("EXCEPT / API first count (target >= 3)", st([&](const StocktakeFigures& t) {
    double r = t.ExceptMs() / t.api_first_ms;
    ok = ok && r >= 3;
    return num(r, "%.1f ") + Verdict(r >= 3);
  }));
  row("EXCEPT / API later counts (target >= 3)", st([&](const StocktakeFigures& t) {
    double r = t.ExceptMs() / t.api_warm.Percentile(50);
    ok = ok && r >= 3;
    return num(r, "%.1f ") + Verdict(r >= 3);
  }));
  row("code index MiB now / peak (budget)", st([&](const StocktakeFigures& t) {
    return num(static_cast<double>(t.index_bytes) / (1 << 20), "%.0f/") +
           num(static_cast<double>(t.index_peak_bytes) / (1 << 20), "%.0f") +
           num(static_cast<double>(t.index_budget_bytes) / (1 << 20), "(%.0f)");
  }));
  row("backend wall time, s", [&](const Figures& f) { return num(f.wall_s, "%.0f"); });
  std::printf("durability:\n");
  for (const auto& f : all) std::printf("  %-10s %s\n", f.backend.c_str(), f.durability.c_str());
  std::printf("peak memory of the bench process (VmHWM): %.0f MiB\n", PeakRssMiB());
  std::printf("targets: %s\n", ok ? "HOLD" : "MISSED");
  return ok ? 0 : 1;
}
