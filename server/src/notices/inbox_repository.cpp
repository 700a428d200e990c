#include "notices/inbox_repository.hpp"

#include "notices/notice_sql.hpp"
#include "platform/storage/like.hpp"

namespace anjian::notices {

using storage::Value;

InboxPage ListInbox(storage::Connection& conn, const api::Principal& p, const InboxFilter& f,
                    int64_t limit, int64_t offset, const std::string& today) {
  auto own = OwnRecipientSql(p, "r");
  std::string where = " WHERE " + own.sql + " AND n.status = 'sent'";
  std::vector<Value> params = own.params;
  if (!f.status.empty()) {
    where += " AND " + StatusCaseSql() + " = ?";
    params.emplace_back(today);
    params.emplace_back(f.status);
  }
  if (!f.q.empty()) {
    where += " AND " + storage::LikeContains("n.title");
    params.emplace_back(storage::ContainsPattern(f.q));
  }
  std::string from = " FROM notice_recipients r JOIN notices n ON n.id = r.notice_id";
  InboxPage page;
  page.total = conn.Query("SELECT COUNT(*) AS n" + from + where, params).Int(0, "n");
  params.emplace_back(limit);
  params.emplace_back(offset);
  auto rs = conn.Query(std::string("SELECT ") + kRecipientColumns +
                           ", n.feedback_deadline, n.title, n.sent_at, n.required_actions, n.document_number, "
                           "n.urgency, "
                           "n.parent_notice_id, n.sender_agency_id, sa.name AS sender_agency_name" +
                           from + " JOIN agencies sa ON sa.id = n.sender_agency_id" +
                           kRecipientJoins + where + " ORDER BY n.sent_at DESC, r.id DESC LIMIT ? OFFSET ?",
                       params);
  for (size_t i = 0; i < rs.size(); ++i) {
    InboxEntry e;
    e.recipient = RecipientRow(rs, i, today);
    e.notice_id = rs.Int(i, "notice_id");
    e.title = rs.Text(i, "title");
    e.required_actions = rs.Text(i, "required_actions");
    e.document_number = rs.Text(i, "document_number");
    e.urgency = rs.Text(i, "urgency");
    e.feedback_deadline = rs.OptText(i, "feedback_deadline");
    e.sent_at = rs.Text(i, "sent_at");
    e.parent_notice_id = rs.OptInt(i, "parent_notice_id");
    e.sender_agency_id = rs.Int(i, "sender_agency_id");
    e.sender_agency_name = rs.Text(i, "sender_agency_name");
    page.items.push_back(std::move(e));
  }
  std::vector<Recipient*> ptrs;
  for (auto& e : page.items) ptrs.push_back(&e.recipient);
  LoadFeedbackAttachments(conn, ptrs);
  return page;
}

std::optional<OwnRecipient> GetOwnRecipient(storage::Connection& conn, const api::Principal& p,
                                            int64_t recipient_id, const std::string& today) {
  auto own = OwnRecipientSql(p, "r");
  std::vector<Value> params{recipient_id};
  params.insert(params.end(), own.params.begin(), own.params.end());
  auto rs = conn.Query(std::string("SELECT ") + kRecipientColumns +
                           ", n.feedback_deadline, n.status AS notice_status FROM notice_recipients r "
                           "JOIN notices n ON n.id = r.notice_id" +
                           kRecipientJoins + " WHERE r.id = ? AND " + own.sql,
                       params);
  if (rs.empty()) return std::nullopt;
  OwnRecipient out{RecipientRow(rs, 0, today), rs.Text(0, "notice_status")};
  std::vector<Recipient*> ptrs{&out.recipient};
  LoadFeedbackAttachments(conn, ptrs);
  return out;
}

void MarkRecipientRead(storage::Connection& conn, int64_t recipient_id, const std::string& at) {
  conn.Exec("UPDATE notice_recipients SET read_at = ? WHERE id = ? AND read_at IS NULL",
            {at, recipient_id});
}

void MarkRecipientAcknowledged(storage::Connection& conn, int64_t recipient_id,
                               const std::string& at) {
  conn.Exec("UPDATE notice_recipients SET acknowledged_at = ? WHERE id = ?", {at, recipient_id});
}

void SaveFeedback(storage::Connection& conn, int64_t recipient_id, const std::string& text,
                  const std::vector<int64_t>& file_ids, const std::string& at) {
  conn.Exec(
      "UPDATE notice_recipients SET feedback_at = ?, feedback_text = ?, "
      "acknowledged_at = COALESCE(acknowledged_at, ?) WHERE id = ?",
      {at, text, at, recipient_id});
  for (int64_t f : file_ids)
    conn.Exec("INSERT INTO feedback_attachments (recipient_id, file_id) VALUES (?, ?)",
              {recipient_id, f});
}

NoticeHead GetNoticeHead(storage::Connection& conn, int64_t notice_id) {
  auto rs = conn.Query("SELECT title, sender_agency_id FROM notices WHERE id = ?", {notice_id});
  return NoticeHead{rs.Text(0, "title"), rs.Int(0, "sender_agency_id")};
}

}  // namespace anjian::notices
