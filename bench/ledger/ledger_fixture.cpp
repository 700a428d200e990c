#include "core/clock.hpp"
#include "ledger_fixture.hpp"

#include <boost/json.hpp>
#include <random>
#include <stdexcept>

#include "identity/password_hash.hpp"
#include "app/application.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"

namespace anjian::bench {

namespace json = boost::json;

namespace {

int64_t UserId(storage::Connection& conn, const std::string& username) {
  auto rs = conn.Query("SELECT id FROM users WHERE username = ?", {username});
  if (rs.empty()) throw std::runtime_error("no demo user " + username);
  return rs.Int(0, "id");
}

}  // namespace

LedgerFixture::LedgerFixture(const std::string& url) {
  svc.config.database_url = url;
  svc.config.demo = true;
  svc.config.threads = 2;
  app::PrepareDatabase(svc);
  sessions_ = std::make_unique<identity::SessionService>(svc);
  svc.sessions = sessions_.get();
  api::RegisterAllRoutes(router);
  auto conn = svc.db->Acquire();
  keeper_id = UserId(*conn, "mb.keeper");
  second_person_id = UserId(*conn, "mb.safety");
  enterprise_id = conn->Query("SELECT enterprise_id FROM users WHERE id = ?", {keeper_id})
                      .Int(0, "enterprise_id");
}

LedgerFixture::~LedgerFixture() {
  svc.sessions = nullptr;
  sessions_.reset();
  svc.db.reset();
}

std::vector<int64_t> LedgerFixture::AddStores(const std::string& prefix, int64_t count,
                                              int64_t rated_pieces) {
  std::vector<int64_t> ids;
  auto conn = svc.db->Acquire();
  storage::Transaction tx(*conn);
  for (int64_t i = 0; i < count; ++i) {
    magazine::MagazineInput in;
    char name[64];
    std::snprintf(name, sizeof name, "%s%04lld", prefix.c_str(), static_cast<long long>(i + 1));
    in.name = name;
    in.kind = magazine::MagazineKind::kMainMagazine;
    in.limits.pieces = rated_pieces;
    ids.push_back(magazine::AddMagazine(*conn, enterprise_id, in, svc.clock->Now()));
    // Only an assigned storekeeper posts a store's vouchers and counts it (the stocktake
    // figure uploads as mb.keeper) through the API.
    conn->Exec("INSERT INTO store_storekeepers (store_id, user_id, assigned_at) VALUES (?, ?, ?)",
               {ids.back(), keeper_id, core::SystemClockInstance().NowIso()});
  }
  tx.Commit();
  return ids;
}

void LedgerFixture::Post(const CodeSet& set, int64_t first, int64_t count, RunResult& into) {
  const audit::Actor actor{keeper_id, "mb.keeper", "127.0.0.1", core::SystemClockInstance().Now()};
  for (int64_t v = first; v < first + count; ++v) {
    voucher::PostInput in;
    in.voucher.direction = voucher::Direction::kIn;
    in.voucher.reason = voucher::Reason::kProduction;
    in.voucher.magazine_id = set.Store(v);
    voucher::VoucherLine line;
    line.product = set.product;
    line.codes = VoucherCodes(set, v);
    line.quantity_milli = catalogue::Milli(static_cast<int64_t>(line.codes.size()));
    line.batch = "BENCH";
    in.voucher.lines.push_back(std::move(line));
    in.enterprise_id = enterprise_id;
    in.storekeeper_id = keeper_id;
    in.second_person_id = second_person_id;
    const double t0 = NowSeconds();
    {
      auto conn = svc.db->Acquire();
      storage::Transaction tx(*conn);
      voucher::PostVoucher(*conn, in, actor, svc.clock->Now());
      tx.Commit();
    }
    const double s = NowSeconds() - t0;
    into.txn.Add(s * 1000.0);
    into.seconds += s;
    into.codes += set.per_voucher;
  }
}

void LedgerFixture::Settle() {
  auto conn = svc.db->Acquire();
  if (conn->dialect() == storage::Dialect::kPostgres) {
    conn->ExecScript("CHECKPOINT");
    conn->ExecScript("ANALYZE");
  } else {
    conn->Query("PRAGMA wal_checkpoint(TRUNCATE)");
  }
}

const std::string& LedgerFixture::Token(const std::string& user) {
  for (const auto& [u, t] : tokens_)
    if (u == user) return t;
  api::Request req;
  req.method = "POST";
  req.path = "/api/v1/auth/login";
  req.remote_ip = "127.0.0.1";
  req.body = json::serialize(json::object{{"username", user}, {"password", "Demo@2026"}});
  auto r = router.Handle(req, svc);
  if (r.status != 200) throw std::runtime_error("login as " + user + " failed: " + r.body);
  tokens_.emplace_back(user, std::string(json::parse(r.body).as_object().at("token").as_string()));
  return tokens_.back().second;
}

api::Response LedgerFixture::Call(const std::string& method, const std::string& target,
                                  const std::string& body, const std::string& user) {
  api::Request req;
  req.method = method;
  req.path = target;
  req.body = body;
  req.remote_ip = "127.0.0.1";
  req.headers["authorization"] = "Bearer " + Token(user);
  return router.Handle(req, svc);
}

Samples LedgerFixture::Trace(const CodeSet& set, const std::string& user, int lookups,
                             unsigned seed) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int64_t> voucher(0, set.vouchers - 1);
  std::uniform_int_distribution<int> serial(0, set.per_voucher - 1);
  Token(user);
  Samples s;
  for (int i = 0; i < lookups; ++i) {
    const std::string code = BenchCode(set.series, voucher(rng), serial(rng), set.per_voucher);
    const double t0 = NowSeconds();
    auto r = Call("GET", "/api/v1/detonator-codes/" + code, "", user);
    s.Add((NowSeconds() - t0) * 1000.0);
    if (r.status != 200) throw std::runtime_error("trace " + code + ": HTTP " + std::to_string(r.status) + " " + r.body);
    if (i % 97 == 0) {
      auto o = json::parse(r.body).as_object();
      if (o.at("history").as_array().size() != 1 || !o.at("in_stock").as_bool())
        throw std::runtime_error("trace " + code + ": unexpected answer " + r.body);
    }
  }
  return s;
}

Samples LedgerFixture::PostThroughApi(const CodeSet& set, int64_t first_voucher, int count) {
  Samples s;
  for (int64_t v = first_voucher; v < first_voucher + count; ++v) {
    json::array codes;
    for (auto& c : VoucherCodes(set, v)) codes.emplace_back(c);
    json::object body{
        {"store_id", set.Store(v)},
        {"direction", "in"},
        {"reason", "production"},
        {"lines", json::array{json::object{{"product_id", set.product},
                                           {"batch", "BENCH"},
                                           {"codes", std::move(codes)}}}},
        {"second_person", json::object{{"username", "mb.safety"}, {"password", "Demo@2026"}}}};
    const std::string text = json::serialize(body);
    const double t0 = NowSeconds();
    auto r = Call("POST", "/api/v1/vouchers", text, "mb.keeper");
    s.Add((NowSeconds() - t0) * 1000.0);
    if (r.status != 201)
      throw std::runtime_error("POST /api/v1/vouchers: HTTP " + std::to_string(r.status) + " " +
                               r.body.substr(0, 400));
  }
  return s;
}

double LedgerFixture::PasswordCheckMs() {
  auto conn = svc.db->Acquire();
  const std::string hash =
      conn->Query("SELECT password_hash FROM users WHERE id = ?", {second_person_id})
          .Text(0, "password_hash");
  Samples s;
  for (int i = 0; i < 5; ++i) {
    const double t0 = NowSeconds();
    if (!identity::VerifyPassword(hash, "Demo@2026")) throw std::runtime_error("password check");
    s.Add((NowSeconds() - t0) * 1000.0);
  }
  return s.Percentile(50);
}

}  // namespace anjian::bench
