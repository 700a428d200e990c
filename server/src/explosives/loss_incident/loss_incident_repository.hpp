// The SQL of loss incidents (丢失被盗): tables loss_incidents, loss_incident_codes and
// loss_incident_events (V004), and what opening one reads elsewhere (where a code is booked,
// which agencies supervise a region). Reads take the caller's Scope and apply it in SQL.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::loss_incident {

struct LossIncidentRow {
  int64_t id = 0, enterprise_id = 0, store_id = 0;
  std::optional<int64_t> stocktake_id;
  std::string number, source, discovered_at, description;
  int64_t code_count = 0;
  std::string quantities_json;  // {"product_id": milli}
  int64_t opened_by_user_id = 0;
  std::string opened_by_name, enterprise_name, store_name;
  std::string closed_at;  // "" while open
};

// A report to public security or the regulator.
struct LossReport {
  std::string kind;  // reported_police | reported_regulator
  std::string reported_at, reference, recorded_at;
};

struct LossCode {
  std::string code, product_id;
};

struct LossEvent {
  int64_t id = 0;
  std::string kind, at, reported_at, reference, note;
  int64_t by_user_id = 0;
  std::string by_name;
};

struct LossFilter {
  std::string status;  // open | closed
  std::optional<int64_t> enterprise_id;
};

struct NewLossIncident {
  int64_t enterprise_id = 0;
  std::string region_path;
  int64_t store_id = 0;
  std::optional<int64_t> stocktake_id;
  std::string source, discovered_at;
  int64_t opened_by_user_id = 0;
  std::string description;
  int64_t code_count = 0;
  std::string quantities_json;
};

// Inserts the incident with an empty number; returns its id.
int64_t InsertLossIncident(storage::Connection& conn, const NewLossIncident& i);
void SetLossIncidentNumber(storage::Connection& conn, int64_t id, const std::string& number);
void InsertLossIncidentCodes(storage::Connection& conn, int64_t id,
                             const std::vector<std::pair<std::string, std::string>>& codes);
void InsertLossIncidentEvent(storage::Connection& conn, int64_t id, const std::string& kind,
                             int64_t by_user_id, const std::string& at,
                             const std::string& reported_at, const std::string& reference,
                             const std::string& note);

// Active agencies whose region contains `region_path` (county, city, province).
std::vector<int64_t> AgenciesOver(storage::Connection& conn, const std::string& region_path);
// The product of a code where it is booked now ("" when it is in no store).
std::string BookedProductOf(storage::Connection& conn, const std::string& code);

int64_t CountLossIncidents(storage::Connection& conn, const api::Scope& scope,
                           const LossFilter& f);
// Newest first.
std::vector<LossIncidentRow> ListLossIncidentRows(storage::Connection& conn,
                                                  const api::Scope& scope, const LossFilter& f,
                                                  int64_t limit, int64_t offset);
std::optional<LossIncidentRow> FindLossIncident(storage::Connection& conn,
                                                const api::Scope& scope, int64_t id);
// The reports to the two offices, oldest first.
std::vector<LossReport> LossReports(storage::Connection& conn, int64_t id);
// By code.
std::vector<LossCode> LossIncidentCodes(storage::Connection& conn, int64_t id);
// Oldest first.
std::vector<LossEvent> LossIncidentEvents(storage::Connection& conn, int64_t id);
std::set<std::string> LossEventKinds(storage::Connection& conn, int64_t id);

// The incident an approved stocktake opened, if any.
std::optional<int64_t> IncidentOfStocktake(storage::Connection& conn, int64_t stocktake_id);
// Open incidents per store in the scope.
std::map<int64_t, int64_t> OpenIncidentsByStore(storage::Connection& conn,
                                                const api::Scope& scope);

}  // namespace anjian::loss_incident
