#include "explosives/loss_incident/loss_incident_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::loss_incident {
namespace {

TEST(LossIncidentRulesTest, NumberIsTheDiscoveryDateAndTheId) {
  EXPECT_EQ(IncidentNumber("2026-11-22T01:30:00Z", 42), "DS20261122-000042");
  EXPECT_EQ(IncidentNumber("2026-01-05T23:59:59Z", 1234567), "DS20260105-1234567");
}

TEST(LossIncidentRulesTest, ReportsGoToPoliceOrRegulator) {
  EXPECT_EQ(ReportKindOf("police"), "reported_police");
  EXPECT_EQ(ReportKindOf("regulator"), "reported_regulator");
  EXPECT_FALSE(ReportKindOf("city"));
  EXPECT_FALSE(ReportKindOf(""));
}

TEST(LossIncidentRulesTest, ClosingNeedsBothReportsAndNothingFollowsClosure) {
  struct Case {
    std::set<std::string> seen;
    const char* kind;
    EventCheck want;
  };
  const Case cases[] = {
      {{"opened"}, "reported_police", EventCheck::kAccepted},
      {{"opened", "reported_police"}, "reported_police", EventCheck::kAccepted},  // a correction
      {{"opened"}, "closed", EventCheck::kReportsMissing},
      {{"opened", "reported_police"}, "closed", EventCheck::kReportsMissing},
      {{"opened", "reported_regulator"}, "closed", EventCheck::kReportsMissing},
      {{"opened", "reported_police", "reported_regulator"}, "closed", EventCheck::kAccepted},
      {{"opened", "reported_police", "reported_regulator", "closed"}, "closed", EventCheck::kClosed},
      {{"opened", "closed"}, "reported_police", EventCheck::kClosed},
  };
  for (const auto& c : cases) EXPECT_EQ(CheckEvent(c.seen, c.kind), c.want) << c.kind;
}

}  // namespace
}  // namespace anjian::loss_incident
