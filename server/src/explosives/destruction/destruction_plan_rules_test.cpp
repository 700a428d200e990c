#include "explosives/destruction/destruction_plan_rules.hpp"

#include <gtest/gtest.h>

#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::destruction {
namespace {

std::vector<std::string> Rules(const std::vector<FieldError>& errs) {
  std::vector<std::string> out;
  for (const auto& e : errs) out.push_back(e.field + ":" + e.rule);
  return out;
}

TEST(DestructionPlanRulesTest, NumberIsTheDateAndTheId) {
  EXPECT_EQ(PlanNumber("2026-12-06", 42), "XH20261206-000042");
  EXPECT_EQ(PlanNumber("2026-01-05", 1234567), "XH20260105-1234567");
}

TEST(DestructionPlanRulesTest, ReportsGoToTheProvinceAuthorityOrTheCountyPolice) {
  EXPECT_EQ(ReportKindOf("province"), "reported_province");
  EXPECT_EQ(ReportKindOf("police"), "reported_police");
  EXPECT_FALSE(ReportKindOf("regulator"));
  EXPECT_FALSE(ReportKindOf(""));
  EXPECT_TRUE(IsPlanReason("expired"));
  EXPECT_TRUE(IsPlanReason("seized"));
  EXPECT_FALSE(IsPlanReason("lost"));
}

TEST(DestructionPlanRulesTest, StatusFollowsTheReportsAndTheExecution) {
  struct Case {
    std::set<std::string> kinds;
    const char* want;
  };
  const Case cases[] = {
      {{"created"}, "draft"},
      {{"created", "reported_police"}, "reporting"},
      {{"created", "reported_province"}, "reporting"},
      {{"created", "reported_province", "reported_police"}, "reported"},
      {{"created", "reported_province", "reported_police", "closed"}, "closed"},
  };
  for (const auto& c : cases) EXPECT_EQ(PlanStatus(c.kinds), c.want);
}

TEST(DestructionPlanRulesTest, PlanItemsAreKnownListedOnceAndCodedByCode) {
  const auto products = catalogue::DefaultCatalogue();
  struct Case {
    const char* name;
    std::vector<PlanItem> items;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      {"explosive by quantity", {{"industrial_explosive", catalogue::Milli(25), {}}}, {}},
      {"detonators by code",
       {{"electronic_detonator", 0, {"3760315A90001", "3760315A90002"}}},
       {}},
      {"nothing", {}, {"items:destruction_items_required"}},
      {"unknown product", {{"plutonium", 1000, {}}}, {"items[0].product_id:product_unknown"}},
      {"twice",
       {{"industrial_explosive", 1000, {}}, {"industrial_explosive", 2000, {}}},
       {"items[1].product_id:destruction_item_duplicate"}},
      {"no quantity", {{"industrial_explosive", 0, {}}}, {"items[0].quantity:destruction_quantity_invalid"}},
      {"detonators without codes",
       {{"electronic_detonator", 5000, {}}},
       {"items[0].codes:destruction_codes_required"}},
      {"a code twice",
       {{"electronic_detonator", 0, {"3760315A90001", "3760315A90001"}}},
       {"items[0].codes[1]:destruction_code_duplicate"}},
      {"codes on an uncoded product",
       {{"industrial_explosive", 1000, {"X1"}}},
       {"items[0].codes:product_not_coded"}},
  };
  for (auto c : cases) {
    EXPECT_EQ(Rules(CheckPlanItems(c.items, products)), c.want) << c.name;
  }
  std::vector<PlanItem> coded{{"electronic_detonator", 0, {"3760315A90001", "3760315A90002"}}};
  CheckPlanItems(coded, products);
  EXPECT_EQ(coded[0].quantity_milli, catalogue::Milli(2));  // the count of its codes
}

TEST(DestructionPlanRulesTest, ExecutionNeedsBothReportsAndStaysWithinThePlan) {
  const std::vector<PlanItem> plan = {
      {"industrial_explosive", catalogue::Milli(25), {}},
      {"electronic_detonator", catalogue::Milli(2), {"3760315A90001", "3760315A90002"}},
  };
  const std::set<std::string> both{"created", "reported_province", "reported_police"};
  auto line = [](const char* product, int64_t milli, std::vector<std::string> codes) {
    voucher::VoucherLine l;
    l.product = product;
    l.quantity_milli = milli;
    l.codes = std::move(codes);
    return l;
  };
  struct Case {
    const char* name;
    std::set<std::string> kinds;
    std::vector<voucher::VoucherLine> lines;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      {"all of it", both,
       {line("industrial_explosive", catalogue::Milli(25), {}),
        line("electronic_detonator", catalogue::Milli(2), {"3760315A90001", "3760315A90002"})},
       {}},
      {"part of it", both, {line("industrial_explosive", catalogue::Milli(10), {})}, {}},
      {"no report",
       {"created"},
       {line("industrial_explosive", catalogue::Milli(10), {})},
       {"destruction.plan_id:destruction_province_report_missing",
        "destruction.plan_id:destruction_police_report_missing"}},
      {"police report only",
       {"created", "reported_police"},
       {line("industrial_explosive", catalogue::Milli(10), {})},
       {"destruction.plan_id:destruction_province_report_missing"}},
      {"province report only",
       {"created", "reported_province"},
       {line("industrial_explosive", catalogue::Milli(10), {})},
       {"destruction.plan_id:destruction_police_report_missing"}},
      {"over the plan", both,
       {line("industrial_explosive", catalogue::Milli(26), {})},
       {"lines[0].quantity:destruction_quantity_over_plan"}},
      {"over the plan over two lines (named once)", both,
       {line("industrial_explosive", catalogue::Milli(20), {}),
        line("industrial_explosive", catalogue::Milli(6), {}),
        line("industrial_explosive", catalogue::Milli(1), {})},
       {"lines[1].quantity:destruction_quantity_over_plan"}},
      {"goods outside the plan", both,
       {line("black_powder", catalogue::Milli(1), {})},
       {"lines[0].product_id:destruction_goods_outside_plan"}},
      {"a code outside the plan", both,
       {line("electronic_detonator", catalogue::Milli(1), {"3760315A90009"})},
       {"lines[0].codes[0]:destruction_code_outside_plan"}},
  };
  for (const auto& c : cases)
    EXPECT_EQ(Rules(CheckExecution(c.kinds, plan, c.lines, "destruction.plan_id")), c.want)
        << c.name;
}

}  // namespace
}  // namespace anjian::destruction
