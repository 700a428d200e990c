#include "notices/notice_store.hpp"

#include <boost/json.hpp>
#include <map>

#include "core/error.hpp"
#include "core/text.hpp"
#include "notices/notice_json.hpp"
#include "notices/notice_sql.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/like.hpp"

namespace anjian::notices {

namespace json = boost::json;
using storage::Value;

NoticeFilter ParseNoticeFilter(const std::unordered_map<std::string, std::string>& query) {
  NoticeFilter f;
  std::vector<FieldError> errs;
  if (auto it = query.find("status"); it != query.end()) f.status = domain::Trim(it->second);
  if (!f.status.empty() && f.status != "draft" && f.status != "sent")
    errs.push_back({"status", "status_invalid", "must be draft or sent", "应为 draft 或 sent"});
  if (auto it = query.find("q"); it != query.end()) f.q = domain::Trim(it->second);
  if (f.q.size() > 100)
    errs.push_back({"q", "max_length", "must be at most 100 bytes", "关键字过长"});
  if (!errs.empty()) throw ApiException{Error::Validation(std::move(errs))};
  return f;
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
  for (size_t i = 0; i < rs.size(); ++i) page.items.push_back(NoticeJson(rs, i));
  std::vector<json::object*> ptrs;
  for (auto& o : page.items) ptrs.push_back(&o);
  AddAttachments(conn, ptrs);
  AddStats(conn, ptrs, today);
  return page;
}

std::optional<json::object> GetNotice(storage::Connection& conn, const api::SqlFilter& view,
                                      int64_t id, const std::string& today) {
  std::vector<Value> params{id};
  params.insert(params.end(), view.params.begin(), view.params.end());
  auto rs = conn.Query(std::string("SELECT ") + kNoticeColumns + kNoticeFrom +
                           " WHERE n.id = ? AND " + view.sql,
                       params);
  if (rs.empty()) return std::nullopt;
  json::object o = NoticeJson(rs, 0);
  std::vector<json::object*> ptrs{&o};
  AddAttachments(conn, ptrs);
  AddStats(conn, ptrs, today);
  return o;
}

namespace {

// Fills `field` of each object with the files linked to it through `link_table`
// (owner column `owner_col`): one query for the whole batch.
void AttachFiles(storage::Connection& conn, std::vector<json::object*>& owners,
                 const char* link_table, const char* owner_col, const char* field) {
  if (owners.empty()) return;
  std::map<int64_t, json::object*> by_id;
  std::vector<int64_t> ids;
  for (auto* o : owners) {
    int64_t id = o->at("id").as_int64();
    by_id[id] = o;
    ids.push_back(id);
    (*o)[field] = json::array{};
  }
  std::vector<Value> params;
  std::string in = InList(ids, params);
  auto rs = conn.Query(std::string("SELECT l.") + owner_col +
                           " AS owner_id, f.id, f.name, f.size, f.mime, f.sha256, f.created_at FROM " +
                           link_table + " l JOIN files f ON f.id = l.file_id WHERE l." + owner_col +
                           " IN (" + in + ") ORDER BY f.id",
                       params);
  for (size_t i = 0; i < rs.size(); ++i)
    by_id[rs.Int(i, "owner_id")]->at(field).as_array().push_back(FileJson(rs, i));
}

}  // namespace

void AddAttachments(storage::Connection& conn, std::vector<json::object*>& notices) {
  AttachFiles(conn, notices, "notice_attachments", "notice_id", "attachments");
}

void AddStats(storage::Connection& conn, std::vector<json::object*>& notices,
              const std::string& today) {
  if (notices.empty()) return;
  std::map<int64_t, json::object*> by_id;
  std::vector<int64_t> ids;
  for (auto* o : notices) {
    int64_t id = o->at("id").as_int64();
    by_id[id] = o;
    ids.push_back(id);
    (*o)["stats"] = EmptyStats();
  }
  std::vector<Value> params{today};
  std::string in = InList(ids, params);
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
  for (size_t i = 0; i < rs.size(); ++i) {
    json::object& st = by_id[rs.Int(i, "notice_id")]->at("stats").as_object();
    for (const char* k : {"total", "unread", "read", "acknowledged", "feedback_submitted", "overdue"})
      st[k] = rs.Int(i, k);
  }
}

void AddFeedbackAttachments(storage::Connection& conn, std::vector<json::object*>& recipients) {
  AttachFiles(conn, recipients, "feedback_attachments", "recipient_id", "feedback_attachments");
}

json::array ListRecipients(storage::Connection& conn, int64_t notice_id, const std::string& today) {
  auto rs = conn.Query(std::string("SELECT ") + kRecipientColumns +
                           ", n.feedback_deadline FROM notice_recipients r "
                           "JOIN notices n ON n.id = r.notice_id" +
                           kRecipientJoins +
                           " WHERE r.notice_id = ? ORDER BY r.recipient_kind, r.region_path, r.id",
                       {notice_id});
  std::vector<json::object> items;
  items.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(RecipientJson(rs, i, today));
  std::vector<json::object*> ptrs;
  for (auto& o : items) ptrs.push_back(&o);
  // Large enterprise lists are queried in chunks to bound the IN list.
  for (size_t start = 0; start < ptrs.size(); start += 500) {
    std::vector<json::object*> chunk(ptrs.begin() + start,
                                     ptrs.begin() + std::min(ptrs.size(), start + 500));
    AddFeedbackAttachments(conn, chunk);
  }
  json::array out;
  out.reserve(items.size());
  for (auto& o : items) out.push_back(std::move(o));
  return out;
}

json::array Chain(storage::Connection& conn, int64_t notice_id) {
  auto rs = conn.Query(
      "WITH RECURSIVE anc(id, depth) AS ("
      "SELECT parent_notice_id, 1 FROM notices WHERE id = ? AND parent_notice_id IS NOT NULL "
      "UNION ALL SELECT p.parent_notice_id, anc.depth + 1 FROM notices p JOIN anc ON p.id = anc.id "
      "WHERE p.parent_notice_id IS NOT NULL AND anc.depth < 32) "
      "SELECT n.id, n.title, n.sent_at, sa.id AS agency_id, sa.name AS agency_name "
      "FROM anc JOIN notices n ON n.id = anc.id JOIN agencies sa ON sa.id = n.sender_agency_id "
      "ORDER BY anc.depth DESC",
      {notice_id});
  json::array out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back(json::object{
        {"id", rs.Int(i, "id")},
        {"title", rs.Text(i, "title")},
        {"sent_at", rs.Text(i, "sent_at")},
        {"sender_agency",
         json::object{{"id", rs.Int(i, "agency_id")}, {"name", rs.Text(i, "agency_name")}}}});
  return out;
}

json::array Children(storage::Connection& conn, int64_t notice_id, int64_t viewer_agency_id) {
  auto rs = conn.Query(
      "SELECT n.id, n.title, n.status, n.sent_at, n.parent_recipient_id, sa.id AS agency_id, "
      "sa.name AS agency_name, (SELECT COUNT(*) FROM notice_recipients c WHERE c.notice_id = n.id) "
      "AS recipients FROM notices n JOIN agencies sa ON sa.id = n.sender_agency_id "
      "WHERE n.parent_notice_id = ? AND (n.status = 'sent' OR n.sender_agency_id = ?) ORDER BY n.id",
      {notice_id, viewer_agency_id});
  json::array out;
  for (size_t i = 0; i < rs.size(); ++i) {
    auto sent = rs.OptText(i, "sent_at");
    out.push_back(json::object{
        {"id", rs.Int(i, "id")},
        {"title", rs.Text(i, "title")},
        {"status", rs.Text(i, "status")},
        {"sent_at", sent ? json::value(*sent) : json::value(nullptr)},
        {"parent_recipient_id", rs.Int(i, "parent_recipient_id")},
        {"recipients", rs.Int(i, "recipients")},
        {"sender_agency",
         json::object{{"id", rs.Int(i, "agency_id")}, {"name", rs.Text(i, "agency_name")}}}});
  }
  return out;
}

int64_t InsertNotice(storage::Connection& conn, int64_t sender_agency_id, int64_t sender_user_id,
                     const NoticeDraft& d, std::optional<int64_t> parent_notice_id,
                     std::optional<int64_t> parent_recipient_id, const std::string& at) {
  auto rs = conn.Query(
      "INSERT INTO notices (sender_agency_id, sender_user_id, parent_notice_id, "
      "parent_recipient_id, title, body, required_actions, feedback_deadline, recipients_json, "
      "status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,'draft',?,?) RETURNING id",
      {sender_agency_id, sender_user_id, storage::Nullable(parent_notice_id),
       storage::Nullable(parent_recipient_id), d.title, d.body, d.required_actions,
       storage::Nullable(d.feedback_deadline), d.recipients_json, at, at});
  int64_t id = rs.Int(0, "id");
  ReplaceAttachments(conn, id, d.attachment_ids);
  AddEvent(conn, id, std::nullopt, sender_user_id, "created", at);
  return id;
}

void UpdateNoticeDraft(storage::Connection& conn, int64_t id, const NoticeDraft& d,
                       const std::string& at) {
  conn.Exec(
      "UPDATE notices SET title = ?, body = ?, required_actions = ?, feedback_deadline = ?, "
      "recipients_json = ?, updated_at = ? WHERE id = ? AND status = 'draft'",
      {d.title, d.body, d.required_actions, storage::Nullable(d.feedback_deadline), d.recipients_json, at,
       id});
  ReplaceAttachments(conn, id, d.attachment_ids);
}

void ReplaceAttachments(storage::Connection& conn, int64_t notice_id,
                        const std::vector<int64_t>& file_ids) {
  conn.Exec("DELETE FROM notice_attachments WHERE notice_id = ?", {notice_id});
  for (int64_t f : file_ids)
    conn.Exec("INSERT INTO notice_attachments (notice_id, file_id) VALUES (?, ?)", {notice_id, f});
}

std::vector<int64_t> AttachmentIds(storage::Connection& conn, int64_t notice_id) {
  auto rs = conn.Query(
      "SELECT file_id FROM notice_attachments WHERE notice_id = ? ORDER BY file_id", {notice_id});
  std::vector<int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "file_id"));
  return out;
}

void AddEvent(storage::Connection& conn, int64_t notice_id, std::optional<int64_t> recipient_id,
              std::optional<int64_t> user_id, const std::string& event, const std::string& at) {
  conn.Exec("INSERT INTO notice_events (notice_id, recipient_id, user_id, event, at) VALUES (?,?,?,?,?)",
            {notice_id, storage::Nullable(recipient_id), storage::Nullable(user_id), event, at});
}

}  // namespace anjian::notices
