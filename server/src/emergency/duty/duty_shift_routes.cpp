// The on-shift routes (当班, issue 14 §1 bullet 3), each with its permission. Writes are further
// limited per shift by the service (members; the unit's duty managers; the incoming shift).
#include "emergency/duty/duty_shift_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::duty {

void RegisterDutyShiftRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/duty-shifts", "duty_shift:read", ListDutyShiftsHandler);
  r.Add("GET", "/api/v1/duty-shifts/current", "duty_shift:read", CurrentDutyShiftsHandler);
  r.Add("GET", "/api/v1/duty-shifts/log-export", "duty_shift:read", ExportDutyLogHandler);
  r.Add("GET", "/api/v1/duty-shifts/{id}", "duty_shift:read", GetOnShiftHandler);
  r.Add("POST", "/api/v1/duty-shifts/{id}/check-in", "duty_shift:write", CheckInHandler);
  r.Add("POST", "/api/v1/duty-shifts/{id}/check-out", "duty_shift:write", CheckOutHandler);
  r.Add("POST", "/api/v1/duty-shifts/{id}/log", "duty_shift:write", AppendLogHandler);
  r.Add("POST", "/api/v1/duty-shifts/{id}/handover", "duty_shift:write", HandOverHandler);
  r.Add("POST", "/api/v1/duty-shifts/{id}/handover/ack", "duty_shift:write",
        AcknowledgeHandoverHandler);
}

}  // namespace anjian::duty
