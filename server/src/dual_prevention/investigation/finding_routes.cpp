// POST /api/v1/inspection-records/{id}/items/{position}/hidden-danger: a failed checklist item
// becomes a hidden danger in one step — the item's content, note and photos, the record as its
// inspection source and, for a control-measure task, the risk unit and hazard factor class —
// through hazard::ReportHiddenDanger in the same transaction that links the item to it.
#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "dual_prevention/risk/risk_codes_rules.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"
#include "dual_prevention/investigation/inspection_store.hpp"
#include "files/file_service.hpp"
#include "notifications/notification_service.hpp"
#include "platform/storage/db.hpp"

namespace anjian::inspection {

namespace dp = domain::dual_prevention;
using api::Context;
using api::Response;

namespace {

std::string Cut(const std::string& s, size_t max_chars) {
  // Cut on a UTF-8 boundary.
  size_t chars = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (chars == max_chars) break;
      ++chars;
    }
  }
  return s.substr(0, i);
}

Response ReportFinding(Context& ctx) {
  int64_t record_id = ctx.PathId(0);
  int64_t position = ctx.PathId(1);
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  auto title = in.OptStr("title", 100);
  auto location = in.OptStr("location", 200);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  notifications::PendingPushes pushes(*ctx.svc.clock);
  json::object out;
  {
    storage::Transaction tx(*conn);
    auto record = FindRecord(*conn, ctx.scope(), record_id);
    if (!record) throw ApiException{Error::NotFound("inspection record")};
    auto item = conn->Query("SELECT content, outcome, note, photo_ids_json, hidden_danger_id FROM "
                            "inspection_record_items WHERE record_id = ? AND position = ?",
                            {record_id, position});
    if (item.empty()) throw ApiException{Error::NotFound("inspection item")};
    if (item.Text(0, "outcome") != "fail")
      throw ApiException{Error::Validation({{"outcome", "item_not_failed",
                                             "only a failed item becomes a hidden danger",
                                             "只有不合格项才能登记为隐患"}})};
    if (!item.IsNull(0, "hidden_danger_id"))
      throw ApiException{Error::Conflict(
          "this item is already hidden danger " + std::to_string(item.Int(0, "hidden_danger_id")),
          "该检查项已登记为隐患（编号 " + std::to_string(item.Int(0, "hidden_danger_id")) + "）")};
    hazard::NewHiddenDanger h;
    h.enterprise_id = record->at("enterprise_id").as_int64();
    h.source = "inspection";
    h.inspection_record_id = record_id;
    h.title = title && !title->empty() ? *title : Cut(item.Text(0, "content"), 100);
    h.description = Cut(item.Text(0, "note"), 2000);
    h.location = location.value_or("");
    // The photos the reporter can see (the inspector's own, normally) go along as "before".
    boost::system::error_code ec;
    auto photos = json::parse(item.Text(0, "photo_ids_json"), ec);
    if (!ec && photos.is_array())
      for (const auto& p : photos.as_array())
        if (p.is_int64() && files::FileVisible(*conn, ctx.who(), p.as_int64()))
          h.photo_file_ids.push_back(p.as_int64());
    if (record->at("task_id").is_int64()) {
      auto unit = conn->Query(
          "SELECT m.risk_unit_id, v.hazard_factor FROM inspection_tasks t JOIN control_measures m "
          "ON m.id = t.control_measure_id JOIN risk_events v ON v.id = m.risk_event_id WHERE "
          "t.id = ?",
          {record->at("task_id").as_int64()});
      if (!unit.empty()) {
        h.risk_unit_id = unit.Int(0, "risk_unit_id");
        h.hazard_factor = dp::HazardFactorClass(unit.Text(0, "hazard_factor"));
      }
    }
    int64_t hd = hazard::ReportHiddenDanger(*conn, ctx.who(), h, &pushes);
    conn->Exec("UPDATE inspection_record_items SET hidden_danger_id = ? WHERE record_id = ? AND "
               "position = ?",
               {hd, record_id, position});
    out = json::object{{"record_id", record_id}, {"position", position}, {"hidden_danger_id", hd}};
    audit::Append(*conn, api::ActorOf(ctx), "report_hidden_danger", "inspection_record",
                  std::to_string(record_id), nullptr, out);
    tx.Commit();
  }
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(out, 201);
}

}  // namespace

void RegisterFindingRoutes(api::Router& r) {
  r.Add("POST", "/api/v1/inspection-records/{id}/items/{position}/hidden-danger",
        "hidden_danger:report", ReportFinding);
}

}  // namespace anjian::inspection
