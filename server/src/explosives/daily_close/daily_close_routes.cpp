// /api/v1/stores/{id}/daily-closes: signing a store's daily summary (日清) and the month's days
// with whether each is signed. Signing is appended, never overwritten.
#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "explosives/magazine/alert_settings.hpp"
#include "explosives/daily_close/daily_close.hpp"

namespace anjian::ledger {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

StoreRow RequireStoreInScope(Context& ctx, storage::Connection& conn, bool lock = false) {
  auto store = FindStore(conn, ctx.scope(), ctx.PathId(), lock);
  if (!store) throw ApiException{Error::NotFound("store")};
  return *store;
}

Response Month(Context& ctx) {
  std::string month = api::Trim(ctx.req.Query("month").value_or(""));
  if (month.empty()) month = storage::IsoFromUnix(storage::NowUnix() + 8 * 3600).substr(0, 7);
  auto conn = ctx.svc.db->Acquire();
  StoreRow store = RequireStoreInScope(ctx, *conn);
  auto days = MonthDailyCloses(*conn, store, month, LoadAlertConfig(*conn));
  return api::JsonResponse(json::object{{"store_id", store.id},
                                        {"month", month},
                                        {"items", std::move(days)}});
}

Response Day(Context& ctx) {
  if (ctx.req.path_params.size() < 2) throw ApiException{Error::NotFound()};
  const std::string date = ctx.req.path_params[1];
  auto conn = ctx.svc.db->Acquire();
  StoreRow store = RequireStoreInScope(ctx, *conn);
  CurrentDayFigures(*conn, store, date);  // 422 on a malformed date
  return api::JsonResponse(DailyCloseStatus(*conn, store, date));
}

Response Sign(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  const std::string date = in.Str("date", true, 10);
  const std::string note = in.Str("note", false, 500);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  // Locked like a posting, so the figures signed are those of one moment of the books.
  StoreRow store = RequireStoreInScope(ctx, *conn, true);
  const std::string signed_as = RequireDailyCloseSigner(*conn, store, ctx.who());
  SignDailyClose(*conn, store, date, note, api::ActorOf(ctx), signed_as);
  tx.Commit();
  return api::JsonResponse(DailyCloseStatus(*conn, store, date), 201);
}

}  // namespace

void RegisterDailyCloseRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/stores/{id}/daily-closes", "ledger:read", Month);
  r.Add("GET", "/api/v1/stores/{id}/daily-closes/{date}", "ledger:read", Day);
  r.Add("POST", "/api/v1/stores/{id}/daily-closes", "ledger:write", Sign);
}

}  // namespace anjian::ledger
