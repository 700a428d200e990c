// The handlers of the one-vote veto (一票否决) routes; routes.cpp declares their permissions.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::veto {

api::Response ListRoundsHandler(api::Context& ctx);
api::Response ExportRoundsHandler(api::Context& ctx);
api::Response CreateRoundHandler(api::Context& ctx);
api::Response GetRoundHandler(api::Context& ctx);
api::Response AddApplicationHandler(api::Context& ctx);
api::Response ImportApplicationsHandler(api::Context& ctx);
api::Response ImportTemplateHandler(api::Context& ctx);
api::Response CheckRoundHandler(api::Context& ctx);
api::Response ConfirmRoundHandler(api::Context& ctx);
api::Response ListApplicationsHandler(api::Context& ctx);
api::Response ExportApplicationsHandler(api::Context& ctx);
api::Response GetApplicationHandler(api::Context& ctx);
api::Response OpenRoundsHandler(api::Context& ctx);
api::Response SubmitApplicationHandler(api::Context& ctx);

}  // namespace anjian::veto
