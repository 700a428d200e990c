// The business-settings handlers, listed in routes.cpp.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::settings {

api::Response ListSettings(api::Context& ctx);
api::Response GetSetting(api::Context& ctx);
api::Response PutSetting(api::Context& ctx);
api::Response ResetSetting(api::Context& ctx);

}  // namespace anjian::settings
