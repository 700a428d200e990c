// Status of one notice recipient (回执状态), derived from stored facts rather than stored
// itself, so "overdue" can never go stale when the date changes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace anjian::notices {

enum class RecipientStatus { kUnread, kRead, kAcknowledged, kFeedbackSubmitted, kOverdue };

const std::vector<RecipientStatus>& AllRecipientStatuses();
// "unread" | "read" | "acknowledged" | "feedback_submitted" | "overdue"
std::string_view RecipientStatusValue(RecipientStatus status);
std::optional<RecipientStatus> ParseRecipientStatus(std::string_view value);
std::string_view RecipientStatusLabelZh(RecipientStatus status);
std::string_view RecipientStatusLabelEn(RecipientStatus status);

// True for a well-formed calendar date "YYYY-MM-DD" (months 01-12, days valid for the month,
// leap years included).
bool IsIsoDate(std::string_view date);

// Precedence: feedback_submitted, then overdue, then acknowledged, read, unread.
// Overdue: the deadline has passed (deadline < today) and the recipient has not done what the
// notice asks: submit feedback when notice_requires_feedback, otherwise acknowledge. The deadline
// day itself is not overdue. A missing or malformed date never makes a recipient overdue (ISO
// dates compare correctly as strings, so both are checked for form first).
RecipientStatus DeriveRecipientStatus(bool read, bool acknowledged, bool feedback_submitted,
                                      std::optional<std::string> feedback_deadline_date,
                                      bool notice_requires_feedback, std::string_view today_date);

}  // namespace anjian::notices
