// /api/v1/stocktakes and /api/v1/loss-incidents: counting a store (scanner typing as JSON, or a
// scanner file — plain text, CSV or XLSX — as the raw request body), the variance, approval by a
// second person into adjustment vouchers, and the loss incidents missing goods open.
#include <sodium.h>

#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "core/text.hpp"
#include "platform/api/xlsx_response.hpp"
#include "explosives/voucher/code_set_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/loss_incident/loss_incident.hpp"
#include "explosives/packaging/packaging.hpp"
#include "explosives/voucher/product_tally.hpp"
#include "explosives/voucher/custody.hpp"
#include "explosives/stocktake/stocktake_service.hpp"
#include "platform/office/format_error.hpp"
#include "platform/office/table_file.hpp"

namespace anjian::ledger {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

constexpr size_t kMaxTypedCodes = 200000;  // scans typed into the page; files may hold more

int64_t OwnEnterprise(const Context& ctx) {
  if (!ctx.who().enterprise_id)
    throw ApiException{Error::Validation(
        {{"", "enterprise_account_required", "only enterprise accounts keep a stores ledger",
          "只有企业账号才能盘点和登记丢失被盗"}})};
  return *ctx.who().enterprise_id;
}

std::optional<int64_t> QueryId(Context& ctx, const char* key, std::vector<FieldError>& errs) {
  auto q = api::Trim(ctx.req.Query(key).value_or(""));
  if (q.empty()) return std::nullopt;
  if (q.size() > 18 || q.find_first_not_of("0123456789") != std::string::npos) {
    errs.push_back({key, "type", "must be an integer", "类型错误，应为整数"});
    return std::nullopt;
  }
  return std::stoll(q);
}

// Counted quantities {"product_id": number} of uncoded products.
void ReadQuantities(const json::object& obj, CountInput& in, std::vector<FieldError>& errs) {
  for (const auto& kv : obj) {
    const std::string field = "quantities." + std::string(kv.key());
    auto milli = kv.value().is_number() ? ex::MilliFromDouble(kv.value().to_number<double>())
                                        : std::nullopt;
    if (!milli || *milli < 0) {
      errs.push_back({field, "quantity_invalid", "must be a number of at least 0",
                      "应为不小于 0 的数"});
      continue;
    }
    in.quantities[std::string(kv.key())] = *milli;
  }
}

void AddInvalid(const ex::ScannedCodes& scanned, std::vector<FieldError>& errs) {
  for (const auto& [line, token] : scanned.invalid)
    errs.push_back({"codes", "code_invalid",
                    "line " + std::to_string(line) + ": '" + token + "' is not a code",
                    "第 " + std::to_string(line) + " 行“" + token + "”不是有效编码"});
  if (scanned.invalid_count > scanned.invalid.size())
    errs.push_back({"codes", "code_invalid",
                    std::to_string(scanned.invalid_count - scanned.invalid.size()) +
                        " more lines are not codes",
                    "另有 " + std::to_string(scanned.invalid_count - scanned.invalid.size()) +
                        " 行不是有效编码"});
}

// BLAKE2b-256 of the uploaded file, kept as evidence of what was counted; several times faster
// than SHA-256 here, which matters for a 14 MB scanner file.
std::string FileDigest(const std::string& bytes) {
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(bytes.data()),
                     bytes.size(), nullptr, 0);
  static const char* kHex = "0123456789abcdef";
  std::string hex;
  for (unsigned char c : out) {
    hex += kHex[c >> 4];
    hex += kHex[c & 15];
  }
  return hex;
}

// A spreadsheet: the column headed 编码 / code (else the first), one code per row.
ex::ScannedCodes CodesFromTable(const std::string& filename, const std::string& bytes) {
  auto rows = office::ReadTableFile(filename, bytes);
  size_t column = 0;
  size_t first = 0;
  if (!rows.empty()) {
    for (size_t c = 0; c < rows[0].size(); ++c)
      if (ex::IsCodeHeader(rows[0][c])) {
        column = c;
        first = 1;
        break;
      }
  }
  std::string text;
  for (size_t r = first; r < rows.size(); ++r) {
    // One line per row keeps line numbers in error messages equal to the sheet's row numbers.
    if (column < rows[r].size()) {
      std::string cell = rows[r][column];
      for (char& ch : cell)
        if (ch == ',' || ch == ';' || ch == '\t') ch = ' ';  // a cell is one token
      text += cell;
    }
    text += '\n';
  }
  auto scanned = ex::ParseScannedText(text);
  for (auto& [line, _] : scanned.invalid) line += first;
  return scanned;
}

Response CreateStocktakeRoute(Context& ctx) {
  const int64_t enterprise_id = OwnEnterprise(ctx);
  std::vector<FieldError> errs;
  CountInput count;
  std::optional<int64_t> store_id;
  std::string mime = std::string(ctx.req.Header("content-type"));
  mime = api::Trim(mime.substr(0, mime.find(';')));
  for (char& c : mime) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (mime.empty() || mime == "application/json") {
    // Scanner typing: {"store_id", "codes": [...], "quantities": {...}, "note"}.
    api::JsonInput in(ctx.req.body);
    store_id = in.Int("store_id", true);
    auto codes = in.Arr("codes", kMaxTypedCodes);
    for (size_t i = 0; i < codes.size(); ++i) {
      if (!codes[i].is_string()) {
        in.AddError({"codes[" + std::to_string(i) + "]", "type", "must be a string",
                     "类型错误，应为字符串"});
        continue;
      }
      std::string_view code = codes[i].as_string();
      if (!ex::IsCountableCode(code)) {
        in.AddError({"codes[" + std::to_string(i) + "]", "code_invalid", "not a code",
                     "不是有效编码"});
        continue;
      }
      ex::AddCode(count.counted, code);
      ++count.scans;
    }
    ReadQuantities(in.Obj("quantities"), count, errs);
    count.note = in.Str("note", false, 500);
    count.method = codes.empty() ? "quantity" : "scan";
    for (auto& e : errs) in.AddError(std::move(e));
    in.Finish();
  } else {
    // A scanner file as the body; store_id, note and quantities (JSON) in the query string.
    store_id = QueryId(ctx, "store_id", errs);
    if (!store_id) errs.push_back({"store_id", "required", "is required", "必填"});
    count.filename = api::PercentDecode(std::string(ctx.req.Header("x-filename")), false);
    if (count.filename.size() > 200) count.filename.resize(200);
    count.note = ctx.req.Query("note").value_or("").substr(0, 500);
    // The one control-character rule (core/text.hpp), as JsonInput applies it to JSON.
    domain::CheckControlChars(count.filename, domain::TextShape::kSingleLine, "filename", errs);
    domain::CheckControlChars(count.note, domain::TextShape::kMultiLine, "note", errs);
    if (auto q = ctx.req.Query("quantities"); q && !q->empty()) {
      json::value v;
      try {
        v = api::ParseRequestJson(*q, errs);  // the request parser: duplicates, control chars
      } catch (const ApiException&) {
        v = nullptr;  // malformed: reported as the field's type below
      }
      if (!v.is_object())
        errs.push_back({"quantities", "type", "must be a JSON object", "应为 JSON 对象"});
      else
        ReadQuantities(v.as_object(), count, errs);
    }
    if (ctx.req.body.empty())
      errs.push_back({"body", "file_empty", "the file is empty", "文件内容为空"});
    ex::ScannedCodes scanned;
    const bool table = mime.find("csv") != std::string::npos ||
                       mime.find("spreadsheet") != std::string::npos ||
                       mime.find("excel") != std::string::npos ||
                       ctx.req.body.rfind("PK\x03\x04", 0) == 0;  // an .xlsx sent untyped
    if (table && !ctx.req.body.empty()) {
      try {
        scanned = CodesFromTable(count.filename.empty() ? "codes.csv" : count.filename,
                                 ctx.req.body);
      } catch (const office::FormatError& e) {
        errs.push_back({"body", "file_unreadable", e.what(), e.MessageZh()});
      }
    } else {
      scanned = ex::ParseScannedText(ctx.req.body);
    }
    AddInvalid(scanned, errs);
    count.counted = std::move(scanned.codes);
    count.scans = scanned.tokens;
    count.method = "file";
    count.digest = FileDigest(ctx.req.body);
    if (!errs.empty()) throw ApiException{Error::Validation(std::move(errs))};
  }
  auto conn = ctx.svc.db->Acquire();
  api::Scope own{api::Scope::Kind::kEnterprise, "", enterprise_id};
  auto store = FindStore(*conn, own, *store_id);
  if (!store || !FindStore(*conn, ctx.scope(), *store_id))
    throw ApiException{Error::NotFound("store")};
  // Refused before the count is expanded and compared: only the store's custodian counts it.
  RequireCounter(*conn, store->id, ctx.who().user_id);
  ExpandCountedPackages(*conn, count.counted, count.scans);  // a case or box stands for its codes
  auto o = CreateStocktake(ctx.svc.db.get(), *conn, *store, count, ctx.who().user_id,
                           api::ActorOf(ctx));
  return api::JsonResponse(o, 201);
}

StocktakeFilter StocktakeFilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  StocktakeFilter f;
  f.store_id = QueryId(ctx, "store_id", errs);
  f.status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!f.status.empty() && f.status != "counted" && f.status != "approved" && f.status != "rejected")
    errs.push_back({"status", "status_invalid", "must be counted, approved or rejected",
                    "应为 counted、approved 或 rejected"});
  for (auto [key, out] : {std::pair{"from", &f.from}, std::pair{"to", &f.to}}) {
    *out = api::Trim(ctx.req.Query(key).value_or(""));
    if (!out->empty() && storage::UnixFromIso(*out + "T00:00:00Z") == 0)
      errs.push_back({key, "date_invalid", "must be a date YYYY-MM-DD", "应为日期 YYYY-MM-DD"});
  }
  if (!errs.empty()) throw ApiException{Error::Validation(std::move(errs))};
  return f;
}

Response ListStocktakesRoute(Context& ctx) {
  auto f = StocktakeFilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [items, total] = ListStocktakes(*conn, ctx.scope(), f, size, (page - 1) * size);
  json::array arr;
  for (auto& o : items) arr.push_back(std::move(o));
  return api::JsonResponse(api::PageJson(std::move(arr), total, page, size));
}

std::string Text(const json::object& o, const char* k) {
  auto it = o.find(k);
  return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : "";
}

std::string StocktakeStatusZh(const std::string& s) {
  if (s == "approved") return "已审批";
  if (s == "rejected") return "已驳回";
  return "待审批";
}

std::vector<int64_t> IdsOf(const std::vector<json::object>& items) {
  std::vector<int64_t> ids;
  ids.reserve(items.size());
  for (const auto& o : items) ids.push_back(o.at("id").as_int64());
  return ids;
}

// One sheet holds at most 50,000 rows: an export is for a filtered list, not a backup.
constexpr int64_t kExportRows = 50000;

Response ExportStocktakesRoute(Context& ctx) {
  auto f = StocktakeFilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto [items, total] = ListStocktakes(*conn, ctx.scope(), f, kExportRows, 0);
  const auto products = StocktakeProductsZh(*conn, IdsOf(items));
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(items.size());
  for (const auto& o : items) {
    auto p = products.find(o.at("id").as_int64());
    rows.push_back({Text(o, "number"), Text(o, "enterprise_name"), Text(o, "store_name"),
                    Text(o, "counted_at"), Text(o.at("counted_by").as_object(), "name"),
                    StocktakeStatusZh(Text(o, "status")), o.at("book_code_count").as_int64(),
                    o.at("counted_code_count").as_int64(), o.at("missing_count").as_int64(),
                    o.at("extra_count").as_int64(), o.at("quantity_difference_count").as_int64(),
                    p == products.end() ? std::string() : p->second,
                    o.at("matches").as_bool() ? "是" : "否", Text(o, "note")});
  }
  return api::XlsxDownload("盘点记录.xlsx", "盘点记录",
                           {"盘点单号", "企业", "库房", "盘点时间", "盘点人", "状态", "账面编码数",
                            "实盘编码数", "缺少编码数", "多出编码数", "数量差异项", "差异产品",
                            "账实相符", "备注"},
                           rows);
}

Response GetStocktakeRoute(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto o = GetStocktake(*conn, ctx.scope(), ctx.PathId());
  if (!o) throw ApiException{Error::NotFound("stocktake")};
  return api::JsonResponse(*o);
}

ApprovalInput ReadApproval(Context& ctx, storage::Connection& conn) {
  const int64_t id = ctx.PathId();
  const int64_t enterprise_id = OwnEnterprise(ctx);
  if (!GetStocktake(conn, ctx.scope(), id)) throw ApiException{Error::NotFound("stocktake")};
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  ApprovalInput a;
  a.stocktake_id = id;
  a.enterprise_id = enterprise_id;
  a.approver_id = ctx.who().user_id;
  a.extra_product_id = in.Str("extra_product_id", false, 60);
  a.note = in.Str("note", false, 500);
  in.Finish();
  return a;
}

Response ApproveRoute(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  ApprovalInput a = ReadApproval(ctx, *conn);
  notifications::PendingPushes pushes(*ctx.svc.clock);
  try {
    storage::Transaction tx(*conn);
    // The counter books the adjustments as storekeeper (approver_same is checked on approval).
    auto t = conn->Query("SELECT store_id, counted_by_user_id FROM stocktakes WHERE id = ?",
                         {a.stocktake_id});
    RequireCustody(*conn, t.Int(0, "store_id"), t.Int(0, "counted_by_user_id"), 0);
    ApproveStocktake(*conn, a, api::ActorOf(ctx), pushes);
    tx.Commit();
  } catch (const storage::ConstraintError&) {
    throw ApiException{Error::Conflict(
        "another voucher booked the same codes first; nothing was posted",
        "另一张单据已先行登记了相同编码，未过账")};
  }
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(*GetStocktake(*conn, AllScope(), a.stocktake_id));
}

Response RejectRoute(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  ApprovalInput a = ReadApproval(ctx, *conn);
  storage::Transaction tx(*conn);
  RejectStocktake(*conn, a, api::ActorOf(ctx));
  tx.Commit();
  return api::JsonResponse(*GetStocktake(*conn, AllScope(), a.stocktake_id));
}

// ---- loss incidents ------------------------------------------------------------------------

LossFilter LossFilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  LossFilter f;
  f.status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!f.status.empty() && f.status != "open" && f.status != "closed")
    errs.push_back({"status", "status_invalid", "must be open or closed", "应为 open 或 closed"});
  f.enterprise_id = QueryId(ctx, "enterprise_id", errs);
  if (!errs.empty()) throw ApiException{Error::Validation(std::move(errs))};
  return f;
}

Response ListLossRoute(Context& ctx) {
  auto f = LossFilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [items, total] = ListLossIncidents(*conn, ctx.scope(), f, size, (page - 1) * size);
  json::array arr;
  for (auto& o : items) arr.push_back(std::move(o));
  return api::JsonResponse(api::PageJson(std::move(arr), total, page, size));
}

Response ExportLossRoute(Context& ctx) {
  auto f = LossFilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto [items, total] = ListLossIncidents(*conn, ctx.scope(), f, kExportRows, 0);
  const auto products = LossProductsZh(*conn, IdsOf(items));
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(items.size());
  for (const auto& o : items) {
    auto p = products.find(o.at("id").as_int64());
    rows.push_back({Text(o, "number"), Text(o, "enterprise_name"), Text(o, "store_name"),
                    Text(o, "source") == "stocktake" ? "盘点发现" : "人工报告",
                    Text(o, "discovered_at"), o.at("code_count").as_int64(),
                    p == products.end() ? std::string() : p->second,
                    Text(o, "status") == "open" ? "未结案" : "已结案", Text(o, "closed_at"),
                    Text(o, "description")});
  }
  return api::XlsxDownload("丢失被盗事件.xlsx", "丢失被盗事件",
                           {"事件编号", "企业", "库房", "来源", "发现时间", "涉及编码数",
                            "涉及产品", "状态", "结案时间", "情况说明"},
                           rows);
}

Response GetLossRoute(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto o = GetLossIncident(*conn, ctx.scope(), ctx.PathId());
  if (!o) throw ApiException{Error::NotFound("loss incident")};
  return api::JsonResponse(*o);
}

std::string ReadTime(api::JsonInput& in, const char* key, bool required) {
  std::string t = in.Str(key, required, 40);
  if (!t.empty() && storage::UnixFromIso(t) == 0) {
    in.AddError({key, "time_invalid", "must be a time like 2026-03-01T08:30:00Z",
                 "应为时间，如 2026-03-01T08:30:00Z"});
    return "";
  }
  return t.empty() ? t : storage::IsoFromUnix(storage::UnixFromIso(t));
}

Response ReportLossRoute(Context& ctx) {
  const int64_t enterprise_id = OwnEnterprise(ctx);
  api::JsonInput in(ctx.req.body);
  LossInput loss;
  loss.enterprise_id = enterprise_id;
  loss.store_id = in.Int("store_id", true).value_or(0);
  loss.source = "manual";
  loss.description = in.Str("description", true, 1000);
  loss.discovered_at = ReadTime(in, "discovered_at", false);
  if (!loss.discovered_at.empty() && storage::UnixFromIso(loss.discovered_at) > storage::NowUnix() + 300)
    in.AddError({"discovered_at", "time_future", "cannot be in the future", "不能晚于当前时间"});
  auto codes = in.StrList("codes", 100000);
  for (size_t i = 0; i < codes.size(); ++i)
    if (!ex::IsCountableCode(codes[i]))
      in.AddError({"codes[" + std::to_string(i) + "]", "code_invalid", "not a code", "不是有效编码"});
  CountInput q;
  std::vector<FieldError> errs;
  ReadQuantities(in.Obj("quantities"), q, errs);
  for (auto& e : errs) in.AddError(std::move(e));
  if (codes.empty() && q.quantities.empty())
    in.AddError({"codes", "loss_goods_required", "name the missing codes or quantities",
                 "须填写丢失的编码或数量"});
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  api::Scope own{api::Scope::Kind::kEnterprise, "", enterprise_id};
  if (!FindStore(*conn, own, loss.store_id)) throw ApiException{Error::NotFound("store")};
  for (const auto& [p, m] : q.quantities) loss.quantities[p] = m;
  std::vector<std::string> sorted = codes;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::map<std::string, std::string> products;
  {
    // Product of each code from where it is booked now.
    for (const auto& c : sorted) {
      auto rs = conn->Query("SELECT product_id FROM detonator_codes WHERE code = ?", {c});
      loss.codes.emplace_back(c, rs.empty() ? std::string() : rs.Text(0, "product_id"));
    }
  }
  loss.user_id = ctx.who().user_id;
  notifications::PendingPushes pushes(*ctx.svc.clock);
  storage::Transaction tx(*conn);
  int64_t id = OpenLossIncident(*conn, loss, api::ActorOf(ctx), pushes);
  tx.Commit();
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(*GetLossIncident(*conn, AllScope(), id), 201);
}

Response LossEventRoute(Context& ctx, bool closing) {
  const int64_t id = ctx.PathId();
  OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  if (!GetLossIncident(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("loss incident")};
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  std::string kind = "closed", reported_at, reference;
  if (!closing) {
    std::string office = in.Str("office", true, 20);
    if (office == "police") kind = "reported_police";
    else if (office == "regulator") kind = "reported_regulator";
    else if (!office.empty())
      in.AddError({"office", "office_invalid", "must be police or regulator",
                   "应为 police（公安机关）或 regulator（主管部门）"});
    reported_at = ReadTime(in, "reported_at", true);
    reference = in.Str("reference", true, 100);
  }
  std::string note = in.Str("note", false, 1000);
  in.Finish();
  storage::Transaction tx(*conn);
  AppendLossEvent(*conn, id, kind, reported_at, reference, note, ctx.who().user_id,
                  api::ActorOf(ctx));
  tx.Commit();
  return api::JsonResponse(*GetLossIncident(*conn, AllScope(), id), closing ? 200 : 201);
}

}  // namespace

void RegisterPackagingRoutes(api::Router& r);
void RegisterSummaryRoutes(api::Router& r);
void RegisterSaleFilingRoutes(api::Router& r);
void RegisterOverviewRoutes(api::Router& r);
void RegisterDailyCloseRoutes(api::Router& r);
void RegisterPurchaseFilingRoutes(api::Router& r);

void RegisterStocktakeRoutes(api::Router& r) {
  RegisterPackagingRoutes(r);
  RegisterSummaryRoutes(r);
  RegisterSaleFilingRoutes(r);
  RegisterOverviewRoutes(r);
  RegisterDailyCloseRoutes(r);
  RegisterPurchaseFilingRoutes(r);
  r.Add("GET", "/api/v1/stocktakes", "ledger:read", ListStocktakesRoute);
  r.Add("GET", "/api/v1/stocktakes/export", "ledger:read", ExportStocktakesRoute);
  r.Add("POST", "/api/v1/stocktakes", "ledger:write", CreateStocktakeRoute);
  r.Add("GET", "/api/v1/stocktakes/{id}", "ledger:read", GetStocktakeRoute);
  r.Add("POST", "/api/v1/stocktakes/{id}/approval", "ledger:manage", ApproveRoute);
  r.Add("POST", "/api/v1/stocktakes/{id}/rejection", "ledger:manage", RejectRoute);
  r.Add("GET", "/api/v1/loss-incidents", "ledger:read", ListLossRoute);
  r.Add("GET", "/api/v1/loss-incidents/export", "ledger:read", ExportLossRoute);
  r.Add("POST", "/api/v1/loss-incidents", "ledger:write", ReportLossRoute);
  r.Add("GET", "/api/v1/loss-incidents/{id}", "ledger:read", GetLossRoute);
  r.Add("POST", "/api/v1/loss-incidents/{id}/reports", "ledger:write",
        [](Context& ctx) { return LossEventRoute(ctx, false); });
  r.Add("POST", "/api/v1/loss-incidents/{id}/closure", "ledger:manage",
        [](Context& ctx) { return LossEventRoute(ctx, true); });
}

}  // namespace anjian::ledger
