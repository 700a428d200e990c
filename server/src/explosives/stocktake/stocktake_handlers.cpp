// /api/v1/stocktakes: counting a store (scanner typing as JSON, or a scanner file — plain text,
// CSV or XLSX — as the raw request body), the list, its export and one stocktake with its
// variance, and approval by a second person into adjustment vouchers or rejection.
#include "explosives/stocktake/stocktake_handlers.hpp"
#include "files/files_errors.hpp"

#include <sodium.h>

#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "core/text.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/stocktake/stocktake_errors.hpp"
#include "explosives/stocktake/stocktake_service.hpp"
#include "explosives/voucher/product_tally_repository.hpp"
#include "explosives/voucher/voucher_rules.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"
#include "platform/office/format_error.hpp"
#include "platform/office/table_file.hpp"

namespace anjian::stocktake {

namespace json = boost::json;
using api::Context;
using api::Response;

int64_t OwnEnterprise(const Context& ctx) {
  if (!ctx.who().enterprise_id) core::Invalid(core::CoreErr("enterprise_account_required").At());
  return *ctx.who().enterprise_id;
}

std::optional<int64_t> QueryId(const Context& ctx, const char* key,
                               std::vector<FieldError>& errs) {
  auto q = api::Trim(ctx.req.Query(key).value_or(""));
  if (q.empty()) return std::nullopt;
  if (q.size() > 18 || q.find_first_not_of("0123456789") != std::string::npos) {
    errs.push_back(core::CoreErr("type").At(key, "an integer", "整数"));
    return std::nullopt;
  }
  return std::stoll(q);
}

void ReadQuantities(const json::object& obj, Quantities& out, std::vector<FieldError>& errs) {
  for (const auto& kv : obj) {
    const std::string field = "quantities." + std::string(kv.key());
    auto milli = kv.value().is_number() ? catalogue::MilliFromDouble(kv.value().to_number<double>())
                                        : std::nullopt;
    if (!milli || *milli < 0) {
      errs.push_back(Err("counted_quantity_invalid").At(field));
      continue;
    }
    out[std::string(kv.key())] = *milli;
  }
}

namespace {

constexpr size_t kMaxTypedCodes = 200000;  // scans typed into the page; files may hold more

void AddInvalid(const voucher::ScannedCodes& scanned, std::vector<FieldError>& errs) {
  for (const auto& [line, token] : scanned.invalid)
    errs.push_back(Err("code_line_invalid").At("codes", line, token));
  if (scanned.invalid_count > scanned.invalid.size())
    errs.push_back(
        Err("code_lines_invalid").At("codes", scanned.invalid_count - scanned.invalid.size()));
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
voucher::ScannedCodes CodesFromTable(const std::string& filename, const std::string& bytes) {
  auto rows = office::ReadTableFile(filename, bytes);
  size_t column = 0;
  size_t first = 0;
  if (!rows.empty()) {
    for (size_t c = 0; c < rows[0].size(); ++c)
      if (voucher::IsCodeHeader(rows[0][c])) {
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
  auto scanned = voucher::ParseScannedText(text);
  for (auto& [line, _] : scanned.invalid) line += first;
  return scanned;
}

// Scanner typing: {"store_id", "codes": [...], "quantities": {...}, "note"}.
std::optional<int64_t> ReadTypedCount(Context& ctx, CountInput& count) {
  api::JsonInput in(ctx.req.body);
  auto store_id = in.Int("store_id", true);
  auto codes = in.Arr("codes", kMaxTypedCodes);
  for (size_t i = 0; i < codes.size(); ++i) {
    const std::string field = "codes[" + std::to_string(i) + "]";
    if (!codes[i].is_string()) {
      in.AddError(core::CoreErr("type").At(field, "a string", "字符串"));
      continue;
    }
    std::string_view code = codes[i].as_string();
    if (!voucher::IsCountableCode(code)) {
      in.AddError(voucher::InvalidCode(field, std::string(code), false));
      continue;
    }
    voucher::AddCode(count.counted, code);
    ++count.scans;
  }
  std::vector<FieldError> errs;
  ReadQuantities(in.Obj("quantities"), count.quantities, errs);
  count.note = in.Str("note", false, 500);
  count.method = codes.empty() ? "quantity" : "scan";
  for (auto& e : errs) in.AddError(std::move(e));
  in.Finish();
  return store_id;
}

// A scanner file as the body; store_id, note and quantities (JSON) in the query string.
std::optional<int64_t> ReadFileCount(Context& ctx, const std::string& mime, CountInput& count) {
  std::vector<FieldError> errs;
  auto store_id = QueryId(ctx, "store_id", errs);
  if (!store_id) errs.push_back(core::CoreErr("required").At("store_id"));
  count.filename = api::PercentDecode(std::string(ctx.req.Header("x-filename")), false);
  if (count.filename.size() > 200) count.filename.resize(200);
  count.note = ctx.req.Query("note").value_or("").substr(0, 500);
  // The one control-character rule (core/text.hpp), as JsonInput applies it to JSON.
  core::CheckControlChars(count.filename, core::TextShape::kSingleLine, "filename", errs);
  core::CheckControlChars(count.note, core::TextShape::kMultiLine, "note", errs);
  if (auto q = ctx.req.Query("quantities"); q && !q->empty()) {
    json::value v;
    try {
      v = api::ParseRequestJson(*q, errs);  // the request parser: duplicates, control chars
    } catch (const ApiException&) {
      v = nullptr;  // malformed: reported as the field's type below
    }
    if (!v.is_object())
      errs.push_back(core::CoreErr("type").At("quantities", "a JSON object", "JSON 对象"));
    else
      ReadQuantities(v.as_object(), count.quantities, errs);
  }
  if (ctx.req.body.empty()) errs.push_back(files::Err("file_empty").At("body"));
  voucher::ScannedCodes scanned;
  const bool table = mime.find("csv") != std::string::npos ||
                     mime.find("spreadsheet") != std::string::npos ||
                     mime.find("excel") != std::string::npos ||
                     ctx.req.body.rfind("PK\x03\x04", 0) == 0;  // an .xlsx sent untyped
  if (table && !ctx.req.body.empty()) {
    try {
      scanned = CodesFromTable(count.filename.empty() ? "codes.csv" : count.filename,
                               ctx.req.body);
    } catch (const office::FormatError& e) {
      errs.push_back(Err("file_unreadable").At("body", e.what(), e.MessageZh()));
    }
  } else {
    scanned = voucher::ParseScannedText(ctx.req.body);
  }
  AddInvalid(scanned, errs);
  count.counted = std::move(scanned.codes);
  count.scans = scanned.tokens;
  count.method = "file";
  count.digest = FileDigest(ctx.req.body);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return store_id;
}

json::value MilliJson(int64_t milli) {
  if (milli % catalogue::kMilliPerUnit == 0) return json::value(milli / catalogue::kMilliPerUnit);
  return json::value(static_cast<double>(milli) / catalogue::kMilliPerUnit);
}

json::object ProductLabel(const std::string& pid) {
  const catalogue::Product* p = catalogue::InForce().Find(pid);
  return json::object{{"product_id", pid},
                      {"product_name", p ? catalogue::DisplayNameZh(*p) : pid},
                      {"product_name_en", p ? p->label_en : pid},
                      {"label_zh", p ? catalogue::DisplayNameZh(*p) : pid},
                      {"label_en", p ? p->label_en : pid},
                      {"unit", p ? json::value(catalogue::UnitValue(p->unit)) : json::value(nullptr)}};
}

json::object SummaryJson(const StocktakeRow& r) {
  return json::object{
      {"id", r.id},
      {"number", r.number},
      {"enterprise_id", r.enterprise_id},
      {"enterprise_name", r.enterprise_name},
      {"store_id", r.store_id},
      {"store_name", r.store_name},
      {"method", r.method},
      {"status", r.status},
      {"counted_by", json::object{{"id", r.counted_by_user_id}, {"name", r.counted_by_name}}},
      {"counted_at", r.counted_at},
      {"book_voucher_id", r.book_voucher_id},
      {"book_code_count", r.book_code_count},
      {"counted_code_count", r.counted_code_count},
      {"duplicate_scans", r.duplicate_scans},
      {"missing_count", r.missing_count},
      {"extra_count", r.extra_count},
      {"quantity_difference_count", r.quantity_difference_count},
      {"matches", r.missing_count == 0 && r.extra_count == 0 && r.quantity_difference_count == 0},
      {"source_filename", r.source_filename},
      {"source_blake2b", r.source_blake2b},
      {"note", r.note}};
}

json::object DetailJson(const StocktakeDetail& d) {
  auto o = SummaryJson(d.row);
  json::array missing, extra;
  // Each code's product id beside it, in the same order; `code_products` names every one of
  // them once (a code list can run to a million, names per code would multiply the answer).
  json::array missing_products, extra_products;
  std::map<std::string, std::pair<int64_t, int64_t>> per_product;
  for (const auto& c : d.codes) {
    const bool is_missing = c.kind == "missing";
    (is_missing ? missing : extra).emplace_back(c.code);
    (is_missing ? missing_products : extra_products).emplace_back(c.product_id);
    auto& pp = per_product[c.product_id];
    (is_missing ? pp.first : pp.second) += 1;
  }
  json::array code_products;
  for (const auto& [pid, counts] : per_product) {
    auto p = ProductLabel(pid);
    p["missing"] = counts.first;
    p["extra"] = counts.second;
    code_products.push_back(std::move(p));
  }
  json::array quantities, differences;
  for (const auto& q : d.quantities) {
    auto p = ProductLabel(q.product_id);
    p["book"] = MilliJson(q.book_milli);
    p["counted"] = MilliJson(q.counted_milli);
    p["difference"] = MilliJson(q.counted_milli - q.book_milli);
    quantities.push_back(p);
    if (q.book_milli != q.counted_milli) differences.push_back(std::move(p));
  }
  json::array events, voucher_ids;
  for (const auto& ev : d.events) {
    auto ids = json::parse(ev.voucher_ids);
    for (const auto& v : ids.as_array()) voucher_ids.push_back(v);
    events.push_back(json::object{{"id", ev.id},
                                  {"kind", ev.kind},
                                  {"at", ev.at},
                                  {"by", json::object{{"id", ev.by_user_id}, {"name", ev.by_name}}},
                                  {"voucher_ids", std::move(ids)},
                                  {"note", ev.note}});
  }
  o["missing_codes"] = std::move(missing);
  o["extra_codes"] = std::move(extra);
  o["missing_code_product_ids"] = std::move(missing_products);
  o["extra_code_product_ids"] = std::move(extra_products);
  o["code_products"] = std::move(code_products);
  o["quantities"] = std::move(quantities);
  o["quantity_differences"] = std::move(differences);
  o["events"] = std::move(events);
  o["adjustment_voucher_ids"] = std::move(voucher_ids);
  o["loss_incident_id"] =
      d.loss_incident_id ? json::value(*d.loss_incident_id) : json::value(nullptr);
  return o;
}

StocktakeFilter StocktakeFilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  StocktakeFilter f;
  f.store_id = QueryId(ctx, "store_id", errs);
  f.enterprise_id = QueryId(ctx, "enterprise_id", errs);
  f.status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!f.status.empty() && !IsStocktakeStatus(f.status))
    errs.push_back(core::CoreErr("status_invalid")
                       .At("status", "counted, approved, rejected", "counted、approved、rejected"));
  for (auto [key, out] : {std::pair{"from", &f.from}, std::pair{"to", &f.to}}) {
    *out = api::Trim(ctx.req.Query(key).value_or(""));
    if (!out->empty() && core::UnixFromIso(*out + "T00:00:00Z") == 0)
      errs.push_back(core::CoreErr("date_invalid").At(key));
  }
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

std::string StocktakeStatusZh(const std::string& s) {
  if (s == "approved") return "已审批";
  if (s == "rejected") return "已驳回";
  return "待审批";
}

ApprovalInput ReadApproval(Context& ctx, storage::Connection& conn) {
  const int64_t id = ctx.PathId();
  const int64_t enterprise_id = OwnEnterprise(ctx);
  if (!StocktakeInScope(conn, ctx.scope(), id)) throw ApiException{Error::NotFound("stocktake")};
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  ApprovalInput a;
  a.stocktake_id = id;
  a.enterprise_id = enterprise_id;
  a.approver_id = ctx.who().user_id;
  a.extra_product_id = in.Str("extra_product_id", false, 60);
  a.note = in.Str("note", false, 500);
  a.at = core::IsoFromUnix(ctx.Now());
  in.Finish();
  return a;
}

Response StocktakeResponse(storage::Connection& conn, int64_t id, int status = 200) {
  return api::JsonResponse(DetailJson(*GetStocktake(conn, magazine::AllScope(), id)), status);
}

}  // namespace

Response CreateStocktakeHandler(Context& ctx) {
  const int64_t enterprise_id = OwnEnterprise(ctx);
  CountInput count;
  std::string mime = std::string(ctx.req.Header("content-type"));
  mime = api::Trim(mime.substr(0, mime.find(';')));
  for (char& c : mime) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto store_id = mime.empty() || mime == "application/json"
                            ? ReadTypedCount(ctx, count)
                            : ReadFileCount(ctx, mime, count);
  auto conn = ctx.svc.db->Acquire();
  const int64_t id = CountStore(ctx.svc.db.get(), *conn, ctx.scope(), enterprise_id, *store_id,
                                std::move(count), ctx.who().user_id, api::ActorOf(ctx),
                                ctx.Now(), ctx.svc.notifier);
  return StocktakeResponse(*conn, id, 201);
}

Response ListStocktakesHandler(Context& ctx) {
  auto f = StocktakeFilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [rows, total] = ListStocktakes(*conn, ctx.scope(), f, size, (page - 1) * size);
  json::array arr;
  for (const auto& r : rows) arr.push_back(SummaryJson(r));
  return api::JsonResponse(api::PageJson(std::move(arr), total, page, size));
}

Response ExportStocktakesHandler(Context& ctx) {
  auto f = StocktakeFilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto [rows, total] = ListStocktakes(*conn, ctx.scope(), f, kExportRows, 0);
  std::vector<int64_t> ids;
  ids.reserve(rows.size());
  for (const auto& r : rows) ids.push_back(r.id);
  const auto products = voucher::StocktakeProductsZh(voucher::LoadStocktakeTallies(*conn, ids));
  std::vector<std::vector<office::Cell>> cells;
  cells.reserve(rows.size());
  for (const auto& r : rows) {
    auto p = products.find(r.id);
    const bool matches = r.missing_count == 0 && r.extra_count == 0 && r.quantity_difference_count == 0;
    cells.push_back({r.number, r.enterprise_name, r.store_name, r.counted_at, r.counted_by_name,
                     StocktakeStatusZh(r.status), r.book_code_count, r.counted_code_count,
                     r.missing_count, r.extra_count, r.quantity_difference_count,
                     p == products.end() ? std::string() : p->second,
                     std::string(matches ? "是" : "否"), r.note});
  }
  return api::XlsxDownload("盘点记录.xlsx", "盘点记录",
                           {"盘点单号", "企业", "库房", "盘点时间", "盘点人", "状态", "账面编码数",
                            "实盘编码数", "缺少编码数", "多出编码数", "数量差异项", "差异产品",
                            "账实相符", "备注"},
                           cells);
}

Response GetStocktakeHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto d = GetStocktake(*conn, ctx.scope(), ctx.PathId());
  if (!d) throw ApiException{Error::NotFound("stocktake")};
  return api::JsonResponse(DetailJson(*d));
}

Response ApproveStocktakeHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  ApprovalInput a = ReadApproval(ctx, *conn);
  ApproveStocktake(*conn, a, api::ActorOf(ctx));
  return StocktakeResponse(*conn, a.stocktake_id);
}

Response RejectStocktakeHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  ApprovalInput a = ReadApproval(ctx, *conn);
  RejectStocktake(*conn, a, api::ActorOf(ctx));
  return StocktakeResponse(*conn, a.stocktake_id);
}

}  // namespace anjian::stocktake
