// The duty spot-check routes (值班抽查, issue 14 §1), each with its permission.
#include "emergency/spot_check/spot_check_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::spot_check {

void RegisterSpotCheckRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/duty-spot-checks", "duty_spot_check:read", ListRoundsHandler);
  r.Add("GET", "/api/v1/duty-spot-checks/export", "duty_spot_check:read", ExportRoundsHandler);
  r.Add("POST", "/api/v1/duty-spot-checks", "duty_spot_check:write", CreateRoundHandler);
  r.Add("GET", "/api/v1/duty-spot-checks/{id}", "duty_spot_check:read", GetRoundHandler);
  r.Add("GET", "/api/v1/duty-spot-checks/{id}/on-duty", "duty_spot_check:read", OnDutyHandler);
  r.Add("POST", "/api/v1/duty-spot-checks/{id}/calls", "duty_spot_check:write", RecordCallHandler);
  r.Add("GET", "/api/v1/duty-spot-check-findings", "duty_spot_check:read", ListFindingsHandler);
  r.Add("GET", "/api/v1/duty-spot-check-findings/export", "duty_spot_check:read",
        ExportFindingsHandler);
  r.Add("GET", "/api/v1/duty-spot-check-findings/{id}", "duty_spot_check:read", GetFindingHandler);
  r.Add("POST", "/api/v1/duty-spot-check-findings/{id}/answer", "duty_spot_check:answer",
        AnswerFindingHandler);
  r.Add("POST", "/api/v1/duty-spot-check-findings/{id}/accept", "duty_spot_check:write",
        AcceptFindingHandler);
  r.Add("POST", "/api/v1/duty-spot-check-findings/{id}/return", "duty_spot_check:write",
        ReturnFindingHandler);
}

}  // namespace anjian::spot_check
