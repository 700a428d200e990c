// The zero-report routes (每日零报告, issue 14 §1), each with its permission.
#include "emergency/zero_report/zero_report_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::zero_report {

void RegisterZeroReportRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/zero-report-periods", "zero_report:read", ListPeriodsHandler);
  r.Add("POST", "/api/v1/zero-report-periods", "zero_report:supervise", DeclarePeriodHandler);
  r.Add("GET", "/api/v1/zero-report-periods/{id}", "zero_report:read", GetPeriodHandler);
  r.Add("GET", "/api/v1/zero-report-periods/{id}/board", "zero_report:read", BoardHandler);
  r.Add("GET", "/api/v1/zero-report-periods/{id}/board/export", "zero_report:read",
        ExportBoardHandler);
  r.Add("POST", "/api/v1/zero-report-periods/{id}/remind", "zero_report:supervise",
        RemindHandler);
  // An enterprise reports its own day; a regulator records one told by phone (电话代报).
  r.Add("POST", "/api/v1/zero-reports", api::AnyOf({"zero_report:report", "zero_report:supervise"}),
        FileReportHandler);
  r.Add("GET", "/api/v1/zero-reports/today", "zero_report:report", TodayHandler);
}

}  // namespace anjian::zero_report
