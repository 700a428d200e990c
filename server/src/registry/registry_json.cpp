#include "registry/registry_json.hpp"

#include <boost/json.hpp>

namespace anjian::registry {

namespace json = boost::json;

namespace {

template <typename T>
json::value OrNull(const std::optional<T>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

}  // namespace

json::object EnterpriseJson(const Enterprise& e) {
  json::object o;
  o.reserve(20);
  o["id"] = e.id;
  o["name"] = e.name;
  o["uscc"] = e.uscc;
  o["region_code"] = e.region_code;
  o["region_name"] = e.region_name;
  o["industry"] = e.industry;
  o["industry_code"] = e.industry_code;
  o["supervision"] = e.supervision;
  o["scale"] = e.scale;
  o["address"] = e.address;
  o["legal_representative"] = e.legal_representative;
  o["contact_phone"] = e.contact_phone;
  o["employees"] = OrNull(e.employees);
  o["park_name"] = e.park_name;
  o["latitude"] = OrNull(e.latitude);
  o["longitude"] = OrNull(e.longitude);
  o["status"] = e.status;
  o["uscc_warning"] = OrNull(e.uscc_warning);
  o["created_at"] = e.created_at;
  o["updated_at"] = e.updated_at;
  return o;
}

json::object AgencyJson(const Agency& a) {
  return json::object{{"id", a.id},
                      {"name", a.name},
                      {"region_code", a.region_code},
                      {"region_name", a.region_name},
                      {"kind", a.kind},
                      {"phone", a.phone},
                      {"status", a.status},
                      {"created_at", a.created_at}};
}

json::object ResponsibilityJson(const Responsibility& r) {
  json::object o;
  o["id"] = r.id;
  o["owner_kind"] = r.owner_kind;
  o["agency_id"] = OrNull(r.agency_id);
  o["enterprise_id"] = OrNull(r.enterprise_id);
  o["owner_name"] = r.owner_name;
  o["region_code"] = r.region_code;
  o["region_name"] = r.region_name;
  o["person_name"] = r.person_name;
  o["position"] = r.position;
  o["unit_name"] = r.unit_name;
  o["kind"] = r.kind;
  o["phone"] = r.phone;
  o["duties"] = r.duties;
  o["status"] = r.status;
  o["created_at"] = r.created_at;
  o["updated_at"] = r.updated_at;
  return o;
}

}  // namespace anjian::registry
