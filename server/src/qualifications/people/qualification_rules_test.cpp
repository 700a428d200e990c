// Table tests of qualification_rules: the 6-month examination (民法典 art. 201–203 on the
// working-day calendar), reminder thresholds 60/30/7 and the annual class hours.
#include "qualifications/people/qualification_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::qualifications {
namespace {

core::Date D(const char* s) { return *core::ParseIsoDate(s); }

TEST(QualificationRules, AddMonthsEndsOnTheCorrespondingDayOrTheMonthEnd) {
  struct Case { const char* from; std::int64_t months; const char* want; } cases[] = {
      {"2026-01-15", 6, "2026-07-15"},
      {"2026-08-31", 6, "2027-02-28"},  // no 31 February: the month's last day (art. 202)
      {"2027-08-31", 6, "2028-02-29"},  // leap year
      {"2026-07-01", 6, "2027-01-01"},
      {"2026-12-31", 1, "2027-01-31"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(core::FormatIsoDate(AddMonthsCivil(D(c.from), c.months)), c.want) << c.from;
}

TEST(QualificationRules, ExaminationDueDayMovesOffARestDay) {
  QualificationConfig c;
  calendar::WorkingCalendar weekends;  // no holidays: weekends only
  // 2026-06-06 + 6 months = 2026-12-06, a Sunday → Monday 2026-12-07 (art. 203).
  EXPECT_EQ(core::FormatIsoDate(ExaminationDueOn(D("2026-06-06"), c, weekends)), "2026-12-07");
  // 2026-06-04 + 6 months = 2026-12-04, a Friday: unchanged.
  EXPECT_EQ(core::FormatIsoDate(ExaminationDueOn(D("2026-06-04"), c, weekends)), "2026-12-04");
  c.exam_months = 3;
  EXPECT_EQ(core::FormatIsoDate(ExaminationDueOn(D("2026-06-04"), c, weekends)), "2026-09-04");
}

TEST(QualificationRules, ExaminationStateOnEachSideOfTheDueDay) {
  const auto due = D("2026-12-07");
  struct Case { const char* today; std::optional<const char*> passed; ExamState want; } cases[] = {
      {"2026-12-07", std::nullopt, ExamState::kPending},   // the due day itself is still in time
      {"2026-12-08", std::nullopt, ExamState::kOverdue},   // 234号 item 3
      {"2026-12-08", "2026-11-30", ExamState::kPassed},
      {"2026-12-08", "2026-12-20", ExamState::kOverdue},   // a pass recorded for a later day
      {"2027-01-05", "2026-12-20", ExamState::kPassed},    // examined late: remedied from then on
  };
  for (const auto& c : cases) {
    std::optional<core::Date> passed;
    if (c.passed) passed = D(*c.passed);
    EXPECT_EQ(ExaminationState(due, passed, D(c.today)), c.want) << c.today;
  }
}

TEST(QualificationRules, RemindersSendTheTightestCrossedThresholdOnce) {
  QualificationConfig c;
  const auto t = ReminderThresholds(c);
  ASSERT_EQ(t, (std::vector<std::int64_t>{60, 30, 7}));
  const auto end = D("2027-01-31");
  struct Case {
    const char* today;
    std::vector<std::int64_t> sent;
    std::optional<std::int64_t> notify;
    std::vector<std::int64_t> record;
  } cases[] = {
      {"2026-11-30", {}, std::nullopt, {}},              // 62 days left
      {"2026-12-02", {}, 60, {60}},                      // 60 days left
      {"2026-12-03", {60}, std::nullopt, {}},            // sent already
      {"2027-01-01", {60}, 30, {30}},                    // 30 days left
      {"2027-01-26", {}, 7, {60, 30, 7}},                // entered late: one notice, all recorded
      {"2027-01-31", {60, 30, 7}, std::nullopt, {}},
      {"2027-02-01", {}, std::nullopt, {}},              // expired: no reminder
  };
  for (const auto& k : cases) {
    auto due = DueReminder(end, D(k.today), t, k.sent);
    if (!k.notify) {
      EXPECT_FALSE(due.has_value()) << k.today;
      continue;
    }
    ASSERT_TRUE(due.has_value()) << k.today;
    EXPECT_EQ(due->notify_threshold, *k.notify) << k.today;
    EXPECT_EQ(due->record, k.record) << k.today;
  }
  c.reminder_second_days = 0;  // off
  c.reminder_third_days = 60;  // duplicate
  EXPECT_EQ(ReminderThresholds(c), (std::vector<std::int64_t>{60}));
}

TEST(QualificationRules, CertificateStates) {
  QualificationConfig c;
  const auto from = D("2024-01-01"), to = D("2027-01-31");
  EXPECT_EQ(CertificateState(from, to, false, D("2026-11-01"), c), "valid");
  EXPECT_EQ(CertificateState(from, to, false, D("2026-12-02"), c), "expiring");
  EXPECT_EQ(CertificateState(from, to, false, D("2027-01-31"), c), "expiring");
  EXPECT_EQ(CertificateState(from, to, false, D("2027-02-01"), c), "expired");
  EXPECT_EQ(CertificateState(from, to, true, D("2026-11-01"), c), "revoked");
  EXPECT_EQ(CertificateState(from, to, false, D("2023-12-31"), c), "not_yet_valid");
  EXPECT_TRUE(CertificateValidOn(from, to, false, D("2027-01-31")));
  EXPECT_FALSE(CertificateValidOn(from, to, false, D("2027-02-01")));
  EXPECT_FALSE(CertificateValidOn(from, to, true, D("2026-01-01")));
}

TEST(QualificationRules, AnnualHoursPerRole) {
  QualificationConfig c;
  struct Case { const char* role; std::int64_t done, required, shortfall; } cases[] = {
      {"principal", 0, 16, 16},       {"safety_manager", 12, 16, 4},
      {"storekeeper", 20, 20, 0},     {"special_worker", 25, 20, 0},
      {"enforcement", 30, 40, 10},
  };
  for (const auto& k : cases) {
    EXPECT_EQ(RequiredAnnualHours(k.role, c), k.required) << k.role;
    EXPECT_EQ(HoursShortfall(k.role, k.done, c), k.shortfall) << k.role;
  }
}

TEST(QualificationRules, InputChecksNameTheField) {
  EXPECT_TRUE(CheckCertificateDates(D("2026-01-01"), D("2026-01-01")).empty());
  auto e = CheckCertificateDates(D("2026-01-02"), D("2026-01-01"));
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].field, "valid_to");
  EXPECT_EQ(CheckClassHours(0).size(), 1u);
  EXPECT_TRUE(CheckClassHours(8).empty());
  EXPECT_EQ(CheckExaminationDate(D("2026-06-01"), D("2026-05-31"), D("2026-12-01"))[0].field,
            "examined_on");
  EXPECT_EQ(CheckExaminationDate(D("2026-06-01"), D("2026-12-02"), D("2026-12-01")).size(), 1u);
  EXPECT_TRUE(CheckExaminationDate(D("2026-06-01"), D("2026-06-01"), D("2026-12-01")).empty());
}

TEST(QualificationRules, ConfigRoundTripsAndRefusesOutOfRange) {
  QualificationConfig c;
  auto parsed = ParseQualificationConfig(QualificationConfigToJson(c));
  ASSERT_TRUE(std::holds_alternative<QualificationConfig>(parsed));
  auto bad = ParseQualificationConfig(R"({"exam_months": 0})");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(bad));
  EXPECT_EQ(std::get<std::vector<FieldError>>(bad)[0].field, "exam_months");
}

TEST(QualificationRules, RolesAndKinds) {
  EXPECT_TRUE(NeedsExamination("principal"));
  EXPECT_TRUE(NeedsExamination("safety_manager"));
  EXPECT_FALSE(NeedsExamination("storekeeper"));
  EXPECT_TRUE(IsManagerRole("manager"));
  EXPECT_FALSE(IsManagerRole("guard"));
  EXPECT_FALSE(IsEnterpriseRole("enforcement"));
  EXPECT_TRUE(IsCertificateKind("storekeeper"));
  EXPECT_FALSE(IsCertificateKind("wizard"));
  EXPECT_EQ(RoleZh("principal"), "主要负责人");
}

}  // namespace
}  // namespace anjian::qualifications
