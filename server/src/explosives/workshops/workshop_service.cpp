#include "explosives/workshops/workshop_service.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "explosives/magazine/magazine_repository.hpp"
#include "explosives/workshops/four_over_service.hpp"
#include "explosives/workshops/workshops_errors.hpp"

namespace anjian::workshops {

namespace json = boost::json;

namespace {

json::object FactsObject(const WorkshopFacts& f, const std::vector<int64_t>& store_ids) {
  json::array stores;
  for (int64_t s : store_ids) stores.push_back(s);
  return json::object{
      {"name", f.name},
      {"building_number", f.building_number},
      {"hazard_class", f.hazard_class},
      {"production_line", f.production_line},
      {"operating_staff", f.operating_staff},
      {"max_allowed_people", f.max_allowed_people},
      {"quantity_limit", f.quantity_limit},
      {"quantity_unit", f.quantity_unit},
      {"standard_annex", f.standard_annex},
      {"design_document", f.design_document},
      {"design_file_id",
       f.design_file_id ? json::value(*f.design_file_id) : json::value(nullptr)},
      {"store_ids", std::move(stores)}};
}

std::vector<int64_t> StoreIds(const std::vector<LinkedStore>& s) {
  std::vector<int64_t> out;
  for (const auto& x : s) out.push_back(x.store_id);
  return out;
}

// 422 naming each store that is not the enterprise's or serves another workshop.
void CheckStores(storage::Connection& conn, int64_t enterprise_id, int64_t workshop_id,
                 const std::vector<int64_t>& ids) {
  std::vector<FieldError> errs;
  const api::Scope own{api::Scope::Kind::kEnterprise, "", enterprise_id};
  for (size_t i = 0; i < ids.size(); ++i) {
    const std::string field = "store_ids[" + std::to_string(i) + "]";
    auto m = magazine::FindMagazine(conn, own, ids[i]);
    if (!m) {
      errs.push_back(Err("workshop_store_unknown").At(field, ids[i]));
      continue;
    }
    auto w = WorkshopOfStore(conn, ids[i]);
    if (w && w->first != workshop_id)
      errs.push_back(Err("workshop_store_taken").At(field, m->name, w->second));
  }
  if (!errs.empty()) core::Invalid(std::move(errs));
}

void Link(storage::Connection& conn, int64_t workshop_id, const std::vector<int64_t>& ids,
          int64_t by, const std::string& at) {
  UnlinkStores(conn, workshop_id);
  std::set<int64_t> done;
  for (int64_t s : ids)
    if (done.insert(s).second) LinkStore(conn, workshop_id, s, by, at);
}

}  // namespace

std::string FactsJson(const WorkshopFacts& f, const std::vector<int64_t>& store_ids) {
  return json::serialize(FactsObject(f, store_ids));
}

int64_t CreateWorkshop(storage::Connection& conn, const audit::Actor& actor,
                       int64_t enterprise_id, const WorkshopInput& in,
                       notifications::PendingPushes& pushes, int64_t now) {
  storage::Transaction tx(conn);
  const auto ent = EnterpriseOf(conn, enterprise_id);
  if (!ent || ent->industry != "civil_explosives_production")
    throw ApiException{Err("workshop_producer_required").Forbidden()};
  if (BuildingTaken(conn, enterprise_id, in.facts.building_number, 0))
    core::Invalid(Err("workshop_building_taken").At("building_number", in.facts.building_number));
  CheckStores(conn, enterprise_id, 0, in.store_ids);
  const std::string at = core::IsoFromUnix(now);
  const int64_t id = InsertWorkshop(conn, enterprise_id, ent->region_path, in.facts, at);
  InsertWorkshopVersion(conn, id,
                        {1, in.user_id, FactsJson(in.facts, in.store_ids), at, "",
                         in.facts.design_file_id});
  Link(conn, id, in.store_ids, in.user_id, at);
  audit::Append(conn, actor, "create", "workshop", std::to_string(id), nullptr,
                FactsObject(in.facts, in.store_ids));
  CheckEnterprise(conn, enterprise_id, pushes, now);
  tx.Commit();
  return id;
}

void EditWorkshop(storage::Connection& conn, const audit::Actor& actor, const api::Scope& scope,
                  int64_t id, const WorkshopInput& in, notifications::PendingPushes& pushes,
                  int64_t now) {
  storage::Transaction tx(conn);
  auto w = FindWorkshop(conn, scope, id, true);
  if (!w) throw ApiException{Error::NotFound("workshop")};
  if (w->status != "active") throw ApiException{Err("workshop_retired").Conflict()};
  if (BuildingTaken(conn, w->enterprise_id, in.facts.building_number, id))
    core::Invalid(Err("workshop_building_taken").At("building_number", in.facts.building_number));
  CheckStores(conn, w->enterprise_id, id, in.store_ids);
  const auto before_stores = StoreIds(WorkshopStores(conn, id));
  const std::string at = core::IsoFromUnix(now);
  const int64_t version = w->version + 1;
  UpdateWorkshop(conn, id, in.facts, version, at);
  InsertWorkshopVersion(conn, id,
                        {version, in.user_id, FactsJson(in.facts, in.store_ids), at, "",
                         in.facts.design_file_id});
  Link(conn, id, in.store_ids, in.user_id, at);
  audit::Append(conn, actor, "update", "workshop", std::to_string(id),
                FactsObject(w->facts, before_stores), FactsObject(in.facts, in.store_ids));
  CheckEnterprise(conn, w->enterprise_id, pushes, now);
  tx.Commit();
}

void SetWorkshopActive(storage::Connection& conn, const audit::Actor& actor,
                       const api::Scope& scope, int64_t id, bool active,
                       notifications::PendingPushes& pushes, int64_t now) {
  storage::Transaction tx(conn);
  auto w = FindWorkshop(conn, scope, id, true);
  if (!w) throw ApiException{Error::NotFound("workshop")};
  const std::string status = active ? "active" : "retired";
  if (w->status != status) {
    SetWorkshopStatus(conn, id, status, core::IsoFromUnix(now));
    audit::Append(conn, actor, active ? "reactivate" : "deactivate", "workshop",
                  std::to_string(id), json::object{{"status", w->status}},
                  json::object{{"status", status}});
    CheckEnterprise(conn, w->enterprise_id, pushes, now);
  }
  tx.Commit();
}

void RecordHeadcount(storage::Connection& conn, const audit::Actor& actor,
                     const api::Scope& scope, int64_t id, const HeadcountInput& in,
                     notifications::PendingPushes& pushes, int64_t now) {
  storage::Transaction tx(conn);
  auto w = FindWorkshop(conn, scope, id, true);
  if (!w) throw ApiException{Error::NotFound("workshop")};
  if (w->status != "active") throw ApiException{Err("workshop_retired").Conflict()};
  Headcount h;
  h.workshop_id = id;
  h.people = in.people;
  h.source = in.source;
  h.counted_at = core::IsoFromUnix(now);
  h.by_user_id = in.user_id;
  InsertHeadcount(conn, h);
  audit::Append(conn, actor, "workshop_headcount", "workshop", std::to_string(id),
                w->latest ? json::value(json::object{{"people", w->latest->people}})
                          : json::value(nullptr),
                json::object{{"people", in.people},
                             {"source", in.source},
                             {"max_allowed_people", w->facts.max_allowed_people}});
  CheckEnterprise(conn, w->enterprise_id, pushes, now);
  tx.Commit();
}

}  // namespace anjian::workshops
