// The file handlers, listed in routes.cpp.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::files {

api::Response PostFile(api::Context& ctx);
api::Response GetFile(api::Context& ctx);

}  // namespace anjian::files
