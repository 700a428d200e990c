#include "app/bootstrap.hpp"

#include <map>
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
  for (std::string c = code; !c.empty();) {
    chain.push_back(c);
    auto it = parent.find(c);
    c = it == parent.end() ? "" : it->second;
  }
  std::string path = "/";
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) path += *it + "/";
  return path;
}

void EnsureRegions(storage::Connection& conn) {
  std::map<std::string, std::string> parent;
  for (const auto& r : registry::BuiltinRegions()) parent[r.code] = r.parent_code;
  for (const auto& r : registry::BuiltinRegions()) {
    if (RegionExists(conn, r.code)) continue;
    InsertRegion(conn, {r.code, r.name, r.name_en, std::string(registry::RegionKindValue(r.kind)),
                        r.parent_code, PathOf(r.code, parent),
                        int64_t{registry::RegionLevel(r.kind)}});
  }
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
