#include "notices/notice_status_rules.hpp"

#include "core/text.hpp"

namespace anjian::notices {
namespace {

struct StatusInfo {
  RecipientStatus status;
  std::string_view value, label_zh, label_en;
};

constexpr StatusInfo kStatusInfo[] = {
    {RecipientStatus::kUnread, "unread", "未读", "Unread"},
    {RecipientStatus::kRead, "read", "已读", "Read"},
    {RecipientStatus::kAcknowledged, "acknowledged", "已签收", "Acknowledged"},
    {RecipientStatus::kFeedbackSubmitted, "feedback_submitted", "已反馈", "Feedback submitted"},
    {RecipientStatus::kOverdue, "overdue", "已逾期", "Overdue"},
};

const StatusInfo& Info(RecipientStatus status) {
  for (const auto& info : kStatusInfo) {
    if (info.status == status) return info;
  }
  return kStatusInfo[0];
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

const std::vector<RecipientStatus>& AllRecipientStatuses() {
  static const std::vector<RecipientStatus> kAll = {
      RecipientStatus::kUnread, RecipientStatus::kRead, RecipientStatus::kAcknowledged,
      RecipientStatus::kFeedbackSubmitted, RecipientStatus::kOverdue};
  return kAll;
}

std::string_view RecipientStatusValue(RecipientStatus s) { return Info(s).value; }
std::string_view RecipientStatusLabelZh(RecipientStatus s) { return Info(s).label_zh; }
std::string_view RecipientStatusLabelEn(RecipientStatus s) { return Info(s).label_en; }

std::optional<RecipientStatus> ParseRecipientStatus(std::string_view value) {
  for (const auto& info : kStatusInfo) {
    if (info.value == value) return info.status;
  }
  return std::nullopt;
}

bool IsIsoDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  const auto y = d.substr(0, 4), m = d.substr(5, 2), day = d.substr(8, 2);
  if (!core::IsAsciiDigits(y) || !core::IsAsciiDigits(m) || !core::IsAsciiDigits(day))
    return false;
  const int year = ToInt(y), month = ToInt(m), dd = ToInt(day);
  if (month < 1 || month > 12 || dd < 1) return false;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max_day = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return dd <= max_day;
}

RecipientStatus DeriveRecipientStatus(bool read, bool acknowledged, bool feedback_submitted,
                                      std::optional<std::string> feedback_deadline_date,
                                      bool notice_requires_feedback, std::string_view today_date) {
  if (feedback_submitted) return RecipientStatus::kFeedbackSubmitted;
  const bool done = notice_requires_feedback ? false : acknowledged;
  if (!done && feedback_deadline_date && IsIsoDate(*feedback_deadline_date) &&
      IsIsoDate(today_date) && *feedback_deadline_date < today_date) {
    return RecipientStatus::kOverdue;
  }
  if (acknowledged) return RecipientStatus::kAcknowledged;
  if (read) return RecipientStatus::kRead;
  return RecipientStatus::kUnread;
}

}  // namespace anjian::notices
