// The accident handlers (routes.cpp lists them).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::accidents {

api::Response ListAccidentsHandler(api::Context& ctx);
api::Response ExportAccidentsHandler(api::Context& ctx);
api::Response ReportAccidentHandler(api::Context& ctx);
api::Response GetAccidentHandler(api::Context& ctx);
api::Response CorrectAccidentHandler(api::Context& ctx);
api::Response FollowUpAccidentHandler(api::Context& ctx);
api::Response ForwardAccidentHandler(api::Context& ctx);

}  // namespace anjian::accidents
