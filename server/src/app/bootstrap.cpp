#include "app/bootstrap.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

#include "app/bootstrap_repository.hpp"
#include "identity/role_service.hpp"
#include "identity/setup_service.hpp"
#include "registry/region_rules.hpp"

namespace anjian::app {

namespace {

std::string PathOf(const std::string& code, const std::map<std::string, std::string>& parent) {
  std::vector<std::string> chain;
  // The country root is "/" itself (issue 16): every path starts with it, none names it.
  for (std::string c = code; !c.empty() && c != registry::kCountryCode;) {
    chain.push_back(c);
    auto it = parent.find(c);
    c = it == parent.end() ? "" : it->second;
  }
  std::string path = "/";
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) path += *it + "/";
  return path;
}

// The regions of the data files (GB/T 2260 and the seeded zones) that the database lacks: a new
// installation gets all ~3,200, an upgraded one the codes a newer list added. A row already
// present is never touched (a zone renamed or deactivated by the administrator stays so).
void EnsureRegions(storage::Connection& conn) {
  const auto& regions = registry::BuiltinRegions();
  const std::set<std::string> present = RegionCodes(conn);
  if (present.size() >= regions.size()) {
    bool all = true;
    for (const auto& r : regions)
      if (!present.count(r.code)) { all = false; break; }
    if (all) return;
  }
  std::map<std::string, std::string> parent;
  for (const auto& r : regions) parent[r.code] = r.parent_code;
  std::vector<RegionRow> missing;
  for (const auto& r : regions) {  // a parent precedes its children in the files
    if (present.count(r.code)) continue;
    missing.push_back({r.code, r.name, r.name_en, std::string(registry::RegionKindValue(r.kind)),
                       r.parent_code, PathOf(r.code, parent),
                       int64_t{registry::RegionLevel(r.kind)}});
  }
  InsertRegions(conn, missing);
}

}  // namespace

void EnsureReferenceData(storage::Connection& conn, const core::Clock& clock, bool demo) {
  storage::Transaction tx(conn);
  EnsureRegions(conn);
  identity::EnsureDefaultRolePermissions(conn);
  identity::EnsureAdministrators(conn, clock.Now(), demo);
  identity::RepairRolePermissions(conn, clock.Now());
  identity::RepairAdministratorOrganisations(conn, clock.Now());
  LinkInspectionPhotos(conn);
  tx.Commit();
}

}  // namespace anjian::app
