// The industry structure route (行业结构, issue 15 §4 / seed 003 §6(14)), a regulator page.
#include "licensing/industry_structure/industry_structure_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::industry_structure {

void RegisterIndustryStructureRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/industry-structure", "licence_check:read", IndustryStructureHandler);
}

}  // namespace anjian::industry_structure
