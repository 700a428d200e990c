// The nightly "conditions lapsed" sweep (issue 15 §1, 安全生产许可证条例 art. 14: conditions must
// be maintained): what one pass over the province's licences finds, decided purely from facts
// the job loads set-based (a handful of queries, not one per licence).
//   - an expired licence (status expired, or past valid_until) with no licence of the same kind in
//     force for the enterprise, and a required licence missing altogether, are major hidden
//     dangers (工信部安全〔2024〕234号 item 1), one per licence and expiry / enterprise and kind;
//   - any other condition of a licence in force that no longer holds (EvaluateConditions of the
//     licence area) is a warning to the enterprise and the issuer, once per licence and condition.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/civil_date.hpp"

namespace anjian::licence_checks {

struct SweepLicence {
  std::int64_t id = 0;
  std::int64_t enterprise_id = 0;
  std::string kind, number, status;  // status valid | suspended | revoked | expired
  core::Date valid_from, valid_until;
};

struct SweepEnterprise {
  std::int64_t id = 0;
  std::vector<std::string> required_kinds;  // the licence kinds its industry must hold
};

struct FailedCondition {
  std::string id, label_zh, label_en, source;
};

struct ExpiredFinding {
  const SweepLicence* licence = nullptr;
  std::string key;  // expired:<licence id>:<valid_until>
};
struct MissingFinding {
  std::int64_t enterprise_id = 0;
  std::string kind;
  std::string key;  // missing:<enterprise id>:<kind>
};
struct LapsedFinding {
  const SweepLicence* licence = nullptr;
  FailedCondition condition;
  std::string key;  // cond:<licence id>:<condition id>
};

struct SweepPlan {
  std::vector<ExpiredFinding> expired;
  std::vector<MissingFinding> missing;
  std::vector<LapsedFinding> lapsed;
  // Every key that holds today (what the sweep found); an open warning whose key is not here has
  // been resolved.
  std::set<std::string> keys;
};

std::string ExpiredKey(const SweepLicence& l);
std::string MissingKey(std::int64_t enterprise_id, const std::string& kind);
std::string LapsedKey(const SweepLicence& l, const std::string& condition_id);

// In force on `today`: status valid and valid_from ≤ today ≤ valid_until.
bool SweepInForce(const SweepLicence& l, const core::Date& today);

// `failed`: per enterprise, the conditions EvaluateConditions found failed today (checked for each
// of its licences in force; suspended and revoked licences are the regulator's decision already).
SweepPlan PlanSweep(const std::vector<SweepLicence>& licences,
                    const std::vector<SweepEnterprise>& enterprises, const core::Date& today,
                    const std::map<std::int64_t, std::vector<FailedCondition>>& failed);

}  // namespace anjian::licence_checks
