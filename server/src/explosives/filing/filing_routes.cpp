// The Art.24 filing routes of every kind (filing_kind.hpp): the scoped list with its status filter,
// its XLSX export, and recording a filing.
#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "platform/api/xlsx_response.hpp"
#include "explosives/filing/filing_query.hpp"
#include "explosives/voucher/ledger_service.hpp"

namespace anjian::ledger {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

struct Where {
  std::string sql;
  std::vector<storage::Value> params;
};

// The list's filters (status: pending | late | filed) as one scoped WHERE, shared by the list
// and its export.
Where QueryOf(Context& ctx, const FilingKind& kind) {
  const std::string status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!status.empty() && status != "pending" && status != "late" && status != "filed")
    throw ApiException{Error::Validation(
        {{"status", "status_invalid", "must be pending, late or filed", "应为 pending、late 或 filed"}})};
  auto sf = api::ScopeSql(ctx.scope(), "v.region_path", "v.enterprise_id");
  Where w{" WHERE " + sf.sql + " AND " + kind.condition(), sf.params};
  if (status == "filed") w.sql += " AND " + AllFiled(kind);
  if (status == "pending" || status == "late") {
    w.sql += " AND NOT " + AllFiled(kind) + (status == "late" ? " AND v.posted_at < ?" : " AND v.posted_at >= ?");
    w.params.push_back(FilingCutoff());
  }
  return w;
}

Response List(Context& ctx, const FilingKind& kind) {
  auto w = QueryOf(ctx, kind);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto count = conn->Query("SELECT COUNT(*) AS n FROM vouchers v" + w.sql, w.params);
  w.params.push_back(size);
  w.params.push_back((page - 1) * size);
  auto rs = conn->Query(FilingSelect(kind) + w.sql + " ORDER BY v.id DESC LIMIT ? OFFSET ?", w.params);
  json::array items;
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(FilingItem(kind, rs, i));
  return api::JsonResponse(api::PageJson(std::move(items), count.Int(0, "n"), page, size));
}

std::string StatusZh(std::string_view s) {
  if (s == "late") return "逾期未备案";
  if (s == "filed") return "已备案";
  if (s == "filed_late") return "逾期备案";
  return "待备案";
}

Response Export(Context& ctx, const FilingKind& kind) {
  auto w = QueryOf(ctx, kind);
  auto conn = ctx.svc.db->Acquire();
  // One sheet holds at most 50,000 rows: an export is for a filtered list, not a backup.
  auto rs = conn->Query(FilingSelect(kind) + w.sql + " ORDER BY v.id DESC LIMIT 50000", w.params);
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) {
    auto o = FilingItem(kind, rs, i);
    std::vector<office::Cell> row{std::string(o.at("voucher_number").as_string()),
                                  std::string(o.at("enterprise_name").as_string()),
                                  std::string(o.at("store_name").as_string()),
                                  std::string(o.at(kind.made_at_key).as_string()),
                                  std::string(o.at("deadline").as_string())};
    for (const auto& office : kind.offices) {
      const auto& f = o.at(office.json_key);
      for (const auto& field : office.export_fields)
        row.emplace_back(f.is_object() ? std::string(f.at(field).as_string()) : std::string());
    }
    row.emplace_back(StatusZh(o.at("status").as_string()));
    row.emplace_back(o.at("late").as_bool() ? "是" : "否");
    rows.push_back(std::move(row));
  }
  return api::XlsxDownload(kind.export_file, kind.export_sheet, kind.export_headers, rows);
}

bool HasOffice(const FilingKind& kind, const std::string& office) {
  for (const auto& o : kind.offices)
    if (o.office == office) return true;
  return false;
}

Response Record(Context& ctx, const FilingKind& kind) {
  const int64_t id = ctx.PathId();
  if (!ctx.who().enterprise_id) throw ApiException{Error::Validation({kind.account_required})};
  api::JsonInput in(ctx.req.body);
  std::string office = kind.offices.front().office;
  if (kind.office_column) {
    office = in.Str("office", true, 20);
    if (!office.empty() && !HasOffice(kind, office)) in.AddError(kind.office_invalid);
  }
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
  auto rs = conn->Query("SELECT v.enterprise_id, v.posted_at FROM vouchers v WHERE v.id = ? AND " + sf.sql,
                        params);
  if (rs.empty() || rs.Int(0, "enterprise_id") != *ctx.who().enterprise_id)
    throw ApiException{Error::NotFound("voucher")};
  if (conn->Query("SELECT v.id FROM vouchers v WHERE v.id = ? AND " + kind.condition(), {id}).empty())
    in.AddError(kind.not_filed_kind);
  if (filed && filed < storage::UnixFromIso(rs.Text(0, "posted_at"))) in.AddError(kind.filed_before);
  in.Finish();
  storage::Transaction tx(*conn);
  const std::string at = storage::IsoFromUnix(filed);
  if (kind.office_column)
    conn->Exec("INSERT INTO " + kind.table +
                   " (voucher_id, office, filed_at, reference, note, by_user_id, recorded_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)",
               {id, office, at, reference, note, ctx.who().user_id, storage::NowIso()});
  else
    conn->Exec("INSERT INTO " + kind.table +
                   " (voucher_id, filed_at, reference, note, by_user_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
               {id, at, reference, note, ctx.who().user_id, storage::NowIso()});
  audit::Append(*conn, api::ActorOf(ctx), kind.audit_action, "voucher", std::to_string(id), nullptr,
                json::object{{"office", office}, {"filed_at", at}, {"reference", reference}});
  tx.Commit();
  auto filed_rs = conn->Query(FilingSelect(kind) + " WHERE v.id = ?", {id});
  return api::JsonResponse(FilingItem(kind, filed_rs, 0), 201);
}

}  // namespace

void RegisterFilingRoutes(api::Router& r, const FilingKind& kind) {
  r.Add("GET", kind.list_path, "ledger:read", [&kind](Context& ctx) { return List(ctx, kind); });
  r.Add("GET", kind.list_path + "/export", "ledger:read", [&kind](Context& ctx) { return Export(ctx, kind); });
  r.Add("POST", kind.record_path, "ledger:write", [&kind](Context& ctx) { return Record(ctx, kind); });
}

}  // namespace anjian::ledger
