#include "explosives/magazine/capacity_request_rules.hpp"

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

std::vector<std::string> Fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field + ":" + e.rule);
  return out;
}

using V = std::vector<std::string>;

TEST(CapacityRequestRulesTest, TheEditMayNotTouchTheRating) {
  MagazineLimits both = Mass(100);
  both.pieces = 500;
  both.product_quantity_milli["shock_tube"] = Milli(10);
  MagazineLimits other_pieces = both;
  other_pieces.pieces = 600;
  MagazineLimits no_mass = both;
  no_mass.net_mass_g.reset();
  MagazineLimits other_product = both;
  other_product.product_quantity_milli["shock_tube"] = Milli(11);
  MagazineLimits dropped_product = both;
  dropped_product.product_quantity_milli.clear();
  MagazineLimits added_product = both;
  added_product.product_quantity_milli["detonating_cord"] = Milli(1);
  struct Case {
    const char* name;
    MagazineLimits to;
    V fields;
  } cases[] = {
      {"unchanged", both, {}},
      {"pieces changed", other_pieces, {"rated_pieces:capacity_regulator_approval_required"}},
      {"net mass removed", no_mass, {"rated_net_mass_kg:capacity_regulator_approval_required"}},
      {"product limit changed", other_product,
       {"product_limits.shock_tube:capacity_regulator_approval_required"}},
      {"product limit dropped", dropped_product,
       {"product_limits.shock_tube:capacity_regulator_approval_required"}},
      {"product limit added", added_product,
       {"product_limits.detonating_cord:capacity_regulator_approval_required"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Fields(CheckRatingUntouched(both, c.to)), c.fields) << c.name;
}

TEST(CapacityRequestRulesTest, ARequestNamesNewLimitsItsDesignAndReason) {
  auto req = [](MagazineLimits l, std::optional<int64_t> file, std::string reason) {
    return CapacityRequestInput{std::move(l), file, std::move(reason)};
  };
  const MagazineLimits current = Mass(100);
  struct Case {
    const char* name;
    CapacityRequestInput in;
    bool pending;
    V fields;
  } cases[] = {
      {"complete", req(Mass(120), 7, "扩建"), false, {}},
      {"a lower rating is a change too", req(Mass(80), 7, "改建"), false, {}},
      {"unchanged", req(Mass(100), 7, "扩建"), false, {"rated_net_mass_kg:capacity_unchanged"}},
      {"unrated", req(MagazineLimits{}, 7, "扩建"), false, {"rated_net_mass_kg:rating_required"}},
      {"no design document", req(Mass(120), std::nullopt, "扩建"), false,
       {"design_file_id:required"}},
      {"no reason", req(Mass(120), 7, ""), false, {"reason:required"}},
      {"another pending", req(Mass(120), 7, "扩建"), true, {"store_id:capacity_request_pending"}},
  };
  for (const auto& c : cases)
    EXPECT_EQ(Fields(CheckCapacityRequest(current, c.in, c.pending)), c.fields) << c.name;
  // A first rating never approved (its request rejected) is filed again as it stands.
  EXPECT_TRUE(CheckCapacityRequest(current, req(Mass(100), 7, "补充设计文件"), false,
                                   /*rating_unapproved=*/true)
                  .empty());
}

TEST(CapacityRequestRulesTest, TheRegulatorDecidesOnceWithItsDocument) {
  const core::Date requested{2026, 3, 1}, today{2026, 3, 10};
  auto approve = [](std::string number, std::optional<core::Date> on, std::optional<int64_t> f) {
    CapacityDecision d;
    d.approve = true;
    d.document_number = std::move(number);
    d.approved_on = on;
    d.file_id = f;
    return d;
  };
  CapacityDecision reject;
  reject.reason = "设计未经安全评价";
  CapacityDecision bare_reject;
  struct Case {
    const char* name;
    std::string status;
    CapacityDecision d;
    V fields;
  } cases[] = {
      {"approved with its document", "pending", approve("鲁工信民爆〔2026〕9号", core::Date{2026, 3, 5}, 3), {}},
      {"approved on the request day", "pending", approve("9号", requested, 3), {}},
      {"approved today", "pending", approve("9号", today, 3), {}},
      {"no number, date or scan", "pending", approve("", std::nullopt, std::nullopt),
       {"document_number:required", "approved_on:required", "file_id:required"}},
      {"dated tomorrow", "pending", approve("9号", core::Date{2026, 3, 11}, 3),
       {"approved_on:approval_date_future"}},
      {"dated before the request", "pending", approve("9号", core::Date{2026, 2, 28}, 3),
       {"approved_on:approval_before_request"}},
      {"rejected with reasons", "pending", reject, {}},
      {"rejected without reasons", "pending", bare_reject, {"reason:required"}},
      {"approved twice", "approved", approve("9号", today, 3), {"status:capacity_request_decided"}},
      {"rejected after a rejection", "rejected", reject, {"status:capacity_request_decided"}},
  };
  for (const auto& c : cases)
    EXPECT_EQ(Fields(CheckCapacityDecision(c.status, c.d, requested, today)), c.fields) << c.name;
  EXPECT_EQ(RequestStatusZh("approved"), "已批准");
  EXPECT_EQ(RequestStatusZh("pending"), "待审批");
}

}  // namespace
}  // namespace anjian::magazine
