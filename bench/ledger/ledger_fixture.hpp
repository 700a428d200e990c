// The application as the server runs it, in process: a migrated database seeded with the demo
// city, the real Router and session store, and the benchmark's stores in the demo explosives
// producer (邹城恒安民爆, accounts mb.*). Posting goes through voucher::PostVoucher in one
// storage::Transaction, as POST /api/v1/vouchers does once the request is parsed and the second
// person has signed; lookups go through the Router.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "identity/session_service.hpp"
#include "platform/api/router.hpp"
#include "ceiling.hpp"

namespace anjian::bench {

class LedgerFixture {
 public:
  // `url`: SQLite file path or PostgreSQL URI of an empty database.
  explicit LedgerFixture(const std::string& url);
  ~LedgerFixture();

  // `count` stores named "<prefix>NNNN", each rated for `rated_pieces` detonators.
  std::vector<int64_t> AddStores(const std::string& prefix, int64_t count, int64_t rated_pieces);

  // Posts vouchers first..first+count-1 of the set (inbound, set.per_voucher codes each), one
  // transaction each, adding their timings to `into`.
  void Post(const CodeSet& set, int64_t first, int64_t count, RunResult& into);

  // What a database in service has done after a bulk load by the time it is asked again:
  // PostgreSQL a checkpoint and autovacuum's ANALYZE, SQLite a checkpoint of its WAL.
  void Settle();

  // GET /api/v1/detonator-codes/{code} through the Router as `user`: `lookups` random codes of
  // `set`. Throws unless every answer is 200 with one movement in the history.
  Samples Trace(const CodeSet& set, const std::string& user, int lookups, unsigned seed);

  // POST /api/v1/vouchers through the Router (JSON, the second person's password check,
  // the posted voucher read back): `count` vouchers of set's codes from `first_voucher` on.
  Samples PostThroughApi(const CodeSet& set, int64_t first_voucher, int count);
  // One second-person password check (libsodium crypto_pwhash_str_verify), median of 5, ms.
  double PasswordCheckMs();

  api::Response Call(const std::string& method, const std::string& target,
                     const std::string& body, const std::string& user);
  const std::string& Token(const std::string& user);

  api::Services svc;
  api::Router router;
  int64_t enterprise_id = 0, keeper_id = 0, second_person_id = 0;

 private:
  std::unique_ptr<identity::SessionService> sessions_;
  std::vector<std::pair<std::string, std::string>> tokens_;
};

}  // namespace anjian::bench
