#include "explosives/overview/attention_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::overview {
namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kNow = 1'800'000'000;

StoreFacts Quiet() {
  StoreFacts f;
  f.capacity_use_percent = 50;
  f.last_counted_at = kNow - 10 * kDay;
  return f;
}

TEST(AttentionRulesTest, EachFactRaisesItsAlertWithItsWeight) {
  const LedgerAlertConfig c;  // 90 days, 90 %
  struct Case {
    const char* name;
    void (*change)(StoreFacts&);
    std::vector<std::string> alerts;
    std::int64_t weight;
  };
  const Case cases[] = {
      {"quiet", [](StoreFacts&) {}, {}, 0},
      {"full", [](StoreFacts& f) { f.capacity_use_percent = 90.5; }, {"capacity_over_90"}, 10},
      {"at the threshold", [](StoreFacts& f) { f.capacity_use_percent = 90; }, {}, 0},
      {"no limit", [](StoreFacts& f) { f.capacity_use_percent.reset(); }, {}, 0},
      {"never counted", [](StoreFacts& f) { f.last_counted_at.reset(); }, {"stocktake_overdue"}, 1},
      {"counted 91 days ago", [](StoreFacts& f) { f.last_counted_at = kNow - 91 * kDay; },
       {"stocktake_overdue"}, 1},
      {"counted exactly 90 days ago", [](StoreFacts& f) { f.last_counted_at = kNow - 90 * kDay; },
       {}, 0},
      {"quarantine never counted",
       [](StoreFacts& f) {
         f.quarantine_store = true;
         f.last_counted_at.reset();
       },
       {}, 0},
      {"loss", [](StoreFacts& f) { f.open_loss_incidents = 1; }, {"loss_incident_open"}, 100},
      {"late sale", [](StoreFacts& f) { f.late_sale_filings = 2; }, {"sale_filing_late"}, 5},
      {"late purchase", [](StoreFacts& f) { f.late_purchase_filings = 1; },
       {"purchase_filing_late"}, 5},
      {"unsigned days", [](StoreFacts& f) { f.unsigned_daily_closes = 3; },
       {"daily_close_missing"}, 2},
      {"everything",
       [](StoreFacts& f) {
         f.capacity_use_percent = 100;
         f.last_counted_at.reset();
         f.open_loss_incidents = 1;
         f.late_sale_filings = 1;
         f.late_purchase_filings = 1;
         f.unsigned_daily_closes = 1;
       },
       {"capacity_over_90", "stocktake_overdue", "loss_incident_open", "sale_filing_late",
        "purchase_filing_late", "daily_close_missing"},
       123},
  };
  for (const auto& c2 : cases) {
    StoreFacts f = Quiet();
    c2.change(f);
    const auto a = AssessStore(f, c, c.stocktake_overdue_days, kNow);
    EXPECT_EQ(a.alerts, c2.alerts) << c2.name;
    EXPECT_EQ(a.weight, c2.weight) << c2.name;
  }
}

TEST(AttentionRulesTest, TheThresholdsComeFromTheConfigAndTheQuery) {
  LedgerAlertConfig c;
  c.capacity_alert_percent = 50;
  StoreFacts f = Quiet();
  f.capacity_use_percent = 60;
  EXPECT_EQ(AssessStore(f, c, 90, kNow).alerts, std::vector<std::string>{"capacity_over_90"});
  f.capacity_use_percent = 10;
  EXPECT_EQ(AssessStore(f, c, 5, kNow).alerts, std::vector<std::string>{"stocktake_overdue"});
}

TEST(AttentionRulesTest, OverdueDaysAreOneToFourDigits) {
  EXPECT_EQ(ParseOverdueDays("1"), 1);
  EXPECT_EQ(ParseOverdueDays("9999"), 9999);
  EXPECT_EQ(ParseOverdueDays("0030"), 30);
  for (const char* bad : {"", "0", "10000", "-1", "1.5", "x", " 3"})
    EXPECT_FALSE(ParseOverdueDays(bad)) << bad;
}

}  // namespace
}  // namespace anjian::overview
