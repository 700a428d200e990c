// Notice persistence, the receiving side (收文): notice_recipients rows that belong to the
// caller's agency or enterprise. Someone else's row answers like a missing one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "notices/notice_repository.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::notices {

struct InboxFilter {
  std::string status;  // a recipient status value or ""
  std::string q;       // title fragment
};

// An inbox entry: the caller's recipient row and a summary of its notice.
struct InboxEntry {
  Recipient recipient;
  int64_t notice_id = 0;
  std::string title, required_actions, document_number, urgency;
  std::optional<std::string> feedback_deadline;
  std::string sent_at;
  std::optional<int64_t> parent_notice_id;
  int64_t sender_agency_id = 0;
  std::string sender_agency_name;
};

struct InboxPage {
  std::vector<InboxEntry> items;
  int64_t total = 0;
};
// Sent notices to the caller's organisation, newest first.
InboxPage ListInbox(storage::Connection& conn, const api::Principal& p, const InboxFilter& f,
                    int64_t limit, int64_t offset, const std::string& today);

// The caller's recipient row `recipient_id` (with feedback attachments) and its notice's status.
struct OwnRecipient {
  Recipient recipient;
  std::string notice_status;
};
std::optional<OwnRecipient> GetOwnRecipient(storage::Connection& conn, const api::Principal& p,
                                            int64_t recipient_id, const std::string& today);

// Receipt steps, each stamped `at`: read (only the first time), acknowledged, feedback with its
// attachments (acknowledging as well when not yet done).
void MarkRecipientRead(storage::Connection& conn, int64_t recipient_id, const std::string& at);
void MarkRecipientAcknowledged(storage::Connection& conn, int64_t recipient_id,
                               const std::string& at);
void SaveFeedback(storage::Connection& conn, int64_t recipient_id, const std::string& text,
                  const std::vector<int64_t>& file_ids, const std::string& at);

// A notice's title and sender agency (for the feedback notification).
struct NoticeHead {
  std::string title;
  int64_t sender_agency_id = 0;
};
NoticeHead GetNoticeHead(storage::Connection& conn, int64_t notice_id);

}  // namespace anjian::notices
