#include "explosives/magazine/magazine_json.hpp"

#include <boost/json.hpp>

#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/magazine/magazine_capacity_rules.hpp"

namespace anjian::magazine {

namespace json = boost::json;

namespace {

json::value OptInt(const std::optional<int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::value OptText(const std::optional<std::string>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

std::optional<double> UsePercent(int64_t now, const std::optional<int64_t>& rated) {
  if (!rated || *rated <= 0) return std::nullopt;
  return static_cast<double>(now) * 100.0 / static_cast<double>(*rated);
}

}  // namespace

json::value MilliJson(int64_t milli) {
  if (milli % catalogue::kMilliPerUnit == 0) return json::value(milli / catalogue::kMilliPerUnit);
  return json::value(static_cast<double>(milli) / catalogue::kMilliPerUnit);
}

json::object RatingJson(const MagazineLimits& l) {
  json::object limits;
  for (const auto& [p, q] : l.product_quantity_milli) limits[p] = MilliJson(q);
  return json::object{
      {"rated_net_mass_kg", l.net_mass_g ? MilliJson(*l.net_mass_g) : json::value(nullptr)},
      {"rated_pieces", OptInt(l.pieces)},
      {"product_limits", std::move(limits)}};
}

json::object CapacityChangeJson(const CapacityChange& c) {
  return json::object{{"id", c.id},
                      {"store_id", c.store_id},
                      {"old", RatingJson(c.old_limits)},
                      {"new", RatingJson(c.new_limits)},
                      {"document_number", c.document_number},
                      {"issuer", c.issuer},
                      {"approved_on", c.approved_on},
                      {"file_id", OptInt(c.file_id)},
                      {"changed_by", c.changed_by},
                      {"changed_by_name", c.changed_by_name},
                      {"changed_at", c.changed_at}};
}

json::object CapacityHistoryJson(int64_t store_id, const std::vector<CapacityChange>& history) {
  json::array items;
  for (const auto& c : history) items.push_back(CapacityChangeJson(c));
  return json::object{{"store_id", store_id}, {"items", std::move(items)}};
}

json::object MagazineJson(const MagazineView& view) {
  const MagazineRow& s = view.row;
  const MagazineState& st = view.state;
  json::object limits;
  for (const auto& [p, q] : s.limits.product_quantity_milli) limits[p] = MilliJson(q);
  auto mass_use = UsePercent(st.net_mass_g, s.limits.net_mass_g);
  auto pieces_use = UsePercent(st.pieces, s.limits.pieces);
  std::optional<double> use = mass_use;
  if (pieces_use && (!use || *pieces_use > *use)) use = pieces_use;
  return json::object{
      {"id", s.id},
      {"enterprise_id", s.enterprise_id},
      {"enterprise_name", s.enterprise_name},
      {"name", s.name},
      {"kind", MagazineKindValue(s.kind)},
      {"kind_label_zh", MagazineKindLabelZh(s.kind)},
      {"kind_label_en", MagazineKindLabelEn(s.kind)},
      {"rated_net_mass_kg",
       s.limits.net_mass_g ? MilliJson(*s.limits.net_mass_g) : json::value(nullptr)},
      {"rated_pieces", OptInt(s.limits.pieces)},
      {"product_limits", std::move(limits)},
      {"rating_missing", !IsRated(s.limits)},
      {"status", s.status},
      {"rating_pending", s.rating_pending},
      {"holds_non_normal_goods", s.holds_non_normal},
      {"net_mass_kg", MilliJson(st.net_mass_g)},
      {"pieces", st.pieces},
      {"capacity_use_percent", use ? json::value(*use) : json::value(nullptr)},
      {"created_at", s.created_at}};
}

json::array MagazinesJson(const std::vector<MagazineView>& views) {
  json::array items;
  items.reserve(views.size());
  for (const auto& v : views) items.push_back(MagazineJson(v));
  return items;
}

json::object StockJson(const StockView& stock) {
  const MagazineRow& row = stock.magazine.row;
  auto o = MagazineJson(stock.magazine);
  json::array items;
  for (const auto& [pid, q] : stock.magazine.state.quantities) {
    const catalogue::Product* p = catalogue::InForce().Find(pid);
    auto codes = stock.code_counts.find(pid);
    json::object item{
        {"product_id", pid},
        {"label_zh", p ? catalogue::DisplayNameZh(*p) : pid},
        {"label_en", p ? p->label_en : pid},
        {"unit", p ? json::value(catalogue::UnitValue(p->unit)) : json::value(nullptr)},
        {"quantity", MilliJson(q)},
        {"net_mass_kg", p ? MilliJson(catalogue::NetMassGrams(*p, q)) : json::value(0)},
        {"code_count", codes == stock.code_counts.end() ? 0 : codes->second}};
    auto lim = row.limits.product_quantity_milli.find(pid);
    if (lim != row.limits.product_quantity_milli.end()) {
      item["limit"] = MilliJson(lim->second);
      auto use = UsePercent(q, lim->second);
      item["limit_use_percent"] = use ? json::value(*use) : json::value(nullptr);
    }
    items.push_back(std::move(item));
  }
  o["items"] = std::move(items);
  int64_t total_codes = 0;
  for (const auto& [_, n] : stock.code_counts) total_codes += n;
  o["code_count"] = total_codes;
  return o;
}

json::object StorekeepersJson(const StorekeepersView& view) {
  json::array current, history, candidates;
  for (const auto& k : view.current)
    current.push_back(json::object{{"user_id", k.user_id},
                                   {"username", k.username},
                                   {"display_name", k.display_name},
                                   {"assigned_at", k.assigned_at}});
  for (const auto& a : view.history)
    history.push_back(json::object{{"id", a.id},
                                   {"user_id", a.user_id},
                                   {"display_name", a.display_name},
                                   {"assigned_at", a.assigned_at},
                                   {"assigned_by", OptText(a.assigned_by)},
                                   {"unassigned_at", OptText(a.unassigned_at)},
                                   {"unassigned_by", OptText(a.unassigned_by)}});
  for (const auto& c : view.candidates)
    candidates.push_back(json::object{
        {"user_id", c.user_id}, {"username", c.username}, {"display_name", c.display_name}});
  return json::object{{"store_id", view.magazine_id},
                      {"items", std::move(current)},
                      {"history", std::move(history)},
                      {"candidates", std::move(candidates)}};
}

}  // namespace anjian::magazine
