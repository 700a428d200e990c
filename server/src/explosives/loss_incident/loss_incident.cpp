#include "explosives/loss_incident/loss_incident.hpp"

#include <boost/json.hpp>
#include <set>

#include "core/error.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"

namespace anjian::ledger {

namespace json = boost::json;
using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT i.id, i.enterprise_id, i.store_id, i.stocktake_id, i.number, i.source, "
    "i.discovered_at, i.description, i.code_count, i.quantities_json, i.opened_by_user_id, "
    "e.name AS enterprise_name, s.name AS store_name, u.display_name AS opened_by_name, "
    "(SELECT MAX(ev.at) FROM loss_incident_events ev WHERE ev.incident_id = i.id "
    " AND ev.kind = 'closed') AS closed_at "
    "FROM loss_incidents i JOIN enterprises e ON e.id = i.enterprise_id "
    "JOIN stores s ON s.id = i.store_id JOIN users u ON u.id = i.opened_by_user_id ";

// The catalogue's names beside a product id, so no page shows a bare id ("" for a code whose
// product is unknown, the id itself for a product no longer in the catalogue).
void AddProductName(json::object& o, const std::string& pid) {
  const catalogue::Product* p = pid.empty() ? nullptr : catalogue::InForce().Find(pid);
  o["product_id"] = pid;
  o["product_name"] = p ? p->label_zh : pid;
  o["product_name_en"] = p ? p->label_en : pid;
}

json::object Summary(storage::Connection& conn, const storage::ResultSet& rs, size_t i) {
  const int64_t id = rs.Int(i, "id");
  const std::string closed_at = rs.Text(i, "closed_at");
  const int64_t discovered = storage::UnixFromIso(rs.Text(i, "discovered_at"));
  const int64_t until = closed_at.empty() ? storage::NowUnix() : storage::UnixFromIso(closed_at);
  json::object o{{"id", id},
                 {"number", rs.Text(i, "number")},
                 {"enterprise_id", rs.Int(i, "enterprise_id")},
                 {"enterprise_name", rs.Text(i, "enterprise_name")},
                 {"store_id", rs.Int(i, "store_id")},
                 {"store_name", rs.Text(i, "store_name")},
                 {"stocktake_id", rs.IsNull(i, "stocktake_id") ? json::value(nullptr)
                                                               : json::value(rs.Int(i, "stocktake_id"))},
                 {"source", rs.Text(i, "source")},
                 {"discovered_at", rs.Text(i, "discovered_at")},
                 {"elapsed_seconds", until - discovered},
                 {"status", closed_at.empty() ? "open" : "closed"},
                 {"closed_at", closed_at.empty() ? json::value(nullptr) : json::value(closed_at)},
                 {"description", rs.Text(i, "description")},
                 {"code_count", rs.Int(i, "code_count")},
                 {"opened_by", json::object{{"id", rs.Int(i, "opened_by_user_id")},
                                            {"name", rs.Text(i, "opened_by_name")}}}};
  json::object quantities;
  json::array quantity_items;
  // Parsed into a local: a range-for over parse(...).as_object() would walk a destroyed value.
  const json::value stored = json::parse(rs.Text(i, "quantities_json"));
  for (const auto& kv : stored.as_object()) {
    const double q = static_cast<double>(kv.value().as_int64()) / catalogue::kMilliPerUnit;
    quantities[kv.key()] = q;
    json::object item;
    AddProductName(item, std::string(kv.key()));
    const catalogue::Product* p = catalogue::InForce().Find(std::string(kv.key()));
    item["unit"] = p ? json::value(catalogue::UnitValue(p->unit)) : json::value(nullptr);
    item["quantity"] = q;
    quantity_items.push_back(std::move(item));
  }
  o["quantities"] = std::move(quantities);
  o["quantity_items"] = std::move(quantity_items);
  // The latest report to each office.
  auto reports = conn.Query(
      "SELECT kind, reported_at, reference, at FROM loss_incident_events WHERE incident_id = ? "
      "AND kind IN ('reported_police', 'reported_regulator') ORDER BY id",
      {id});
  json::value police = nullptr, regulator = nullptr;
  for (size_t r = 0; r < reports.size(); ++r) {
    json::object rep{{"reported_at", reports.Text(r, "reported_at")},
                     {"reference", reports.Text(r, "reference")},
                     {"recorded_at", reports.Text(r, "at")}};
    (reports.Text(r, "kind") == "reported_police" ? police : regulator) = std::move(rep);
  }
  o["police_report"] = std::move(police);
  o["regulator_report"] = std::move(regulator);
  return o;
}

std::string IncidentNumber(const std::string& at, int64_t id) {
  std::string date;
  for (char c : at.substr(0, 10))
    if (c != '-') date += c;
  std::string n = std::to_string(id);
  if (n.size() < 6) n.insert(0, 6 - n.size(), '0');
  return "DS" + date + "-" + n;
}

}  // namespace

int64_t OpenLossIncident(storage::Connection& conn, const LossInput& in,
                         const audit::Actor& actor, notifications::PendingPushes& pushes) {
  auto store = magazine::FindMagazine(conn, magazine::AllScope(), in.store_id);
  if (!store) throw ApiException{Error::NotFound("store")};
  const std::string now = storage::NowIso();
  const std::string discovered = in.discovered_at.empty() ? now : in.discovered_at;
  json::object quantities;
  for (const auto& [p, q] : in.quantities) quantities[p] = q;
  auto ins = conn.Query(
      "INSERT INTO loss_incidents (enterprise_id, region_path, store_id, stocktake_id, number, "
      "source, discovered_at, opened_by_user_id, description, code_count, quantities_json) "
      "VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?) RETURNING id",
      {in.enterprise_id, store->region_path, in.store_id,
       in.stocktake_id ? Value(*in.stocktake_id) : Value(nullptr), in.source, discovered,
       in.user_id, in.description, static_cast<int64_t>(in.codes.size()),
       json::serialize(quantities)});
  const int64_t id = ins.Int(0, "id");
  const std::string number = IncidentNumber(discovered, id);
  conn.Exec("UPDATE loss_incidents SET number = ? WHERE id = ?", {number, id});
  constexpr size_t kChunk = 200;
  for (size_t start = 0; start < in.codes.size(); start += kChunk) {
    const size_t end = std::min(in.codes.size(), start + kChunk);
    std::string sql = "INSERT INTO loss_incident_codes (incident_id, code, product_id) VALUES ";
    std::vector<Value> params;
    for (size_t i = start; i < end; ++i) {
      sql += i == start ? "(?,?,?)" : ",(?,?,?)";
      params.insert(params.end(), {id, in.codes[i].first, in.codes[i].second});
    }
    conn.Exec(sql, params);
  }
  conn.Exec(
      "INSERT INTO loss_incident_events (incident_id, kind, by_user_id, at) VALUES (?, 'opened', ?, ?)",
      {id, in.user_id, in.opened_at.empty() ? now : in.opened_at});
  // Every agency whose region contains the enterprise (county, city, province) is told at once.
  auto agencies = conn.Query(
      "SELECT id FROM agencies WHERE status = 'active' AND "
      "SUBSTR(CAST(? AS TEXT), 1, LENGTH(region_path)) = region_path",
      {store->region_path});
  const std::string title = "民爆物品丢失被盗：" + store->enterprise_name + " " + store->name;
  std::string body = in.description.empty() ? number : in.description;
  if (!in.codes.empty()) body += "（" + std::to_string(in.codes.size()) + " 个编码）";
  for (size_t a = 0; a < agencies.size(); ++a)
    notifications::NotifyAgencyUsers(conn, pushes, agencies.Int(a, "id"), kLossIncidentOpened,
                                     title, body, "/ledger/loss-incidents/" + std::to_string(id));
  audit::Append(conn, actor, "open", "loss_incident", std::to_string(id), nullptr,
                json::object{{"number", number},
                             {"store_id", in.store_id},
                             {"source", in.source},
                             {"code_count", in.codes.size()},
                             {"quantities", quantities},
                             {"agencies_notified", agencies.size()}});
  return id;
}

std::pair<std::vector<json::object>, int64_t> ListLossIncidents(storage::Connection& conn,
                                                                const api::Scope& scope,
                                                                const LossFilter& f,
                                                                int64_t limit, int64_t offset) {
  auto sf = api::ScopeSql(scope, "i.region_path", "i.enterprise_id");
  std::string where = " WHERE " + sf.sql;
  auto params = sf.params;
  const std::string closed =
      "EXISTS (SELECT 1 FROM loss_incident_events ev WHERE ev.incident_id = i.id AND ev.kind = 'closed')";
  if (f.status == "open") where += " AND NOT " + closed;
  if (f.status == "closed") where += " AND " + closed;
  if (f.enterprise_id) {
    where += " AND i.enterprise_id = ?";
    params.push_back(*f.enterprise_id);
  }
  auto count = conn.Query("SELECT COUNT(*) AS n FROM loss_incidents i" + where, params);
  params.push_back(limit);
  params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + where + " ORDER BY i.id DESC LIMIT ? OFFSET ?",
                       params);
  std::vector<json::object> items;
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(Summary(conn, rs, i));
  return {std::move(items), count.Int(0, "n")};
}

std::optional<json::object> GetLossIncident(storage::Connection& conn, const api::Scope& scope,
                                            int64_t id) {
  auto sf = api::ScopeSql(scope, "i.region_path", "i.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string(kSelect) + " WHERE i.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  auto o = Summary(conn, rs, 0);
  auto codes = conn.Query(
      "SELECT code, product_id FROM loss_incident_codes WHERE incident_id = ? ORDER BY code", {id});
  json::array list;
  for (size_t i = 0; i < codes.size(); ++i) {
    json::object c{{"code", codes.Text(i, "code")}};
    AddProductName(c, codes.Text(i, "product_id"));
    list.push_back(std::move(c));
  }
  auto ev = conn.Query(
      "SELECT ev.id, ev.kind, ev.at, ev.reported_at, ev.reference, ev.note, ev.by_user_id, "
      "u.display_name AS by_name FROM loss_incident_events ev JOIN users u ON u.id = ev.by_user_id "
      "WHERE ev.incident_id = ? ORDER BY ev.id",
      {id});
  json::array events;
  for (size_t i = 0; i < ev.size(); ++i)
    events.push_back(json::object{{"id", ev.Int(i, "id")},
                                  {"kind", ev.Text(i, "kind")},
                                  {"at", ev.Text(i, "at")},
                                  {"reported_at", ev.Text(i, "reported_at")},
                                  {"reference", ev.Text(i, "reference")},
                                  {"note", ev.Text(i, "note")},
                                  {"by", json::object{{"id", ev.Int(i, "by_user_id")},
                                                      {"name", ev.Text(i, "by_name")}}}});
  o["codes"] = std::move(list);
  o["events"] = std::move(events);
  return o;
}

void AppendLossEvent(storage::Connection& conn, int64_t incident_id, const std::string& kind,
                     const std::string& reported_at, const std::string& reference,
                     const std::string& note, int64_t user_id, const audit::Actor& actor,
                     const std::string& at) {
  auto kinds = conn.Query("SELECT kind FROM loss_incident_events WHERE incident_id = ?",
                          {incident_id});
  std::set<std::string> seen;
  for (size_t i = 0; i < kinds.size(); ++i) seen.insert(kinds.Text(i, "kind"));
  if (seen.count("closed"))
    throw ApiException{Error::Conflict("this loss incident is closed", "该丢失被盗事件已关闭")};
  if (kind == "closed" && (!seen.count("reported_police") || !seen.count("reported_regulator")))
    throw ApiException{Error::Validation(
        {{"", "reports_required",
          "record the reports to public security and to the regulator before closing",
          "关闭前须登记向公安机关和主管部门的报告"}})};
  conn.Exec(
      "INSERT INTO loss_incident_events (incident_id, kind, by_user_id, at, reported_at, "
      "reference, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {incident_id, kind, user_id, at.empty() ? storage::NowIso() : at, reported_at, reference,
       note});
  audit::Append(conn, actor, kind == "closed" ? "close" : "report", "loss_incident",
                std::to_string(incident_id), nullptr,
                json::object{{"kind", kind},
                             {"reported_at", reported_at},
                             {"reference", reference},
                             {"note", note}});
}

}  // namespace anjian::ledger
