// The dishonesty list routes (严重失信主体名单, issue 15 §4), each with its permission.
#include "credit/dishonesty_list/dishonesty_list_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::dishonesty_list {

void RegisterDishonestyListRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/dishonesty-list", "credit:read", ListEntriesHandler);
  r.Add("GET", "/api/v1/dishonesty-list/export", "credit:read", ExportEntriesHandler);
  r.Add("GET", "/api/v1/dishonesty-list/criteria", "credit:read", CriteriaHandler);
  // The publication (公示): published entries listed today, for anyone.
  r.Add("GET", "/api/v1/public/dishonesty-list", api::kPublic, PublicListHandler);
  r.Add("POST", "/api/v1/dishonesty-list", "credit:decide", EnterCandidateHandler);
  r.Add("POST", "/api/v1/dishonesty-list/detect", "credit:decide", DetectHandler);
  r.Add("POST", "/api/v1/dishonesty-list/accident-findings", "credit:decide",
        RecordFindingHandler);
  r.Add("GET", "/api/v1/dishonesty-list/accident-findings", "credit:read",
        AccidentFindingsHandler);
  // Accident-investigation findings flagged credit-relevant, and the candidate entered from one.
  r.Add("GET", "/api/v1/dishonesty-list/investigation-findings", "credit:decide",
        InvestigationFindingsHandler);
  r.Add("POST", "/api/v1/dishonesty-list/investigation-findings", "credit:decide",
        EnterFromInvestigationFindingHandler);
  r.Add("GET", "/api/v1/dishonesty-list/{id}", "credit:read", GetEntryHandler);
  r.Add("POST", "/api/v1/dishonesty-list/{id}/notice", "credit:decide", NoticeHandler);
  r.Add("POST", "/api/v1/dishonesty-list/{id}/defence", "credit:decide", DefenceHandler);
  r.Add("POST", "/api/v1/dishonesty-list/{id}/decide", "credit:decide", DecideHandler);
  r.Add("POST", "/api/v1/dishonesty-list/{id}/publish", "credit:decide", PublishHandler);
  r.Add("POST", "/api/v1/dishonesty-list/{id}/dismiss", "credit:decide", DismissHandler);
  r.Add("POST", "/api/v1/dishonesty-list/{id}/repairs", "credit:repair", ApplyRepairHandler);
  r.Add("POST", "/api/v1/dishonesty-list/{id}/repairs/{repair_id}/decide", "credit:decide",
        DecideRepairHandler);
  r.Add("POST", "/api/v1/dishonesty-list/{id}/repairs/{repair_id}/revoke", "credit:decide",
        RevokeRepairHandler);
  // The party's own defence (陈述申辩) within the period, from the enterprise's page.
  r.Add("POST", "/api/v1/dishonesty-list/{id}/own-defence", "credit:repair", OwnDefenceHandler);
}

}  // namespace anjian::dishonesty_list
