// POST /api/v1/inspection-records/{id}/items/{position}/hidden-danger: a failed checklist item
// becomes a hidden danger in one step, through the hidden-danger area's ReportHiddenDanger in
// the same transaction that links the item to it (investigation_service.hpp, ReportFinding).
#include <boost/json.hpp>

#include "dual_prevention/investigation/investigation_handlers.hpp"
#include "dual_prevention/investigation/investigation_service.hpp"
#include "dual_prevention/risk/risk_handlers.hpp"

namespace anjian::investigation {

api::Response ReportFindingHandler(api::Context& ctx) {
  FindingInput f;
  f.record_id = ctx.PathId(0);
  f.position = ctx.PathId(1);
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  f.title = in.OptStr("title", 100);
  f.location = in.OptStr("location", 200);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  int64_t hd = ReportFinding(*conn, risk::CallerOf(ctx), ctx.svc.notifier, f);
  return api::JsonResponse(
      boost::json::object{
          {"record_id", f.record_id}, {"position", f.position}, {"hidden_danger_id", hd}},
      201);
}

}  // namespace anjian::investigation
