#include "explosives/voucher/ledger_chain_rules.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "explosives/catalogue/quantity_rules.hpp"
#include "core/hash_chain.hpp"

namespace anjian::voucher {
namespace {

using catalogue::Milli;


PostedVoucher Sample(std::int64_t id) {
  PostedVoucher p;
  p.id = id;
  p.enterprise_id = 7;
  p.number = "RK-2025-" + std::to_string(id);
  p.posted_at = "2025-03-01T08:15:30.123Z";
  p.storekeeper_id = 11;
  p.second_person_id = 12;
  p.voucher = {Direction::kIn, Reason::kProduction, 3, std::nullopt, false,
               {{"electronic_detonator", Milli(2), {"3750101A00002", "3750101A00001"},
                 Condition::kNormal, "B-1"},
                {"industrial_explosive", 12500, {}, Condition::kNormal, "批次\"2\""}}};
  return p;
}

TEST(LedgerChainTest, CanonicalText) {
  EXPECT_EQ(
      CanonicalVoucherText(Sample(5)),
      R"({"v":1,"id":5,"enterprise_id":7,"number":"RK-2025-5","posted_at":"2025-03-01T08:15:30.123Z",)"
      R"("storekeeper_id":11,"second_person_id":12,"reverses":null,"direction":"in",)"
      R"("reason":"production","reversal":false,"store_id":3,"target_store_id":null,"lines":[)"
      R"({"product":"electronic_detonator","quantity_milli":2000,"condition":"normal","batch":"B-1",)"
      R"("codes":["3750101A00001","3750101A00002"]},)"
      R"({"product":"industrial_explosive","quantity_milli":12500,"condition":"normal",)"
      R"("batch":"批次\"2\"","codes":[]}]})");
  // The text parses back as JSON (a verifier or an auditor can read it).
  EXPECT_NO_THROW(boost::json::parse(CanonicalVoucherText(Sample(5))));
}

TEST(LedgerChainTest, CodeOrderDoesNotMatterButEverythingElseDoes) {
  const auto base = CanonicalVoucherText(Sample(5));
  auto reordered = Sample(5);
  std::swap(reordered.voucher.lines[0].codes[0], reordered.voucher.lines[0].codes[1]);
  EXPECT_EQ(CanonicalVoucherText(reordered), base);

  struct Case {
    const char* name;
    void (*mutate)(PostedVoucher&);
  };
  const Case cases[] = {
      {"id", [](auto& p) { p.id = 6; }},
      {"enterprise", [](auto& p) { p.enterprise_id = 8; }},
      {"number", [](auto& p) { p.number += "x"; }},
      {"time", [](auto& p) { p.posted_at = "2025-03-01T08:15:30.124Z"; }},
      {"storekeeper", [](auto& p) { p.storekeeper_id = 13; }},
      {"second person", [](auto& p) { p.second_person_id = 13; }},
      {"reverses", [](auto& p) { p.reverses = 4; }},
      {"direction", [](auto& p) { p.voucher.direction = Direction::kOut; }},
      {"reason", [](auto& p) { p.voucher.reason = Reason::kPurchase; }},
      {"reversal", [](auto& p) { p.voucher.reversal = true; }},
      {"store", [](auto& p) { p.voucher.magazine_id = 4; }},
      {"target", [](auto& p) { p.voucher.target_magazine_id = 4; }},
      {"product", [](auto& p) { p.voucher.lines[1].product = "black_powder"; }},
      {"quantity by one gram", [](auto& p) { p.voucher.lines[1].quantity_milli += 1; }},
      {"condition", [](auto& p) { p.voucher.lines[1].condition = Condition::kWaste; }},
      {"batch", [](auto& p) { p.voucher.lines[1].batch = "B-2"; }},
      {"a code", [](auto& p) { p.voucher.lines[0].codes[1] = "3750101A00003"; }},
      {"a code dropped", [](auto& p) { p.voucher.lines[0].codes.pop_back(); }},
      {"a code moved between lines",
       [](auto& p) {
         p.voucher.lines[1].codes.push_back(p.voucher.lines[0].codes.back());
         p.voucher.lines[0].codes.pop_back();
       }},
      {"lines swapped", [](auto& p) { std::swap(p.voucher.lines[0], p.voucher.lines[1]); }},
  };
  for (const auto& c : cases) {
    auto p = Sample(5);
    c.mutate(p);
    EXPECT_NE(CanonicalVoucherText(p), base) << c.name;
  }
}

std::vector<ChainedVoucher> BuildChain(int n) {
  std::vector<ChainedVoucher> chain;
  std::string prev = core::GenesisHash();
  for (int i = 0; i < n; ++i) {
    ChainedVoucher entry{Sample(100 + i), prev, ""};
    entry.hash = VoucherChainHash(prev, entry.posted);
    prev = entry.hash;
    chain.push_back(std::move(entry));
  }
  return chain;
}

TEST(LedgerChainTest, HashIsTheSharedChainHash) {
  const auto p = Sample(1);
  EXPECT_EQ(VoucherChainHash(core::GenesisHash(), p), core::ChainHash(core::GenesisHash(), CanonicalVoucherText(p)));
}

TEST(LedgerChainTest, FirstBrokenVoucher) {
  EXPECT_EQ(FirstBrokenVoucher({}, core::GenesisHash()), std::nullopt);
  EXPECT_EQ(FirstBrokenVoucher(BuildChain(5), core::GenesisHash()), std::nullopt);
  const auto chain = BuildChain(5);
  const std::vector<ChainedVoucher> tail(chain.begin() + 2, chain.end());
  EXPECT_EQ(FirstBrokenVoucher(tail, chain[1].hash), std::nullopt);

  struct Case {
    const char* name;
    void (*tamper)(std::vector<ChainedVoucher>&);
    std::optional<std::int64_t> expected;
  };
  const Case cases[] = {
      {"quantity edited", [](auto& c) { c[2].posted.voucher.lines[1].quantity_milli -= 1; }, 102},
      {"code swapped", [](auto& c) { c[0].posted.voucher.lines[0].codes[0] = "3750101A00009"; },
       100},
      {"second person changed", [](auto& c) { c[4].posted.second_person_id = 99; }, 104},
      {"voucher deleted", [](auto& c) { c.erase(c.begin() + 1); }, 102},
      {"vouchers swapped", [](auto& c) { std::swap(c[1], c[2]); }, 102},  // 102 now second
      {"rehashed after edit",
       [](auto& c) {
         c[1].posted.voucher.reason = Reason::kPurchase;
         c[1].hash = VoucherChainHash(c[1].prev_hash, c[1].posted);
       },
       102},
      {"code order changed (not tampering)",
       [](auto& c) {
         std::swap(c[3].posted.voucher.lines[0].codes[0], c[3].posted.voucher.lines[0].codes[1]);
       },
       std::nullopt},
  };
  for (const auto& c : cases) {
    auto tampered = BuildChain(5);
    c.tamper(tampered);
    EXPECT_EQ(FirstBrokenVoucher(tampered, core::GenesisHash()), c.expected) << c.name;
  }
}

}  // namespace
}  // namespace anjian::voucher
