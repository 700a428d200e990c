// GET /api/v1/industry-structure?year=YYYY: the electronic-detonator share of detonator output
// (行业结构) per child region of the caller's scope, derived from production vouchers.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::industry_structure {

api::Response IndustryStructureHandler(api::Context& ctx);

}  // namespace anjian::industry_structure
