// Notice persistence (通知): drafts, attachments, events, and the read models of the sender
// view. Visibility is always applied in SQL (notice_sql.hpp); a notice outside it behaves
// exactly like a missing one.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::notices {

struct NoticeFilter {
  std::string status;  // draft | sent | ""
  std::string q;       // title fragment
};
NoticeFilter ParseNoticeFilter(const std::unordered_map<std::string, std::string>& query);

struct NoticePage {
  std::vector<boost::json::object> items;
  int64_t total = 0;
};

// Notices sent or drafted by `agency_id`, newest first, with attachments and stats.
NoticePage ListAgencyNotices(storage::Connection& conn, int64_t agency_id, const NoticeFilter& f,
                             int64_t limit, int64_t offset, const std::string& today);

// One notice inside `view` with attachments and stats; nullopt when missing or not visible.
std::optional<boost::json::object> GetNotice(storage::Connection& conn, const api::SqlFilter& view,
                                             int64_t id, const std::string& today);

// Adds "attachments" and (when `with_stats`) "stats" to each notice, in one query each.
void AddAttachments(storage::Connection& conn, std::vector<boost::json::object*>& notices);
void AddStats(storage::Connection& conn, std::vector<boost::json::object*>& notices,
              const std::string& today);
// Adds "feedback_attachments" to each recipient, in one query.
void AddFeedbackAttachments(storage::Connection& conn,
                            std::vector<boost::json::object*>& recipients);

// Every recipient of a notice (agencies first, then by region and name), status for `today`.
boost::json::array ListRecipients(storage::Connection& conn, int64_t notice_id,
                                  const std::string& today);
// Ancestors of a forwarded notice, root first: [{"id","title","sender_agency","sent_at"}].
boost::json::array Chain(storage::Connection& conn, int64_t notice_id);
// Forwards of a notice: sent ones, plus drafts of `viewer_agency_id`.
boost::json::array Children(storage::Connection& conn, int64_t notice_id, int64_t viewer_agency_id);

struct NoticeDraft {
  std::string title, body, required_actions;
  std::optional<std::string> feedback_deadline;
  std::vector<int64_t> attachment_ids;
  std::string recipients_json = "{}";
};

int64_t InsertNotice(storage::Connection& conn, int64_t sender_agency_id, int64_t sender_user_id,
                     const NoticeDraft& d, std::optional<int64_t> parent_notice_id,
                     std::optional<int64_t> parent_recipient_id, const std::string& at);
void UpdateNoticeDraft(storage::Connection& conn, int64_t id, const NoticeDraft& d,
                       const std::string& at);
void ReplaceAttachments(storage::Connection& conn, int64_t notice_id,
                        const std::vector<int64_t>& file_ids);
std::vector<int64_t> AttachmentIds(storage::Connection& conn, int64_t notice_id);
void AddEvent(storage::Connection& conn, int64_t notice_id, std::optional<int64_t> recipient_id,
              std::optional<int64_t> user_id, const std::string& event, const std::string& at);

}  // namespace anjian::notices
