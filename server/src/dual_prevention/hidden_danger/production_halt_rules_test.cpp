#include "dual_prevention/hidden_danger/production_halt_rules.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/clock.hpp"
#include "core/test_util.hpp"

namespace anjian::hidden_danger {
namespace {

using core::testing::WellFormed;

std::set<std::string> FieldRules(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field + ":" + e.rule);
  return out;
}

TEST(ProductionHaltTest, StateValues) {
  for (auto s : {HaltState::kHalted, HaltState::kRestarted}) {
    EXPECT_EQ(ParseHaltState(HaltStateValue(s)), s);
    EXPECT_FALSE(HaltStateLabelZh(s).empty());
    EXPECT_FALSE(HaltStateLabelEn(s).empty());
  }
  EXPECT_FALSE(ParseHaltState("stopped"));
}

TEST(ProductionHaltTest, ChinaMinute) {
  struct Case {
    const char* text;
    const char* utc;  // nullptr: refused
  };
  const Case cases[] = {
      {"2026-12-06 08:30", "2026-12-06T00:30:00Z"},
      {"2026-12-06 00:00", "2026-12-05T16:00:00Z"},  // China midnight is the day before in UTC
      {"2024-02-29 23:59", "2024-02-29T15:59:00Z"},
      {"2026-02-29 08:00", nullptr},
      {"2026-12-06 24:00", nullptr},
      {"2026-12-06 08:60", nullptr},
      {"2026-12-06T08:30", nullptr},
      {"2026-12-06 8:30", nullptr},
      {"2026-12-06 0a:30", nullptr},
      {"", nullptr},
  };
  for (const auto& c : cases) {
    const auto got = ParseChinaMinute(c.text);
    if (!c.utc) {
      EXPECT_FALSE(got.has_value()) << c.text;
    } else {
      ASSERT_TRUE(got.has_value()) << c.text;
      EXPECT_EQ(core::IsoFromUnix(*got), c.utc) << c.text;
    }
  }
}

TEST(ProductionHaltTest, Halt) {
  const std::int64_t now = core::UnixFromIso("2026-12-06T02:00:00Z");  // 10:00 China time
  struct Case {
    const char* name;
    HaltRequest request;
    std::set<std::string> errors;
    std::int64_t at;
  };
  const Case cases[] = {
      {"now", {"全厂", "炸药生产线温度失控，无法保证安全", ""}, {}, now},
      {"earlier today", {"一号工房", "雷管装配间静电接地失效", "2026-12-06 08:15"}, {},
       core::UnixFromIso("2026-12-06T00:15:00Z")},
      {"this very minute", {"全厂", "停电", "2026-12-06 10:00"}, {}, now},
      {"in the future", {"全厂", "停电", "2026-12-06 10:01"}, {"halted_at:halted_at_future"}, 0},
      {"bad time", {"全厂", "停电", "明天上午"}, {"halted_at:halted_at_invalid"}, 0},
      {"nothing", {" ", "", ""}, {"scope:required", "reason:required"}, 0},
  };
  for (const auto& c : cases) {
    const auto got = CheckHalt(c.request, now);
    if (c.errors.empty()) {
      ASSERT_TRUE(std::holds_alternative<std::int64_t>(got)) << c.name;
      EXPECT_EQ(std::get<std::int64_t>(got), c.at) << c.name;
    } else {
      ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(got)) << c.name;
      const auto& errors = std::get<std::vector<FieldError>>(got);
      EXPECT_EQ(FieldRules(errors), c.errors) << c.name;
      EXPECT_TRUE(WellFormed(errors)) << c.name;
    }
  }
}

TEST(ProductionHaltTest, RestartOnlyByTheRegulatorAfterAnInspection) {
  const RestartRequest ok{HaltState::kHalted, true, "2026-12-01", "2026-12-05", "现场复查：已整改", "2026-12-06"};
  struct Case {
    const char* name;
    RestartRequest request;
    std::set<std::string> errors;
  };
  auto with = [&](auto change) {
    RestartRequest r = ok;
    change(r);
    return r;
  };
  const Case cases[] = {
      {"approved", ok, {}},
      {"inspected on the halt day", with([](RestartRequest& r) { r.inspected_on = "2026-12-01"; }), {}},
      {"inspected today", with([](RestartRequest& r) { r.inspected_on = "2026-12-06"; }), {}},
      {"already restarted", with([](RestartRequest& r) { r.state = HaltState::kRestarted; }),
       {":halt_not_active"}},
      {"the enterprise itself", with([](RestartRequest& r) { r.actor_is_regulator = false; }),
       {":restart_regulator_only"}},
      {"restarted and not a regulator", with([](RestartRequest& r) {
         r.state = HaltState::kRestarted;
         r.actor_is_regulator = false;
       }),
       {":halt_not_active"}},
      {"no inspection", with([](RestartRequest& r) {
         r.inspected_on = "";
         r.inspection = " ";
       }),
       {"inspected_on:required", "inspection:required"}},
      {"bad date", with([](RestartRequest& r) { r.inspected_on = "2026-12-32"; }),
       {"inspected_on:date_invalid"}},
      {"tomorrow", with([](RestartRequest& r) { r.inspected_on = "2026-12-07"; }),
       {"inspected_on:date_future"}},
      {"before the halt", with([](RestartRequest& r) { r.inspected_on = "2026-11-30"; }),
       {"inspected_on:restart_before_halt"}},
  };
  for (const auto& c : cases) {
    const auto errors = CheckRestart(c.request);
    EXPECT_EQ(FieldRules(errors), c.errors) << c.name;
    EXPECT_TRUE(WellFormed(errors)) << c.name;
  }
}

}  // namespace
}  // namespace anjian::hidden_danger
