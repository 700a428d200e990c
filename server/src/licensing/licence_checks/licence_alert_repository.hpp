// SQL of the conditions-lapsed warnings (许可条件预警, table licence_condition_alerts, V046): the
// sweep's inserts (once per alert_key) and resolutions, and the regulator's scoped list.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::licence_checks {

struct AlertRow {
  std::int64_t id = 0;
  std::string alert_key;
  std::optional<std::int64_t> licence_id;
  std::int64_t enterprise_id = 0;
  std::string enterprise_name, region_path, licence_kind, licence_number, valid_until, issuer;
  std::string condition_id, label_zh, label_en, source, detected_on, detected_at;
  std::optional<std::int64_t> hidden_danger_id;
  std::string hidden_danger_number, hidden_danger_state;
  std::optional<std::string> resolved_on;
};

struct AlertFilter {
  std::string finding;  // "" | expired | missing | condition
  std::string status;   // "" | open | resolved
  std::string licence_kind;
  std::string q;        // enterprise name contains
  std::optional<std::int64_t> enterprise_id;
};

std::int64_t CountAlerts(storage::Connection& conn, const api::Scope& scope, const AlertFilter& f);
std::vector<AlertRow> ListAlerts(storage::Connection& conn, const api::Scope& scope,
                                 const AlertFilter& f, std::int64_t limit, std::int64_t offset);

// Every alert key on record with whether it is open (resolved_on NULL).
struct KnownAlert {
  std::int64_t id = 0;
  bool open = true;
};
std::vector<std::pair<std::string, KnownAlert>> KnownAlerts(storage::Connection& conn);

// Inserts one warning; false when its key is on record already (a concurrent sweep).
struct NewAlert {
  std::string alert_key;
  std::optional<std::int64_t> licence_id;
  std::int64_t enterprise_id = 0;
  std::string region_path, licence_kind, licence_number, valid_until, issuer;
  std::string condition_id, label_zh, label_en, source, detected_on, detected_at;
  std::optional<std::int64_t> hidden_danger_id;
};
std::optional<std::int64_t> InsertAlert(storage::Connection& conn, const NewAlert& a);
void ResolveAlert(storage::Connection& conn, std::int64_t id, const std::string& on);
void ReopenAlert(storage::Connection& conn, std::int64_t id);

// The enterprises the sweep reads: id, name, region path, industry.
struct SweepEnterpriseRow {
  std::int64_t id = 0;
  std::string name, region_path, industry;
};
std::vector<SweepEnterpriseRow> ExplosivesEnterprises(storage::Connection& conn);

}  // namespace anjian::licence_checks
