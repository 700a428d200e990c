// On shift: the check-in window at every bound, late minutes, early leave, the absence alert,
// the handover acknowledgement deadline and the carry-over of open items from shift to shift.
#include "emergency/duty/duty_shift_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::duty {
namespace {

constexpr std::int64_t kStart = 1'800'000'000;  // a shift 08:00–16:00 (8 h)
constexpr std::int64_t kHour = 60 * 60;
constexpr std::int64_t kEnd = kStart + 8 * kHour;
constexpr std::int64_t kMin = 60;

TEST(DutyShiftRules, CheckInWindowAtEveryBound) {
  const DutyShiftConfig c;  // 30 before, 120 after, late after 5
  struct Row {
    std::int64_t at;
    CheckInVerdict verdict;
    std::int64_t late;
  };
  const Row rows[] = {
      {kStart - 30 * kMin - 1, CheckInVerdict::kTooEarly, 0},
      {kStart - 30 * kMin, CheckInVerdict::kOnTime, 0},
      {kStart, CheckInVerdict::kOnTime, 0},
      {kStart + 5 * kMin, CheckInVerdict::kOnTime, 0},   // within the grace
      {kStart + 5 * kMin + 1, CheckInVerdict::kLate, 6}, // late, minutes from the start, rounded up
      {kStart + 47 * kMin, CheckInVerdict::kLate, 47},
      {kStart + 120 * kMin, CheckInVerdict::kLate, 120},
      {kStart + 120 * kMin + 1, CheckInVerdict::kTooLate, 0},
  };
  for (const auto& r : rows) {
    const auto d = DecideCheckIn(kStart, kEnd, r.at, c);
    EXPECT_EQ(d.verdict, r.verdict) << (r.at - kStart);
    EXPECT_EQ(d.late_minutes, r.late) << (r.at - kStart);
    EXPECT_EQ(d.opens_at, kStart - 30 * kMin);
    EXPECT_EQ(d.closes_at, kStart + 120 * kMin);
  }
}

TEST(DutyShiftRules, TheWindowNeverOutlastsTheShiftAndFollowsTheSettings) {
  DutyShiftConfig c;
  c.check_in_close_minutes_after = 600;  // longer than the 8-hour shift
  EXPECT_EQ(DecideCheckIn(kStart, kEnd, kEnd, c).verdict, CheckInVerdict::kLate);
  EXPECT_EQ(DecideCheckIn(kStart, kEnd, kEnd + 1, c).verdict, CheckInVerdict::kTooLate);
  c.late_after_minutes = 0;
  c.check_in_open_minutes_before = 0;
  EXPECT_EQ(DecideCheckIn(kStart, kEnd, kStart - 1, c).verdict, CheckInVerdict::kTooEarly);
  EXPECT_EQ(DecideCheckIn(kStart, kEnd, kStart, c).verdict, CheckInVerdict::kOnTime);
  const auto one = DecideCheckIn(kStart, kEnd, kStart + 1, c);
  EXPECT_EQ(one.verdict, CheckInVerdict::kLate);
  EXPECT_EQ(one.late_minutes, 1);
}

TEST(DutyShiftRules, EarlyLeaveMinutes) {
  EXPECT_EQ(EarlyLeaveMinutes(kEnd, kEnd), 0);
  EXPECT_EQ(EarlyLeaveMinutes(kEnd, kEnd + 3600), 0);
  EXPECT_EQ(EarlyLeaveMinutes(kEnd, kEnd - 1), 1);
  EXPECT_EQ(EarlyLeaveMinutes(kEnd, kEnd - 90 * kMin), 90);
}

TEST(DutyShiftRules, AbsenceAlertAfterTheSettingsMinutesWhileTheShiftRuns) {
  const DutyShiftConfig c;  // 15 minutes
  using V = std::vector<std::string>;
  EXPECT_EQ(AbsentRoles(kStart, kEnd, kStart + 15 * kMin - 1, false, false, c), V{});
  EXPECT_EQ(AbsentRoles(kStart, kEnd, kStart + 15 * kMin, false, false, c),
            (V{"leader", "officer"}));
  EXPECT_EQ(AbsentRoles(kStart, kEnd, kStart + 15 * kMin, true, false, c), V{"officer"});
  EXPECT_EQ(AbsentRoles(kStart, kEnd, kStart + 15 * kMin, false, true, c), V{"leader"});
  EXPECT_EQ(AbsentRoles(kStart, kEnd, kStart + 60 * kMin, true, true, c), V{});
  EXPECT_EQ(AbsentRoles(kStart, kEnd, kEnd, false, false, c), V{});  // over: nothing to alert
}

TEST(DutyShiftRules, HandoverAcknowledgementDeadline) {
  const DutyShiftConfig c;  // 30 minutes
  const std::int64_t at = kEnd;
  auto s = HandoverStatus(at, std::nullopt, at + 30 * kMin, c);
  EXPECT_EQ(s.status, "pending");
  EXPECT_EQ(s.due_at, at + 30 * kMin);
  EXPECT_EQ(s.overdue_minutes, 0);
  s = HandoverStatus(at, std::nullopt, at + 30 * kMin + 1, c);
  EXPECT_EQ(s.status, "overdue");
  EXPECT_EQ(s.overdue_minutes, 1);
  s = HandoverStatus(at, at + 10 * kMin, at + 300 * kMin, c);
  EXPECT_EQ(s.status, "acknowledged");
  EXPECT_EQ(s.overdue_minutes, 0);
  s = HandoverStatus(at, at + 75 * kMin, at + 300 * kMin, c);  // acknowledged 45 minutes late
  EXPECT_EQ(s.status, "acknowledged");
  EXPECT_EQ(s.overdue_minutes, 45);
}

std::vector<std::int64_t> Ids(const std::vector<OpenItem>& items) {
  std::vector<std::int64_t> out;
  for (const auto& i : items) out.push_back(i.id);
  return out;
}

TEST(DutyShiftRules, OpenItemsCarryOverUntilClosed) {
  // Shifts A (08:00), B (16:00), C (00:00 next day). A hands over items 1 and 2; B closes 1
  // during its shift and hands over item 3; C sees 2 (still open) and 3.
  const std::int64_t a = kStart, b = kStart + 8 * kHour, cc = kStart + 16 * kHour;
  const std::vector<OpenItem> items = {
      {1, 101, a, b + 3600},  // closed during B
      {2, 101, a, std::nullopt},
      {3, 102, b, std::nullopt},
  };
  using V = std::vector<std::int64_t>;
  EXPECT_EQ(Ids(ItemsOfShift(items, 101, a)), V{});          // A's own items are not on A's list
  EXPECT_EQ(Ids(ItemsOfShift(items, 102, b)), (V{1, 2}));    // handed to B (1 listed, closed by B)
  EXPECT_EQ(Ids(ItemsCarriedOn(items, 102, b, b + 7200)), V{2});  // B's handover carries 2 on
  EXPECT_EQ(Ids(ItemsCarriedOn(items, 102, b, b + 1800)), (V{1, 2}));  // before 1 was closed
  EXPECT_EQ(Ids(ItemsOfShift(items, 103, cc)), (V{2, 3}));   // 1 closed before C: gone
  EXPECT_EQ(Ids(ItemsOfShift(items, 104, cc + 8 * kHour)), (V{2, 3}));  // still carried
}

TEST(DutyShiftRules, LogKindsAndTheHashedPayload) {
  for (const char* k : {"call", "event", "instruction", "other"}) EXPECT_TRUE(IsLogKind(k)) << k;
  EXPECT_FALSE(IsLogKind(""));
  EXPECT_FALSE(IsLogKind("Call"));
  LogPayload p{7, 1, 3, "call", "2026-12-06T08:00:00Z", "县应急局", "0537-1234567", "询问值班", "已答复", std::nullopt, std::nullopt};
  const std::string one = LogEntryPayload(p);
  p.content = "询问值班情况";
  EXPECT_NE(LogEntryPayload(p), one);  // the hash covers the content
  EXPECT_NE(one.find("\"corrects_entry_id\":null"), std::string::npos);
}

TEST(DutyShiftRules, SettingsValidateAndRoundTrip) {
  const DutyShiftConfig c;
  auto parsed = ParseDutyShiftConfig(DutyShiftConfigToJson(c));
  ASSERT_TRUE(std::holds_alternative<DutyShiftConfig>(parsed));
  auto bad = ParseDutyShiftConfig(R"({"check_in_open_minutes_before":30,"check_in_close_minutes_after":120,"late_after_minutes":5,"absence_alert_minutes":0,"handover_ack_minutes":30})");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(bad));
  EXPECT_EQ(std::get<std::vector<FieldError>>(bad)[0].field, "absence_alert_minutes");
}

}  // namespace
}  // namespace anjian::duty
