#include "notices/notice_repository.hpp"

#include <algorithm>
#include <map>

#include "notices/notice_sql.hpp"
#include "platform/storage/like.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::notices {

using storage::Value;

namespace {

// Appends `ids` to `params` and returns their placeholders.
template <typename T>
std::string InParams(const std::vector<T>& ids, std::vector<Value>& params) {
  for (const auto& id : ids) params.emplace_back(id);
  return storage::Placeholders(ids.size());
}

FileRef FileRow(const storage::ResultSet& rs, size_t i) {
  return FileRef{rs.Int(i, "id"),     rs.Text(i, "name"),   rs.Int(i, "size"),
                 rs.Text(i, "mime"), rs.Text(i, "sha256"), rs.Text(i, "created_at")};
}

// The files linked to each owner id through `link_table` (owner column `owner_col`), by file
// id: one query for the whole batch. `owner_ids` is not empty.
std::map<int64_t, std::vector<FileRef>> FilesOf(storage::Connection& conn,
                                                const std::vector<int64_t>& owner_ids,
                                                const char* link_table, const char* owner_col) {
  std::vector<Value> params;
  std::string in = InParams(owner_ids, params);
  auto rs = conn.Query(std::string("SELECT l.") + owner_col +
                           " AS owner_id, f.id, f.name, f.size, f.mime, f.sha256, f.created_at FROM " +
                           link_table + " l JOIN files f ON f.id = l.file_id WHERE l." + owner_col +
                           " IN (" + in + ") ORDER BY f.id",
                       params);
  std::map<int64_t, std::vector<FileRef>> out;
  for (size_t i = 0; i < rs.size(); ++i) out[rs.Int(i, "owner_id")].push_back(FileRow(rs, i));
  return out;
}

Notice NoticeRow(const storage::ResultSet& rs, size_t i) {
  Notice n;
  n.id = rs.Int(i, "id");
  n.title = rs.Text(i, "title");
  n.body = rs.Text(i, "body");
  n.required_actions = rs.Text(i, "required_actions");
  n.document_number = rs.Text(i, "document_number");
  n.urgency = rs.Text(i, "urgency");
  n.feedback_deadline = rs.OptText(i, "feedback_deadline");
  n.status = rs.Text(i, "status");
  n.sender_agency_id = rs.Int(i, "sender_agency_id");
  n.sender_agency_name = rs.Text(i, "sender_agency_name");
  n.sender_region_code = rs.Text(i, "sender_region_code");
  n.sender_user_id = rs.Int(i, "sender_user_id");
  n.sender_user_name = rs.Text(i, "sender_user_name");
  n.parent_notice_id = rs.OptInt(i, "parent_notice_id");
  n.parent_recipient_id = rs.OptInt(i, "parent_recipient_id");
  n.recipients_json = rs.Text(i, "recipients_json");
  n.created_at = rs.Text(i, "created_at");
  n.updated_at = rs.Text(i, "updated_at");
  n.sent_at = rs.OptText(i, "sent_at");
  return n;
}

// Attachments and recipient statistics of each notice, one query each.
void Complete(storage::Connection& conn, std::vector<Notice>& notices, const std::string& today) {
  if (notices.empty()) return;
  std::vector<int64_t> ids;
  for (const auto& n : notices) ids.push_back(n.id);
  auto files = FilesOf(conn, ids, "notice_attachments", "notice_id");
  std::vector<Value> params{today};
  std::string in = InParams(ids, params);
  auto rs = conn.Query(
      "SELECT notice_id, COUNT(*) AS total, "
      "SUM(CASE WHEN s = 'unread' THEN 1 ELSE 0 END) AS unread, "
      "SUM(CASE WHEN s = 'read' THEN 1 ELSE 0 END) AS read, "
      "SUM(CASE WHEN s = 'acknowledged' THEN 1 ELSE 0 END) AS acknowledged, "
      "SUM(CASE WHEN s = 'feedback_submitted' THEN 1 ELSE 0 END) AS feedback_submitted, "
      "SUM(CASE WHEN s = 'overdue' THEN 1 ELSE 0 END) AS overdue FROM ("
      "SELECT r.notice_id, " + StatusCaseSql() + " AS s FROM notice_recipients r "
      "JOIN notices n ON n.id = r.notice_id WHERE r.notice_id IN (" + in + ")) x "
      "GROUP BY notice_id",
      params);
  std::map<int64_t, NoticeStats> stats;
  for (size_t i = 0; i < rs.size(); ++i)
    stats[rs.Int(i, "notice_id")] = {rs.Int(i, "total"),        rs.Int(i, "unread"),
                                     rs.Int(i, "read"),         rs.Int(i, "acknowledged"),
                                     rs.Int(i, "feedback_submitted"), rs.Int(i, "overdue")};
  for (auto& n : notices) {
    if (auto f = files.find(n.id); f != files.end()) n.attachments = std::move(f->second);
    if (auto s = stats.find(n.id); s != stats.end()) n.stats = s->second;
  }
}

std::vector<OrgRow> OrgRows(const storage::ResultSet& rs) {
  std::vector<OrgRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "region_path"), true});
  return out;
}

}  // namespace

Recipient RecipientRow(const storage::ResultSet& rs, size_t i, const std::string& today) {
  Recipient r;
  r.id = rs.Int(i, "id");
  r.notice_id = rs.Int(i, "notice_id");
  r.kind = rs.Text(i, "recipient_kind");
  r.agency_id = rs.OptInt(i, "agency_id");
  r.enterprise_id = rs.OptInt(i, "enterprise_id");
  r.name = rs.Text(i, "recipient_name");
  r.region_code = rs.Text(i, "recipient_region_code");
  r.read_at = rs.OptText(i, "read_at");
  r.acknowledged_at = rs.OptText(i, "acknowledged_at");
  r.feedback_at = rs.OptText(i, "feedback_at");
  r.feedback_text = rs.OptText(i, "feedback_text");
  r.reminded_count = rs.Int(i, "reminded_count");
  r.last_reminded_at = rs.OptText(i, "last_reminded_at");
  auto deadline = rs.OptText(i, "feedback_deadline");
  r.status = DeriveRecipientStatus(r.read_at.has_value(), r.acknowledged_at.has_value(),
                                   r.feedback_at.has_value(), deadline, deadline.has_value(),
                                   today);
  return r;
}

void LoadFeedbackAttachments(storage::Connection& conn, std::vector<Recipient*>& recipients) {
  // Large enterprise lists are queried in chunks to bound the IN list.
  for (size_t start = 0; start < recipients.size(); start += 500) {
    const size_t end = std::min(recipients.size(), start + 500);
    std::vector<int64_t> ids;
    for (size_t k = start; k < end; ++k) ids.push_back(recipients[k]->id);
    auto files = FilesOf(conn, ids, "feedback_attachments", "recipient_id");
    for (size_t k = start; k < end; ++k)
      if (auto f = files.find(recipients[k]->id); f != files.end())
        recipients[k]->feedback_attachments = std::move(f->second);
  }
}

NoticePage ListAgencyNotices(storage::Connection& conn, int64_t agency_id, const NoticeFilter& f,
                             int64_t limit, int64_t offset, const std::string& today) {
  std::string where = " WHERE n.sender_agency_id = ?";
  std::vector<Value> params{agency_id};
  if (!f.status.empty()) {
    where += " AND n.status = ?";
    params.emplace_back(f.status);
  }
  if (!f.q.empty()) {
    where += " AND " + storage::LikeContains("n.title");
    params.emplace_back(storage::ContainsPattern(f.q));
  }
  NoticePage page;
  page.total = conn.Query("SELECT COUNT(*) AS n FROM notices n" + where, params).Int(0, "n");
  params.emplace_back(limit);
  params.emplace_back(offset);
  auto rs = conn.Query(std::string("SELECT ") + kNoticeColumns + kNoticeFrom + where +
                           " ORDER BY n.id DESC LIMIT ? OFFSET ?",
                       params);
  for (size_t i = 0; i < rs.size(); ++i) page.items.push_back(NoticeRow(rs, i));
  Complete(conn, page.items, today);
  return page;
}

std::optional<Notice> GetNotice(storage::Connection& conn, const api::SqlFilter& view, int64_t id,
                                const std::string& today) {
  std::vector<Value> params{id};
  params.insert(params.end(), view.params.begin(), view.params.end());
  auto rs = conn.Query(std::string("SELECT ") + kNoticeColumns + kNoticeFrom +
                           " WHERE n.id = ? AND " + view.sql,
                       params);
  if (rs.empty()) return std::nullopt;
  std::vector<Notice> one{NoticeRow(rs, 0)};
  Complete(conn, one, today);
  return std::move(one.front());
}

std::vector<Recipient> ListRecipients(storage::Connection& conn, int64_t notice_id,
                                      const std::string& today) {
  auto rs = conn.Query(std::string("SELECT ") + kRecipientColumns +
                           ", n.feedback_deadline FROM notice_recipients r "
                           "JOIN notices n ON n.id = r.notice_id" +
                           kRecipientJoins +
                           " WHERE r.notice_id = ? ORDER BY r.recipient_kind, r.region_path, r.id",
                       {notice_id});
  std::vector<Recipient> items;
  items.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(RecipientRow(rs, i, today));
  std::vector<Recipient*> ptrs;
  for (auto& r : items) ptrs.push_back(&r);
  LoadFeedbackAttachments(conn, ptrs);
  return items;
}

std::vector<ChainLink> Chain(storage::Connection& conn, int64_t notice_id) {
  auto rs = conn.Query(
      "WITH RECURSIVE anc(id, depth) AS ("
      "SELECT parent_notice_id, 1 FROM notices WHERE id = ? AND parent_notice_id IS NOT NULL "
      "UNION ALL SELECT p.parent_notice_id, anc.depth + 1 FROM notices p JOIN anc ON p.id = anc.id "
      "WHERE p.parent_notice_id IS NOT NULL AND anc.depth < 32) "
      "SELECT n.id, n.title, n.sent_at, sa.id AS agency_id, sa.name AS agency_name "
      "FROM anc JOIN notices n ON n.id = anc.id JOIN agencies sa ON sa.id = n.sender_agency_id "
      "ORDER BY anc.depth DESC",
      {notice_id});
  std::vector<ChainLink> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "title"), rs.Text(i, "sent_at"),
                   rs.Int(i, "agency_id"), rs.Text(i, "agency_name")});
  return out;
}

std::vector<ChildNotice> Children(storage::Connection& conn, int64_t notice_id,
                                  int64_t viewer_agency_id) {
  auto rs = conn.Query(
      "SELECT n.id, n.title, n.status, n.sent_at, n.parent_recipient_id, sa.id AS agency_id, "
      "sa.name AS agency_name, (SELECT COUNT(*) FROM notice_recipients c WHERE c.notice_id = n.id) "
      "AS recipients FROM notices n JOIN agencies sa ON sa.id = n.sender_agency_id "
      "WHERE n.parent_notice_id = ? AND (n.status = 'sent' OR n.sender_agency_id = ?) ORDER BY n.id",
      {notice_id, viewer_agency_id});
  std::vector<ChildNotice> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "title"), rs.Text(i, "status"),
                   rs.OptText(i, "sent_at"), rs.Int(i, "parent_recipient_id"),
                   rs.Int(i, "recipients"), rs.Int(i, "agency_id"), rs.Text(i, "agency_name")});
  return out;
}

namespace {

void ReplaceAttachments(storage::Connection& conn, int64_t notice_id,
                        const std::vector<int64_t>& file_ids) {
  conn.Exec("DELETE FROM notice_attachments WHERE notice_id = ?", {notice_id});
  for (int64_t f : file_ids)
    conn.Exec("INSERT INTO notice_attachments (notice_id, file_id) VALUES (?, ?)", {notice_id, f});
}

}  // namespace

int64_t InsertNotice(storage::Connection& conn, int64_t sender_agency_id, int64_t sender_user_id,
                     const NoticeDraft& d, std::optional<int64_t> parent_notice_id,
                     std::optional<int64_t> parent_recipient_id, const std::string& at) {
  auto rs = conn.Query(
      "INSERT INTO notices (sender_agency_id, sender_user_id, parent_notice_id, "
      "parent_recipient_id, title, body, required_actions, document_number, urgency, "
      "feedback_deadline, recipients_json, status, created_at, updated_at) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,'draft',?,?) RETURNING id",
      {sender_agency_id, sender_user_id, storage::Nullable(parent_notice_id),
       storage::Nullable(parent_recipient_id), d.title, d.body, d.required_actions,
       d.document_number, d.urgency,
       storage::Nullable(d.feedback_deadline), d.recipients_json, at, at});
  int64_t id = rs.Int(0, "id");
  ReplaceAttachments(conn, id, d.attachment_ids);
  AddEvent(conn, id, std::nullopt, sender_user_id, "created", at);
  return id;
}

void UpdateNoticeDraft(storage::Connection& conn, int64_t id, const NoticeDraft& d,
                       const std::string& at) {
  conn.Exec(
      "UPDATE notices SET title = ?, body = ?, required_actions = ?, document_number = ?, "
      "urgency = ?, feedback_deadline = ?, recipients_json = ?, updated_at = ? WHERE id = ? AND "
      "status = 'draft'",
      {d.title, d.body, d.required_actions, d.document_number, d.urgency,
       storage::Nullable(d.feedback_deadline),
       d.recipients_json, at, id});
  ReplaceAttachments(conn, id, d.attachment_ids);
}

void AddEvent(storage::Connection& conn, int64_t notice_id, std::optional<int64_t> recipient_id,
              std::optional<int64_t> user_id, const std::string& event, const std::string& at) {
  conn.Exec("INSERT INTO notice_events (notice_id, recipient_id, user_id, event, at) VALUES (?,?,?,?,?)",
            {notice_id, storage::Nullable(recipient_id), storage::Nullable(user_id), event, at});
}

std::optional<DraftToSend> GetDraftToSend(storage::Connection& conn, int64_t notice_id) {
  auto rs = conn.Query(
      "SELECT n.status, n.title, n.feedback_deadline, n.recipients_json, n.sender_agency_id, "
      "sa.region_path, sa.name AS agency_name FROM notices n JOIN agencies sa ON "
      "sa.id = n.sender_agency_id WHERE n.id = ?",
      {notice_id});
  if (rs.empty()) return std::nullopt;
  return DraftToSend{rs.Text(0, "status"),          rs.Text(0, "title"),
                     rs.OptText(0, "feedback_deadline"), rs.Text(0, "recipients_json"),
                     rs.Int(0, "sender_agency_id"), rs.Text(0, "region_path"),
                     rs.Text(0, "agency_name")};
}

void InsertRecipients(storage::Connection& conn, int64_t notice_id,
                      const std::vector<Target>& targets) {
  for (const auto& t : targets)
    conn.Exec(
        "INSERT INTO notice_recipients (notice_id, recipient_kind, agency_id, enterprise_id, "
        "region_path) VALUES (?, ?, ?, ?, ?)",
        {notice_id, t.kind, t.kind == "agency" ? Value(t.id) : Value(nullptr),
         t.kind == "enterprise" ? Value(t.id) : Value(nullptr), t.region_path});
}

void MarkNoticeSent(storage::Connection& conn, int64_t notice_id, const std::string& at) {
  conn.Exec("UPDATE notices SET status = 'sent', sent_at = ?, updated_at = ? WHERE id = ?",
            {at, at, notice_id});
}

std::vector<std::pair<int64_t, int64_t>> RecipientUsers(storage::Connection& conn,
                                                        int64_t notice_id,
                                                        const std::vector<int64_t>& recipient_ids) {
  std::vector<Value> params;
  auto one = [&](const char* kind, const char* col) {
    params.emplace_back(notice_id);
    std::string sql = std::string("SELECT r.id AS rid, u.id AS uid FROM notice_recipients r "
                                  "JOIN users u ON u.") + col + " = r." + col +
                      " WHERE r.notice_id = ? AND r.recipient_kind = '" + kind +
                      "' AND u.status = 'active'";
    if (!recipient_ids.empty()) sql += " AND r.id IN (" + InParams(recipient_ids, params) + ")";
    return sql;
  };
  std::string sql = one("agency", "agency_id");
  sql += " UNION ALL " + one("enterprise", "enterprise_id");
  auto rs = conn.Query(sql + " ORDER BY rid, uid", params);
  std::vector<std::pair<int64_t, int64_t>> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.emplace_back(rs.Int(i, "rid"), rs.Int(i, "uid"));
  return out;
}

int64_t CountRecipientsOf(storage::Connection& conn, int64_t notice_id,
                          const std::vector<int64_t>& recipient_ids) {
  std::vector<Value> params{notice_id};
  std::string in = InParams(recipient_ids, params);
  return conn
      .Query("SELECT COUNT(*) AS n FROM notice_recipients WHERE notice_id = ? AND id IN (" + in +
                 ")",
             params)
      .Int(0, "n");
}

std::vector<int64_t> PendingRecipients(storage::Connection& conn, int64_t notice_id,
                                       const std::vector<int64_t>& recipient_ids) {
  std::vector<Value> params{notice_id};
  std::string sql = "SELECT r.id FROM notice_recipients r JOIN notices n ON n.id = r.notice_id "
                    "WHERE r.notice_id = ? AND " + NotDoneSql();
  if (!recipient_ids.empty()) sql += " AND r.id IN (" + InParams(recipient_ids, params) + ")";
  auto rs = conn.Query(sql + " ORDER BY r.id", params);
  std::vector<int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

void MarkReminded(storage::Connection& conn, const std::vector<int64_t>& recipient_ids,
                  const std::string& at) {
  std::vector<Value> params{at};
  std::string in = InParams(recipient_ids, params);
  conn.Exec("UPDATE notice_recipients SET reminded_count = reminded_count + 1, "
            "last_reminded_at = ? WHERE id IN (" + in + ")",
            params);
}

std::vector<OrgRow> ActiveAgenciesByIds(storage::Connection& conn, const std::vector<int64_t>& ids,
                                        const std::string& lo, const std::string& hi) {
  std::vector<Value> params{lo, hi};
  std::string in = InParams(ids, params);
  return OrgRows(conn.Query(
      "SELECT id, region_path FROM agencies WHERE status = 'active' AND region_path >= ? AND "
      "region_path < ? AND id IN (" + in + ")",
      params));
}

std::vector<OrgRow> EnterprisesByIds(storage::Connection& conn, const std::vector<int64_t>& ids,
                                     const std::string& lo, const std::string& hi) {
  std::vector<OrgRow> out;
  for (size_t start = 0; start < ids.size(); start += 500) {
    std::vector<int64_t> chunk(ids.begin() + start,
                               ids.begin() + std::min(ids.size(), start + 500));
    std::vector<Value> params{lo, hi};
    std::string in = InParams(chunk, params);
    auto rs = conn.Query(
        "SELECT id, region_path, status FROM enterprises WHERE region_path >= ? AND "
        "region_path < ? AND id IN (" + in + ")",
        params);
    for (size_t i = 0; i < rs.size(); ++i)
      out.push_back({rs.Int(i, "id"), rs.Text(i, "region_path"), rs.Text(i, "status") == "active"});
  }
  return out;
}

std::vector<OrgRow> ActiveEnterprisesInSubtree(storage::Connection& conn, const std::string& lo,
                                               const std::string& hi,
                                               const std::vector<std::string>& industries) {
  std::string sql =
      "SELECT id, region_path FROM enterprises WHERE region_path >= ? AND region_path < ? AND "
      "status = 'active'";
  std::vector<Value> params{lo, hi};
  if (!industries.empty()) sql += " AND industry IN (" + InParams(industries, params) + ")";
  return OrgRows(conn.Query(sql + " ORDER BY region_path, id", params));
}

std::vector<OrgRow> ActiveAgenciesInSubtree(storage::Connection& conn, const std::string& lo,
                                            const std::string& hi) {
  return OrgRows(conn.Query(
      "SELECT id, region_path FROM agencies WHERE status = 'active' AND region_path >= ? AND "
      "region_path < ? ORDER BY region_path, id",
      {lo, hi}));
}

}  // namespace anjian::notices
