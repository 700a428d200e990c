// The route table of the hidden-danger report (隐患排查治理情况统计分析报告, 16号令), each route's
// permission declared. Enterprise managers (hidden_danger:handle) generate, edit and submit their
// own; the signature is the principal's alone (the service answers 403
// report_sign_principal_only to every other account, after the scope check: 404 first);
// regulators read the submitted reports and the overview of their subtree and remind
// (hidden_danger:supervise).
#include "dual_prevention/hidden_danger_report/hidden_danger_report_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::hidden_danger_report {

void RegisterHiddenDangerReportRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/hidden-danger-reports", "hidden_danger:read", ListReports);
  r.Add("POST", "/api/v1/hidden-danger-reports", "hidden_danger:handle", GenerateReport);
  r.Add("GET", "/api/v1/hidden-danger-reports/overview", "hidden_danger:read", Overview);
  r.Add("GET", "/api/v1/hidden-danger-reports/overview/export", "hidden_danger:read",
        OverviewExport);
  r.Add("POST", "/api/v1/hidden-danger-reports/reminders", "hidden_danger:supervise", Remind);
  r.Add("GET", "/api/v1/hidden-danger-reports/{id}", "hidden_danger:read", GetReport);
  r.Add("PUT", "/api/v1/hidden-danger-reports/{id}", "hidden_danger:handle", EditReport);
  r.Add("POST", "/api/v1/hidden-danger-reports/{id}/sign", "hidden_danger:read", SignReport);
  r.Add("POST", "/api/v1/hidden-danger-reports/{id}/submit", "hidden_danger:handle", SubmitReport);
}

}  // namespace anjian::hidden_danger_report
