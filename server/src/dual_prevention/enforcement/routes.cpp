// The route table of enforcement inspections (执法检查): regulators write, everyone who reads
// hidden dangers reads them (enterprises their own).
#include "dual_prevention/enforcement/enforcement_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::enforcement {

void RegisterEnforcementRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/enforcement-inspections", "hidden_danger:read", handlers::List);
  r.Add("GET", "/api/v1/enforcement-inspections/export", "hidden_danger:read", handlers::Export);
  r.Add("GET", "/api/v1/enforcement-inspections/reference", "hidden_danger:read",
        handlers::Reference);
  r.Add("POST", "/api/v1/enforcement-inspections", "enforcement:write", handlers::Create);
  r.Add("GET", "/api/v1/enforcement-inspections/{id}", "hidden_danger:read", handlers::Get);
  r.Add("POST", "/api/v1/enforcement-inspections/{id}/actions", "enforcement:write",
        handlers::AddAction);
}

}  // namespace anjian::enforcement
