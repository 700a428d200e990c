#include "licensing/licences/licence_json.hpp"

#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::licences {

namespace json = boost::json;

namespace {
json::value Opt(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}
std::int64_t IntOf(const json::object& o, const char* k) {
  const auto* v = o.if_contains(k);
  return v && v->is_int64() ? v->as_int64() : 0;
}
std::optional<std::int64_t> OptIntOf(const json::object& o, const char* k) {
  const auto* v = o.if_contains(k);
  if (v && v->is_int64()) return v->as_int64();
  return std::nullopt;
}
std::string StrOf(const json::object& o, const char* k) {
  const auto* v = o.if_contains(k);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}
}  // namespace

std::string KindLabelZh(const std::vector<LicenceKind>& kinds, const std::string& code) {
  const auto* k = FindKind(kinds, code);
  return k ? k->label_zh : code;
}
std::string KindLabelEn(const std::vector<LicenceKind>& kinds, const std::string& code) {
  const auto* k = FindKind(kinds, code);
  return k ? k->label_en : code;
}

json::object ScopeJson(const LicenceScope& s) {
  json::array products;
  for (const auto& p : s.products)
    products.push_back(json::object{{"product_code", p.product_code},
                                    {"product_name", p.product_name},
                                    {"unit", p.unit},
                                    {"annual_quantity_milli", p.annual_quantity_milli},
                                    {"annual_quantity", catalogue::FormatMilli(p.annual_quantity_milli)}});
  json::array magazines;
  for (const auto& m : s.magazines)
    magazines.push_back(json::object{{"store_id", m.store_id},
                                     {"store_name", m.store_name},
                                     {"net_mass_g", Opt(m.net_mass_g)},
                                     {"net_mass_kg", m.net_mass_g ? json::value(catalogue::FormatMilli(*m.net_mass_g))
                                                                  : json::value(nullptr)},
                                     {"pieces", Opt(m.pieces)}});
  return json::object{{"products", std::move(products)},
                      {"magazines", std::move(magazines)},
                      {"work_days", s.working_hours.days},
                      {"work_from", s.working_hours.from},
                      {"work_to", s.working_hours.to},
                      {"on_site_mixing_t", Opt(s.on_site_mixing_t)},
                      {"note", s.note}};
}

LicenceScope ScopeFromStoredJson(const std::string& text) {
  LicenceScope s;
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_object()) return s;
  const auto& o = v.as_object();
  if (const auto* ps = o.if_contains("products"); ps && ps->is_array())
    for (const auto& p : ps->as_array())
      if (p.is_object())
        s.products.push_back({StrOf(p.as_object(), "product_code"),
                              StrOf(p.as_object(), "product_name"), StrOf(p.as_object(), "unit"),
                              IntOf(p.as_object(), "annual_quantity_milli")});
  if (const auto* ms = o.if_contains("magazines"); ms && ms->is_array())
    for (const auto& m : ms->as_array())
      if (m.is_object())
        s.magazines.push_back({IntOf(m.as_object(), "store_id"), StrOf(m.as_object(), "store_name"),
                               OptIntOf(m.as_object(), "net_mass_g"),
                               OptIntOf(m.as_object(), "pieces")});
  s.working_hours = {StrOf(o, "work_days"), StrOf(o, "work_from"), StrOf(o, "work_to")};
  s.note = StrOf(o, "note");
  s.on_site_mixing_t = OptIntOf(o, "on_site_mixing_t");
  return s;
}

json::object LicenceJson(const LicenceRow& l, const std::vector<LicenceKind>& kinds) {
  const auto st = ParseLicenceStatus(l.status);
  return json::object{{"id", l.id},
                      {"enterprise_id", l.enterprise_id},
                      {"enterprise_name", l.enterprise_name},
                      {"kind", l.kind},
                      {"kind_zh", KindLabelZh(kinds, l.kind)},
                      {"kind_en", KindLabelEn(kinds, l.kind)},
                      {"number", l.number},
                      {"issuer_agency_id", Opt(l.issuer_agency_id)},
                      {"issuer_name", l.issuer_name},
                      {"issued_on", l.issued_on},
                      {"valid_from", l.valid_from},
                      {"valid_to", l.valid_to},
                      {"status", l.status},
                      {"status_zh", st ? std::string(LicenceStatusLabelZh(*st)) : l.status},
                      {"status_reason", l.status_reason},
                      {"status_since", l.status_since},
                      {"status_document_file_id", Opt(l.status_document_file_id)},
                      {"document_file_id", Opt(l.document_file_id)},
                      {"scope", ScopeJson(l.scope)},
                      {"created_at", l.created_at},
                      {"updated_at", l.updated_at},
                      {"row_version", l.row_version}};
}

json::object ConditionJson(const Condition& c) {
  json::array records;
  for (const auto& r : c.records)
    records.push_back(json::object{
        {"kind", r.kind}, {"id", r.id}, {"label", r.label}, {"problem", r.problem}});
  return json::object{{"id", c.id},
                      {"label", c.label_zh},
                      {"label_en", c.label_en},
                      {"source", c.source_zh},
                      {"source_en", c.source_en},
                      {"passed", c.passed},
                      {"detail", c.detail_zh},
                      {"detail_en", c.detail_en},
                      {"records", std::move(records)}};
}

json::array ConditionsJson(const std::vector<Condition>& cs) {
  json::array a;
  for (const auto& c : cs) a.push_back(ConditionJson(c));
  return a;
}

json::object EvaluationJson(const EvaluationRow& e) {
  return json::object{{"id", e.id},
                      {"enterprise_id", e.enterprise_id},
                      {"enterprise_name", e.enterprise_name},
                      {"agency_name", e.agency_name},
                      {"evaluated_on", e.evaluated_on},
                      {"conclusion", e.conclusion},
                      {"valid_until", e.valid_until},
                      {"report_file", json::object{{"id", e.report_file_id}, {"name", e.report_file_name}}},
                      {"note", e.note},
                      {"recorded_by", json::object{{"id", e.recorded_by}, {"name", e.recorded_by_name}}},
                      {"recorded_at", e.recorded_at}};
}

json::object EventJson(const EventRow& e) {
  return json::object{{"id", e.id},
                      {"licence_id", Opt(e.licence_id)},
                      {"application_id", Opt(e.application_id)},
                      {"kind", e.kind},
                      {"from_status", e.from_status},
                      {"to_status", e.to_status},
                      {"valid_from", e.valid_from},
                      {"valid_to", e.valid_to},
                      {"reason", e.reason},
                      {"document_file_id", Opt(e.document_file_id)},
                      {"by", json::object{{"id", e.by_user_id}, {"name", e.by_name}}},
                      {"at", e.at}};
}

}  // namespace anjian::licences
