// Loss incidents (丢失被盗): civil explosives found missing by a stocktake or reported by hand.
// The law demands an immediate report to public security and the regulator (Art.41(四)): the
// supervising regulators are notified the moment an incident opens, the incident shows how long
// ago it was discovered, and records each report's time and reference number until it closes.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "audit/audit_service.hpp"
#include "notifications/notification_service.hpp"
#include "platform/storage/db.hpp"

namespace anjian::ledger {

inline constexpr const char* kLossIncidentOpened = "loss_incident_opened";

struct LossInput {
  int64_t enterprise_id = 0;
  int64_t store_id = 0;
  std::optional<int64_t> stocktake_id;
  std::string source;  // "stocktake" | "manual"
  std::string description;
  std::string discovered_at;  // empty = now
  std::string opened_at;      // empty = now (demo history)
  std::vector<std::pair<std::string, std::string>> codes;  // code, product
  std::map<std::string, int64_t> quantities;               // product → milli
  int64_t user_id = 0;
};

// Inside the caller's transaction: the incident, its codes, the 'opened' event, the audit entry
// and a notification to every user of each agency whose region contains the enterprise.
int64_t OpenLossIncident(storage::Connection& conn, const LossInput& in,
                         const audit::Actor& actor, notifications::PendingPushes& pushes);

struct LossFilter {
  std::string status;  // open | closed
  std::optional<int64_t> enterprise_id;
};
std::pair<std::vector<boost::json::object>, int64_t> ListLossIncidents(
    storage::Connection& conn, const api::Scope& scope, const LossFilter& f, int64_t limit,
    int64_t offset);
std::optional<boost::json::object> GetLossIncident(storage::Connection& conn,
                                                   const api::Scope& scope, int64_t id);

// kind: "reported_police" | "reported_regulator" | "closed". 409 once closed; closing needs
// both reports recorded.
void AppendLossEvent(storage::Connection& conn, int64_t incident_id, const std::string& kind,
                     const std::string& reported_at, const std::string& reference,
                     const std::string& note, int64_t user_id, const audit::Actor& actor,
                     const std::string& at = "");  // empty = now (demo history)

}  // namespace anjian::ledger
