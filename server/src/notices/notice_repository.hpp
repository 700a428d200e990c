// Notice persistence (通知), the sender side: drafts, attachments, events, recipients, sending,
// reminders, and the lookups behind recipient selection. Visibility is always applied in SQL
// (notice_sql.hpp); a notice outside it behaves exactly like a missing one. Recipient statuses
// are derived for `today` (China's calendar day, "YYYY-MM-DD").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "notices/notice_status_rules.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::notices {

// An attached file (docs/api.md: File).
struct FileRef {
  int64_t id = 0;
  std::string name;
  int64_t size = 0;
  std::string mime, sha256, created_at;
};

// How a sent notice's recipients stand, by derived status.
struct NoticeStats {
  int64_t total = 0, unread = 0, read = 0, acknowledged = 0, feedback_submitted = 0, overdue = 0;
};

struct Notice {
  int64_t id = 0;
  std::string title, body, required_actions;
  std::string document_number;     // 文号, "" when none
  std::string urgency = "normal";  // 紧急程度: normal | urgent (加急) | extra_urgent (特急)
  std::optional<std::string> feedback_deadline;
  std::string status;  // draft | sent
  int64_t sender_agency_id = 0;
  std::string sender_agency_name, sender_region_code;
  int64_t sender_user_id = 0;
  std::string sender_user_name;
  std::optional<int64_t> parent_notice_id, parent_recipient_id;
  std::string recipients_json;  // the stored recipient selection
  std::string created_at, updated_at;
  std::optional<std::string> sent_at;
  std::vector<FileRef> attachments;
  NoticeStats stats;
};

// One recipient of a notice (docs/api.md: Recipient), its status derived for today.
struct Recipient {
  int64_t id = 0, notice_id = 0;
  std::string kind;  // agency | enterprise
  std::optional<int64_t> agency_id, enterprise_id;
  std::string name, region_code;
  RecipientStatus status = RecipientStatus::kUnread;
  std::optional<std::string> read_at, acknowledged_at, feedback_at, feedback_text;
  std::vector<FileRef> feedback_attachments;
  int64_t reminded_count = 0;
  std::optional<std::string> last_reminded_at;
};

struct NoticeFilter {
  std::string status;  // draft | sent | ""
  std::string q;       // title fragment
};

struct NoticePage {
  std::vector<Notice> items;
  int64_t total = 0;
};

// Notices sent or drafted by `agency_id`, newest first, with attachments and stats.
NoticePage ListAgencyNotices(storage::Connection& conn, int64_t agency_id, const NoticeFilter& f,
                             int64_t limit, int64_t offset, const std::string& today);

// One notice inside `view` with attachments and stats; nullopt when missing or not visible.
std::optional<Notice> GetNotice(storage::Connection& conn, const api::SqlFilter& view, int64_t id,
                                const std::string& today);

// Every recipient of a notice (agencies first, then by region and id) with its feedback
// attachments.
std::vector<Recipient> ListRecipients(storage::Connection& conn, int64_t notice_id,
                                      const std::string& today);
// A row of kRecipientColumns plus n.feedback_deadline (notice_sql.hpp), its status derived for
// `today`, without feedback attachments (the inbox repository reads recipients too).
Recipient RecipientRow(const storage::ResultSet& rs, size_t i, const std::string& today);
// The feedback attachments of each recipient, in one query per 500 recipients.
void LoadFeedbackAttachments(storage::Connection& conn, std::vector<Recipient*>& recipients);

// Ancestors of a forwarded notice, root first.
struct ChainLink {
  int64_t id = 0;
  std::string title, sent_at;
  int64_t agency_id = 0;
  std::string agency_name;
};
std::vector<ChainLink> Chain(storage::Connection& conn, int64_t notice_id);

// Forwards of a notice: sent ones, plus drafts of `viewer_agency_id`.
struct ChildNotice {
  int64_t id = 0;
  std::string title, status;
  std::optional<std::string> sent_at;
  int64_t parent_recipient_id = 0, recipients = 0;
  int64_t agency_id = 0;
  std::string agency_name;
};
std::vector<ChildNotice> Children(storage::Connection& conn, int64_t notice_id,
                                  int64_t viewer_agency_id);

// The sender's view of one notice: the notice, its stored recipient selection, its recipients,
// the chain it was forwarded along and its forwards.
struct NoticeDetail {
  Notice notice;
  std::vector<Recipient> recipients;
  std::vector<ChainLink> chain;
  std::vector<ChildNotice> children;
};

struct NoticeDraft {
  std::string title, body, required_actions;
  std::string document_number, urgency = "normal";
  std::optional<std::string> feedback_deadline;
  std::vector<int64_t> attachment_ids;
  std::string recipients_json = "{}";
};

// A new draft with its attachments and its "created" event, stamped `at`; returns its id.
int64_t InsertNotice(storage::Connection& conn, int64_t sender_agency_id, int64_t sender_user_id,
                     const NoticeDraft& d, std::optional<int64_t> parent_notice_id,
                     std::optional<int64_t> parent_recipient_id, const std::string& at);
void UpdateNoticeDraft(storage::Connection& conn, int64_t id, const NoticeDraft& d,
                       const std::string& at);
void AddEvent(storage::Connection& conn, int64_t notice_id, std::optional<int64_t> recipient_id,
              std::optional<int64_t> user_id, const std::string& event, const std::string& at);

// A draft as sending needs it, with its sender agency.
struct DraftToSend {
  std::string status, title;
  std::optional<std::string> feedback_deadline;
  std::string recipients_json;
  int64_t sender_agency_id = 0;
  std::string sender_region_path, sender_agency_name;
};
std::optional<DraftToSend> GetDraftToSend(storage::Connection& conn, int64_t notice_id);

// One recipient organisation a sending materialises.
struct Target {
  std::string kind;  // agency | enterprise
  int64_t id = 0;
  std::string region_path;
};
void InsertRecipients(storage::Connection& conn, int64_t notice_id,
                      const std::vector<Target>& targets);
void MarkNoticeSent(storage::Connection& conn, int64_t notice_id, const std::string& at);

// (recipient id, user id) for every active user of the given recipients of a notice (all
// recipients when `recipient_ids` is empty).
std::vector<std::pair<int64_t, int64_t>> RecipientUsers(storage::Connection& conn,
                                                        int64_t notice_id,
                                                        const std::vector<int64_t>& recipient_ids);

// Reminders: how many of `recipient_ids` are recipients of the notice; the recipients of the
// notice (of `recipient_ids` when not empty) that have not done what it asks, by id; and the
// reminder itself on `recipient_ids`.
int64_t CountRecipientsOf(storage::Connection& conn, int64_t notice_id,
                          const std::vector<int64_t>& recipient_ids);
std::vector<int64_t> PendingRecipients(storage::Connection& conn, int64_t notice_id,
                                       const std::vector<int64_t>& recipient_ids);
void MarkReminded(storage::Connection& conn, const std::vector<int64_t>& recipient_ids,
                  const std::string& at);

// Recipient selection inside the sender's subtree [lo, hi): agencies and enterprises by id
// (agencies active only; enterprises with their status), and the active enterprises (of the
// given industries, all when empty) and agencies of a region's subtree, by path and id.
struct OrgRow {
  int64_t id = 0;
  std::string region_path;
  bool active = true;
};
std::vector<OrgRow> ActiveAgenciesByIds(storage::Connection& conn, const std::vector<int64_t>& ids,
                                        const std::string& lo, const std::string& hi);
std::vector<OrgRow> EnterprisesByIds(storage::Connection& conn, const std::vector<int64_t>& ids,
                                     const std::string& lo, const std::string& hi);
std::vector<OrgRow> ActiveEnterprisesInSubtree(storage::Connection& conn, const std::string& lo,
                                               const std::string& hi,
                                               const std::vector<std::string>& industries);
std::vector<OrgRow> ActiveAgenciesInSubtree(storage::Connection& conn, const std::string& lo,
                                            const std::string& hi);

}  // namespace anjian::notices
