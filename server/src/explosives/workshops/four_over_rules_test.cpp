// Table tests of 四超 (each criterion at its bound) and of the workshop's limits.
#include "explosives/workshops/four_over_rules.hpp"

#include <gtest/gtest.h>

#include "core/china_time.hpp"
#include "explosives/workshops/workshop_rules.hpp"

namespace anjian::workshops {
namespace {

std::vector<std::string> Subjects(const std::vector<FourOverFinding>& fs) {
  std::vector<std::string> out;
  for (const auto& f : fs) out.push_back(std::string(CriterionValue(f.criterion)) + " " + f.subject);
  return out;
}

std::vector<std::string> Rules(const std::vector<FieldError>& errs) {
  std::vector<std::string> out;
  for (const auto& e : errs) out.push_back(e.field + ":" + e.rule);
  return out;
}

using V = std::vector<std::string>;

TEST(FourOverRulesTest, CriteriaRoundTrip) {
  for (auto c : AllCriteria()) {
    EXPECT_EQ(ParseCriterion(CriterionValue(c)), c);
    EXPECT_FALSE(CriterionLabelZh(c).empty());
    EXPECT_FALSE(CriterionLabelEn(c).empty());
  }
  EXPECT_EQ(ParseCriterion("other"), std::nullopt);
  EXPECT_EQ(AllCriteria().size(), 5u);
}

TEST(FourOverRulesTest, OutputAgainstTheLicenceAtTheBound) {
  const std::vector<LicensedEntry> lic = {{"industrial_explosive", 1000000, "kg"},
                                          {"electronic_detonator", 500000, "发"}};
  struct Case {
    const char* name;
    std::vector<Produced> produced;
    V want;
  };
  const Case cases[] = {
      {"nothing produced", {}, {}},
      {"exactly the annual quantity",
       {{"emulsion", "industrial_explosive", "乳化炸药", "kg", 1000000}},
       {}},
      {"one thousandth over",
       {{"emulsion", "industrial_explosive", "乳化炸药", "kg", 1000001}},
       {"output licence_scope:industrial_explosive"}},
      {"two products of one kind share the entry",
       {{"emulsion", "industrial_explosive", "乳化炸药", "kg", 600000},
        {"anfo", "industrial_explosive", "铵油炸药", "kg", 400001}},
       {"output licence_scope:industrial_explosive"}},
      {"a product the licence does not cover",
       {{"cord", "detonating_cord", "导爆索", "m", 1}},
       {"product_type product:cord"}},
      {"nothing of an unlicensed type is not a finding",
       {{"cord", "detonating_cord", "导爆索", "m", 0}},
       {}},
  };
  for (const auto& c : cases) EXPECT_EQ(Subjects(CheckOutput(c.produced, lic, 2026)), c.want) << c.name;
  // The product's own entry is preferred to its kind's.
  const std::vector<LicensedEntry> own = {{"industrial_explosive", 10000000, "kg"},
                                          {"emulsion", 1000, "kg"}};
  auto f = CheckOutput({{"emulsion", "industrial_explosive", "乳化炸药", "kg", 1001}}, own, 2026);
  ASSERT_EQ(Subjects(f), V{"output licence_scope:emulsion"});
  EXPECT_EQ(f[0].measured, "1.001kg");
  EXPECT_EQ(f[0].limit, "1kg");
  EXPECT_NE(f[0].detail_zh.find("超过许可年产量"), std::string::npos);
}

TEST(FourOverRulesTest, HoursOutsideThePermittedWindow) {
  // 08:00–18:00 China time.
  const HoursTest day = [](const core::Date&, int m) { return m >= 8 * 60 && m < 18 * 60; };
  const core::Date d{2026, 12, 7};
  auto at = [&](int minute) { return core::UnixFromLocal(d, minute); };
  struct Case {
    int minute;
    bool finding;
  };
  const Case cases[] = {{8 * 60 - 1, true}, {8 * 60, false}, {18 * 60 - 1, false},
                        {18 * 60, true},    {0, true},       {12 * 60, false}};
  for (const auto& c : cases) {
    auto f = CheckHours({{"出入库单 CK-1", at(c.minute)}}, day, "08:00–18:00");
    EXPECT_EQ(f.size(), c.finding ? 1u : 0u) << c.minute;
    if (c.finding) {
      EXPECT_EQ(f[0].subject, "day:2026-12-07");
      EXPECT_EQ(f[0].limit, "08:00–18:00");
      EXPECT_EQ(f[0].measured, "2026-12-07 " + core::FormatLocal(d, c.minute).substr(11));
    }
  }
  // Two events out of hours on one day are one finding; the next day is another.
  auto f = CheckHours({{"出入库单 CK-1", at(20 * 60)},
                       {"危险工房 装药工房 5 人", at(21 * 60 + 30)},
                       {"出入库单 CK-2", at(12 * 60)},
                       {"出入库单 CK-3", core::UnixFromLocal({2026, 12, 8}, 6 * 60)}},
                      day, "08:00–18:00");
  ASSERT_EQ(Subjects(f), (V{"hours day:2026-12-07", "hours day:2026-12-08"}));
  EXPECT_EQ(f[0].measured, "2026-12-07 20:00、21:30");
  EXPECT_EQ(f[0].detail_zh,
            "2026-12-07 在许可作业时间（08:00–18:00）以外作业 2 次：20:00 出入库单 CK-1；21:30 "
            "危险工房 装药工房 5 人");
}

TEST(FourOverRulesTest, HoursWindowAsPeopleReadIt) {
  EXPECT_EQ(HoursWindowZh("", "", ""), "全天");
  EXPECT_EQ(HoursWindowZh("", "08:00", "18:00"), "08:00–18:00");
  EXPECT_EQ(HoursWindowZh("12345", "08:00", "18:00"), "08:00–18:00（周一、周二、周三、周四、周五）");
  EXPECT_EQ(HoursWindowZh("67", "", ""), "全天（周六、周日）");
}

TEST(FourOverRulesTest, StorageOverTheRatedCapacityOrTheQuantityLimit) {
  struct Case {
    const char* name;
    StoredAmount a;
    bool finding;
  };
  const Case cases[] = {
      {"at the capacity", {"store:1", "1号库", false, Measure::kNetMassG, 5000000, 5000000}, false},
      {"a gram over", {"store:1", "1号库", false, Measure::kNetMassG, 5000001, 5000000}, true},
      {"not rated in that measure", {"store:1", "1号库", false, Measure::kPieces, 10, std::nullopt}, false},
      {"workshop at 定量", {"workshop:2", "装药工房", true, Measure::kNetMassG, 100000, 100000}, false},
      {"workshop over 定量", {"workshop:2", "装药工房", true, Measure::kNetMassG, 150000, 100000}, true},
      {"pieces over", {"workshop:3", "装配工房", true, Measure::kPieces, 2001, 2000}, true},
  };
  for (const auto& c : cases) EXPECT_EQ(CheckStorage({c.a}).size(), c.finding ? 1u : 0u) << c.name;
  auto f = CheckStorage({{"workshop:2", "装药工房", true, Measure::kNetMassG, 150000, 100000}});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].measured, "150 kg");
  EXPECT_EQ(f[0].limit, "100 kg");
  EXPECT_EQ(f[0].detail_zh, "危险工房“装药工房”存药 150 kg，超过危险品定量 100 kg");
  EXPECT_EQ(FormatMeasure(Measure::kPieces, 2001), "2001 发");
}

TEST(FourOverRulesTest, StaffingOverTheMaximumAllowed) {
  struct Case {
    int64_t people, max;
    bool finding;
  };
  const Case cases[] = {{0, 6, false}, {6, 6, false}, {7, 6, true}, {100, 6, true}};
  for (const auto& c : cases)
    EXPECT_EQ(CheckStaffing({{"workshop:1", "装药工房", c.people, c.max}}).size(),
              c.finding ? 1u : 0u)
        << c.people;
  auto f = CheckStaffing({{"workshop:1", "装药工房", 7, 6}});
  EXPECT_EQ(f[0].detail_zh, "危险工房“装药工房”现场 7 人，超过最大允许定员 6 人");
}

TEST(WorkshopRulesTest, LimitsAreWholeAndConsistent) {
  struct Case {
    const char* name;
    WorkshopLimits l;
    V want;
  };
  const Case cases[] = {
      {"fine", {4, 6, 100.0, "kg"}, {}},
      {"max equal to staff", {4, 4, 0.001, "kg"}, {}},
      {"max below staff", {4, 3, 100.0, "kg"}, {"max_allowed_people:workshop_max_below_staff"}},
      {"staff zero", {0, 3, 100.0, "kg"}, {"operating_staff:range"}},
      {"max too big", {1, 1001, 100.0, "kg"}, {"max_allowed_people:range"}},
      {"quantity zero", {1, 1, 0.0, "kg"}, {"quantity_limit:workshop_quantity_invalid"}},
      {"fractional pieces", {1, 1, 2.5, "pieces"}, {"quantity_limit:workshop_quantity_invalid"}},
      {"whole pieces", {1, 1, 2000.0, "pieces"}, {}},
  };
  for (const auto& c : cases) EXPECT_EQ(Rules(CheckLimits(c.l)), c.want) << c.name;
  EXPECT_EQ(StoredQuantity(100.5, "kg"), 100500);
  EXPECT_EQ(StoredQuantity(2000, "pieces"), 2000);
  EXPECT_EQ(StoredQuantity(-1, "kg"), std::nullopt);
  EXPECT_TRUE(IsHazardClass("1.1*"));
  EXPECT_FALSE(IsHazardClass("2.1"));
  EXPECT_TRUE(IsAnnex("C"));
  EXPECT_FALSE(IsAnnex("E"));
  EXPECT_EQ(AnnexLabelZh("D"), "GB 28263-2024 附录D");
  EXPECT_EQ(Rules(CheckHeadcount(-1)), V{"people:range"});
  EXPECT_EQ(Rules(CheckHeadcount(0)), V{});
}

}  // namespace
}  // namespace anjian::workshops
