// /api/v1/sale-filings and /api/v1/vouchers/{id}/filings: each outbound sale's filing with the
// provincial authority and the county public security (Art.24), flagged when late.
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

constexpr const char* kSale = "v.direction = 'out' AND v.reason = 'sale' AND v.is_reversal = 0 "
                              "AND NOT EXISTS (SELECT 1 FROM vouchers r WHERE r.reverses_voucher_id = v.id)";

std::string BothFiled() {
  return "(EXISTS (SELECT 1 FROM sale_filings f WHERE f.voucher_id = v.id AND f.office = 'province') "
         "AND EXISTS (SELECT 1 FROM sale_filings f WHERE f.voucher_id = v.id AND f.office = 'police'))";
}

json::value Filing(storage::Connection& conn, int64_t voucher_id, const char* office,
                   std::optional<int64_t>& at) {
  auto rs = conn.Query(
      "SELECT filed_at, reference, recorded_at FROM sale_filings WHERE voucher_id = ? AND office = ? "
      "ORDER BY id DESC LIMIT 1",
      {voucher_id, std::string(office)});
  if (rs.empty()) return nullptr;
  at = storage::UnixFromIso(rs.Text(0, "filed_at"));
  return json::object{{"filed_at", rs.Text(0, "filed_at")},
                      {"reference", rs.Text(0, "reference")},
                      {"recorded_at", rs.Text(0, "recorded_at")}};
}

json::object Item(storage::Connection& conn, const storage::ResultSet& rs, size_t i) {
  const int64_t id = rs.Int(i, "id");
  std::optional<int64_t> province, police;
  auto p = Filing(conn, id, "province", province);
  auto q = Filing(conn, id, "police", police);
  const int64_t sold = storage::UnixFromIso(rs.Text(i, "posted_at"));
  auto status = ex::EvaluateFiling(sold, province, police, storage::NowUnix());
  return json::object{
      {"voucher_id", id},
      {"voucher_number", rs.Text(i, "number")},
      {"enterprise_id", rs.Int(i, "enterprise_id")},
      {"enterprise_name", rs.Text(i, "enterprise_name")},
      {"store_id", rs.Int(i, "store_id")},
      {"store_name", rs.Text(i, "store_name")},
      {"sold_at", rs.Text(i, "posted_at")},
      {"deadline", storage::IsoFromUnix(sold + ex::kSaleFilingDays * 86400)},
      {"province_filing", std::move(p)},
      {"police_filing", std::move(q)},
      {"status", ex::FilingStatusValue(status)},
      {"late", status == ex::FilingStatus::kLate || status == ex::FilingStatus::kFiledLate}};
}

constexpr const char* kSelect =
    "SELECT v.id, v.number, v.enterprise_id, v.store_id, v.posted_at, e.name AS enterprise_name, "
    "s.name AS store_name FROM vouchers v JOIN enterprises e ON e.id = v.enterprise_id "
    "JOIN stores s ON s.id = v.store_id ";

struct SaleQuery {
  std::string where;
  std::vector<storage::Value> params;
};

// The list's filters (status: pending | late | filed) as one scoped WHERE, shared by the list
// and its export.
SaleQuery QueryOf(Context& ctx) {
  const std::string status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!status.empty() && status != "pending" && status != "late" && status != "filed")
    throw ApiException{Error::Validation(
        {{"status", "status_invalid", "must be pending, late or filed", "应为 pending、late 或 filed"}})};
  auto sf = api::ScopeSql(ctx.scope(), "v.region_path", "v.enterprise_id");
  SaleQuery q{" WHERE " + sf.sql + " AND " + kSale, sf.params};
  const std::string cutoff = storage::IsoFromUnix(storage::NowUnix() - ex::kSaleFilingDays * 86400);
  if (status == "filed") q.where += " AND " + BothFiled();
  if (status == "pending" || status == "late") {
    q.where += " AND NOT " + BothFiled() + (status == "late" ? " AND v.posted_at < ?" : " AND v.posted_at >= ?");
    q.params.push_back(cutoff);
  }
  return q;
}

Response List(Context& ctx) {
  auto q = QueryOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto count = conn->Query("SELECT COUNT(*) AS n FROM vouchers v" + q.where, q.params);
  q.params.push_back(size);
  q.params.push_back((page - 1) * size);
  auto rs = conn->Query(std::string(kSelect) + q.where + " ORDER BY v.id DESC LIMIT ? OFFSET ?", q.params);
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

std::string FiledAt(const json::value& f) {
  return f.is_object() ? std::string(f.at("filed_at").as_string()) : "";
}

Response Export(Context& ctx) {
  auto q = QueryOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  // One sheet holds at most 50,000 rows: an export is for a filtered list, not a backup.
  auto rs = conn->Query(std::string(kSelect) + q.where + " ORDER BY v.id DESC LIMIT 50000", q.params);
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) {
    auto o = Item(*conn, rs, i);
    rows.push_back({std::string(o.at("voucher_number").as_string()),
                    std::string(o.at("enterprise_name").as_string()),
                    std::string(o.at("store_name").as_string()),
                    std::string(o.at("sold_at").as_string()), std::string(o.at("deadline").as_string()),
                    FiledAt(o.at("province_filing")), FiledAt(o.at("police_filing")),
                    StatusZh(o.at("status").as_string()), o.at("late").as_bool() ? "是" : "否"});
  }
  return api::XlsxDownload("销售备案.xlsx", "销售备案",
                           {"出库单号", "企业", "库房", "销售时间", "备案期限", "省级主管部门备案",
                            "县级公安机关备案", "状态", "是否逾期"},
                           rows);
}

Response Record(Context& ctx) {
  const int64_t id = ctx.PathId();
  if (!ctx.who().enterprise_id)
    throw ApiException{Error::Validation(
        {{"", "enterprise_account_required", "only the seller records its filings", "只有销售企业才能登记备案"}})};
  api::JsonInput in(ctx.req.body);
  std::string office = in.Str("office", true, 20);
  if (!office.empty() && office != "province" && office != "police")
    in.AddError({"office", "office_invalid", "must be province or police",
                 "应为 province（省级民爆主管部门）或 police（县级公安机关）"});
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
  auto sale = conn->Query(std::string("SELECT v.id FROM vouchers v WHERE v.id = ? AND ") + kSale, {id});
  if (sale.empty())
    in.AddError({"", "not_a_sale", "only outbound sales (not reversed) are filed", "只有未冲销的销售出库单需要备案"});
  if (filed && filed < storage::UnixFromIso(rs.Text(0, "posted_at")))
    in.AddError({"filed_at", "filed_before_sale", "a sale is filed after it was made", "备案时间不能早于销售出库时间"});
  in.Finish();
  storage::Transaction tx(*conn);
  const std::string at = storage::IsoFromUnix(filed);
  conn->Exec(
      "INSERT INTO sale_filings (voucher_id, office, filed_at, reference, note, by_user_id, recorded_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      {id, office, at, reference, note, ctx.who().user_id, storage::NowIso()});
  audit::Append(*conn, api::ActorOf(ctx.who()), "file", "voucher", std::to_string(id), nullptr,
                json::object{{"office", office}, {"filed_at", at}, {"reference", reference}});
  tx.Commit();
  return api::JsonResponse(Item(*conn, rs, 0), 201);
}

}  // namespace

void RegisterSaleFilingRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/sale-filings", "ledger:read", List);
  r.Add("GET", "/api/v1/sale-filings/export", "ledger:read", Export);
  r.Add("POST", "/api/v1/vouchers/{id}/filings", "ledger:write", Record);
}

}  // namespace anjian::ledger
