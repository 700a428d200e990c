#include "explosives/voucher/voucher_service.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <set>
#include <stdexcept>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/hash_chain.hpp"
#include "qualifications/people/people_service.hpp"  // issue 15 §2: storekeeper certificates
#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/magazine/magazine_errors.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/magazine/magazine_storage_rules.hpp"
#include "explosives/packaging/packaging_service.hpp"
#include "explosives/voucher/counterparty_rules.hpp"
#include "explosives/voucher/voucher_errors.hpp"
#include "licensing/licence_checks/licence_gate_service.hpp"

namespace anjian::voucher {

namespace json = boost::json;

namespace {

json::value OptInt(const std::optional<int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::value CounterpartyAudit(CounterpartyRole role, const std::optional<Counterparty>& c) {
  if (!c || role == CounterpartyRole::kNone) return nullptr;
  return json::object{{"role", CounterpartyRoleValue(role)},
                      {"name", c->name},
                      {"uscc", c->uscc},
                      {"licence_no", c->licence_no},
                      {"transport_licence_no", c->transport_licence_no}};
}

// Custody and posting in one transaction; a unique-key refusal (a concurrent voucher booked the
// same code or reversed the same voucher first) becomes 409.
int64_t PostInTransaction(storage::Connection& conn, const PostInput& in,
                          const audit::Actor& actor, int64_t now,
                          const WithinPosting& within = {}) {
  try {
    storage::Transaction tx(conn);
    RequireCustody(conn, in.voucher.magazine_id, in.storekeeper_id, in.second_person_id);
    qualifications::RequireCustodyQualification(conn, in.storekeeper_id, in.second_person_id, now);
    const int64_t id = PostVoucher(conn, in, actor, now);
    if (within) within(conn, in.voucher, id);
    tx.Commit();
    return id;
  } catch (const storage::ConstraintError&) {
    throw ApiException{Err("posted_meanwhile").Conflict()};
  }
}

}  // namespace

int64_t PostVoucher(storage::Connection& conn, const PostInput& in, const audit::Actor& actor,
                    int64_t now) {
  const int64_t ent = in.enterprise_id;
  const Voucher& v = in.voucher;
  // 1. The enterprise's chain head serialises its posters (PostgreSQL row lock; SQLite's
  //    BEGIN IMMEDIATE already holds the database write lock).
  const std::string prev_hash = LockLedgerHead(conn, ent, core::GenesisHash());

  // 2. The magazines, locked in id order.
  api::Scope own{api::Scope::Kind::kEnterprise, "", ent};
  std::vector<int64_t> ids{v.magazine_id};
  if (v.target_magazine_id) ids.push_back(*v.target_magazine_id);
  std::sort(ids.begin(), ids.end());
  std::map<int64_t, magazine::MagazineRow> rows;
  for (int64_t id : ids)
    if (auto s = magazine::FindMagazine(conn, own, id, true)) rows.emplace(id, std::move(*s));
  if (!rows.count(v.magazine_id)) throw ApiException{Error::NotFound("store")};
  if (v.target_magazine_id && !rows.count(*v.target_magazine_id))
    core::Invalid(Err("target_store_unknown").At("target_store_id"));
  magazine::MagazineState state = magazine::LoadMagazineState(conn, rows.at(v.magazine_id));
  std::optional<magazine::MagazineState> target;
  if (v.target_magazine_id && *v.target_magazine_id != v.magazine_id)
    target = magazine::LoadMagazineState(conn, rows.at(*v.target_magazine_id));
  else if (v.target_magazine_id)
    target = state;

  // 3. The rules, against the locked books.
  const catalogue::Catalogue& products = catalogue::InForce();
  CheckOptions options;
  options.enterprise_id = ent;
  auto errors = CheckVoucher(
      v, state, target ? &*target : nullptr, products, magazine::StorageRulesInForce(),
      [&](const std::vector<std::string_view>& codes) { return LookupCodes(conn, codes); },
      options);
  const CounterpartyRole role = CounterpartyRoleOf(v.direction, v.reason, v.reversal);
  if (in.check_counterparty)
    for (auto& e : CheckCounterparty(role, v.counterparty)) errors.push_back(std::move(e));
  // The licence in force covers production and sales vouchers (issue 15 §1, setting licence_gate).
  for (auto& e : licence_checks::CheckVoucherLicence(
           conn, ent, v, in.posted_at.empty() ? core::IsoFromUnix(now) : in.posted_at))
    errors.push_back(std::move(e));
  if (!errors.empty()) core::Invalid(std::move(errors));

  // 4. Book it.
  const std::string now_iso = core::IsoFromUnix(now);
  const std::string posted_at = in.posted_at.empty() ? now_iso : in.posted_at;
  VoucherInsert row;
  row.enterprise_id = ent;
  row.region_path = rows.at(v.magazine_id).region_path;
  row.voucher = &v;
  row.reverses = in.reverses;
  row.storekeeper_id = in.storekeeper_id;
  row.second_person_id = in.second_person_id;
  row.posted_at = posted_at;
  row.prev_hash = prev_hash;
  const int64_t id = InsertVoucher(conn, row);
  if (v.counterparty && role != CounterpartyRole::kNone)
    InsertCounterparty(conn, id, CounterpartyRoleValue(role), *v.counterparty);
  std::set<std::string> touched;
  int64_t code_total = 0;
  json::array line_summary;
  if (v.direction == Direction::kIn) InsertInboundCodes(conn, v, ent);
  for (size_t i = 0; i < v.lines.size(); ++i) {
    const auto& line = v.lines[i];
    const int64_t line_no = static_cast<int64_t>(i + 1);
    touched.insert(line.product);
    InsertLine(conn, id, line_no, line);
    if (!MoveCodes(conn, v, line, line_no, id))
      throw ApiException{Err("codes_moved_meanwhile").Conflict()};
    code_total += static_cast<int64_t>(line.codes.size());
    line_summary.push_back(json::object{{"product_id", line.product},
                                        {"quantity_milli", line.quantity_milli},
                                        {"condition", ConditionValue(line.condition)},
                                        {"batch", line.batch},
                                        {"code_count", line.codes.size()}});
  }

  // 5. Balances, as the rules compute them after the voucher.
  ApplyVoucher(v, state, target ? &*target : nullptr, products);
  magazine::SaveBalances(conn, state.id, state.quantities, touched, state.holds_non_normal_goods,
                         now_iso);
  if (target && target->id != state.id)
    magazine::SaveBalances(conn, target->id, target->quantities, touched,
                           target->holds_non_normal_goods, now_iso);

  // 6. The chain.
  PostedVoucher posted{id,  ent, VoucherNumber(v, posted_at, id), posted_at,
                       in.storekeeper_id, in.second_person_id, in.reverses, v};
  const std::string hash = VoucherChainHash(prev_hash, posted);
  SetNumberAndHash(conn, id, posted.number, hash);
  AdvanceLedgerHead(conn, ent, id, hash);

  audit::Append(conn, actor, v.reversal ? "reverse" : "post", "voucher", std::to_string(id),
                nullptr,
                json::object{{"number", posted.number},
                             {"store_id", v.magazine_id},
                             {"target_store_id", OptInt(v.target_magazine_id)},
                             {"direction", DirectionValue(v.direction)},
                             {"reason", ReasonValue(v.reason)},
                             {"reverses_voucher_id", OptInt(in.reverses)},
                             {"storekeeper_id", in.storekeeper_id},
                             {"second_person_id", in.second_person_id},
                             {"code_count", code_total},
                             {"lines", std::move(line_summary)},
                             {"counterparty", CounterpartyAudit(role, v.counterparty)},
                             {"hash", hash}});
  return id;
}

int64_t PostAsStorekeeper(storage::Connection& conn, const api::Scope& scope, const Poster& poster,
                          Voucher voucher, const SecondPerson& second_person, int64_t now,
                          const WithinPosting& within) {
  magazine::RequireMagazine(conn, scope, voucher.magazine_id);
  packaging::ExpandVoucherPackages(conn, voucher);  // a scanned case or box stands for its codes
  PostInput post;
  post.voucher = std::move(voucher);
  post.enterprise_id = poster.enterprise_id;
  post.storekeeper_id = poster.user_id;
  post.check_counterparty = true;
  post.second_person_id = VerifySecondPerson(conn, second_person, poster.user_id,
                                             poster.enterprise_id, poster.policy, poster.actor);
  return PostInTransaction(conn, post, poster.actor, now, within);
}

VoucherRecord RequireVoucher(storage::Connection& conn, const api::Scope& scope, int64_t id) {
  auto r = LoadVoucher(conn, scope, id);
  if (!r) throw ApiException{Error::NotFound("voucher")};
  return std::move(*r);
}

int64_t ReverseAsStorekeeper(storage::Connection& conn, const Poster& poster,
                             const VoucherRecord& original, const SecondPerson& second_person,
                             int64_t now) {
  if (original.posted.voucher.reversal)
    throw ApiException{Err("reversal_reversed").Conflict()};
  if (original.reversed_by) throw ApiException{Err("already_reversed").Conflict()};
  PostInput post;
  post.voucher = ReversalOf(original.posted);
  post.enterprise_id = poster.enterprise_id;
  post.storekeeper_id = poster.user_id;
  post.reverses = original.posted.id;
  post.second_person_id = VerifySecondPerson(conn, second_person, poster.user_id,
                                             poster.enterprise_id, poster.policy, poster.actor);
  return PostInTransaction(conn, post, poster.actor, now);
}

std::optional<VoucherRecord> FindVoucher(storage::Connection& conn, const api::Scope& scope,
                                         int64_t id) {
  return LoadVoucher(conn, scope, id);
}

std::pair<std::vector<VoucherRecord>, int64_t> ListVoucherPage(storage::Connection& conn,
                                                               const api::Scope& scope,
                                                               const VoucherFilter& filter,
                                                               int64_t page, int64_t size) {
  return ListVouchers(conn, scope, filter, size, (page - 1) * size);
}

CodeMoves TraceCodeMoves(storage::Connection& conn, const api::Scope& scope,
                         const std::string& code) {
  return TraceCode(conn, scope, code);
}

namespace {

// Stock equals the sum of the movements; codes are where their last movement put them.
void CheckBooks(storage::Connection& conn, std::vector<std::string>& errors) {
  constexpr size_t kMax = 20;
  using Key = std::pair<int64_t, std::string>;
  std::map<Key, int64_t> expected;
  for (const auto& s : VoucherSums(conn))
    if (s.quantity_milli != 0) expected[{s.magazine_id, s.product_id}] = s.quantity_milli;
  std::map<Key, int64_t> booked;
  for (const auto& b : magazine::AllBalances(conn))
    if (b.quantity_milli != 0) booked[{b.magazine_id, b.product_id}] = b.quantity_milli;
  auto describe = [](const Key& k, int64_t vouchers, int64_t stock) {
    return "store " + std::to_string(k.first) + " product " + k.second + ": vouchers sum to " +
           catalogue::FormatMilli(vouchers) + ", stock balance says " +
           catalogue::FormatMilli(stock);
  };
  for (const auto& [k, q] : expected) {
    auto it = booked.find(k);
    int64_t b = it == booked.end() ? 0 : it->second;
    if (b != q && errors.size() < kMax) errors.push_back(describe(k, q, b));
  }
  for (const auto& [k, b] : booked)
    if (!expected.count(k) && errors.size() < kMax) errors.push_back(describe(k, 0, b));

  if (int64_t n = MisplacedCodes(conn); n > 0)
    errors.push_back(std::to_string(n) + " codes are not where their last movement put them");
  const auto orphans = CountOrphans(conn);
  if (orphans.movements > 0)
    errors.push_back(std::to_string(orphans.movements) + " code movements belong to no voucher");
  if (orphans.codes > 0)
    errors.push_back(std::to_string(orphans.codes) +
                     " codes are in stock in a store that does not exist");
  if (orphans.unmoved_codes > 0)
    errors.push_back(std::to_string(orphans.unmoved_codes) +
                     " codes are in stock without any voucher bringing them in");
}

}  // namespace

VerifyResult VerifyLedger(storage::Connection& conn) {
  VerifyResult result;
  const api::Scope all = magazine::AllScope();
  for (const int64_t ent : LedgerEnterprises(conn)) {
    ++result.enterprises;
    const auto ids = VoucherIdsOf(conn, ent);
    std::vector<ChainedVoucher> chain;
    chain.reserve(ids.size());
    for (const int64_t id : ids) {
      auto r = LoadVoucher(conn, all, id);
      if (!r) continue;
      chain.push_back({std::move(r->posted), std::move(r->prev_hash), std::move(r->hash)});
    }
    result.vouchers += static_cast<int64_t>(chain.size());
    if (auto bad = FirstBrokenVoucher(chain, core::GenesisHash())) {
      result.first_bad_voucher = *bad;
      result.enterprise_id = ent;
      result.reason = "voucher content or link does not match its hash";
      return result;
    }
    const auto head = LedgerHeadOf(conn, ent);
    const int64_t last_id = chain.empty() ? 0 : chain.back().posted.id;
    const std::string last_hash = chain.empty() ? core::GenesisHash() : chain.back().hash;
    if (!head || head->last_voucher_id != last_id || head->last_hash != last_hash) {
      result.first_bad_voucher = head ? head->last_voucher_id : last_id;
      result.enterprise_id = ent;
      result.reason = "chain head does not match the last voucher (vouchers deleted?)";
      return result;
    }
  }
  CheckBooks(conn, result.book_errors);
  return result;
}

}  // namespace anjian::voucher
