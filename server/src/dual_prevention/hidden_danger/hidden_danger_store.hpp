// Rows of hidden_dangers and their children as the service and the routes need them: the FSM
// snapshot of a row, its API JSON, and the people a transition notifies.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_fsm_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::hazard {

namespace dp = domain::dual_prevention;

// The columns every hidden-danger query selects (table alias h, enterprise alias e).
extern const char* const kHiddenDangerColumns;
extern const char* const kHiddenDangerFrom;

struct HiddenDangerRow {
  int64_t id = 0;
  int64_t enterprise_id = 0;
  std::string enterprise_name;
  std::string region_path;
  std::string source;
  dp::HiddenDangerSnapshot snapshot;
  std::string title;
};

HiddenDangerRow RowFrom(const storage::ResultSet& rs, size_t i);
// The list/detail JSON of one row (no children). `today` decides "overdue".
boost::json::object HiddenDangerJson(const storage::ResultSet& rs, size_t i,
                                     const std::string& today);

// The row in scope, locked for update on PostgreSQL when `lock`; nullopt = 404.
std::optional<storage::ResultSet> FindHiddenDanger(storage::Connection& conn,
                                                   const api::Scope& scope, int64_t id,
                                                   bool lock = false);

// Writes the snapshot's fields back (state, level, owner, ...; effective_deadline, is_open,
// closed_on/closed_on_time derived here).
void StoreSnapshot(storage::Connection& conn, int64_t id, const dp::HiddenDangerSnapshot& s,
                   const std::string& now, const std::string& today);

int64_t AppendTransition(storage::Connection& conn, int64_t hidden_danger_id,
                         const std::string& action, const std::string& from_state,
                         const std::string& to_state, std::optional<int64_t> actor_user_id,
                         const std::string& actor_name, const std::string& at,
                         const std::string& reason, const boost::json::object& details);

void AttachPhotos(storage::Connection& conn, int64_t hidden_danger_id,
                  const std::vector<int64_t>& file_ids, const std::string& phase,
                  std::optional<int64_t> transition_id);

// Users to notify: the enterprise's principals and safety officers; its principals only (the
// owner's superiors); the users of the supervising agency (the deepest agency whose region
// contains the enterprise's).
std::vector<int64_t> EnterpriseManagerIds(storage::Connection& conn, int64_t enterprise_id);
std::vector<int64_t> EnterprisePrincipalIds(storage::Connection& conn, int64_t enterprise_id);
std::vector<int64_t> SupervisingRegulatorIds(storage::Connection& conn,
                                             const std::string& enterprise_region_path);

}  // namespace anjian::hazard
