// The inbox (收文): notices received by the caller's agency or enterprise — opening one (the
// read receipt), acknowledging it (回执), answering with feedback (反馈) and forwarding it down
// the hierarchy (转发). Every write is one transaction with its audit entry; notifications are
// pushed live only after the commit.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "notices/inbox_repository.hpp"
#include "notices/notice_repository.hpp"
#include "platform/api/context.hpp"
#include "platform/api/principal.hpp"

namespace anjian::notices {

InboxPage ListOwnInbox(storage::Connection& conn, const api::Principal& p, const InboxFilter& f,
                       int64_t limit, int64_t offset, const std::string& today);

// The caller's item `recipient_id` of a sent notice; 404 otherwise.
OwnRecipient RequireInboxItem(storage::Connection& conn, const api::Principal& p,
                              int64_t recipient_id, const std::string& today);

// Opening an item: an account that can answer for its organisation (notice:feedback) gives the
// read receipt the first time; a read-only account writes nothing. Returns the item and its
// notice (without the other recipients' statistics) with the chain it came along.
struct OpenedItem {
  Recipient recipient;
  Notice notice;
  std::vector<ChainLink> chain;
};
OpenedItem OpenInboxItem(storage::Connection& conn, const api::Principal& who,
                         int64_t recipient_id, const core::Clock& clock);

// 409 when already acknowledged.
Recipient AcknowledgeItem(storage::Connection& conn, const api::Principal& who,
                          int64_t recipient_id, const core::Clock& clock);
// `file_ids` are visible to the caller and de-duplicated; 409 when feedback was given already.
// The sending agency's users are notified.
Recipient SubmitFeedback(storage::Connection& conn, const api::Principal& who,
                         int64_t recipient_id, const std::string& text,
                         const std::vector<int64_t>& file_ids, const core::Clock& clock,
                         api::Notifier* notifier);

// The notice an agency recipient would forward (403 for an enterprise recipient, 404 when the
// item is not the caller's).
Notice ForwardSource(storage::Connection& conn, const api::Principal& who, int64_t recipient_id,
                     const std::string& today);
// Forwards the notice of the caller's item as a new notice of the caller's agency (a draft, or
// sent at once with `send`), carrying the original attachments plus `draft`'s. `draft` is
// validated; its deadline checked when sending.
NoticeDetail ForwardNotice(storage::Connection& conn, const api::Principal& who,
                           int64_t recipient_id, NoticeDraft draft, bool send,
                           const core::Clock& clock, api::Notifier* notifier);

}  // namespace anjian::notices
