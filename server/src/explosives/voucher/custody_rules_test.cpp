#include "explosives/voucher/custody_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::voucher {
namespace {


std::vector<std::string> Rules(const std::vector<FieldError>& errs) {
  std::vector<std::string> out;
  for (const auto& e : errs) out.push_back(e.rule);
  return out;
}

TEST(CustodyTest, AnAssignedStorekeeperWithAnotherSecondPersonPasses) {
  EXPECT_TRUE(CheckCustody({3, 7}, 7, 9).empty());
  EXPECT_TRUE(CheckCustody({3}, 3, 7).empty());
}

TEST(CustodyTest, AStoreWithoutStorekeeperTakesNothing) {
  auto errs = CheckCustody({}, 7, 9);
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0].field, "storekeeper");
  EXPECT_EQ(errs[0].rule, "store_has_no_storekeeper");
  EXPECT_FALSE(errs[0].message_zh.empty());
  EXPECT_FALSE(errs[0].message.empty());
}

TEST(CustodyTest, SomeoneNotAssignedIsRefused) {
  EXPECT_EQ(Rules(CheckCustody({3}, 7, 9)), std::vector<std::string>{"storekeeper_not_assigned"});
}

TEST(CustodyTest, TheSecondPersonMustBeSomeoneElse) {
  EXPECT_EQ(Rules(CheckCustody({7}, 7, 7)), std::vector<std::string>{"second_person_same"});
  EXPECT_EQ(Rules(CheckCustody({3}, 7, 7)),
            (std::vector<std::string>{"storekeeper_not_assigned", "second_person_same"}));
  // No second person known yet (checked elsewhere): only the assignment counts.
  EXPECT_TRUE(CheckCustody({7}, 7, 0).empty());
}

TEST(CustodyTest, OnlyAnAssignedStorekeeperCountsAStore) {
  EXPECT_TRUE(CheckCounter({3, 7}, 7).empty());
  auto errs = CheckCounter({3}, 7);
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0].field, "store_id");
  EXPECT_EQ(errs[0].rule, "storekeeper_not_assigned");
  EXPECT_FALSE(errs[0].message.empty());
  EXPECT_FALSE(errs[0].message_zh.empty());
  errs = CheckCounter({}, 7);
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0].field, "store_id");
  EXPECT_EQ(errs[0].rule, "store_has_no_storekeeper");
  EXPECT_FALSE(errs[0].message_zh.empty());
  // Nobody has id 0: an unknown counter is never taken for an assigned one.
  EXPECT_EQ(Rules(CheckCounter({3}, 0)), std::vector<std::string>{"storekeeper_not_assigned"});
}

}  // namespace
}  // namespace anjian::voucher
