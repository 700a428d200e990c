// /api/v1/ledger-overview: the regulator's view of every store in scope — stock against capacity,
// the last stocktake and its variance, open loss incidents, late sales filings — with alerts and
// the stores that need attention first.
#include <boost/json.hpp>
#include <map>

#include "platform/api/router.hpp"
#include "explosives/overview/ledger_alerts_rules.hpp"
#include "explosives/filing/sale_filing_rules.hpp"
#include "explosives/magazine/magazine_alerts.hpp"
#include "explosives/daily_close/daily_close.hpp"
#include "explosives/magazine/magazine_json.hpp"
#include "explosives/voucher/voucher_service.hpp"

namespace anjian::ledger {

namespace ex = domain::explosives;

namespace json = boost::json;
using api::Context;
using api::Response;

// purchase_filing_routes.cpp
std::map<int64_t, int64_t> LatePurchaseFilingsByStore(storage::Connection& conn, const api::Scope& scope);

namespace {

Response Overview(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const ex::LedgerAlertConfig config = magazine::LoadAlertConfig(*conn);
  // The query may look at another period than the configured one.
  int64_t overdue_days = config.stocktake_overdue_days;
  if (auto q = ctx.req.Query("stocktake_overdue_days"); q && !q->empty()) {
    if (q->size() > 4 || q->find_first_not_of("0123456789") != std::string::npos || std::stoll(*q) < 1)
      throw ApiException{Error::Validation({{"stocktake_overdue_days", "range", "must be 1-9999 days",
                                             "应为 1 至 9999 天"}})};
    overdue_days = std::stoll(*q);
  }
  const api::Scope scope = ctx.scope();
  auto stores = magazine::MagazinesJson(magazine::ListMagazineViews(*conn, scope, std::nullopt));
  auto sf = api::ScopeSql(scope, "t.region_path", "t.enterprise_id");
  // The last stocktake of each store.
  auto last = conn->Query(
      "SELECT t.store_id, t.id, t.number, t.counted_at, t.missing_count, t.extra_count FROM stocktakes t "
      "WHERE " + sf.sql + " AND t.id = (SELECT MAX(t2.id) FROM stocktakes t2 WHERE t2.store_id = t.store_id)",
      sf.params);
  std::map<int64_t, json::object> last_by_store;
  for (size_t i = 0; i < last.size(); ++i)
    last_by_store[last.Int(i, "store_id")] = json::object{{"id", last.Int(i, "id")},
                                                          {"number", last.Text(i, "number")},
                                                          {"counted_at", last.Text(i, "counted_at")},
                                                          {"missing_count", last.Int(i, "missing_count")},
                                                          {"extra_count", last.Int(i, "extra_count")}};
  auto li = api::ScopeSql(scope, "i.region_path", "i.enterprise_id");
  auto open = conn->Query(
      "SELECT i.store_id, COUNT(*) AS n FROM loss_incidents i WHERE " + li.sql +
          " AND NOT EXISTS (SELECT 1 FROM loss_incident_events ev WHERE ev.incident_id = i.id AND ev.kind = 'closed') "
          "GROUP BY i.store_id",
      li.params);
  std::map<int64_t, int64_t> open_by_store;
  for (size_t i = 0; i < open.size(); ++i) open_by_store[open.Int(i, "store_id")] = open.Int(i, "n");
  auto vf = api::ScopeSql(scope, "v.region_path", "v.enterprise_id");
  auto params = vf.params;
  params.push_back(storage::IsoFromUnix(storage::NowUnix() - domain::explosives::kSaleFilingDays * 86400));
  auto late = conn->Query(
      "SELECT v.store_id, COUNT(*) AS n FROM vouchers v WHERE " + vf.sql +
          " AND v.direction = 'out' AND v.reason = 'sale' AND v.is_reversal = 0 "
          "AND NOT EXISTS (SELECT 1 FROM vouchers r WHERE r.reverses_voucher_id = v.id) AND v.posted_at < ? "
          "AND NOT (EXISTS (SELECT 1 FROM sale_filings f WHERE f.voucher_id = v.id AND f.office = 'province') "
          "AND EXISTS (SELECT 1 FROM sale_filings f WHERE f.voucher_id = v.id AND f.office = 'police')) "
          "GROUP BY v.store_id",
      params);
  std::map<int64_t, int64_t> late_by_store;
  for (size_t i = 0; i < late.size(); ++i) late_by_store[late.Int(i, "store_id")] = late.Int(i, "n");

  const auto unsigned_days = OverdueDailyClosesByStore(*conn, scope, config);
  const auto late_purchases = LatePurchaseFilingsByStore(*conn, scope);

  const int64_t now = storage::NowUnix();
  json::array items, attention;
  std::vector<std::pair<int64_t, json::object>> ranked;
  for (auto& v : stores) {
    auto s = v.as_object();
    const int64_t id = s.at("id").as_int64();
    json::array alerts;
    int64_t weight = 0;
    const auto& use = s.at("capacity_use_percent");
    if (use.is_number() && use.to_number<double>() > config.capacity_alert_percent) {
      alerts.emplace_back("capacity_over_90");
      weight += 10;
    }
    auto l = last_by_store.find(id);
    const bool overdue = l == last_by_store.end() ||
                         now - storage::UnixFromIso(l->second.at("counted_at").as_string()) > overdue_days * 86400;
    if (overdue && s.at("kind").as_string() != "quarantine_store") {
      alerts.emplace_back("stocktake_overdue");
      weight += 1;
    }
    const int64_t open_n = open_by_store.count(id) ? open_by_store[id] : 0;
    if (open_n > 0) {
      alerts.emplace_back("loss_incident_open");
      weight += 100;
    }
    const int64_t late_n = late_by_store.count(id) ? late_by_store[id] : 0;
    if (late_n > 0) {
      alerts.emplace_back("sale_filing_late");
      weight += 5;
    }
    const auto lp = late_purchases.find(id);
    const int64_t late_purchase_n = lp == late_purchases.end() ? 0 : lp->second;
    if (late_purchase_n > 0) {
      alerts.emplace_back("purchase_filing_late");
      weight += 5;
    }
    s["late_purchase_filings"] = late_purchase_n;
    json::array missing_closes;
    if (auto d = unsigned_days.find(id); d != unsigned_days.end()) {
      for (const auto& day : d->second) missing_closes.emplace_back(day);
      alerts.emplace_back("daily_close_missing");
      weight += 2;
    }
    s["unsigned_daily_closes"] = std::move(missing_closes);
    s["last_stocktake"] = l == last_by_store.end() ? json::value(nullptr) : json::value(l->second);
    s["open_loss_incidents"] = open_n;
    s["late_sale_filings"] = late_n;
    s["alerts"] = std::move(alerts);
    s["attention_weight"] = weight;
    if (weight > 0) ranked.emplace_back(weight, s);
    items.push_back(std::move(s));
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (auto& [_, s] : ranked) attention.push_back(std::move(s));
  return api::JsonResponse(json::object{{"stocktake_overdue_days", overdue_days},
                                        {"capacity_alert_percent", config.capacity_alert_percent},
                                        {"daily_close_grace_days", config.daily_close_grace_days},
                                        {"daily_close_lookback_days", config.daily_close_lookback_days},
                                        {"items", std::move(items)},
                                        {"attention", std::move(attention)}});
}

}  // namespace

void RegisterOverviewRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/ledger-overview", "ledger:read", Overview);
}

}  // namespace anjian::ledger
