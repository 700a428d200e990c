#include "explosives/stocktake/stocktake_service.hpp"

#include <boost/json.hpp>
#include <set>

#include "core/error.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "core/hash_chain.hpp"
#include "explosives/loss_incident/loss_incident.hpp"
#include "explosives/voucher/stock_code_index.hpp"

namespace anjian::ledger {

namespace json = boost::json;
using storage::Value;

namespace {

json::value MilliJson(int64_t milli) {
  if (milli % catalogue::kMilliPerUnit == 0) return json::value(milli / catalogue::kMilliPerUnit);
  return json::value(static_cast<double>(milli) / catalogue::kMilliPerUnit);
}

std::string Number(const std::string& prefix, const std::string& at, int64_t id) {
  std::string date;
  for (char c : at.substr(0, 10))
    if (c != '-') date += c;
  std::string n = std::to_string(id);
  if (n.size() < 6) n.insert(0, 6 - n.size(), '0');
  return prefix + date + "-" + n;
}

// Product of each code: where it is booked now, else the line of its last movement (asked only
// for the codes not in stock anywhere).
std::map<std::string, std::string> ProductsOf(storage::Connection& conn,
                                              const std::vector<std::string>& codes) {
  std::map<std::string, std::string> out;
  constexpr size_t kChunk = 1000;
  auto chunks = [&](const std::vector<std::string>& list, const char* sql_head,
                    const char* sql_tail) {
    for (size_t start = 0; start < list.size(); start += kChunk) {
      const size_t end = std::min(list.size(), start + kChunk);
      std::string in;
      std::vector<Value> params;
      for (size_t i = start; i < end; ++i) {
        in += i == start ? "?" : ",?";
        params.emplace_back(list[i]);
      }
      auto rs = conn.Query(std::string(sql_head) + in + sql_tail, params);
      for (size_t i = 0; i < rs.size(); ++i) out[rs.Text(i, "code")] = rs.Text(i, "product_id");
    }
  };
  chunks(codes, "SELECT code, product_id FROM detonator_codes WHERE code IN (", ")");
  std::vector<std::string> rest;
  for (const auto& c : codes)
    if (!out.count(c)) rest.push_back(c);
  chunks(rest,
         "SELECT m.code, l.product_id FROM code_movements m JOIN voucher_lines l "
         "ON l.voucher_id = m.voucher_id AND l.line_no = m.line_no WHERE m.code IN (",
         ") ORDER BY m.voucher_id");
  return out;
}

// Book quantities of the store's uncoded products.
std::map<std::string, int64_t, std::less<>> UncodedBook(storage::Connection& conn,
                                                        int64_t store_id) {
  std::map<std::string, int64_t, std::less<>> out;
  auto rs = conn.Query("SELECT product_id, quantity_milli FROM stock_balances WHERE store_id = ?",
                       {store_id});
  for (size_t i = 0; i < rs.size(); ++i) {
    const catalogue::Product* p = catalogue::InForce().Find(rs.Text(i, "product_id"));
    if (p && !p->coded) out[rs.Text(i, "product_id")] = rs.Int(i, "quantity_milli");
  }
  return out;
}

void InsertCodes(storage::Connection& conn, int64_t id, const std::vector<std::string>& codes,
                 const char* kind, const std::map<std::string, std::string>& products) {
  constexpr size_t kChunk = 500;
  for (size_t start = 0; start < codes.size(); start += kChunk) {
    const size_t end = std::min(codes.size(), start + kChunk);
    std::string sql = "INSERT INTO stocktake_codes (stocktake_id, code, kind, product_id) VALUES ";
    std::vector<Value> params;
    for (size_t i = start; i < end; ++i) {
      sql += i == start ? "(?,?,?,?)" : ",(?,?,?,?)";
      auto p = products.find(codes[i]);
      params.insert(params.end(), {id, codes[i], std::string(kind),
                                   p == products.end() ? std::string() : p->second});
    }
    conn.Exec(sql, params);
  }
}

json::object ProductLabel(const std::string& pid) {
  const catalogue::Product* p = catalogue::InForce().Find(pid);
  return json::object{{"product_id", pid},
                      {"product_name", p ? p->label_zh : pid},
                      {"product_name_en", p ? p->label_en : pid},
                      {"label_zh", p ? p->label_zh : pid},
                      {"label_en", p ? p->label_en : pid},
                      {"unit", p ? json::value(catalogue::UnitValue(p->unit)) : json::value(nullptr)}};
}

constexpr const char* kSelect =
    "SELECT t.id, t.enterprise_id, t.store_id, t.number, t.method, t.counted_by_user_id, "
    "t.counted_at, t.book_voucher_id, t.book_code_count, t.counted_code_count, "
    "t.duplicate_scans, t.missing_count, t.extra_count, t.source_filename, t.source_blake2b, "
    "t.note, s.name AS store_name, e.name AS enterprise_name, u.display_name AS counted_by_name, "
    "(SELECT COUNT(*) FROM stocktake_quantities q WHERE q.stocktake_id = t.id "
    " AND q.book_milli <> q.counted_milli) AS quantity_difference_count, "
    "(SELECT ev.kind FROM stocktake_events ev WHERE ev.stocktake_id = t.id "
    " ORDER BY ev.id DESC LIMIT 1) AS status "
    "FROM stocktakes t JOIN stores s ON s.id = t.store_id "
    "JOIN enterprises e ON e.id = t.enterprise_id JOIN users u ON u.id = t.counted_by_user_id ";

json::object SummaryJson(const storage::ResultSet& rs, size_t i) {
  const int64_t missing = rs.Int(i, "missing_count"), extra = rs.Int(i, "extra_count"),
                qd = rs.Int(i, "quantity_difference_count");
  return json::object{{"id", rs.Int(i, "id")},
                      {"number", rs.Text(i, "number")},
                      {"enterprise_id", rs.Int(i, "enterprise_id")},
                      {"enterprise_name", rs.Text(i, "enterprise_name")},
                      {"store_id", rs.Int(i, "store_id")},
                      {"store_name", rs.Text(i, "store_name")},
                      {"method", rs.Text(i, "method")},
                      {"status", rs.Text(i, "status")},
                      {"counted_by", json::object{{"id", rs.Int(i, "counted_by_user_id")},
                                                  {"name", rs.Text(i, "counted_by_name")}}},
                      {"counted_at", rs.Text(i, "counted_at")},
                      {"book_voucher_id", rs.Int(i, "book_voucher_id")},
                      {"book_code_count", rs.Int(i, "book_code_count")},
                      {"counted_code_count", rs.Int(i, "counted_code_count")},
                      {"duplicate_scans", rs.Int(i, "duplicate_scans")},
                      {"missing_count", missing},
                      {"extra_count", extra},
                      {"quantity_difference_count", qd},
                      {"matches", missing == 0 && extra == 0 && qd == 0},
                      {"source_filename", rs.Text(i, "source_filename")},
                      {"source_blake2b", rs.Text(i, "source_blake2b")},
                      {"note", rs.Text(i, "note")}};
}

}  // namespace

json::object CreateStocktake(const void* database, storage::Connection& conn,
                             const magazine::MagazineRow& store, const CountInput& in, int64_t user_id,
                             const audit::Actor& actor) {
  // The books are read before the transaction (a 1,000,000-code count must not hold the write
  // lock while it compares); RecordStocktake pins them by `book_voucher_id`.
  storage::Transaction tx(conn);
  const int64_t id = RecordStocktake(database, conn, store, in, user_id, actor);
  tx.Commit();
  return *GetStocktake(conn, magazine::AllScope(), id);
}

int64_t RecordStocktake(const void* database, storage::Connection& conn, const magazine::MagazineRow& store,
                        const CountInput& in, int64_t user_id, const audit::Actor& actor) {
  // Counted quantities name uncoded products of the catalogue.
  std::vector<FieldError> errors;
  for (const auto& [pid, q] : in.quantities) {
    const catalogue::Product* p = catalogue::InForce().Find(pid);
    if (!p)
      errors.push_back({"quantities." + pid, "product_unknown", "not a product of the catalogue",
                        "产品目录中没有该产品"});
    else if (p->coded)
      errors.push_back({"quantities." + pid, "product_counted_by_code",
                        "a coded product is counted by scanning its codes",
                        "有编码的产品须逐个扫码盘点"});
  }
  if (!errors.empty()) throw ApiException{Error::Validation(std::move(errors))};

  // The books: codes and uncoded quantities as of one and the same last voucher of the store.
  std::shared_ptr<const voucher::StockCodes> book;
  std::map<std::string, int64_t, std::less<>> book_quantities;
  for (int attempt = 0; attempt < 20; ++attempt) {
    book = voucher::StockCodesNow(database, conn, store.id);
    book_quantities = UncodedBook(conn, store.id);
    if (voucher::MagazineHead(conn, store.id) == book->book_voucher_id) break;
  }
  for (const auto& [pid, q] : book_quantities)
    if (!in.quantities.count(pid)) {
      const catalogue::Product* p = catalogue::InForce().Find(pid);
      errors.push_back({"quantities." + pid, "quantity_required",
                        "the store holds " + catalogue::FormatMilli(q) + " of " + pid +
                            " on the books: count it (0 when none was found)",
                        "账面有“" + (p ? p->label_zh : pid) + "”" + catalogue::FormatMilli(q) +
                            "，须填写实盘数量（未找到填 0）"});
    }
  if (!errors.empty()) throw ApiException{Error::Validation(std::move(errors))};

  voucher::CodeSet counted = in.counted;
  const std::size_t duplicates = voucher::Normalise(counted);
  auto diff = voucher::Difference(book->codes, counted);
  std::vector<std::string> all_codes = diff.only_a;
  all_codes.insert(all_codes.end(), diff.only_b.begin(), diff.only_b.end());
  const auto products = ProductsOf(conn, all_codes);

  const std::string now = in.counted_at.empty() ? storage::NowIso() : in.counted_at;
  auto ins = conn.Query(
      "INSERT INTO stocktakes (enterprise_id, region_path, store_id, number, method, "
      "counted_by_user_id, counted_at, book_voucher_id, book_code_count, counted_code_count, "
      "duplicate_scans, missing_count, extra_count, source_filename, source_blake2b, note) VALUES "
      "(?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {store.enterprise_id, store.region_path, store.id, in.method, user_id, now,
       book->book_voucher_id, static_cast<int64_t>(book->codes.size()),
       static_cast<int64_t>(counted.size()), static_cast<int64_t>(duplicates),
       static_cast<int64_t>(diff.only_a.size()), static_cast<int64_t>(diff.only_b.size()),
       in.filename, in.digest, in.note});
  const int64_t id = ins.Int(0, "id");
  const std::string number = Number("PD", now, id);
  conn.Exec("UPDATE stocktakes SET number = ? WHERE id = ?", {number, id});
  InsertCodes(conn, id, diff.only_a, "missing", products);
  InsertCodes(conn, id, diff.only_b, "extra", products);
  std::set<std::string> uncoded;
  for (const auto& [pid, _] : book_quantities) uncoded.insert(pid);
  for (const auto& [pid, _] : in.quantities) uncoded.insert(pid);
  for (const auto& pid : uncoded) {
    auto b = book_quantities.find(pid);
    auto c = in.quantities.find(pid);
    conn.Exec(
        "INSERT INTO stocktake_quantities (stocktake_id, product_id, book_milli, counted_milli) "
        "VALUES (?, ?, ?, ?)",
        {id, pid, b == book_quantities.end() ? int64_t{0} : b->second,
         c == in.quantities.end() ? int64_t{0} : c->second});
  }
  conn.Exec("INSERT INTO stocktake_events (stocktake_id, kind, by_user_id, at) VALUES (?, 'counted', ?, ?)",
            {id, user_id, now});
  audit::Append(conn, actor, "count", "stocktake", std::to_string(id), nullptr,
                json::object{{"number", number},
                             {"store_id", store.id},
                             {"method", in.method},
                             {"book_voucher_id", book->book_voucher_id},
                             {"book_code_count", book->codes.size()},
                             {"counted_code_count", counted.size()},
                             {"missing_count", diff.only_a.size()},
                             {"extra_count", diff.only_b.size()},
                             {"source_blake2b", in.digest}});
  return id;
}

std::pair<std::vector<json::object>, int64_t> ListStocktakes(storage::Connection& conn,
                                                             const api::Scope& scope,
                                                             const StocktakeFilter& f,
                                                             int64_t limit, int64_t offset) {
  auto sf = api::ScopeSql(scope, "t.region_path", "t.enterprise_id");
  std::string where = " WHERE " + sf.sql;
  auto params = sf.params;
  if (f.store_id) {
    where += " AND t.store_id = ?";
    params.push_back(*f.store_id);
  }
  if (!f.status.empty()) {
    where += " AND (SELECT ev.kind FROM stocktake_events ev WHERE ev.stocktake_id = t.id "
             "ORDER BY ev.id DESC LIMIT 1) = ?";
    params.push_back(f.status);
  }
  if (!f.from.empty()) {
    where += " AND t.counted_at >= ?";
    params.push_back(f.from);
  }
  if (!f.to.empty()) {
    where += " AND t.counted_at < ?";
    params.push_back(f.to + "T99");
  }
  auto count = conn.Query("SELECT COUNT(*) AS n FROM stocktakes t" + where, params);
  params.push_back(limit);
  params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + where + " ORDER BY t.id DESC LIMIT ? OFFSET ?",
                       params);
  std::vector<json::object> items;
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(SummaryJson(rs, i));
  return {std::move(items), count.Int(0, "n")};
}

std::optional<json::object> GetStocktake(storage::Connection& conn, const api::Scope& scope,
                                         int64_t id) {
  auto sf = api::ScopeSql(scope, "t.region_path", "t.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string(kSelect) + " WHERE t.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  auto o = SummaryJson(rs, 0);
  auto codes = conn.Query(
      "SELECT code, kind, product_id FROM stocktake_codes WHERE stocktake_id = ? ORDER BY code",
      {id});
  json::array missing, extra;
  // Each code's product id beside it, in the same order; `code_products` names every one of
  // them once (a code list can run to a million, names per code would multiply the answer).
  json::array missing_products, extra_products;
  std::map<std::string, std::pair<int64_t, int64_t>> per_product;
  for (size_t i = 0; i < codes.size(); ++i) {
    const bool is_missing = codes.Text(i, "kind") == "missing";
    (is_missing ? missing : extra).emplace_back(codes.Text(i, "code"));
    (is_missing ? missing_products : extra_products).emplace_back(codes.Text(i, "product_id"));
    auto& pp = per_product[codes.Text(i, "product_id")];
    (is_missing ? pp.first : pp.second) += 1;
  }
  json::array code_products;
  for (const auto& [pid, counts] : per_product) {
    auto p = ProductLabel(pid);
    p["missing"] = counts.first;
    p["extra"] = counts.second;
    code_products.push_back(std::move(p));
  }
  auto qs = conn.Query(
      "SELECT product_id, book_milli, counted_milli FROM stocktake_quantities "
      "WHERE stocktake_id = ? ORDER BY product_id",
      {id});
  json::array quantities, differences;
  for (size_t i = 0; i < qs.size(); ++i) {
    auto p = ProductLabel(qs.Text(i, "product_id"));
    const int64_t b = qs.Int(i, "book_milli"), c = qs.Int(i, "counted_milli");
    p["book"] = MilliJson(b);
    p["counted"] = MilliJson(c);
    p["difference"] = MilliJson(c - b);
    quantities.push_back(p);
    if (b != c) differences.push_back(std::move(p));
  }
  auto ev = conn.Query(
      "SELECT ev.id, ev.kind, ev.at, ev.voucher_ids, ev.note, ev.by_user_id, "
      "u.display_name AS by_name FROM stocktake_events ev JOIN users u ON u.id = ev.by_user_id "
      "WHERE ev.stocktake_id = ? ORDER BY ev.id",
      {id});
  json::array events;
  json::array voucher_ids;
  for (size_t i = 0; i < ev.size(); ++i) {
    auto ids = json::parse(ev.Text(i, "voucher_ids"));
    for (const auto& v : ids.as_array()) voucher_ids.push_back(v);
    events.push_back(json::object{{"id", ev.Int(i, "id")},
                                  {"kind", ev.Text(i, "kind")},
                                  {"at", ev.Text(i, "at")},
                                  {"by", json::object{{"id", ev.Int(i, "by_user_id")},
                                                      {"name", ev.Text(i, "by_name")}}},
                                  {"voucher_ids", std::move(ids)},
                                  {"note", ev.Text(i, "note")}});
  }
  auto incident = conn.Query("SELECT id FROM loss_incidents WHERE stocktake_id = ?", {id});
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
      incident.empty() ? json::value(nullptr) : json::value(incident.Int(0, "id"));
  return o;
}

namespace {

struct OpenStocktake {
  int64_t store_id = 0, enterprise_id = 0, counted_by = 0, book_voucher_id = 0;
  std::string number, status;
};

OpenStocktake LoadOpen(storage::Connection& conn, const ApprovalInput& in) {
  auto rs = conn.Query(
      "SELECT t.store_id, t.enterprise_id, t.counted_by_user_id, t.book_voucher_id, t.number, "
      "(SELECT ev.kind FROM stocktake_events ev WHERE ev.stocktake_id = t.id "
      " ORDER BY ev.id DESC LIMIT 1) AS status FROM stocktakes t WHERE t.id = ? "
      "AND t.enterprise_id = ?",
      {in.stocktake_id, in.enterprise_id});
  if (rs.empty()) throw ApiException{Error::NotFound("stocktake")};
  OpenStocktake t{rs.Int(0, "store_id"), rs.Int(0, "enterprise_id"),
                  rs.Int(0, "counted_by_user_id"), rs.Int(0, "book_voucher_id"),
                  rs.Text(0, "number"), rs.Text(0, "status")};
  if (t.status != "counted")
    throw ApiException{Error::Conflict("this stocktake has already been " + t.status,
                                       t.status == "approved" ? "该盘点已审批" : "该盘点已驳回")};
  if (t.counted_by == in.approver_id)
    throw ApiException{Error::Validation(
        {{"", "approver_same", "a stocktake is approved by someone other than the counter",
          "盘点须由盘点人以外的另一人审批"}})};
  return t;
}

}  // namespace

void ApproveStocktake(storage::Connection& conn, const ApprovalInput& in,
                      const audit::Actor& actor, notifications::PendingPushes& pushes) {
  const bool pg = conn.dialect() == storage::Dialect::kPostgres;
  // The enterprise's chain head first (as voucher::PostVoucher takes it), so no voucher of the store can
  // slip in between the check below and the adjustments.
  conn.Exec(
      "INSERT INTO ledger_heads (enterprise_id, last_voucher_id, last_hash) VALUES (?, 0, ?) "
      "ON CONFLICT (enterprise_id) DO NOTHING",
      {in.enterprise_id, domain::GenesisHash()});
  conn.Query(std::string("SELECT last_voucher_id FROM ledger_heads WHERE enterprise_id = ?") +
                 (pg ? " FOR UPDATE" : ""),
             {in.enterprise_id});
  OpenStocktake t = LoadOpen(conn, in);
  if (voucher::MagazineHead(conn, t.store_id) != t.book_voucher_id)
    throw ApiException{Error::Conflict(
        "vouchers were posted to this store after the count; count again",
        "盘点后该库房又有出入库，请重新盘点")};

  // Missing codes out (盘亏), extra codes in (盘盈), grouped by product; quantity differences of
  // uncoded products likewise.
  std::map<std::string, std::vector<std::string>> missing, extra;
  std::vector<std::pair<std::string, std::string>> lost;  // code, product
  auto codes = conn.Query(
      "SELECT code, kind, product_id FROM stocktake_codes WHERE stocktake_id = ? ORDER BY code",
      {in.stocktake_id});
  std::vector<FieldError> errors;
  for (size_t i = 0; i < codes.size(); ++i) {
    std::string product = codes.Text(i, "product_id");
    const std::string code = codes.Text(i, "code");
    if (codes.Text(i, "kind") == "missing") {
      missing[product].push_back(code);
      lost.emplace_back(code, product);
      continue;
    }
    if (product.empty()) product = in.extra_product_id;
    if (product.empty()) {
      if (errors.empty())
        errors.push_back({"extra_product_id", "extra_product_required",
                          "extra code " + code + " was never booked: name its product",
                          "盘盈编码 " + code + " 从未登记过，请指定其产品"});
      continue;
    }
    extra[product].push_back(code);
  }
  if (!in.extra_product_id.empty()) {
    const catalogue::Product* p = catalogue::InForce().Find(in.extra_product_id);
    if (!p || !p->coded)
      errors.push_back({"extra_product_id", "product_unknown", "not a coded product of the catalogue",
                        "不是产品目录中的编码产品"});
  }
  if (!errors.empty()) throw ApiException{Error::Validation(std::move(errors))};
  std::map<std::string, int64_t> loss_quantities, gain_quantities;
  auto qs = conn.Query(
      "SELECT product_id, book_milli, counted_milli FROM stocktake_quantities "
      "WHERE stocktake_id = ? AND book_milli <> counted_milli",
      {in.stocktake_id});
  for (size_t i = 0; i < qs.size(); ++i) {
    const int64_t d = qs.Int(i, "counted_milli") - qs.Int(i, "book_milli");
    (d < 0 ? loss_quantities : gain_quantities)[qs.Text(i, "product_id")] = d < 0 ? -d : d;
  }

  auto post = [&](voucher::Direction dir, voucher::Reason reason,
                  const std::map<std::string, std::vector<std::string>>& coded,
                  const std::map<std::string, int64_t>& uncoded) -> std::optional<int64_t> {
    voucher::PostInput p;
    p.voucher.direction = dir;
    p.voucher.reason = reason;
    p.voucher.magazine_id = t.store_id;
    for (const auto& [product, list] : coded) {
      voucher::VoucherLine l;
      l.product = product;
      l.codes = list;
      l.quantity_milli = catalogue::Milli(static_cast<int64_t>(list.size()));
      l.batch = t.number;
      p.voucher.lines.push_back(std::move(l));
    }
    for (const auto& [product, q] : uncoded) {
      voucher::VoucherLine l;
      l.product = product;
      l.quantity_milli = q;
      l.batch = t.number;
      p.voucher.lines.push_back(std::move(l));
    }
    if (p.voucher.lines.empty()) return std::nullopt;
    p.enterprise_id = t.enterprise_id;
    p.storekeeper_id = t.counted_by;
    p.second_person_id = in.approver_id;
    p.posted_at = in.at;
    return voucher::PostVoucher(conn, p, actor, storage::NowUnix());
  };
  json::array voucher_ids;
  if (auto id = post(voucher::Direction::kOut, voucher::Reason::kStocktakeLoss, missing, loss_quantities))
    voucher_ids.push_back(*id);
  if (auto id = post(voucher::Direction::kIn, voucher::Reason::kStocktakeGain, extra, gain_quantities))
    voucher_ids.push_back(*id);

  const std::string now = in.at.empty() ? storage::NowIso() : in.at;
  conn.Exec(
      "INSERT INTO stocktake_events (stocktake_id, kind, by_user_id, at, voucher_ids, note) "
      "VALUES (?, 'approved', ?, ?, ?, ?)",
      {in.stocktake_id, in.approver_id, now, json::serialize(voucher_ids), in.note});
  std::optional<int64_t> incident;
  if (!lost.empty()) {
    LossInput loss;
    loss.enterprise_id = t.enterprise_id;
    loss.store_id = t.store_id;
    loss.stocktake_id = in.stocktake_id;
    loss.source = "stocktake";
    loss.description = "盘点 " + t.number + " 发现 " + std::to_string(lost.size()) + " 发雷管缺失";
    loss.codes = lost;
    loss.user_id = in.approver_id;
    loss.discovered_at = in.at;
    loss.opened_at = in.at;
    incident = OpenLossIncident(conn, loss, actor, pushes);
  }
  audit::Append(conn, actor, "approve", "stocktake", std::to_string(in.stocktake_id), nullptr,
                json::object{{"number", t.number},
                             {"voucher_ids", voucher_ids},
                             {"loss_incident_id",
                              incident ? json::value(*incident) : json::value(nullptr)},
                             {"note", in.note}});
}

void RejectStocktake(storage::Connection& conn, const ApprovalInput& in,
                     const audit::Actor& actor) {
  OpenStocktake t = LoadOpen(conn, in);
  conn.Exec(
      "INSERT INTO stocktake_events (stocktake_id, kind, by_user_id, at, note) "
      "VALUES (?, 'rejected', ?, ?, ?)",
      {in.stocktake_id, in.approver_id, in.at.empty() ? storage::NowIso() : in.at, in.note});
  audit::Append(conn, actor, "reject", "stocktake", std::to_string(in.stocktake_id), nullptr,
                json::object{{"number", t.number}, {"note", in.note}});
}

}  // namespace anjian::ledger
