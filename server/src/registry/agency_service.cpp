#include "registry/agency_service.hpp"

#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/storage/cluster.hpp"
#include "registry/region_index.hpp"
#include "registry/registry_errors.hpp"
#include "registry/registry_json.hpp"

namespace anjian::registry {

namespace {

Agency Require(storage::Connection& conn, const api::Scope& scope, int64_t id) {
  auto a = GetAgency(conn, scope, id);
  if (!a) throw ApiException{Error::NotFound("agency")};
  return std::move(*a);
}

}  // namespace

Agency CreateAgency(storage::Connection& conn, const api::Principal& who, const AgencyInput& in,
                    const core::Clock& clock) {
  const RegionInfo* region = RegionIndex::Global().Find(in.region_code);
  storage::Transaction tx(conn);
  int64_t id = InsertAgency(conn, in.region_code, region->path, in.name, in.phone, clock.NowIso());
  Agency after = Require(conn, api::Scope{api::Scope::Kind::kAll}, id);
  audit::Append(conn, api::ActorOf(who, clock.Now()), "create", "agency", std::to_string(id), nullptr,
                AgencyJson(after));
  tx.Commit();
  return after;
}

Agency UpdateAgency(storage::Connection& conn, const api::Principal& who, int64_t id,
                    const AgencyInput& in, const core::Clock& clock) {
  const api::Scope scope = api::Scope::For(who);
  storage::Transaction tx(conn);
  Agency before = Require(conn, scope, id);
  UpdateAgencyFields(conn, id, in.name, in.phone);
  Agency after = Require(conn, scope, id);
  audit::Append(conn, api::ActorOf(who, clock.Now()), "update", "agency", std::to_string(id),
                AgencyJson(before), AgencyJson(after));
  tx.Commit();
  return after;
}

Agency SetAgencyStatus(storage::Connection& conn, const api::Principal& who, int64_t id,
                       const std::string& status, const core::Clock& clock) {
  const api::Scope scope = api::Scope::For(who);
  storage::Transaction tx(conn);
  Agency before = Require(conn, scope, id);
  if (before.status == status)
    throw ApiException{(status == "active" ? Err("agency_already_active")
                                           : Err("agency_already_inactive"))
                           .Conflict()};
  UpdateAgencyStatus(conn, id, status);
  Agency after = Require(conn, scope, id);
  audit::Append(conn, api::ActorOf(who, clock.Now()), status == "active" ? "reactivate" : "deactivate",
                "agency", std::to_string(id), AgencyJson(before), AgencyJson(after));
  // Issue 16: the agency's accounts sign in only while it is active (identity::LoadPrincipal);
  // every node drops the principals it holds.
  storage::BumpRevision(conn, "identity");
  tx.Commit();
  return after;
}

}  // namespace anjian::registry
