// /api/v1/calendar: the China working-day calendar, read by every signed-in user (deadlines are
// counted on it) and changed by the system administrator (settings:manage).
#include "calendar/calendar_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::calendar {

void RegisterCalendarRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/calendar", api::kAuthenticated, GetCalendar);
  r.Add("PUT", "/api/v1/calendar", "settings:manage", PutCalendar);
}

}  // namespace anjian::calendar
