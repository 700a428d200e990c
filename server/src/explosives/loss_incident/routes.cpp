// The loss-incident routes (丢失被盗), each with its permission.
#include "explosives/loss_incident/loss_incident_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::loss_incident {

void RegisterLossIncidentRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/loss-incidents", "ledger:read", ListLossIncidentsHandler);
  r.Add("GET", "/api/v1/loss-incidents/export", "ledger:read", ExportLossIncidentsHandler);
  r.Add("POST", "/api/v1/loss-incidents", "ledger:write", ReportLossHandler);
  r.Add("GET", "/api/v1/loss-incidents/{id}", "ledger:read", GetLossIncidentHandler);
  r.Add("POST", "/api/v1/loss-incidents/{id}/reports", "ledger:write", RecordReportHandler);
  r.Add("POST", "/api/v1/loss-incidents/{id}/closure", "ledger:manage", CloseLossIncidentHandler);
}

}  // namespace anjian::loss_incident
