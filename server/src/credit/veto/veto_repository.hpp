// The SQL of the one-vote veto (V050: veto_rounds, veto_applications, veto_events) and the
// set-based reads of one round's facts: every enterprise applying in the round at once, from
// accidents, hidden dangers, the dishonesty list and licences. Reads take the caller's Scope.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "credit/veto/veto_rules.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::veto {

struct RoundRow {
  std::int64_t id = 0, agency_id = 0, applications = 0, vetoed = 0, created_by = 0;
  std::string agency_name, region_path, name, kind, period_from, period_to, status, checked_at,
      confirmed_at, confirmed_by_name, result_hash, created_by_name, created_at, updated_at;
  std::int64_t pending = 0;  // applications not checked since they were added
  std::int64_t total = 0;    // applications now
};

struct RoundFilter {
  std::string kind, status, name;
};

struct NewRound {
  std::int64_t agency_id = 0, created_by = 0;
  std::string region_path, name, kind, period_from, period_to, at;
};
std::int64_t InsertRound(storage::Connection& conn, const NewRound& r);
std::optional<RoundRow> FindRound(storage::Connection& conn, const api::Scope& scope,
                                  std::int64_t id);
std::optional<RoundRow> LockRound(storage::Connection& conn, std::int64_t id);
std::int64_t CountRounds(storage::Connection& conn, const api::Scope& scope, const RoundFilter& f);
std::vector<RoundRow> ListRounds(storage::Connection& conn, const api::Scope& scope,
                                 const RoundFilter& f, std::int64_t limit, std::int64_t offset);
// Open rounds whose region covers the enterprise (it may apply), newest first.
std::vector<RoundRow> RoundsOpenTo(storage::Connection& conn, std::int64_t enterprise_id);
void SetRoundChecked(storage::Connection& conn, std::int64_t id, std::int64_t applications,
                     std::int64_t vetoed, const std::string& at);
void SetRoundConfirmed(storage::Connection& conn, std::int64_t id, std::int64_t by,
                       const std::string& hash, const std::string& at);

struct ApplicationRow {
  std::int64_t id = 0, round_id = 0, enterprise_id = 0, created_by = 0;
  std::string round_name, round_kind, round_status, period_from, period_to, agency_name,
      enterprise_name, enterprise_uscc, region_path, applicant_name, project, source, result,
      reasons_json, checked_at, created_at, result_hash, confirmed_at;
};
struct ApplicationFilter {
  std::optional<std::int64_t> round_id, enterprise_id;
  std::string result, enterprise_name;
};
std::optional<ApplicationRow> FindApplication(storage::Connection& conn, const api::Scope& scope,
                                              std::int64_t id);
std::int64_t CountApplications(storage::Connection& conn, const api::Scope& scope,
                               const ApplicationFilter& f);
std::vector<ApplicationRow> ListApplications(storage::Connection& conn, const api::Scope& scope,
                                             const ApplicationFilter& f, std::int64_t limit,
                                             std::int64_t offset);

struct NewApplication {
  std::int64_t round_id = 0, enterprise_id = 0, created_by = 0;
  std::string region_path, applicant_name, project, source, at;
};
// nullopt when the enterprise has applied in the round already.
std::optional<std::int64_t> InsertApplication(storage::Connection& conn, const NewApplication& a);

struct EnterpriseRef {
  std::int64_t id = 0;
  std::string name, region_path, principal;
};
// An active enterprise in `scope` under `region_path` (the round's region), by id or exact name.
std::optional<EnterpriseRef> EnterpriseById(storage::Connection& conn, const api::Scope& scope,
                                            const std::string& region_path, std::int64_t id);
std::optional<EnterpriseRef> EnterpriseByName(storage::Connection& conn, const api::Scope& scope,
                                              const std::string& region_path,
                                              const std::string& name);

// The applications of a round to check (id, enterprise id) and their stored results.
struct RoundApplication {
  std::int64_t id = 0, enterprise_id = 0;
  std::string result, reasons_json;
};
std::vector<RoundApplication> ApplicationsOfRound(storage::Connection& conn, std::int64_t round_id);
void SetApplicationResults(storage::Connection& conn,
                           const std::vector<RoundApplication>& results, const std::string& at);

// Facts of every enterprise applying in the round, keyed by enterprise id (set-based: one
// query per kind of fact, joined to the round's applications).
std::map<std::int64_t, EnterpriseFacts> LoadRoundFacts(storage::Connection& conn,
                                                       std::int64_t round_id, const Period& p);

void InsertEvent(storage::Connection& conn, std::int64_t round_id,
                 std::optional<std::int64_t> application_id, const std::string& action,
                 const std::string& details_json, std::int64_t by, const std::string& at);
struct EventRow {
  std::int64_t id = 0;
  std::optional<std::int64_t> application_id;
  std::string action, details_json, by_name, at;
};
std::vector<EventRow> EventsOfRound(storage::Connection& conn, std::int64_t round_id);

}  // namespace anjian::veto
