// /api/v1/ledger-overview: the regulator's view of every store in scope with its alerts and the
// stores that need attention first (overview_service.hpp).
#include "explosives/overview/overview_handlers.hpp"
#include "core/core_errors.hpp"

#include <boost/json.hpp>

#include "explosives/overview/overview_errors.hpp"
#include "explosives/overview/overview_service.hpp"

namespace anjian::overview {

namespace json = boost::json;

namespace {

json::object StoreJson(const StoreOverview& s) {
  json::object o = s.store;
  o["late_purchase_filings"] = s.late_purchase_filings;
  json::array days;
  for (const auto& d : s.unsigned_daily_closes) days.emplace_back(d);
  o["unsigned_daily_closes"] = std::move(days);
  o["last_stocktake"] =
      s.last_stocktake
          ? json::value(json::object{{"id", s.last_stocktake->id},
                                     {"number", s.last_stocktake->number},
                                     {"counted_at", s.last_stocktake->counted_at},
                                     {"missing_count", s.last_stocktake->missing_count},
                                     {"extra_count", s.last_stocktake->extra_count}})
          : json::value(nullptr);
  o["open_loss_incidents"] = s.open_loss_incidents;
  o["late_sale_filings"] = s.late_sale_filings;
  json::array alerts;
  for (const auto& a : s.attention.alerts) alerts.emplace_back(a);
  o["alerts"] = std::move(alerts);
  o["attention_weight"] = s.attention.weight;
  return o;
}

}  // namespace

api::Response OverviewHandler(api::Context& ctx) {
  // The query may look at another period than the configured one.
  std::optional<int64_t> overdue_days;
  if (auto q = ctx.req.Query("stocktake_overdue_days"); q && !q->empty()) {
    overdue_days = ParseOverdueDays(*q);
    if (!overdue_days) core::Invalid(Err("days_range").At("stocktake_overdue_days", 1, 9999));
  }
  auto conn = ctx.svc.db->Acquire();
  const Overview o = LedgerOverview(*conn, ctx.scope(), overdue_days, ctx.Now());
  json::array items, attention;
  int64_t unrated = 0;  // stores without a rated capacity (未核定库容), created before it was required
  for (const auto& s : o.items) {
    if (s.store.at("rating_missing").as_bool()) ++unrated;
    items.push_back(StoreJson(s));
  }
  for (size_t i : o.attention) attention.push_back(items[i]);
  return api::JsonResponse(json::object{{"stocktake_overdue_days", o.stocktake_overdue_days},
                                        {"capacity_alert_percent", o.config.capacity_alert_percent},
                                        {"daily_close_grace_days", o.config.daily_close_grace_days},
                                        {"daily_close_lookback_days", o.config.daily_close_lookback_days},
                                        {"unrated_stores", unrated},
                                        {"items", std::move(items)},
                                        {"attention", std::move(attention)}});
}

}  // namespace anjian::overview
