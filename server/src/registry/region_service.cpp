#include "registry/region_service.hpp"

#include <boost/json.hpp>

#include "platform/storage/cluster.hpp"
#include "audit/audit_service.hpp"
#include "core/error.hpp"
#include "platform/api/actor.hpp"
#include "registry/region_rules.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::registry {

namespace json = boost::json;

namespace {

json::object RegionJson(const RegionInfo& r) {
  return json::object{{"code", r.code},     {"name", r.name},   {"name_en", r.name_en},
                      {"kind", r.kind},     {"parent_code", r.parent_code},
                      {"status", r.status}};
}

RegionInfo RequireZone(storage::Connection& conn, const std::string& code) {
  auto r = GetRegion(conn, code);
  if (!r) throw ApiException{Error::NotFound("region")};
  if (r->kind != "zone") core::Invalid(Err("region_not_zone").At("code"));
  return std::move(*r);
}

void Record(storage::Connection& conn, const api::Principal& who, const core::Clock& clock,
            const std::string& action, const std::optional<RegionInfo>& before,
            const RegionInfo& after) {
  AppendRegionChange(conn, {0, after.code, action, after.name, after.name_en, after.status,
                            who.display_name.empty() ? who.username : who.display_name,
                            clock.NowIso(), who.user_id});
  audit::Append(conn, api::ActorOf(who, clock.Now()), action, "region", after.code,
                before ? json::value(RegionJson(*before)) : json::value(nullptr),
                RegionJson(after));
}

}  // namespace

RegionInfo CreateZone(storage::Connection& conn, const api::Principal& who, const ZoneInput& in,
                      const core::Clock& clock) {
  storage::Transaction tx(conn);
  // The city row, locked: two zones added at once to one city get different numbers.
  LockRegion(conn, in.parent_code);
  auto parent = GetRegion(conn, in.parent_code);
  if (!parent) core::Invalid(Err("region_unknown").At("parent_code", in.parent_code));
  if (parent->kind != "city") core::Invalid(Err("zone_parent_not_city").At("parent_code"));
  if (parent->status != "active")
    core::Invalid(Err("region_inactive").At("parent_code", in.parent_code));
  if (SiblingNameTaken(conn, parent->code, in.name, ""))
    core::Invalid(Err("zone_name_taken").At("name", in.name));
  const std::string code = NextZoneCode(parent->code, ZoneCodesOf(conn, parent->code));
  if (code.empty()) core::Invalid(Err("zone_codes_exhausted").At("parent_code"));
  RegionInfo zone{code, in.name, in.name_en, "zone", parent->code,
                  parent->path + code + "/", RegionLevel(RegionKind::kZone), "active"};
  InsertZone(conn, zone);
  Record(conn, who, clock, "create", std::nullopt, zone);
  storage::BumpRevision(conn, "regions");  // issue 16: every node's region index
  tx.Commit();
  RegionIndex::Global().Put(zone);
  return zone;
}

RegionInfo RenameZone(storage::Connection& conn, const api::Principal& who,
                      const std::string& code, const ZoneInput& in, const core::Clock& clock) {
  storage::Transaction tx(conn);
  RegionInfo before = RequireZone(conn, code);
  if (SiblingNameTaken(conn, before.parent_code, in.name, code))
    core::Invalid(Err("zone_name_taken").At("name", in.name));
  UpdateRegionNames(conn, code, in.name, in.name_en);
  RegionInfo after = RequireZone(conn, code);
  Record(conn, who, clock, "update", before, after);
  storage::BumpRevision(conn, "regions");  // issue 16: every node's region index
  tx.Commit();
  RegionIndex::Global().Put(after);
  return after;
}

RegionInfo SetZoneStatus(storage::Connection& conn, const api::Principal& who,
                         const std::string& code, const std::string& status,
                         const core::Clock& clock) {
  storage::Transaction tx(conn);
  RegionInfo before = RequireZone(conn, code);
  if (before.status == status)
    throw ApiException{(status == "active" ? Err("region_already_active")
                                           : Err("region_already_inactive"))
                           .Conflict()};
  if (status == "inactive") {
    const int64_t bound = ActiveBindings(conn, code);
    if (bound > 0) throw ApiException{Err("zone_in_use").Conflict(bound)};
  }
  UpdateRegionStatus(conn, code, status);
  RegionInfo after = RequireZone(conn, code);
  Record(conn, who, clock, status == "active" ? "reactivate" : "deactivate", before, after);
  storage::BumpRevision(conn, "regions");  // issue 16: every node's region index
  tx.Commit();
  RegionIndex::Global().Put(after);
  return after;
}

std::vector<RegionChange> ZoneHistory(storage::Connection& conn, const std::string& code) {
  if (!GetRegion(conn, code)) throw ApiException{Error::NotFound("region")};
  return RegionHistory(conn, code);
}

}  // namespace anjian::registry
