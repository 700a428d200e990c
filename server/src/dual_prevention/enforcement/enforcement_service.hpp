// Regulator enforcement inspections (执法检查) of an enterprise: the findings become hidden
// dangers of the enterprise (source enforcement, through ReportHiddenDanger) under one
// rectification order (责令整改) with a deadline; penalties and suspensions decided on the
// inspection are appended as enforcement actions.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "notifications/notification_service.hpp"
#include "platform/storage/db.hpp"

namespace anjian::hazard {

// Creates the inspection, its findings and actions from the POST body, inside the caller's
// transaction (with audit entries). 422 naming fields ("findings[0].title", ...).
int64_t CreateEnforcementInspection(storage::Connection& conn, const api::Principal& who,
                                    const boost::json::object& body,
                                    notifications::PendingPushes& pushes);

// Appends one enforcement action (penalty, suspension, warning) to an inspection in scope.
void AddEnforcementAction(storage::Connection& conn, const api::Principal& who, int64_t id,
                          const boost::json::object& body);

// The inspection with its order, findings (hidden dangers with their states) and actions;
// nullopt when missing or out of scope.
std::optional<boost::json::object> GetEnforcementInspection(storage::Connection& conn,
                                                            const api::Scope& scope, int64_t id);

struct EnforcementPage {
  std::vector<boost::json::object> items;
  int64_t total = 0;
};
EnforcementPage ListEnforcementInspections(storage::Connection& conn, const api::Scope& scope,
                                           std::optional<int64_t> enterprise_id,
                                           const std::string& from, const std::string& to,
                                           int64_t limit, int64_t offset);

}  // namespace anjian::hazard
