#include "dual_prevention/investigation/investigation_json.hpp"

#include "platform/api/json.hpp"

namespace anjian::investigation {

namespace {

json::value IntOrNull(const std::optional<int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

}  // namespace

const char* TaskSourceOf(const std::string& source_key) {
  if (source_key.starts_with("m")) return "measure";
  if (source_key.starts_with("h")) return "major_hazard";
  return "duty";
}

json::value PhotoIdsJson(const std::string& text) {
  boost::system::error_code ec;
  auto photos = json::parse(text, ec);
  return ec ? json::value(json::array{}) : photos;
}

json::object ChecklistJson(const Checklist& c, bool with_items) {
  json::object o{{"id", c.id},
                 {"enterprise_id", IntOrNull(c.enterprise_id)},
                 {"builtin", c.builtin()},
                 {"code", c.code},
                 {"kind", c.kind},
                 {"name", c.name},
                 {"item_count", c.item_count},
                 {"active", c.active},
                 {"updated_at", c.updated_at}};
  if (with_items) {
    json::array items;
    for (const auto& i : c.items)
      items.push_back(json::object{{"id", i.id},
                                   {"position", i.position},
                                   {"content", i.content},
                                   {"requires_photo", i.requires_photo}});
    o["items"] = std::move(items);
  }
  return o;
}

json::object DutyJson(const Duty& d) {
  return json::object{{"id", d.id},
                      {"enterprise_id", d.enterprise_id},
                      {"enterprise_name", d.enterprise_name},
                      {"checklist_id", d.checklist_id},
                      {"checklist_name", d.checklist_name},
                      {"frequency", d.frequency},
                      {"assignee_user_id", IntOrNull(d.assignee_user_id)},
                      {"assignee_name", d.assignee_name},
                      {"active", d.active},
                      {"mandatory", d.mandatory}};
}

json::object TaskJson(const Task& t) {
  return json::object{{"id", t.id},
                      {"enterprise_id", t.enterprise_id},
                      {"enterprise_name", t.enterprise_name},
                      {"source", TaskSourceOf(t.source_key)},
                      {"control_measure_id", IntOrNull(t.control_measure_id)},
                      {"duty_id", IntOrNull(t.duty_id)},
                      {"major_hazard_id", IntOrNull(t.major_hazard_id)},
                      {"checklist_id", IntOrNull(t.checklist_id)},
                      {"title", t.title},
                      {"frequency", t.frequency},
                      {"period_key", t.period_key},
                      {"period_start", t.period_start},
                      {"due_at", t.due_at},
                      {"assignee_user_id", IntOrNull(t.assignee_user_id)},
                      {"assignee_name", t.assignee_name},
                      {"status", t.status},
                      {"record_id", IntOrNull(t.record_id)},
                      {"done_at", api::NullableStr(t.done_at)},
                      {"missed_at", api::NullableStr(t.missed_at)}};
}

json::object ExpectedItemJson(const ExpectedItem& i) {
  return json::object{{"position", i.position},
                      {"checklist_item_id", IntOrNull(i.checklist_item_id)},
                      {"content", i.content},
                      {"requires_photo", i.requires_photo}};
}

json::object RecordJson(const Record& r, bool with_items) {
  json::object o{{"id", r.id},
                 {"enterprise_id", r.enterprise_id},
                 {"enterprise_name", r.enterprise_name},
                 {"task_id", IntOrNull(r.task_id)},
                 {"checklist_id", IntOrNull(r.checklist_id)},
                 {"checklist_name", r.checklist_name},
                 {"checklist_kind", r.checklist_kind},
                 {"source", r.task_id ? "task" : "ad_hoc"},
                 {"title", r.title},
                 {"inspector_user_id", IntOrNull(r.inspector_user_id)},
                 {"inspector_name", r.inspector_name},
                 {"inspected_at", r.inspected_at},
                 {"failed_count", r.failed_count},
                 {"note", r.note}};
  if (with_items) {
    json::array items;
    for (const auto& i : r.items)
      items.push_back(json::object{{"position", i.position},
                                   {"checklist_item_id", IntOrNull(i.checklist_item_id)},
                                   {"content", i.content},
                                   {"outcome", i.outcome},
                                   {"note", i.note},
                                   {"photo_ids", PhotoIdsJson(i.photo_ids_json)},
                                   {"hidden_danger_id", IntOrNull(i.hidden_danger_id)}});
    o["items"] = std::move(items);
  }
  return o;
}

json::object TaskCountsJson(const std::vector<std::pair<std::string, int64_t>>& counts) {
  json::object out{{"open", 0}, {"done", 0}, {"missed", 0}};
  for (const auto& [status, n] : counts) out[status] = n;
  return out;
}

}  // namespace anjian::investigation
