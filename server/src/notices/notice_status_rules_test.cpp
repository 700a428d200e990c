#include "notices/notice_status_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::notices {
namespace {

using S = RecipientStatus;

TEST(NoticeStatusTest, DeriveTable) {
  struct Case {
    const char* name;
    bool read, ack, feedback;
    std::optional<std::string> deadline;
    bool requires_feedback;
    const char* today;
    S expected;
  };
  const Case cases[] = {
      {"fresh", false, false, false, std::nullopt, true, "2025-03-10", S::kUnread},
      {"read", true, false, false, std::nullopt, true, "2025-03-10", S::kRead},
      {"acknowledged", true, true, false, std::nullopt, true, "2025-03-10", S::kAcknowledged},
      {"ack without read flag", false, true, false, std::nullopt, true, "2025-03-10",
       S::kAcknowledged},
      {"feedback", true, true, true, std::nullopt, true, "2025-03-10", S::kFeedbackSubmitted},
      {"feedback after deadline", true, true, true, "2025-03-01", true, "2025-03-10",
       S::kFeedbackSubmitted},
      {"deadline tomorrow", false, false, false, "2025-03-11", true, "2025-03-10", S::kUnread},
      {"deadline today is not overdue", true, false, false, "2025-03-10", true, "2025-03-10",
       S::kRead},
      {"deadline yesterday unread", false, false, false, "2025-03-09", true, "2025-03-10",
       S::kOverdue},
      {"deadline passed, acknowledged but feedback required", true, true, false, "2025-03-09",
       true, "2025-03-10", S::kOverdue},
      {"no feedback required, acknowledged after deadline", true, true, false, "2025-03-09",
       false, "2025-03-10", S::kAcknowledged},
      {"no feedback required, read only after deadline", true, false, false, "2025-03-09", false,
       "2025-03-10", S::kOverdue},
      {"no feedback required, no deadline", true, false, false, std::nullopt, false,
       "2025-03-10", S::kRead},
      {"year boundary", false, false, false, "2024-12-31", true, "2025-01-01", S::kOverdue},
      {"malformed deadline ignored", false, false, false, "2025-3-9", true, "2025-03-10",
       S::kUnread},
      {"malformed today ignored", false, false, false, "2025-03-09", true, "10/03/2025",
       S::kUnread},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(DeriveRecipientStatus(c.read, c.ack, c.feedback, c.deadline, c.requires_feedback,
                                    c.today),
              c.expected)
        << c.name;
  }
}

TEST(NoticeStatusTest, Values) {
  const std::pair<S, const char*> cases[] = {{S::kUnread, "unread"},
                                             {S::kRead, "read"},
                                             {S::kAcknowledged, "acknowledged"},
                                             {S::kFeedbackSubmitted, "feedback_submitted"},
                                             {S::kOverdue, "overdue"}};
  EXPECT_EQ(AllRecipientStatuses().size(), std::size(cases));
  for (const auto& [status, value] : cases) {
    EXPECT_EQ(RecipientStatusValue(status), value);
    EXPECT_EQ(ParseRecipientStatus(value), status);
    EXPECT_FALSE(RecipientStatusLabelZh(status).empty());
    EXPECT_FALSE(RecipientStatusLabelEn(status).empty());
  }
  EXPECT_FALSE(ParseRecipientStatus("done").has_value());
}

TEST(NoticeStatusTest, IsoDate) {
  const std::pair<const char*, bool> cases[] = {
      {"2025-03-10", true}, {"2024-02-29", true},  {"2023-02-29", false}, {"1900-02-29", false},
      {"2000-02-29", true}, {"2025-04-31", false}, {"2025-13-01", false}, {"2025-00-10", false},
      {"2025-01-00", false}, {"2025-1-01", false}, {"2025/01/01", false}, {"", false},
      {"2025-12-31", true},
  };
  for (const auto& [date, expected] : cases) EXPECT_EQ(IsIsoDate(date), expected) << date;
}

}  // namespace
}  // namespace anjian::notices
