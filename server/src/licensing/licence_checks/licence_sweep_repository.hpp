// The set-based reads of the conditions-lapsed sweep: the raw facts of the art. 6 checklist for
// every civil-explosives enterprise at once (a handful of queries, whatever the province's size),
// shaped as the licence area's per-enterprise reads (licences::OwnConditionRows) so the licence
// area's rules judge them the same way.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "licensing/licences/licence_repository.hpp"
#include "platform/storage/db.hpp"

namespace anjian::licence_checks {

// Plans, latest safety evaluation and open major hidden dangers of every civil-explosives
// enterprise (three queries).
std::map<std::int64_t, licences::OwnConditionRows> AllOwnConditionRows(storage::Connection& conn);

// Safety department on `date` and full-time safety managers in post on `date`, per enterprise
// (two queries; people's SafetyDepartmentFactsOf for all enterprises).
struct SafetyStaff {
  bool has_department = false;
  std::int64_t full_time_safety_managers = 0;
};
std::map<std::int64_t, SafetyStaff> AllSafetyStaff(storage::Connection& conn,
                                                   const std::string& date);

}  // namespace anjian::licence_checks
