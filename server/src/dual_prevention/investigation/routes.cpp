// The route table of 隐患排查 (hidden-danger investigation): checklists and duties, the task
// list and its execution, inspection records, and a failed item reported as a hidden danger
// (which needs hidden_danger:report, as registering any hidden danger does).
#include "dual_prevention/investigation/investigation_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::investigation {

void RegisterInvestigationRoutes(api::Router& r) {
  // Checklists and duties.
  r.Add("GET", "/api/v1/checklists", "inspection:read", ListChecklistsHandler);
  r.Add("POST", "/api/v1/checklists", "inspection:write", CreateChecklistHandler);
  r.Add("GET", "/api/v1/checklists/{id}", "inspection:read", GetChecklistHandler);
  r.Add("PUT", "/api/v1/checklists/{id}", "inspection:write", UpdateChecklistHandler);
  r.Add("POST", "/api/v1/checklists/{id}/deactivate", "inspection:write",
        DeactivateChecklistHandler);
  r.Add("GET", "/api/v1/inspection-duties", "inspection:read", ListDutiesHandler);
  r.Add("PUT", "/api/v1/inspection-duties", "inspection:write", PutDutyHandler);
  r.Add("GET", "/api/v1/inspection-assignees", "inspection:read", ListAssigneesHandler);
  // Tasks and records.
  r.Add("GET", "/api/v1/inspection-tasks", "inspection:read", ListTasksHandler);
  r.Add("GET", "/api/v1/inspection-tasks/export", "inspection:read", ExportTasksHandler);
  r.Add("GET", "/api/v1/inspection-tasks/{id}", "inspection:read", GetTaskHandler);
  r.Add("POST", "/api/v1/inspection-tasks/{id}/records", "inspection:write", ExecuteTaskHandler);
  r.Add("GET", "/api/v1/inspection-records", "inspection:read", ListRecordsHandler);
  r.Add("POST", "/api/v1/inspection-records", "inspection:write", CreateAdHocRecordHandler);
  r.Add("GET", "/api/v1/inspection-records/export", "inspection:read", ExportRecordsHandler);
  r.Add("GET", "/api/v1/inspection-records/{id}", "inspection:read", GetRecordHandler);
  // A failed item becomes a hidden danger.
  r.Add("POST", "/api/v1/inspection-records/{id}/items/{position}/hidden-danger",
        "hidden_danger:report", ReportFindingHandler);
}

}  // namespace anjian::investigation
