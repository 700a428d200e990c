// The route table of hidden-danger governance (隐患治理), each route's permission declared.
#include "platform/api/router.hpp"

#include "dual_prevention/hidden_danger/hidden_danger_handlers.hpp"
#include "dual_prevention/hidden_danger/production_halt_handlers.hpp"

namespace anjian::hidden_danger {

void RegisterHiddenDangerRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/hidden-dangers", "hidden_danger:read", handlers::List);
  r.Add("GET", "/api/v1/hidden-dangers/export", "hidden_danger:read", handlers::Export);
  r.Add("GET", "/api/v1/hidden-dangers/statistics", "hidden_danger:read", handlers::Statistics);
  r.Add("GET", "/api/v1/hidden-dangers/statistics/export", "hidden_danger:read",
        handlers::StatisticsExport);
  r.Add("GET", "/api/v1/hidden-dangers/reference", "hidden_danger:read", handlers::Reference);
  r.Add("POST", "/api/v1/hidden-dangers", "hidden_danger:report", handlers::Report);
  r.Add("POST", "/api/v1/hidden-dangers/referrals", "hidden_danger:supervise", handlers::Refer);
  r.Add("GET", "/api/v1/hidden-dangers/{id}", "hidden_danger:read", handlers::Get);
  // Enterprise handlers (hidden_danger:handle), owners and supervising regulators all act
  // here; the state machine decides who may take which action, so the route needs only read
  // (a regulator acts only with hidden_danger:supervise: 403 regulator_read_only otherwise,
  // after the scope check — hidden_dangers_test).
  r.Add("POST", "/api/v1/hidden-dangers/{id}/transitions", "hidden_danger:read",
        handlers::Transition);
  // Withdrawal and halt of production, restart with the regulator's approval (山东条例 Art.44):
  // enterprise managers (hidden_danger:handle) halt their own, supervising regulators
  // (hidden_danger:supervise) any in their subtree; only a regulator approves the restart (the
  // service decides, after the scope check: 404 first).
  r.Add("GET", "/api/v1/production-halts", "hidden_danger:read", handlers::ListHalts);
  r.Add("POST", "/api/v1/production-halts", "hidden_danger:handle|hidden_danger:supervise",
        handlers::RecordHalt);
  r.Add("GET", "/api/v1/production-halts/{id}", "hidden_danger:read", handlers::GetHalt);
  r.Add("POST", "/api/v1/production-halts/{id}/restart", "hidden_danger:read",
        handlers::ApproveRestart);
}

}  // namespace anjian::hidden_danger
