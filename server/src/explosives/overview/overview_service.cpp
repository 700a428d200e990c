#include "explosives/overview/overview_service.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "core/clock.hpp"
#include "explosives/daily_close/daily_close_service.hpp"
#include "explosives/filing/filing_service.hpp"
#include "explosives/loss_incident/loss_incident_repository.hpp"
#include "explosives/magazine/magazine_alerts.hpp"
#include "explosives/magazine/magazine_json.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"

namespace anjian::overview {

namespace {

int64_t CountOf(const std::map<int64_t, int64_t>& m, int64_t id) {
  auto it = m.find(id);
  return it == m.end() ? 0 : it->second;
}

}  // namespace

Overview LedgerOverview(storage::Connection& conn, const api::Scope& scope,
                        std::optional<int64_t> stocktake_overdue_days, int64_t now) {
  Overview o;
  o.config = magazine::LoadAlertConfig(conn);
  o.stocktake_overdue_days = stocktake_overdue_days.value_or(o.config.stocktake_overdue_days);
  auto stores = magazine::MagazinesJson(magazine::ListMagazineViews(conn, scope, std::nullopt));
  const auto last = stocktake::LastStocktakeByStore(conn, scope);
  const auto open = loss_incident::OpenIncidentsByStore(conn, scope);
  const auto late_sales = filing::LateFilingsByStore(conn, scope, filing::SaleFiling(), now);
  const auto unsigned_days = daily_close::OverdueDailyClosesByStore(conn, scope, o.config, now);
  const auto late_purchases =
      filing::LateFilingsByStore(conn, scope, filing::PurchaseFiling(), now);

  std::vector<std::pair<int64_t, size_t>> ranked;  // weight, index
  for (auto& v : stores) {
    StoreOverview s;
    s.store = v.as_object();
    const int64_t id = s.store.at("id").as_int64();
    if (auto l = last.find(id); l != last.end()) s.last_stocktake = l->second;
    s.open_loss_incidents = CountOf(open, id);
    s.late_sale_filings = CountOf(late_sales, id);
    s.late_purchase_filings = CountOf(late_purchases, id);
    if (auto d = unsigned_days.find(id); d != unsigned_days.end())
      s.unsigned_daily_closes = d->second;
    StoreFacts f;
    const auto& use = s.store.at("capacity_use_percent");
    if (use.is_number()) f.capacity_use_percent = use.to_number<double>();
    f.quarantine_store = s.store.at("kind").as_string() == "quarantine_store";
    if (s.last_stocktake) f.last_counted_at = core::UnixFromIso(s.last_stocktake->counted_at);
    f.open_loss_incidents = s.open_loss_incidents;
    f.late_sale_filings = s.late_sale_filings;
    f.late_purchase_filings = s.late_purchase_filings;
    f.unsigned_daily_closes = s.unsigned_daily_closes.size();
    s.attention = AssessStore(f, o.config, o.stocktake_overdue_days, now);
    if (s.attention.weight > 0) ranked.emplace_back(s.attention.weight, o.items.size());
    o.items.push_back(std::move(s));
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [_, i] : ranked) o.attention.push_back(i);
  return o;
}

}  // namespace anjian::overview
