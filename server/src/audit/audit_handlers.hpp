// The audit-log handlers, listed in routes.cpp.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::audit {

api::Response ListEntries(api::Context& ctx);
api::Response ExportEntries(api::Context& ctx);
api::Response VerifyChain(api::Context& ctx);

}  // namespace anjian::audit
