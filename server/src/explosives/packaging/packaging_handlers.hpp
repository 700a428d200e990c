// The handlers of /api/v1/packages: registering cases and boxes of detonators (explicit code
// lists, or a first code and a count per box as the producer packs them) and looking one up.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::packaging {

api::Response RegisterPackagingHandler(api::Context& ctx);
api::Response GetPackageHandler(api::Context& ctx);

}  // namespace anjian::packaging
