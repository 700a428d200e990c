// The only SQL of production halts (production_halts, production_halt_events: V024). Scoping is
// inside the SQL (api::ScopeSql on the halt's region path and enterprise).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::hidden_danger {

struct ProductionHaltRecord {
  int64_t id = 0;
  int64_t enterprise_id = 0;
  std::string enterprise_name, region_path;
  std::optional<int64_t> hidden_danger_id;
  std::string scope, reason, halted_at;  // halted_at: ISO instant
  std::string recorded_by_name, recorded_at;
  bool recorded_by_regulator = false;
  std::string state;  // halted | restarted
  std::optional<std::string> restart_approved_at;
  std::string restart_approved_by_name, restart_inspected_on, restart_inspection;
};

struct ProductionHaltInsert {
  int64_t enterprise_id = 0;
  std::string region_path;
  std::optional<int64_t> hidden_danger_id;
  std::string scope, reason, halted_at;
  int64_t recorded_by = 0;
  std::string recorded_by_name;
  bool recorded_by_regulator = false;
  std::string recorded_at;
};
int64_t InsertProductionHalt(storage::Connection& conn, const ProductionHaltInsert& row);

// Sets the restart; only a halt still halted changes (returns whether it did).
bool StoreRestart(storage::Connection& conn, int64_t id, const std::string& at, int64_t by,
                  const std::string& by_name, const std::string& inspected_on,
                  const std::string& inspection);

struct HaltEventRecord {
  int64_t id = 0;
  std::string action;  // halt | restart
  std::string actor_name, at, details_json;
};
void AppendHaltEvent(storage::Connection& conn, int64_t halt_id, const std::string& action,
                     int64_t actor_user_id, const std::string& actor_name, const std::string& at,
                     const std::string& details_json);
std::vector<HaltEventRecord> HaltEvents(storage::Connection& conn, int64_t halt_id);

// `lock`: FOR UPDATE on PostgreSQL (a restart reads then writes).
std::optional<ProductionHaltRecord> FindProductionHalt(storage::Connection& conn,
                                                       const api::Scope& scope, int64_t id,
                                                       bool lock = false);

struct ProductionHaltFilter {
  std::optional<int64_t> enterprise_id;
  std::string state;  // "" | halted | restarted
};
std::vector<ProductionHaltRecord> ListProductionHalts(storage::Connection& conn,
                                                      const api::Scope& scope,
                                                      const ProductionHaltFilter& f,
                                                      int64_t limit, int64_t offset);
int64_t CountProductionHalts(storage::Connection& conn, const api::Scope& scope,
                             const ProductionHaltFilter& f);
// Enterprises in scope with a halt still in force.
int64_t CountHaltedEnterprises(storage::Connection& conn, const api::Scope& scope);

// Whether the hidden danger belongs to the enterprise.
bool HiddenDangerOfEnterprise(storage::Connection& conn, int64_t hidden_danger_id,
                              int64_t enterprise_id);

}  // namespace anjian::hidden_danger
