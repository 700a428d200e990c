// The routes of 日清月结 (a store's summaries and its daily close), each with its permission.
#include "explosives/daily_close/daily_close_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::daily_close {

// Two functions, not one: app/routes.cpp keeps the order the routes were always listed in.
void RegisterSummaryRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/stores/{id}/summary", "ledger:read", SummaryHandler);
  r.Add("GET", "/api/v1/stores/{id}/summary/export", "ledger:read", ExportSummaryHandler);
}

void RegisterDailyCloseRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/stores/{id}/daily-closes", "ledger:read", MonthDailyClosesHandler);
  r.Add("GET", "/api/v1/stores/{id}/daily-closes/{date}", "ledger:read", DayDailyCloseHandler);
  r.Add("POST", "/api/v1/stores/{id}/daily-closes", "ledger:write", SignDailyCloseHandler);
}

}  // namespace anjian::daily_close
