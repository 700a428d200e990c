#include "notices/recipient_selection.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <set>

#include "notices/notice_repository.hpp"
#include "core/core_errors.hpp"
#include "notices/notices_errors.hpp"
#include "platform/api/json.hpp"
#include "platform/api/principal.hpp"
#include "registry/industry_rules.hpp"
#include "registry/region_index.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::notices {

namespace json = boost::json;
namespace {

template <typename T>
void Dedupe(std::vector<T>& v) {
  std::set<T> seen;
  std::vector<T> out;
  for (auto& x : v)
    if (seen.insert(x).second) out.push_back(x);
  v = std::move(out);
}

FieldError OutOfScope(const std::string& what_en, const std::string& what_zh) {
  return Err("recipient_out_of_scope").At("recipients", what_en, what_zh);
}

bool InSubtree(const std::string& path, const std::string& root) {
  return path.size() >= root.size() && path.compare(0, root.size(), root) == 0;
}

}  // namespace

Selection ParseSelection(const json::object& obj, std::vector<FieldError>& errors) {
  api::JsonInput in(obj);
  Selection s;
  s.agency_ids = in.IdList("agency_ids", 1000);
  s.enterprise_ids = in.IdList("enterprise_ids", 20000);
  s.region_codes = in.StrList("region_codes", 200);
  s.industries = in.StrList("industries", 20);
  s.include_agencies = in.Bool("include_agencies");
  for (auto& e : in.errors()) {
    e.field = "recipients." + e.field;
    errors.push_back(std::move(e));
  }
  for (const auto& kv : obj) {
    std::string k(kv.key());
    static const std::set<std::string> kKnown = {"agency_ids", "enterprise_ids", "region_codes",
                                                 "industries", "include_agencies"};
    if (!kKnown.count(k)) errors.push_back(core::CoreErr("unknown_field").At("recipients." + k));
  }
  for (const auto& ind : s.industries)
    if (!registry::ParseIndustry(ind))
      errors.push_back(registry::Err("industry_invalid").At("recipients.industries", ind));
  if (!s.industries.empty() && s.region_codes.empty())
    errors.push_back(Err("industries_need_regions").At("recipients.region_codes"));
  Dedupe(s.agency_ids);
  Dedupe(s.enterprise_ids);
  Dedupe(s.region_codes);
  Dedupe(s.industries);
  return s;
}

json::object SelectionJson(const Selection& s) {
  json::array a, e, r, ind;
  for (auto v : s.agency_ids) a.push_back(v);
  for (auto v : s.enterprise_ids) e.push_back(v);
  for (auto& v : s.region_codes) r.push_back(json::value(v));
  for (auto& v : s.industries) ind.push_back(json::value(v));
  return json::object{{"agency_ids", std::move(a)},   {"enterprise_ids", std::move(e)},
                      {"region_codes", std::move(r)}, {"industries", std::move(ind)},
                      {"include_agencies", s.include_agencies}};
}

Selection SelectionFromStored(const std::string& recipients_json) {
  std::vector<FieldError> ignored;
  json::value v = json::parse(recipients_json.empty() ? "{}" : recipients_json);
  return ParseSelection(v.is_object() ? v.as_object() : json::object{}, ignored);
}

std::vector<Target> ResolveSelection(storage::Connection& conn, const Selection& s,
                                     const Sender& sender) {
  std::vector<FieldError> errors;
  const std::string lo = sender.region_path, hi = api::PathUpperBound(sender.region_path);
  std::vector<Target> agencies, enterprises;
  std::set<int64_t> agency_seen, enterprise_seen;
  auto add_agency = [&](int64_t id, const std::string& path) {
    if (id != sender.agency_id && agency_seen.insert(id).second)
      agencies.push_back({"agency", id, path});
  };
  auto add_enterprise = [&](int64_t id, const std::string& path) {
    if (enterprise_seen.insert(id).second) enterprises.push_back({"enterprise", id, path});
  };

  if (!s.agency_ids.empty()) {
    auto rows = ActiveAgenciesByIds(conn, s.agency_ids, lo, hi);
    std::set<int64_t> found;
    for (const auto& r : rows) found.insert(r.id);
    for (int64_t id : s.agency_ids) {
      if (id == sender.agency_id)
        errors.push_back(Err("recipient_self").At("recipients"));
      else if (!found.count(id))
        errors.push_back(OutOfScope("agency " + std::to_string(id), "机构 " + std::to_string(id) + " "));
    }
    for (const auto& r : rows) add_agency(r.id, r.region_path);
  }
  if (!s.enterprise_ids.empty()) {
    std::set<int64_t> found, inactive;
    for (const auto& r : EnterprisesByIds(conn, s.enterprise_ids, lo, hi)) {
      found.insert(r.id);
      if (!r.active) inactive.insert(r.id);
      else add_enterprise(r.id, r.region_path);
    }
    for (int64_t id : s.enterprise_ids) {
      if (!found.count(id))
        errors.push_back(OutOfScope("enterprise " + std::to_string(id), "企业 " + std::to_string(id) + " "));
      else if (inactive.count(id))
        errors.push_back(Err("recipient_inactive").At("recipients", id));
    }
  }
  for (const auto& code : s.region_codes) {
    const auto* r = registry::RegionIndex::Global().Find(code);
    if (!r || !InSubtree(r->path, sender.region_path)) {
      errors.push_back(OutOfScope("region " + code, "行政区划 " + code + " "));
      continue;
    }
    std::string rlo = r->path, rhi = api::PathUpperBound(r->path);
    for (const auto& e : ActiveEnterprisesInSubtree(conn, rlo, rhi, s.industries))
      add_enterprise(e.id, e.region_path);
    if (s.include_agencies)
      for (const auto& a : ActiveAgenciesInSubtree(conn, rlo, rhi)) add_agency(a.id, a.region_path);
  }
  if (!errors.empty()) core::Invalid(std::move(errors));
  auto by_path = [](const Target& a, const Target& b) {
    return a.region_path != b.region_path ? a.region_path < b.region_path : a.id < b.id;
  };
  std::sort(agencies.begin(), agencies.end(), by_path);
  std::sort(enterprises.begin(), enterprises.end(), by_path);
  agencies.insert(agencies.end(), enterprises.begin(), enterprises.end());
  return agencies;
}

}  // namespace anjian::notices
