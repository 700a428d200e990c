#include "notices/inbox_store.hpp"

#include <boost/json.hpp>

#include "platform/api/json.hpp"
#include "core/error.hpp"
#include "notices/notice_status_rules.hpp"
#include "core/text.hpp"
#include "notices/notice_json.hpp"
#include "notices/notice_sql.hpp"
#include "notices/notice_store.hpp"
#include "platform/storage/like.hpp"

namespace anjian::notices {

namespace json = boost::json;
using storage::Value;

InboxFilter ParseInboxFilter(const std::unordered_map<std::string, std::string>& query) {
  InboxFilter f;
  std::vector<FieldError> errs;
  if (auto it = query.find("status"); it != query.end()) f.status = domain::Trim(it->second);
  if (!f.status.empty() && !domain::ParseRecipientStatus(f.status))
    errs.push_back({"status", "status_invalid",
                    "must be unread, read, acknowledged, feedback_submitted or overdue",
                    "应为 unread、read、acknowledged、feedback_submitted 或 overdue"});
  if (auto it = query.find("q"); it != query.end()) f.q = domain::Trim(it->second);
  if (f.q.size() > 100)
    errs.push_back({"q", "max_length", "must be at most 100 bytes", "关键字过长"});
  if (!errs.empty()) throw ApiException{Error::Validation(std::move(errs))};
  return f;
}

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
                           ", n.feedback_deadline, n.title, n.sent_at, n.required_actions, "
                           "n.parent_notice_id, n.sender_agency_id, sa.name AS sender_agency_name" +
                           from + " JOIN agencies sa ON sa.id = n.sender_agency_id" +
                           kRecipientJoins + where + " ORDER BY n.sent_at DESC, r.id DESC LIMIT ? OFFSET ?",
                       params);
  for (size_t i = 0; i < rs.size(); ++i) {
    json::object o = RecipientJson(rs, i, today);
    auto parent = rs.OptInt(i, "parent_notice_id");
    o["notice"] = json::object{
        {"id", rs.Int(i, "notice_id")},
        {"title", rs.Text(i, "title")},
        {"required_actions", rs.Text(i, "required_actions")},
        {"feedback_deadline", api::NullableStr(rs.OptText(i, "feedback_deadline"))},
        {"sent_at", rs.Text(i, "sent_at")},
        {"parent_notice_id", parent ? json::value(*parent) : json::value(nullptr)},
        {"sender_agency", json::object{{"id", rs.Int(i, "sender_agency_id")},
                                       {"name", rs.Text(i, "sender_agency_name")}}}};
    page.items.push_back(std::move(o));
  }
  std::vector<json::object*> ptrs;
  for (auto& o : page.items) ptrs.push_back(&o);
  AddFeedbackAttachments(conn, ptrs);
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
  OwnRecipient out;
  out.json = RecipientJson(rs, 0, today);
  out.notice_id = rs.Int(0, "notice_id");
  out.kind = rs.Text(0, "recipient_kind");
  out.notice_status = rs.Text(0, "notice_status");
  out.read = !rs.IsNull(0, "read_at");
  out.acknowledged = !rs.IsNull(0, "acknowledged_at");
  out.feedback = !rs.IsNull(0, "feedback_at");
  std::vector<json::object*> ptrs{&out.json};
  AddFeedbackAttachments(conn, ptrs);
  return out;
}

}  // namespace anjian::notices
