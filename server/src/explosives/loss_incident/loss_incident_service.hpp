// Loss incidents (丢失被盗): civil explosives found missing by a stocktake or reported by hand.
// The law demands an immediate report to public security and the regulator (Art.41(四)): the
// supervising regulators are notified the moment an incident opens, the incident shows how long
// ago it was discovered, and records each report's time and reference number until it closes.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audit/audit_service.hpp"
#include "explosives/loss_incident/loss_incident_repository.hpp"
#include "explosives/loss_incident/loss_threshold_rules.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/context.hpp"
#include "platform/storage/db.hpp"

namespace anjian::loss_incident {

inline constexpr const char* kLossIncidentOpened = "loss_incident_opened";

struct LossInput {
  int64_t enterprise_id = 0;
  int64_t store_id = 0;
  std::optional<int64_t> stocktake_id;
  std::string source;  // "stocktake" | "manual"
  std::string description;
  std::string discovered_at;  // ISO
  std::string opened_at;      // ISO
  std::vector<std::pair<std::string, std::string>> codes;  // code, product
  std::map<std::string, int64_t> quantities;               // product → milli
  int64_t user_id = 0;
};

// Inside the caller's transaction: the incident, its codes, the 'opened' event, the audit entry
// and a notification to every user of each agency whose region contains the enterprise.
int64_t OpenLossIncident(storage::Connection& conn, const LossInput& in,
                         const audit::Actor& actor, notifications::PendingPushes& pushes);

// The settings key `loss_reporting` in force (loss_threshold_rules), else the defaults (a bad
// stored value is logged and ignored so a count still opens its incident).
LossReportingConfig LoadLossReportingConfig(storage::Connection& conn);

// Inside the caller's transaction: the incident's 'written_off' event — the adjustment vouchers
// `voucher_ids` ("12,13") an approved stocktake booked for it — with its audit entry. It links
// the books to the incident and is recorded even on a closed incident; it neither opens nor
// closes one.
void AppendWriteOff(storage::Connection& conn, int64_t incident_id, const std::string& voucher_ids,
                    const std::string& note, int64_t user_id, const audit::Actor& actor,
                    const std::string& at);

// A loss reported by hand by the enterprise.
struct ManualReport {
  int64_t enterprise_id = 0;
  int64_t store_id = 0;
  std::string description;
  std::string discovered_at;       // ISO; empty = now
  std::vector<std::string> codes;  // as typed, duplicates allowed
  std::map<std::string, int64_t> quantities;
  int64_t user_id = 0;
};
// 404 store unless it is the enterprise's; each code's product is where it is booked now. One
// transaction; the regulators are notified after the commit. Returns the incident's id.
int64_t ReportLoss(storage::Connection& conn, const ManualReport& in, const audit::Actor& actor,
                   api::Notifier* notifier, int64_t now);

// An incident with the latest report to each office.
struct LossIncidentSummary {
  LossIncidentRow row;
  std::vector<LossReport> reports;  // oldest first
};
struct LossIncidentDetail : LossIncidentSummary {
  std::vector<LossCode> codes;
  std::vector<LossEvent> events;
};
std::pair<std::vector<LossIncidentSummary>, int64_t> ListLossIncidents(
    storage::Connection& conn, const api::Scope& scope, const LossFilter& f, int64_t limit,
    int64_t offset);
std::optional<LossIncidentDetail> GetLossIncident(storage::Connection& conn,
                                                  const api::Scope& scope, int64_t id);
bool LossIncidentInScope(storage::Connection& conn, const api::Scope& scope, int64_t id);

// kind: "reported_police" | "reported_regulator" | "closed", recorded at `at` (ISO), inside the
// caller's transaction with its audit entry. 409 once closed; closing needs both reports.
void AppendLossEvent(storage::Connection& conn, int64_t incident_id, const std::string& kind,
                     const std::string& reported_at, const std::string& reference,
                     const std::string& note, int64_t user_id, const audit::Actor& actor,
                     const std::string& at);
// The same in its own transaction.
void RecordLossEvent(storage::Connection& conn, int64_t incident_id, const std::string& kind,
                     const std::string& reported_at, const std::string& reference,
                     const std::string& note, int64_t user_id, const audit::Actor& actor,
                     const std::string& at);

}  // namespace anjian::loss_incident
