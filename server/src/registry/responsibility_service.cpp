#include "registry/responsibility_service.hpp"

#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "registry/org_repository.hpp"
#include "registry/registry_errors.hpp"
#include "registry/registry_json.hpp"

namespace anjian::registry {

namespace {

const api::Scope kAllScope{api::Scope::Kind::kAll};

void Audit(storage::Connection& conn, const api::Principal& who, int64_t at,
           const std::string& action,
           int64_t id, const boost::json::value& before, const boost::json::value& after) {
  audit::Append(conn, api::ActorOf(who, at), action, "responsibility", std::to_string(id), before,
                after);
}

}  // namespace

std::optional<std::string> OwnerRegionPath(storage::Connection& conn, const api::Scope& scope,
                                           const std::string& owner_kind, int64_t owner_id) {
  std::optional<OrgRef> org = owner_kind == "agency" ? FindAgency(conn, scope, owner_id)
                                                     : FindEnterprise(conn, scope, owner_id);
  if (!org) return std::nullopt;
  return org->region_path;
}

Responsibility RequireResponsibility(storage::Connection& conn, const api::Scope& scope,
                                     int64_t id) {
  auto r = GetResponsibility(conn, scope, id);
  if (!r) throw ApiException{Error::NotFound("responsibility")};
  return std::move(*r);
}

Responsibility CreateResponsibility(storage::Connection& conn, const api::Principal& who,
                                    const ResponsibilityRecord& record, const core::Clock& clock) {
  storage::Transaction tx(conn);
  int64_t id = InsertResponsibility(conn, record, clock.NowIso());
  Responsibility after = RequireResponsibility(conn, kAllScope, id);
  Audit(conn, who, clock.Now(), "create", id, nullptr, ResponsibilityJson(after));
  tx.Commit();
  return after;
}

Responsibility UpdateResponsibility(storage::Connection& conn, const api::Principal& who,
                                    int64_t id, const ResponsibilityRecord& record,
                                    const core::Clock& clock) {
  storage::Transaction tx(conn);
  Responsibility before = RequireResponsibility(conn, api::Scope::For(who), id);
  UpdateResponsibilityFields(conn, id, record, clock.NowIso());
  Responsibility after = RequireResponsibility(conn, kAllScope, id);
  Audit(conn, who, clock.Now(), "update", id, ResponsibilityJson(before), ResponsibilityJson(after));
  tx.Commit();
  return after;
}

Responsibility DeactivateResponsibility(storage::Connection& conn, const api::Principal& who,
                                        int64_t id, const core::Clock& clock) {
  storage::Transaction tx(conn);
  Responsibility before = RequireResponsibility(conn, api::Scope::For(who), id);
  if (before.status == "inactive")
    throw ApiException{Err("responsibility_already_inactive").Conflict()};
  UpdateResponsibilityStatus(conn, id, "inactive", clock.NowIso());
  Responsibility after = RequireResponsibility(conn, kAllScope, id);
  Audit(conn, who, clock.Now(), "deactivate", id, ResponsibilityJson(before), ResponsibilityJson(after));
  tx.Commit();
  return after;
}

}  // namespace anjian::registry
