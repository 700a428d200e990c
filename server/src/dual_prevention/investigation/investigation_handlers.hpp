// The handlers of 隐患排查 (routes.cpp lists them with their permissions). Input helpers shared
// with the register (own enterprise, frequencies, query ids, region filter) are in
// dual_prevention/risk/risk_handlers.hpp.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::investigation {

// checklist_handlers.cpp: checklists, duties, the assignees to choose from.
api::Response ListChecklistsHandler(api::Context& ctx);
api::Response CreateChecklistHandler(api::Context& ctx);
api::Response GetChecklistHandler(api::Context& ctx);
api::Response UpdateChecklistHandler(api::Context& ctx);
api::Response DeactivateChecklistHandler(api::Context& ctx);
api::Response ListDutiesHandler(api::Context& ctx);
api::Response PutDutyHandler(api::Context& ctx);
api::Response ListAssigneesHandler(api::Context& ctx);

// inspection_handlers.cpp: the task list, executing a task, ad hoc inspections, the records.
api::Response ListTasksHandler(api::Context& ctx);
api::Response ExportTasksHandler(api::Context& ctx);
api::Response GetTaskHandler(api::Context& ctx);
api::Response ExecuteTaskHandler(api::Context& ctx);
api::Response ListRecordsHandler(api::Context& ctx);
api::Response CreateAdHocRecordHandler(api::Context& ctx);
api::Response ExportRecordsHandler(api::Context& ctx);
api::Response GetRecordHandler(api::Context& ctx);

// finding_handlers.cpp: a failed item becomes a hidden danger.
api::Response ReportFindingHandler(api::Context& ctx);

}  // namespace anjian::investigation
