#include "explosives/voucher/counterparty_rules.hpp"

#include <gtest/gtest.h>

#include <set>

#include "registry/uscc_rules.hpp"

namespace anjian::voucher {
namespace {

std::set<std::string> Problems(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field + ":" + e.rule);
  return out;
}

const std::string kUscc = registry::MakeUscc("91370811MA3C12345");

TEST(CounterpartyRules, RoleByDirectionAndReason) {
  struct Row {
    Direction d;
    Reason r;
    bool reversal;
    CounterpartyRole role;
  };
  const Row rows[] = {
      {Direction::kOut, Reason::kSale, false, CounterpartyRole::kBuyer},
      {Direction::kIn, Reason::kPurchase, false, CounterpartyRole::kSeller},
      {Direction::kIn, Reason::kTransferIn, false, CounterpartyRole::kTransport},
      {Direction::kOut, Reason::kTransferOut, false, CounterpartyRole::kTransport},
      // A transfer between two stores of the ledger leaves no premises on a licence of its own.
      {Direction::kTransfer, Reason::kTransferOut, false, CounterpartyRole::kNone},
      {Direction::kIn, Reason::kSale, true, CounterpartyRole::kNone},  // a sale's reversal
      {Direction::kIn, Reason::kProduction, false, CounterpartyRole::kNone},
      {Direction::kOut, Reason::kIssue, false, CounterpartyRole::kNone},
      {Direction::kOut, Reason::kDestruction, false, CounterpartyRole::kNone},
      {Direction::kOut, Reason::kStocktakeLoss, false, CounterpartyRole::kNone},
  };
  for (const auto& r : rows)
    EXPECT_EQ(CounterpartyRoleOf(r.d, r.r, r.reversal), r.role)
        << DirectionValue(r.d) << " " << ReasonValue(r.r) << " " << r.reversal;
}

TEST(CounterpartyRules, WhatEachRoleRequires) {
  ASSERT_EQ(kUscc.size(), 18u);
  const Counterparty buyer{"济宁矿业爆破有限公司", kUscc, "鲁公购2026-0012", ""};
  EXPECT_TRUE(CheckCounterparty(CounterpartyRole::kBuyer, buyer).empty());
  EXPECT_TRUE(CheckCounterparty(CounterpartyRole::kSeller, buyer).empty());
  EXPECT_EQ(Problems(CheckCounterparty(CounterpartyRole::kBuyer, std::nullopt)),
            (std::set<std::string>{"counterparty:counterparty_required"}));
  EXPECT_EQ(Problems(CheckCounterparty(CounterpartyRole::kSeller, Counterparty{})),
            (std::set<std::string>{"counterparty.name:required", "counterparty.uscc:required",
                                   "counterparty.licence_no:required"}));
  // A transport needs the other unit and the transport licence; a USCC, when given, is checked.
  EXPECT_EQ(Problems(CheckCounterparty(CounterpartyRole::kTransport, Counterparty{})),
            (std::set<std::string>{"counterparty.name:required",
                                   "counterparty.transport_licence_no:required"}));
  EXPECT_TRUE(
      CheckCounterparty(CounterpartyRole::kTransport, Counterparty{"兖州分库", "", "", "鲁运2026-7"})
          .empty());
  EXPECT_EQ(Problems(CheckCounterparty(CounterpartyRole::kNone, buyer)),
            (std::set<std::string>{"counterparty:counterparty_unexpected"}));
  EXPECT_TRUE(CheckCounterparty(CounterpartyRole::kNone, std::nullopt).empty());
}

TEST(CounterpartyRules, TheUsccIsCheckedAsGb32100) {
  std::string wrong_check = kUscc;
  wrong_check.back() = wrong_check.back() == '0' ? '1' : '0';
  const std::pair<std::string, std::string> rows[] = {
      {wrong_check, "counterparty.uscc:uscc_check_char"},
      {kUscc.substr(0, 17), "counterparty.uscc:uscc_length"},
      {"91ABCDEFMA3C12345" + kUscc.substr(17), "counterparty.uscc:uscc_region"},
      {kUscc.substr(0, 17) + "I", "counterparty.uscc:uscc_charset"},
  };
  for (const auto& [uscc, problem] : rows) {
    auto found = Problems(CheckCounterparty(CounterpartyRole::kBuyer,
                                            Counterparty{"某公司", uscc, "鲁公购1", ""}));
    EXPECT_TRUE(found.count(problem)) << uscc;
  }
}

}  // namespace
}  // namespace anjian::voucher
