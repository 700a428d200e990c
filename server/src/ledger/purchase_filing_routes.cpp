// /api/v1/purchase-filings and /api/v1/vouchers/{id}/purchase-filing: the buyer's side of Art.24 —
// each purchase of civil explosives (an inbound purchase voucher, not reversed, with a line of a
// product other than raw materials) is filed with the county public security within 3 days.
#include <boost/json.hpp>

#include "api/actor.hpp"
#include "api/router.hpp"
#include "api/xlsx_response.hpp"
#include "domain/explosives/sale_filing.hpp"
#include "ledger/ledger_service.hpp"

namespace anjian::ledger {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

// Ammonium nitrate is a raw material, not a civil explosive: buying it is not filed under Art.24.
std::string PurchaseCondition() {
  std::string in;
  for (const auto& p : Catalogue().products) {
    if (p.kind == ex::ProductKind::kAmmoniumNitrate) continue;
    in += (in.empty() ? "'" : ", '") + p.id + "'";
  }
  return "v.direction = 'in' AND v.reason = 'purchase' AND v.is_reversal = 0 "
         "AND NOT EXISTS (SELECT 1 FROM vouchers r WHERE r.reverses_voucher_id = v.id) "
         "AND EXISTS (SELECT 1 FROM voucher_lines l WHERE l.voucher_id = v.id AND l.product_id IN (" +
         in + "))";
}

const char* kFiled = "EXISTS (SELECT 1 FROM purchase_filings f WHERE f.voucher_id = v.id)";

constexpr const char* kSelect =
    "SELECT v.id, v.number, v.enterprise_id, v.store_id, v.posted_at, e.name AS enterprise_name, "
    "s.name AS store_name FROM vouchers v JOIN enterprises e ON e.id = v.enterprise_id "
    "JOIN stores s ON s.id = v.store_id ";

json::object Item(storage::Connection& conn, const storage::ResultSet& rs, size_t i) {
  const int64_t id = rs.Int(i, "id");
  auto f = conn.Query(
      "SELECT filed_at, reference, recorded_at FROM purchase_filings WHERE voucher_id = ? "
      "ORDER BY id DESC LIMIT 1",
      {id});
  std::optional<int64_t> police;
  json::value filing = nullptr;
  if (!f.empty()) {
    police = storage::UnixFromIso(f.Text(0, "filed_at"));
    filing = json::object{{"filed_at", f.Text(0, "filed_at")},
                          {"reference", f.Text(0, "reference")},
                          {"recorded_at", f.Text(0, "recorded_at")}};
  }
  const int64_t bought = storage::UnixFromIso(rs.Text(i, "posted_at"));
  auto status = ex::EvaluatePurchaseFiling(bought, police, storage::NowUnix());
  return json::object{
      {"voucher_id", id},
      {"voucher_number", rs.Text(i, "number")},
      {"enterprise_id", rs.Int(i, "enterprise_id")},
      {"enterprise_name", rs.Text(i, "enterprise_name")},
      {"store_id", rs.Int(i, "store_id")},
      {"store_name", rs.Text(i, "store_name")},
      {"bought_at", rs.Text(i, "posted_at")},
      {"deadline", storage::IsoFromUnix(bought + ex::kSaleFilingDays * 86400)},
      {"police_filing", std::move(filing)},
      {"status", ex::FilingStatusValue(status)},
      {"late", status == ex::FilingStatus::kLate || status == ex::FilingStatus::kFiledLate}};
}

struct Where {
  std::string sql;
  std::vector<storage::Value> params;
};

Where QueryOf(Context& ctx) {
  const std::string status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!status.empty() && status != "pending" && status != "late" && status != "filed")
    throw ApiException{Error::Validation(
        {{"status", "status_invalid", "must be pending, late or filed", "应为 pending、late 或 filed"}})};
  auto sf = api::ScopeSql(ctx.scope(), "v.region_path", "v.enterprise_id");
  Where w{" WHERE " + sf.sql + " AND " + PurchaseCondition(), sf.params};
  if (status == "filed") w.sql += std::string(" AND ") + kFiled;
  if (status == "pending" || status == "late") {
    w.sql += std::string(" AND NOT ") + kFiled + (status == "late" ? " AND v.posted_at < ?" : " AND v.posted_at >= ?");
    w.params.push_back(storage::IsoFromUnix(storage::NowUnix() - ex::kSaleFilingDays * 86400));
  }
  return w;
}

Response List(Context& ctx) {
  auto w = QueryOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto count = conn->Query("SELECT COUNT(*) AS n FROM vouchers v" + w.sql, w.params);
  w.params.push_back(size);
  w.params.push_back((page - 1) * size);
  auto rs = conn->Query(std::string(kSelect) + w.sql + " ORDER BY v.id DESC LIMIT ? OFFSET ?", w.params);
  json::array items;
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(Item(*conn, rs, i));
  return api::JsonResponse(api::PageJson(std::move(items), count.Int(0, "n"), page, size));
}

std::string StatusZh(std::string_view s) {
  if (s == "late") return "逾期未备案";
  if (s == "filed") return "已备案";
  if (s == "filed_late") return "逾期备案";
  return "待备案";
}

Response Export(Context& ctx) {
  auto w = QueryOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto rs = conn->Query(std::string(kSelect) + w.sql + " ORDER BY v.id DESC LIMIT 50000", w.params);
  std::vector<std::vector<office::Cell>> rows;
  for (size_t i = 0; i < rs.size(); ++i) {
    auto o = Item(*conn, rs, i);
    const auto& f = o.at("police_filing");
    rows.push_back({std::string(o.at("voucher_number").as_string()),
                    std::string(o.at("enterprise_name").as_string()),
                    std::string(o.at("store_name").as_string()),
                    std::string(o.at("bought_at").as_string()), std::string(o.at("deadline").as_string()),
                    f.is_object() ? std::string(f.at("filed_at").as_string()) : std::string(),
                    f.is_object() ? std::string(f.at("reference").as_string()) : std::string(),
                    StatusZh(o.at("status").as_string()), o.at("late").as_bool() ? "是" : "否"});
  }
  return api::XlsxDownload("购买备案.xlsx", "购买备案",
                           {"入库单号", "企业", "库房", "购买时间", "备案期限", "县级公安机关备案时间",
                            "备案文号", "状态", "是否逾期"},
                           rows);
}

Response Record(Context& ctx) {
  const int64_t id = ctx.PathId();
  if (!ctx.who().enterprise_id)
    throw ApiException{Error::Validation(
        {{"", "enterprise_account_required", "only the buyer records its filing", "只有购买企业才能登记备案"}})};
  api::JsonInput in(ctx.req.body);
  std::string filed_at = in.Str("filed_at", true, 40);
  const int64_t filed = filed_at.empty() ? 0 : storage::UnixFromIso(filed_at);
  if (!filed_at.empty() && filed == 0)
    in.AddError({"filed_at", "time_invalid", "must be a time like 2026-03-01T08:30:00Z",
                 "应为时间，如 2026-03-01T08:30:00Z"});
  else if (filed > storage::NowUnix() + 300)
    in.AddError({"filed_at", "time_future", "cannot be in the future", "不能晚于当前时间"});
  std::string reference = in.Str("reference", true, 100);
  std::string note = in.Str("note", false, 500);
  auto conn = ctx.svc.db->Acquire();
  auto sf = api::ScopeSql(ctx.scope(), "v.region_path", "v.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn->Query(std::string(kSelect) + " WHERE v.id = ? AND " + sf.sql, params);
  if (rs.empty() || rs.Int(0, "enterprise_id") != *ctx.who().enterprise_id)
    throw ApiException{Error::NotFound("voucher")};
  if (conn->Query("SELECT v.id FROM vouchers v WHERE v.id = ? AND " + PurchaseCondition(), {id}).empty())
    in.AddError({"", "not_a_purchase", "only inbound purchases of civil explosives (not reversed) are filed",
                 "只有未冲销的民用爆炸物品购买入库单需要备案"});
  if (filed && filed < storage::UnixFromIso(rs.Text(0, "posted_at")))
    in.AddError({"filed_at", "filed_before_purchase", "a purchase is filed after it was made",
                 "备案时间不能早于购买入库时间"});
  in.Finish();
  storage::Transaction tx(*conn);
  const std::string at = storage::IsoFromUnix(filed);
  conn->Exec(
      "INSERT INTO purchase_filings (voucher_id, filed_at, reference, note, by_user_id, recorded_at) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {id, at, reference, note, ctx.who().user_id, storage::NowIso()});
  audit::Append(*conn, api::ActorOf(ctx.who()), "file_purchase", "voucher", std::to_string(id), nullptr,
                json::object{{"office", "police"}, {"filed_at", at}, {"reference", reference}});
  tx.Commit();
  return api::JsonResponse(Item(*conn, rs, 0), 201);
}

}  // namespace

// Late purchase filings per store in the scope (the overview's `purchase_filing_late`).
std::map<int64_t, int64_t> LatePurchaseFilingsByStore(storage::Connection& conn, const api::Scope& scope) {
  auto sf = api::ScopeSql(scope, "v.region_path", "v.enterprise_id");
  auto params = sf.params;
  params.push_back(storage::IsoFromUnix(storage::NowUnix() - ex::kSaleFilingDays * 86400));
  auto rs = conn.Query("SELECT v.store_id, COUNT(*) AS n FROM vouchers v WHERE " + sf.sql + " AND " +
                           PurchaseCondition() + " AND NOT " + kFiled +
                           " AND v.posted_at < ? GROUP BY v.store_id",
                       params);
  std::map<int64_t, int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out[rs.Int(i, "store_id")] = rs.Int(i, "n");
  return out;
}

void RegisterPurchaseFilingRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/purchase-filings", "ledger:read", List);
  r.Add("GET", "/api/v1/purchase-filings/export", "ledger:read", Export);
  r.Add("POST", "/api/v1/vouchers/{id}/purchase-filing", "ledger:write", Record);
}

}  // namespace anjian::ledger
