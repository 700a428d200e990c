#include "notices/notice_json.hpp"

#include <boost/json.hpp>

#include "platform/api/json.hpp"
#include "notices/notice_status_rules.hpp"

namespace anjian::notices {

namespace json = boost::json;

json::object FileJson(const storage::ResultSet& rs, size_t i) {
  return json::object{{"id", rs.Int(i, "id")},         {"name", rs.Text(i, "name")},
                      {"size", rs.Int(i, "size")},     {"mime", rs.Text(i, "mime")},
                      {"sha256", rs.Text(i, "sha256")}, {"created_at", rs.Text(i, "created_at")}};
}

json::object NoticeJson(const storage::ResultSet& rs, size_t i) {
  auto opt_int = [&](const char* c) {
    auto v = rs.OptInt(i, c);
    return v ? json::value(*v) : json::value(nullptr);
  };
  json::object o;
  o.reserve(18);
  o["id"] = rs.Int(i, "id");
  o["title"] = rs.Text(i, "title");
  o["body"] = rs.Text(i, "body");
  o["required_actions"] = rs.Text(i, "required_actions");
  o["feedback_deadline"] = api::NullableStr(rs.OptText(i, "feedback_deadline"));
  o["status"] = rs.Text(i, "status");
  o["sender_agency"] = json::object{{"id", rs.Int(i, "sender_agency_id")},
                                    {"name", rs.Text(i, "sender_agency_name")},
                                    {"region_code", rs.Text(i, "sender_region_code")}};
  o["sender_user"] = json::object{{"id", rs.Int(i, "sender_user_id")},
                                  {"display_name", rs.Text(i, "sender_user_name")}};
  o["parent_notice_id"] = opt_int("parent_notice_id");
  o["parent_recipient_id"] = opt_int("parent_recipient_id");
  o["created_at"] = rs.Text(i, "created_at");
  o["updated_at"] = rs.Text(i, "updated_at");
  o["sent_at"] = api::NullableStr(rs.OptText(i, "sent_at"));
  o["attachments"] = json::array{};
  return o;
}

json::object RecipientJson(const storage::ResultSet& rs, size_t i, const std::string& today) {
  auto read_at = rs.OptText(i, "read_at");
  auto ack_at = rs.OptText(i, "acknowledged_at");
  auto fb_at = rs.OptText(i, "feedback_at");
  auto deadline = rs.OptText(i, "feedback_deadline");
  auto status = domain::DeriveRecipientStatus(read_at.has_value(), ack_at.has_value(),
                                              fb_at.has_value(), deadline, deadline.has_value(),
                                              today);
  auto opt_int = [&](const char* c) {
    auto v = rs.OptInt(i, c);
    return v ? json::value(*v) : json::value(nullptr);
  };
  json::object o;
  o.reserve(16);
  o["id"] = rs.Int(i, "id");
  o["notice_id"] = rs.Int(i, "notice_id");
  o["recipient_kind"] = rs.Text(i, "recipient_kind");
  o["agency_id"] = opt_int("agency_id");
  o["enterprise_id"] = opt_int("enterprise_id");
  o["name"] = rs.Text(i, "recipient_name");
  o["region_code"] = rs.Text(i, "recipient_region_code");
  o["status"] = std::string(domain::RecipientStatusValue(status));
  o["read_at"] = api::NullableStr(read_at);
  o["acknowledged_at"] = api::NullableStr(ack_at);
  o["feedback_at"] = api::NullableStr(fb_at);
  o["feedback_text"] = api::NullableStr(rs.OptText(i, "feedback_text"));
  o["feedback_attachments"] = json::array{};
  o["reminded_count"] = rs.Int(i, "reminded_count");
  o["last_reminded_at"] = api::NullableStr(rs.OptText(i, "last_reminded_at"));
  return o;
}

json::object EmptyStats() {
  return json::object{{"total", 0},        {"unread", 0},
                      {"read", 0},         {"acknowledged", 0},
                      {"feedback_submitted", 0}, {"overdue", 0}};
}

}  // namespace anjian::notices
