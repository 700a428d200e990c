#include "notices/notice_json.hpp"

#include <boost/json.hpp>

#include "platform/api/json.hpp"
#include "notices/notice_status_rules.hpp"

namespace anjian::notices {

namespace json = boost::json;

namespace {

template <typename T>
json::value OrNull(const std::optional<T>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::array FilesJson(const std::vector<FileRef>& files) {
  json::array out;
  for (const auto& f : files) out.push_back(FileRefJson(f));
  return out;
}

json::object StatsJson(const NoticeStats& s) {
  return json::object{{"total", s.total},
                      {"unread", s.unread},
                      {"read", s.read},
                      {"acknowledged", s.acknowledged},
                      {"feedback_submitted", s.feedback_submitted},
                      {"overdue", s.overdue}};
}

}  // namespace

json::object FileRefJson(const FileRef& f) {
  return json::object{{"id", f.id},         {"name", f.name},
                      {"size", f.size},     {"mime", f.mime},
                      {"sha256", f.sha256}, {"created_at", f.created_at}};
}

json::object NoticeJson(const Notice& n, bool with_stats) {
  json::object o;
  o.reserve(18);
  o["id"] = n.id;
  o["title"] = n.title;
  o["body"] = n.body;
  o["required_actions"] = n.required_actions;
  o["document_number"] = n.document_number;
  o["urgency"] = n.urgency;
  o["feedback_deadline"] = api::NullableStr(n.feedback_deadline);
  o["status"] = n.status;
  o["sender_agency"] = json::object{{"id", n.sender_agency_id},
                                    {"name", n.sender_agency_name},
                                    {"region_code", n.sender_region_code}};
  o["sender_user"] = json::object{{"id", n.sender_user_id}, {"display_name", n.sender_user_name}};
  o["parent_notice_id"] = OrNull(n.parent_notice_id);
  o["parent_recipient_id"] = OrNull(n.parent_recipient_id);
  o["created_at"] = n.created_at;
  o["updated_at"] = n.updated_at;
  o["sent_at"] = api::NullableStr(n.sent_at);
  o["attachments"] = FilesJson(n.attachments);
  if (with_stats) o["stats"] = StatsJson(n.stats);
  return o;
}

json::object RecipientJson(const Recipient& r) {
  json::object o;
  o.reserve(16);
  o["id"] = r.id;
  o["notice_id"] = r.notice_id;
  o["recipient_kind"] = r.kind;
  o["agency_id"] = OrNull(r.agency_id);
  o["enterprise_id"] = OrNull(r.enterprise_id);
  o["name"] = r.name;
  o["region_code"] = r.region_code;
  o["status"] = std::string(RecipientStatusValue(r.status));
  o["read_at"] = api::NullableStr(r.read_at);
  o["acknowledged_at"] = api::NullableStr(r.acknowledged_at);
  o["feedback_at"] = api::NullableStr(r.feedback_at);
  o["feedback_text"] = api::NullableStr(r.feedback_text);
  o["feedback_attachments"] = FilesJson(r.feedback_attachments);
  o["reminded_count"] = r.reminded_count;
  o["last_reminded_at"] = api::NullableStr(r.last_reminded_at);
  return o;
}

json::array ChainJson(const std::vector<ChainLink>& chain) {
  json::array out;
  for (const auto& c : chain)
    out.push_back(json::object{
        {"id", c.id},
        {"title", c.title},
        {"sent_at", c.sent_at},
        {"sender_agency", json::object{{"id", c.agency_id}, {"name", c.agency_name}}}});
  return out;
}

json::object NoticeDetailJson(const NoticeDetail& d) {
  json::object n = NoticeJson(d.notice);
  n["recipient_selection"] = json::parse(d.notice.recipients_json);
  json::array recipients;
  recipients.reserve(d.recipients.size());
  for (const auto& r : d.recipients) recipients.push_back(RecipientJson(r));
  n["recipients"] = std::move(recipients);
  n["chain"] = ChainJson(d.chain);
  json::array children;
  for (const auto& c : d.children)
    children.push_back(json::object{
        {"id", c.id},
        {"title", c.title},
        {"status", c.status},
        {"sent_at", api::NullableStr(c.sent_at)},
        {"parent_recipient_id", c.parent_recipient_id},
        {"recipients", c.recipients},
        {"sender_agency", json::object{{"id", c.agency_id}, {"name", c.agency_name}}}});
  n["children"] = std::move(children);
  return n;
}

json::object InboxEntryJson(const InboxEntry& e) {
  json::object o = RecipientJson(e.recipient);
  o["notice"] = json::object{
      {"id", e.notice_id},
      {"title", e.title},
      {"required_actions", e.required_actions},
      {"document_number", e.document_number},
      {"urgency", e.urgency},
      {"feedback_deadline", api::NullableStr(e.feedback_deadline)},
      {"sent_at", e.sent_at},
      {"parent_notice_id", OrNull(e.parent_notice_id)},
      {"sender_agency", json::object{{"id", e.sender_agency_id}, {"name", e.sender_agency_name}}}};
  return o;
}

}  // namespace anjian::notices
