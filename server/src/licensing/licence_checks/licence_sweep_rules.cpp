#include "licensing/licence_checks/licence_sweep_rules.hpp"

namespace anjian::licence_checks {

std::string ExpiredKey(const SweepLicence& l) {
  return "expired:" + std::to_string(l.id) + ":" + core::FormatIsoDate(l.valid_until);
}
std::string MissingKey(std::int64_t enterprise_id, const std::string& kind) {
  return "missing:" + std::to_string(enterprise_id) + ":" + kind;
}
std::string LapsedKey(const SweepLicence& l, const std::string& condition_id) {
  return "cond:" + std::to_string(l.id) + ":" + condition_id;
}

bool SweepInForce(const SweepLicence& l, const core::Date& today) {
  return l.status == "valid" && l.valid_from <= today && today <= l.valid_until;
}

SweepPlan PlanSweep(const std::vector<SweepLicence>& licences,
                    const std::vector<SweepEnterprise>& enterprises, const core::Date& today,
                    const std::map<std::int64_t, std::vector<FailedCondition>>& failed) {
  SweepPlan plan;
  // (enterprise, kind) → held at all / in force today.
  std::set<std::pair<std::int64_t, std::string>> held, in_force;
  for (const auto& l : licences) {
    held.insert({l.enterprise_id, l.kind});
    if (SweepInForce(l, today)) in_force.insert({l.enterprise_id, l.kind});
  }
  for (const auto& l : licences) {
    const bool expired = l.status == "expired" || (l.status == "valid" && today > l.valid_until);
    if (expired) {
      if (in_force.count({l.enterprise_id, l.kind})) continue;  // renewed: the new one is in force
      // Only the latest expiry of a kind counts: an older licence replaced long ago is history.
      bool newer = false;
      for (const auto& o : licences)
        if (o.id != l.id && o.enterprise_id == l.enterprise_id && o.kind == l.kind &&
            o.valid_until > l.valid_until)
          newer = true;
      if (newer) continue;
      ExpiredFinding f{&l, ExpiredKey(l)};
      plan.keys.insert(f.key);
      plan.expired.push_back(std::move(f));
      continue;
    }
    if (!SweepInForce(l, today)) continue;
    auto it = failed.find(l.enterprise_id);
    if (it == failed.end()) continue;
    for (const auto& c : it->second) {
      LapsedFinding f{&l, c, LapsedKey(l, c.id)};
      plan.keys.insert(f.key);
      plan.lapsed.push_back(std::move(f));
    }
  }
  for (const auto& e : enterprises)
    for (const auto& kind : e.required_kinds)
      if (!held.count({e.id, kind})) {
        MissingFinding f{e.id, kind, MissingKey(e.id, kind)};
        plan.keys.insert(f.key);
        plan.missing.push_back(std::move(f));
      }
  return plan;
}

}  // namespace anjian::licence_checks
