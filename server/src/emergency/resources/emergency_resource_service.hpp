// Emergency resources (应急资源): create, revise and remove an item of the caller's own
// enterprise or agency (history appended, audited, one transaction each), and the alert job
// (RunResourceAlerts, on the injected clock from the deadline checker): each expiring or
// inspection-due item notifies its owner once per kind, due date and threshold.
#pragma once

#include <cstdint>

#include "emergency/resources/emergency_resource_repository.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::emergency_resources {

inline constexpr const char* kResourceAlertNotification = "emergency_resource_alert";

// The settings key emergency_resource_alerts in force, else the defaults.
ResourceAlertConfig LoadResourceAlertConfig(storage::Connection& conn);

std::int64_t CreateResource(storage::Connection& conn, const api::Principal& who,
                            const ResourceInput& in, std::vector<FieldError> input_errors,
                            std::int64_t now);
// 404 outside the caller's scope; 409 resource_not_own for a visible item of another owner.
void ReviseResource(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                    const ResourceInput& in, std::vector<FieldError> input_errors,
                    std::int64_t now);
void DeleteResource(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                    std::int64_t now);

// One transaction: the alerts not sent before are recorded, their owners notified (enterprise
// or agency users) and audited. Returns how many alerts were sent.
std::int64_t RunResourceAlerts(storage::Connection& conn, notifications::PendingPushes& pushes,
                               std::int64_t now);

}  // namespace anjian::emergency_resources
