// The loss-incident handlers (routes.cpp lists them).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::loss_incident {

api::Response ListLossIncidentsHandler(api::Context& ctx);
api::Response ExportLossIncidentsHandler(api::Context& ctx);
api::Response ReportLossHandler(api::Context& ctx);
api::Response GetLossIncidentHandler(api::Context& ctx);
api::Response RecordReportHandler(api::Context& ctx);
api::Response CloseLossIncidentHandler(api::Context& ctx);

}  // namespace anjian::loss_incident
