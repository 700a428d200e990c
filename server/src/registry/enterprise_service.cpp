#include "registry/enterprise_service.hpp"

#include <boost/json.hpp>

#include "platform/storage/cluster.hpp"
#include "dual_prevention/investigation/task_generation_service.hpp"
#include "emergency/plans/plan_service.hpp"
#include "platform/api/actor.hpp"
#include "registry/list_cache.hpp"
#include "registry/region_index.hpp"
#include "registry/registry_errors.hpp"
#include "registry/registry_json.hpp"

namespace anjian::registry {

namespace {

const api::Scope kAllScope{api::Scope::Kind::kAll};

void CheckUsccFree(storage::Connection& conn, const std::string& uscc, int64_t except_id = 0) {
  if (UsccTaken(conn, uscc, except_id)) core::Invalid(Err("uscc_duplicate").At("uscc"));
}

}  // namespace

bool RegionInScope(const api::Scope& scope, const std::string& region_code) {
  const RegionInfo* r = RegionIndex::Global().Find(region_code);
  if (!r) return true;  // reported as region_unknown by validation
  switch (scope.kind) {
    case api::Scope::Kind::kAll: return true;
    case api::Scope::Kind::kRegion: return r->path.rfind(scope.region_path, 0) == 0;
    default: return false;
  }
}

Enterprise RequireEnterprise(storage::Connection& conn, const api::Scope& scope, int64_t id) {
  auto e = GetEnterprise(conn, scope, id);
  if (!e) throw ApiException{Error::NotFound("enterprise")};
  return std::move(*e);
}

std::vector<EnterpriseChange> EnterpriseChanges(storage::Connection& conn,
                                                const api::Scope& scope, int64_t id) {
  RequireEnterprise(conn, scope, id);
  return EnterpriseHistory(conn, id);
}

Enterprise CreateEnterprise(storage::Connection& conn, const api::Principal& who,
                            const EnterpriseInput& in, const std::string& uscc_warning,
                            const core::Clock& clock) {
  Enterprise after;
  {
    storage::Transaction tx(conn);
    CheckUsccFree(conn, in.uscc);
    int64_t id = InsertEnterprise(conn, in, uscc_warning, clock.NowIso());
    after = RequireEnterprise(conn, kAllScope, id);
    audit::Append(conn, api::ActorOf(who, clock.Now()), "create", "enterprise", std::to_string(id), nullptr,
                  EnterpriseJson(after));
    // A civil-explosives enterprise has its company-level daily inspection from registration.
    investigation::EnsureCompanyDailyInspection(conn, api::ActorOf(who, clock.Now()), id);
    storage::BumpRevision(conn, "enterprises");  // issue 16: every node's list cache
    tx.Commit();
  }
  ListCache::Global().NoteChanged();
  return after;
}

Enterprise UpdateEnterprise(storage::Connection& conn, const api::Principal& who, int64_t id,
                            const EnterpriseInput& in, const std::string& uscc_warning,
                            const core::Clock& clock) {
  Enterprise after;
  {
    storage::Transaction tx(conn);
    Enterprise before = RequireEnterprise(conn, api::Scope::For(who), id);
    CheckUsccFree(conn, in.uscc, id);
    UpdateEnterpriseFields(conn, id, in, uscc_warning, clock.NowIso());
    after = RequireEnterprise(conn, kAllScope, id);
    audit::Append(conn, api::ActorOf(who, clock.Now()), "update", "enterprise", std::to_string(id),
                  EnterpriseJson(before), EnterpriseJson(after));
    // ... and from the day its industry becomes one.
    investigation::EnsureCompanyDailyInspection(conn, api::ActorOf(who, clock.Now()), id);
    // A new principal (主要负责人) changes the command body: every plan in force requires
    // revision (88号令 art. 36(二)), in this transaction.
    emergency_plans::OnPrincipalChanged(conn, id, before.legal_representative,
                                        after.legal_representative, api::ActorOf(who, clock.Now()));
    storage::BumpRevision(conn, "enterprises");  // issue 16: every node's list cache
    // A move to another region changes the scope of the enterprise's signed-in users: every
    // node rebuilds their principals (the session cache holds the region path).
    if (before.region_code != after.region_code) storage::BumpRevision(conn, "identity");
    tx.Commit();
  }
  ListCache::Global().NoteChanged();
  return after;
}

Enterprise SetEnterpriseStatus(storage::Connection& conn, const api::Principal& who, int64_t id,
                               const std::string& status, const std::string& reason,
                               const core::Clock& clock) {
  Enterprise after;
  {
    storage::Transaction tx(conn);
    Enterprise before = RequireEnterprise(conn, api::Scope::For(who), id);
    if (before.status == status)
      throw ApiException{(status == "active" ? Err("enterprise_already_active")
                                             : Err("enterprise_already_inactive"))
                             .Conflict()};
    UpdateEnterpriseStatus(conn, id, status, clock.NowIso());
    after = RequireEnterprise(conn, kAllScope, id);
    boost::json::object audit_after = EnterpriseJson(after);
    audit_after["reason"] = reason;
    audit::Append(conn, api::ActorOf(who, clock.Now()), status == "inactive" ? "deactivate" : "reactivate",
                  "enterprise", std::to_string(id), EnterpriseJson(before), audit_after);
    investigation::EnsureCompanyDailyInspection(conn, api::ActorOf(who, clock.Now()), id);
    storage::BumpRevision(conn, "enterprises");  // issue 16: every node's list cache
    // The enterprise's accounts sign in only while it is active (identity::LoadPrincipal).
    storage::BumpRevision(conn, "identity");
    tx.Commit();
  }
  ListCache::Global().NoteChanged();
  return after;
}

}  // namespace anjian::registry
