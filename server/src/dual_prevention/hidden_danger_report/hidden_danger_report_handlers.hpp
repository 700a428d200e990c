// The hidden-danger report handlers (隐患排查治理情况统计分析报告), listed in routes.cpp.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::hidden_danger_report {

api::Response ListReports(api::Context& ctx);
api::Response GenerateReport(api::Context& ctx);
api::Response GetReport(api::Context& ctx);
api::Response EditReport(api::Context& ctx);
api::Response SignReport(api::Context& ctx);
api::Response SubmitReport(api::Context& ctx);
api::Response Overview(api::Context& ctx);
api::Response OverviewExport(api::Context& ctx);
api::Response Remind(api::Context& ctx);

}  // namespace anjian::hidden_danger_report
