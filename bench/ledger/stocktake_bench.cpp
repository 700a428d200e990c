#include "stocktake_bench.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cstdio>
#include <random>
#include <set>
#include <stdexcept>

#include "explosives/voucher/stock_code_index.hpp"
#include "explosives/voucher/stock_code_warmup.hpp"

namespace anjian::bench {

namespace json = boost::json;

namespace {

api::Response Upload(LedgerFixture& fx, int64_t store, const std::string& body) {
  api::Request req;
  req.method = "POST";
  req.path = "/api/v1/stocktakes";
  req.query["store_id"] = std::to_string(store);
  req.body = body;
  req.remote_ip = "127.0.0.1";
  req.headers["authorization"] = "Bearer " + fx.Token("mb.keeper");
  req.headers["content-type"] = "text/plain";
  req.headers["x-filename"] = "count.txt";
  return fx.router.Handle(req, fx.svc);
}

std::vector<std::string> Strings(const json::value& v) {
  std::vector<std::string> out;
  for (const auto& s : v.as_array()) out.emplace_back(s.as_string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

StocktakeFigures RunStocktake(LedgerFixture& fx, int64_t book_codes, int64_t difference,
                              int warm_runs) {
  StocktakeFigures f;
  f.book_codes = book_codes;
  f.missing = f.extra = difference;
  CodeSet set;
  set.series = 2;
  set.vouchers = book_codes / 1000;
  set.enterprise_id = fx.enterprise_id;
  set.store_ids = fx.AddStores("盘点基准库", 1, 2 * book_codes);
  const int64_t store = set.store_ids[0];
  const double t0 = NowSeconds();
  RunResult posted;
  fx.Post(set, 0, set.vouchers, posted);
  f.setup_s = NowSeconds() - t0;

  // The count: every code but `difference` of them, plus `difference` never booked, shuffled.
  std::mt19937_64 rng(7);
  std::vector<std::string> counted;
  counted.reserve(static_cast<size_t>(book_codes + difference));
  for (int64_t v = 0; v < set.vouchers; ++v)
    for (auto& c : VoucherCodes(set, v)) counted.push_back(std::move(c));
  std::shuffle(counted.begin(), counted.end(), rng);
  std::vector<std::string> missing(counted.end() - difference, counted.end());
  counted.resize(counted.size() - static_cast<size_t>(difference));
  std::vector<std::string> extra;
  for (int64_t i = 0; i < difference; ++i)
    extra.push_back(BenchCode(3, i / 1000, static_cast<int>(i % 1000)));
  counted.insert(counted.end(), extra.begin(), extra.end());
  std::shuffle(counted.begin(), counted.end(), rng);
  std::sort(missing.begin(), missing.end());
  std::sort(extra.begin(), extra.end());
  std::string body;
  body.reserve(counted.size() * 14);
  for (const auto& c : counted) (body += c) += '\n';
  f.body_bytes = body.size();

  auto count = [&](bool check) {
    const double s = NowSeconds();
    auto r = Upload(fx, store, body);
    const double ms = (NowSeconds() - s) * 1000.0;
    if (r.status != 201)
      throw std::runtime_error("POST /api/v1/stocktakes: HTTP " + std::to_string(r.status) + " " +
                               r.body.substr(0, 400));
    if (check) {
      auto o = json::parse(r.body).as_object();
      if (Strings(o.at("missing_codes")) != missing || Strings(o.at("extra_codes")) != extra)
        throw std::runtime_error("stocktake variance differs from the codes left out and added");
    }
    return ms;
  };
  std::printf("   stocktake: %s codes booked in %.0f s, counting\n", Thousands(book_codes).c_str(),
              f.setup_s);
  std::fflush(stdout);
  // Cold: the count reads the store's codes itself (it arrived before the warm-up reached its
  // store, or warm-up is off). Then a restart as `anjian serve` does it: the index is empty and
  // the background warm-up loads every store holding codes; the first count comes after it.
  voucher::ForgetStockCodes();
  f.api_cold_ms = count(true);
  voucher::ForgetStockCodes();
  voucher::ResetStockCodesPeak();
  {
    voucher::StockCodesWarmer warmer(fx.svc.db.get(), *fx.svc.db);
    const auto w = warmer.Wait();
    f.warmup_s = w.seconds;
    f.warmup_stores = w.magazines_warmed;
  }
  std::printf("   stocktake: warm-up after restart %d stores in %.1f s\n", f.warmup_stores,
              f.warmup_s);
  std::fflush(stdout);
  f.api_first_ms = count(true);
  for (int i = 0; i < warm_runs; ++i) f.api_warm.Add(count(i == 0));
  const auto ix = voucher::StockCodesStatsNow();
  f.index_bytes = ix.bytes;
  f.index_peak_bytes = ix.peak_bytes;
  f.index_budget_bytes = ix.budget_bytes;

  // The same two differences in SQL, the counted codes in an indexed table beside the books.
  auto conn = fx.svc.db->Acquire();
  const bool pg = conn->dialect() == storage::Dialect::kPostgres;
  conn->ExecScript(std::string("DROP TABLE IF EXISTS bench_counted; CREATE TABLE bench_counted "
                               "(code ") + (pg ? "TEXT COLLATE \"C\"" : "TEXT") + " PRIMARY KEY)");
  {
    storage::Transaction tx(*conn);
    constexpr size_t kChunk = 500;
    for (size_t i = 0; i < counted.size(); i += kChunk) {
      const size_t end = std::min(counted.size(), i + kChunk);
      std::string sql = "INSERT INTO bench_counted (code) VALUES ";
      std::vector<storage::Value> params;
      for (size_t j = i; j < end; ++j) {
        sql += j == i ? "(?)" : ",(?)";
        params.emplace_back(counted[j]);
      }
      conn->Exec(sql, params);
    }
    tx.Commit();
  }
  conn->ExecScript(pg ? "ANALYZE bench_counted; ANALYZE detonator_codes" : "ANALYZE");
  auto timed = [&](const std::string& sql, int64_t expect) {
    const double s = NowSeconds();
    auto rs = conn->Query(sql, {store});
    const double ms = (NowSeconds() - s) * 1000.0;
    if (static_cast<int64_t>(rs.size()) != expect)
      throw std::runtime_error("EXCEPT found " + std::to_string(rs.size()) + " codes in: " + sql);
    return ms;
  };
  f.except_missing_ms = timed(
      "SELECT code FROM detonator_codes WHERE store_id = ? EXCEPT SELECT code FROM bench_counted",
      difference);
  f.except_extra_ms = timed(
      "SELECT code FROM bench_counted EXCEPT SELECT code FROM detonator_codes WHERE store_id = ?",
      difference);
  conn->ExecScript("DROP TABLE bench_counted");
  return f;
}

}  // namespace anjian::bench
