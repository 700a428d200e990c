#include "explosives/magazine/magazine_capacity_rules.hpp"

#include <gtest/gtest.h>

#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::magazine {
namespace {

using catalogue::Milli;

MagazineLimits Mass(int64_t kg) {
  MagazineLimits l;
  l.net_mass_g = Milli(kg);
  return l;
}

CapacityApproval Document() {
  return {"鲁工信民爆〔2026〕12号", "山东省工业和信息化厅", core::Date{2026, 3, 1}, std::nullopt};
}

std::vector<std::string> Fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field + ":" + e.rule);
  return out;
}

const core::Date kToday{2026, 3, 1};

TEST(MagazineCapacityTest, EveryStoreNeedsARating) {
  struct Case {
    const char* name;
    MagazineLimits limits;
    bool rated;
  };
  MagazineLimits pieces;
  pieces.pieces = 1000;
  MagazineLimits product;
  product.product_quantity_milli["shock_tube"] = Milli(100);
  MagazineLimits zero;  // a rating of 0 is a rating (a store approved for nothing yet)
  zero.net_mass_g = 0;
  const Case cases[] = {{"none", {}, false},
                        {"net mass", Mass(100), true},
                        {"pieces", pieces, true},
                        {"product limit", product, true},
                        {"zero", zero, true}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(IsRated(c.limits), c.rated);
    auto errors = CheckRating(c.limits);
    if (c.rated) {
      EXPECT_TRUE(errors.empty());
    } else {
      ASSERT_EQ(errors.size(), 1u);
      EXPECT_EQ(errors[0].field, "rated_net_mass_kg");
      EXPECT_EQ(errors[0].rule, "rating_required");
      EXPECT_FALSE(errors[0].message_zh.empty());
    }
  }
}

TEST(MagazineCapacityTest, AChangeNeedsItsApprovingDocument) {
  CapacityApproval no_number = Document();
  no_number.document_number.clear();
  CapacityApproval no_issuer = Document();
  no_issuer.issuer.clear();
  CapacityApproval no_date = Document();
  no_date.approved_on.reset();
  CapacityApproval tomorrow = Document();
  tomorrow.approved_on = core::Date{2026, 3, 2};
  CapacityApproval earlier = Document();
  earlier.approved_on = core::Date{2025, 12, 31};
  struct Case {
    const char* name;
    MagazineLimits from, to;
    std::optional<CapacityApproval> approval;
    std::vector<std::string> refused;
  };
  const Case cases[] = {
      {"unchanged, no document", Mass(100), Mass(100), std::nullopt, {}},
      {"raised with document dated today", Mass(100), Mass(200), Document(), {}},
      {"lowered with an earlier document", Mass(200), Mass(100), earlier, {}},
      {"first rating of an unrated store", {}, Mass(100), Document(), {}},
      {"raised without document", Mass(100), Mass(200), std::nullopt,
       {"capacity_approval:capacity_approval_required"}},
      {"first rating without document", {}, Mass(100), std::nullopt,
       {"capacity_approval:capacity_approval_required"}},
      {"no number", Mass(100), Mass(200), no_number,
       {"capacity_approval.document_number:required"}},
      {"no issuer", Mass(100), Mass(200), no_issuer, {"capacity_approval.issuer:required"}},
      {"no date", Mass(100), Mass(200), no_date, {"capacity_approval.approved_on:required"}},
      {"dated tomorrow", Mass(100), Mass(200), tomorrow,
       {"capacity_approval.approved_on:approval_date_future"}},
      {"rating removed", Mass(100), {}, Document(), {"rated_net_mass_kg:rating_required"}},
      {"unrated stays unrated", {}, {}, std::nullopt, {"rated_net_mass_kg:rating_required"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(Fields(CheckCapacityChange(c.from, c.to, c.approval, kToday)), c.refused);
  }
}

TEST(MagazineCapacityTest, SameLimitsComparesEveryMeasure) {
  MagazineLimits a = Mass(100);
  MagazineLimits b = Mass(100);
  EXPECT_TRUE(SameLimits(a, b));
  b.pieces = 10;
  EXPECT_FALSE(SameLimits(a, b));
  b = a;
  b.product_quantity_milli["black_powder"] = Milli(1);
  EXPECT_FALSE(SameLimits(a, b));
}

}  // namespace
}  // namespace anjian::magazine
