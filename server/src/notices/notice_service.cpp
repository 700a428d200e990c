#include "notices/notice_service.hpp"

#include <boost/json.hpp>
#include <set>

#include "notices/notice_status_rules.hpp"
#include "files/file_service.hpp"
#include "notices/notice_sql.hpp"

namespace anjian::notices {

namespace json = boost::json;
using storage::Value;

Sender SenderOf(const api::Principal& p) {
  if (!p.agency_id || p.region_path.empty())
    throw ApiException{Error::Forbidden("only agency accounts can send notices",
                                        "只有监管部门账号可以发送通知")};
  return Sender{*p.agency_id, p.region_path};
}

NoticeDraft ReadNoticeInput(api::JsonInput& in, storage::Connection& conn,
                            const api::Principal& p, const Defaults* defaults) {
  NoticeDraft d;
  bool partial = defaults != nullptr;
  d.title = in.Str("title", !partial, 200);
  d.body = in.Str("body", !partial, 50000);
  std::optional<std::string> actions = in.OptStr("required_actions", 5000);
  auto deadline = in.OptStr("feedback_deadline", 10);
  d.attachment_ids = in.IdList("attachment_ids", 20);
  bool has_recipients = in.Has("recipients");
  json::object sel_obj = in.Obj("recipients");
  if (partial) {
    if (d.title.empty()) d.title = defaults->title;
    if (d.body.empty()) d.body = defaults->body;
    d.required_actions = actions ? *actions : defaults->required_actions;
    d.feedback_deadline = in.Has("feedback_deadline") ? deadline : defaults->feedback_deadline;
  } else {
    d.required_actions = actions.value_or("");
    d.feedback_deadline = deadline;
  }
  if (d.feedback_deadline && d.feedback_deadline->empty()) d.feedback_deadline.reset();
  if (d.feedback_deadline && !domain::IsIsoDate(*d.feedback_deadline))
    in.AddError({"feedback_deadline", "date_invalid", "must be a date YYYY-MM-DD",
                 "应为日期，格式 YYYY-MM-DD"});
  std::set<int64_t> seen;
  std::vector<int64_t> unique;
  for (int64_t id : d.attachment_ids)
    if (seen.insert(id).second) unique.push_back(id);
  d.attachment_ids = std::move(unique);
  files::CheckAttachments(conn, p, d.attachment_ids, "attachment_ids", in.errors());
  Selection sel = ParseSelection(sel_obj, in.errors());
  if (!has_recipients && partial)
    in.AddError({"recipients", "required", "is required", "必填"});
  if (in.errors().empty() && !sel.empty()) ResolveSelection(conn, sel, SenderOf(p));
  d.recipients_json = json::serialize(SelectionJson(sel));
  return d;
}

json::object NoticeDetail(storage::Connection& conn, const api::Principal& p, int64_t id) {
  std::string today = TodayChina();
  auto found = GetNotice(conn, SenderViewSql(p, "n"), id, today);
  if (!found) throw ApiException{Error::NotFound("notice")};
  json::object n = std::move(*found);
  auto sel = conn.Query("SELECT recipients_json FROM notices WHERE id = ?", {id});
  n["recipient_selection"] = json::parse(sel.Text(0, "recipients_json"));
  n["recipients"] = ListRecipients(conn, id, today);
  n["chain"] = Chain(conn, id);
  n["children"] = Children(conn, id, p.agency_id.value_or(0));
  return n;
}

void CheckDeadlineNotPast(const std::optional<std::string>& deadline, const std::string& today) {
  if (deadline && *deadline < today)
    throw ApiException{Error::Validation({{"feedback_deadline", "deadline_past",
                                           "the feedback deadline " + *deadline + " is in the past",
                                           "反馈截止日期 " + *deadline + " 已过"}})};
}

std::vector<std::pair<int64_t, int64_t>> RecipientUsers(storage::Connection& conn,
                                                        int64_t notice_id,
                                                        const std::vector<int64_t>& recipient_ids) {
  std::vector<Value> params;
  std::string filter;
  auto one = [&](const char* kind, const char* col) {
    params.emplace_back(notice_id);
    std::string sql = std::string("SELECT r.id AS rid, u.id AS uid FROM notice_recipients r "
                                  "JOIN users u ON u.") + col + " = r." + col +
                      " WHERE r.notice_id = ? AND r.recipient_kind = '" + kind +
                      "' AND u.status = 'active'";
    if (!recipient_ids.empty()) sql += " AND r.id IN (" + InList(recipient_ids, params) + ")";
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

SendResult SendNotice(storage::Connection& conn, int64_t notice_id, int64_t user_id,
                      const std::string& at, notifications::PendingPushes& pushes) {
  auto rs = conn.Query(
      "SELECT n.status, n.title, n.feedback_deadline, n.recipients_json, n.sender_agency_id, "
      "sa.region_path, sa.name AS agency_name FROM notices n JOIN agencies sa ON "
      "sa.id = n.sender_agency_id WHERE n.id = ?",
      {notice_id});
  if (rs.empty()) throw ApiException{Error::NotFound("notice")};
  if (rs.Text(0, "status") != "draft")
    throw ApiException{Error::Conflict("the notice has already been sent", "该通知已发送")};
  Sender sender{rs.Int(0, "sender_agency_id"), rs.Text(0, "region_path")};
  auto targets = ResolveSelection(conn, SelectionFromStored(rs.Text(0, "recipients_json")), sender);
  if (targets.empty())
    throw ApiException{Error::Validation({{"recipients", "recipients_empty",
                                           "the notice has no recipients",
                                           "请至少选择一个接收单位"}})};
  for (const auto& t : targets)
    conn.Exec(
        "INSERT INTO notice_recipients (notice_id, recipient_kind, agency_id, enterprise_id, "
        "region_path) VALUES (?, ?, ?, ?, ?)",
        {notice_id, t.kind, t.kind == "agency" ? Value(t.id) : Value(nullptr),
         t.kind == "enterprise" ? Value(t.id) : Value(nullptr), t.region_path});
  conn.Exec("UPDATE notices SET status = 'sent', sent_at = ?, updated_at = ? WHERE id = ?",
            {at, at, notice_id});
  AddEvent(conn, notice_id, std::nullopt, user_id, "sent", at);

  std::string title = "新通知：" + rs.Text(0, "title");
  std::string body = rs.Text(0, "agency_name") + " 发来通知";
  if (auto d = rs.OptText(0, "feedback_deadline")) body += "，请于 " + *d + " 前反馈";
  else body += "，请及时阅读并回执";
  SendResult result{targets.size(), 0};
  for (auto [rid, uid] : RecipientUsers(conn, notice_id, {})) {
    pushes.Add(uid, notifications::InsertNotification(conn, uid, notifications::kNoticeReceived,
                                                      title, body,
                                                      "/inbox/" + std::to_string(rid), at));
    ++result.notified;
  }
  return result;
}

}  // namespace anjian::notices
