#include "licensing/licence_checks/licence_sweep_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::licence_checks {
namespace {

core::Date D(std::string_view text) { return core::ParseIsoDate(text).value(); }

SweepLicence L(std::int64_t id, std::int64_t ent, std::string kind, std::string status,
               std::string_view from, std::string_view until) {
  return {id, ent, std::move(kind), "NO-" + std::to_string(id), std::move(status), D(from), D(until)};
}

std::set<std::string> Keys(const SweepPlan& p) { return p.keys; }

TEST(LicenceSweep, ExpiredWithoutSuccessorIsAMajorHiddenDangerKeyedByLicenceAndExpiry) {
  const std::vector<SweepLicence> ls = {
      L(1, 10, "explosives_production", "valid", "2023-12-01", "2026-11-30"),  // past its date
      L(2, 11, "explosives_sales", "expired", "2023-01-01", "2025-12-31"),      // marked expired
      L(3, 12, "explosives_sales", "valid", "2024-01-01", "2026-12-06"),        // last day today
  };
  const auto plan = PlanSweep(ls, {}, D("2026-12-06"), {});
  EXPECT_EQ(Keys(plan), (std::set<std::string>{"expired:1:2026-11-30", "expired:2:2025-12-31"}));
  ASSERT_EQ(plan.expired.size(), 2u);
  EXPECT_EQ(plan.expired[0].licence->id, 1);
}

TEST(LicenceSweep, RenewedOrSupersededLicencesAreHistoryNotHiddenDangers) {
  const std::vector<SweepLicence> ls = {
      L(1, 10, "explosives_production", "expired", "2020-12-01", "2023-11-30"),
      L(2, 10, "explosives_production", "valid", "2023-12-01", "2026-11-30"),  // also expired now
      L(3, 10, "explosives_production", "valid", "2026-12-01", "2029-11-30"),  // the renewal
      L(4, 11, "explosives_sales", "expired", "2019-01-01", "2021-12-31"),
      L(5, 11, "explosives_sales", "expired", "2022-01-01", "2024-12-31"),     // the latest expiry
  };
  const auto plan = PlanSweep(ls, {}, D("2026-12-06"), {});
  EXPECT_EQ(Keys(plan), (std::set<std::string>{"expired:5:2024-12-31"}));
}

TEST(LicenceSweep, ARequiredKindNeverHeldIsMissing) {
  const std::vector<SweepLicence> ls = {
      L(1, 10, "explosives_production", "valid", "2025-01-01", "2027-12-31")};
  const std::vector<SweepEnterprise> es = {
      {10, {"explosives_production"}}, {11, {"explosives_sales"}}, {12, {}}};
  const auto plan = PlanSweep(ls, es, D("2026-12-06"), {});
  EXPECT_EQ(Keys(plan), (std::set<std::string>{"missing:11:explosives_sales"}));
  // A revoked licence is still held (the regulator's decision is on record): not "missing".
  const auto revoked = PlanSweep({L(7, 11, "explosives_sales", "revoked", "2025-01-01", "2027-12-31")},
                                 es, D("2026-12-06"), {});
  EXPECT_EQ(Keys(revoked), (std::set<std::string>{"missing:10:explosives_production"}));
}

TEST(LicenceSweep, FailedConditionsWarnOncePerLicenceInForceAndCondition) {
  const std::vector<SweepLicence> ls = {
      L(1, 10, "explosives_production", "valid", "2025-01-01", "2027-12-31"),
      L(2, 10, "explosives_sales", "valid", "2025-01-01", "2027-12-31"),
      L(3, 11, "explosives_sales", "suspended", "2025-01-01", "2027-12-31"),
      L(4, 12, "explosives_sales", "valid", "2025-01-01", "2027-12-31"),
  };
  std::map<std::int64_t, std::vector<FailedCondition>> failed = {
      {10, {{"safety_evaluation", "安全评价合格且在有效期内", "safety evaluation passed", "条例第六条"}}},
      {11, {{"emergency_plan", "应急预案已备案", "emergency plan filed", "条例第六条"}}},
  };
  const auto plan = PlanSweep(ls, {}, D("2026-12-06"), failed);
  EXPECT_EQ(Keys(plan), (std::set<std::string>{"cond:1:safety_evaluation", "cond:2:safety_evaluation"}));
  ASSERT_EQ(plan.lapsed.size(), 2u);
  EXPECT_EQ(plan.lapsed[0].condition.label_zh, "安全评价合格且在有效期内");
  EXPECT_TRUE(plan.expired.empty());
}

}  // namespace
}  // namespace anjian::licence_checks
