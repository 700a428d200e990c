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
  // The annual plan and its random draws (双随机): regulators read their own and their
  // subordinates' plans (an enterprise's scope holds none); the owning agency's enforcement
  // officers draw.
  r.Add("GET", "/api/v1/enforcement-plans", "hidden_danger:read", handlers::ListPlans);
  r.Add("POST", "/api/v1/enforcement-plans", "enforcement:write", handlers::CreatePlan);
  r.Add("GET", "/api/v1/enforcement-plans/{id}", "hidden_danger:read", handlers::GetPlan);
  r.Add("POST", "/api/v1/enforcement-plans/{id}/draws", "enforcement:write", handlers::Draw);
  r.Add("GET", "/api/v1/enforcement-draws/{id}", "hidden_danger:read", handlers::GetDraw);
}

}  // namespace anjian::enforcement
