#include "explosives/stocktake/stocktake_repository.hpp"

#include <algorithm>

#include "platform/storage/sql.hpp"

namespace anjian::stocktake {

using storage::Value;

namespace {

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

StocktakeRow RowAt(const storage::ResultSet& rs, size_t i) {
  StocktakeRow r;
  r.id = rs.Int(i, "id");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.store_id = rs.Int(i, "store_id");
  r.number = rs.Text(i, "number");
  r.method = rs.Text(i, "method");
  r.counted_by_user_id = rs.Int(i, "counted_by_user_id");
  r.counted_by_name = rs.Text(i, "counted_by_name");
  r.counted_at = rs.Text(i, "counted_at");
  r.book_voucher_id = rs.Int(i, "book_voucher_id");
  r.book_code_count = rs.Int(i, "book_code_count");
  r.counted_code_count = rs.Int(i, "counted_code_count");
  r.duplicate_scans = rs.Int(i, "duplicate_scans");
  r.missing_count = rs.Int(i, "missing_count");
  r.extra_count = rs.Int(i, "extra_count");
  r.quantity_difference_count = rs.Int(i, "quantity_difference_count");
  r.source_filename = rs.Text(i, "source_filename");
  r.source_blake2b = rs.Text(i, "source_blake2b");
  r.note = rs.Text(i, "note");
  r.store_name = rs.Text(i, "store_name");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.status = rs.Text(i, "status");
  return r;
}

struct Where {
  std::string sql;
  std::vector<Value> params;
};

Where WhereOf(const api::Scope& scope, const StocktakeFilter& f) {
  auto sf = api::ScopeSql(scope, "t.region_path", "t.enterprise_id");
  Where w{" WHERE " + sf.sql, sf.params};
  if (f.store_id) {
    w.sql += " AND t.store_id = ?";
    w.params.push_back(*f.store_id);
  }
  if (f.enterprise_id) {
    w.sql += " AND t.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  if (!f.status.empty()) {
    w.sql += " AND (SELECT ev.kind FROM stocktake_events ev WHERE ev.stocktake_id = t.id "
             "ORDER BY ev.id DESC LIMIT 1) = ?";
    w.params.push_back(f.status);
  }
  if (!f.from.empty()) {
    w.sql += " AND t.counted_at >= ?";
    w.params.push_back(f.from);
  }
  if (!f.to.empty()) {
    w.sql += " AND t.counted_at < ?";
    w.params.push_back(f.to + "T99");  // every time of that day sorts below
  }
  return w;
}

}  // namespace

std::map<std::string, std::string> CodeProducts(storage::Connection& conn,
                                                const std::vector<std::string>& codes) {
  std::map<std::string, std::string> out;
  constexpr size_t kChunk = 1000;
  auto chunks = [&](const std::vector<std::string>& list, const char* sql_head,
                    const char* sql_tail) {
    for (size_t start = 0; start < list.size(); start += kChunk) {
      const size_t end = std::min(list.size(), start + kChunk);
      std::vector<Value> params(list.begin() + static_cast<std::ptrdiff_t>(start),
                                list.begin() + static_cast<std::ptrdiff_t>(end));
      auto rs = conn.Query(std::string(sql_head) + storage::Placeholders(end - start) + sql_tail,
                           params);
      for (size_t i = 0; i < rs.size(); ++i) out[rs.Text(i, "code")] = rs.Text(i, "product_id");
    }
  };
  chunks(codes, "SELECT code, product_id FROM detonator_codes WHERE code IN (", ")");
  // Asked only for the codes not in stock anywhere; later movements overwrite earlier ones.
  std::vector<std::string> rest;
  for (const auto& c : codes)
    if (!out.count(c)) rest.push_back(c);
  chunks(rest,
         "SELECT m.code, l.product_id FROM code_movements m JOIN voucher_lines l "
         "ON l.voucher_id = m.voucher_id AND l.line_no = m.line_no WHERE m.code IN (",
         ") ORDER BY m.voucher_id");
  return out;
}

Quantities StockBalances(storage::Connection& conn, int64_t store_id) {
  Quantities out;
  auto rs = conn.Query("SELECT product_id, quantity_milli FROM stock_balances WHERE store_id = ?",
                       {store_id});
  for (size_t i = 0; i < rs.size(); ++i)
    out[rs.Text(i, "product_id")] = rs.Int(i, "quantity_milli");
  return out;
}

int64_t InsertStocktake(storage::Connection& conn, const NewStocktake& t) {
  auto rs = conn.Query(
      "INSERT INTO stocktakes (enterprise_id, region_path, store_id, number, method, "
      "counted_by_user_id, counted_at, book_voucher_id, book_code_count, counted_code_count, "
      "duplicate_scans, missing_count, extra_count, source_filename, source_blake2b, note) VALUES "
      "(?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {t.enterprise_id, t.region_path, t.store_id, t.method, t.counted_by_user_id, t.counted_at,
       t.book_voucher_id, t.book_code_count, t.counted_code_count, t.duplicate_scans,
       t.missing_count, t.extra_count, t.source_filename, t.source_blake2b, t.note});
  return rs.Int(0, "id");
}

void SetStocktakeNumber(storage::Connection& conn, int64_t id, const std::string& number) {
  conn.Exec("UPDATE stocktakes SET number = ? WHERE id = ?", {number, id});
}

void InsertStocktakeCodes(storage::Connection& conn, int64_t id,
                          const std::vector<std::string>& codes, const std::string& kind,
                          const std::map<std::string, std::string>& products) {
  constexpr size_t kChunk = 500;
  for (size_t start = 0; start < codes.size(); start += kChunk) {
    const size_t end = std::min(codes.size(), start + kChunk);
    std::string sql = "INSERT INTO stocktake_codes (stocktake_id, code, kind, product_id) VALUES ";
    std::vector<Value> params;
    for (size_t i = start; i < end; ++i) {
      sql += i == start ? "(?,?,?,?)" : ",(?,?,?,?)";
      auto p = products.find(codes[i]);
      params.insert(params.end(),
                    {id, codes[i], kind, p == products.end() ? std::string() : p->second});
    }
    conn.Exec(sql, params);
  }
}

void InsertStocktakeQuantity(storage::Connection& conn, int64_t id, const std::string& product_id,
                             int64_t book_milli, int64_t counted_milli) {
  conn.Exec(
      "INSERT INTO stocktake_quantities (stocktake_id, product_id, book_milli, counted_milli) "
      "VALUES (?, ?, ?, ?)",
      {id, product_id, book_milli, counted_milli});
}

void InsertStocktakeEvent(storage::Connection& conn, int64_t id, const std::string& kind,
                          int64_t by_user_id, const std::string& at,
                          const std::string& voucher_ids_json, const std::string& note) {
  conn.Exec(
      "INSERT INTO stocktake_events (stocktake_id, kind, by_user_id, at, voucher_ids, note) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {id, kind, by_user_id, at, voucher_ids_json, note});
}

int64_t CountStocktakes(storage::Connection& conn, const api::Scope& scope,
                        const StocktakeFilter& f) {
  auto w = WhereOf(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM stocktakes t" + w.sql, w.params).Int(0, "n");
}

std::vector<StocktakeRow> ListStocktakeRows(storage::Connection& conn, const api::Scope& scope,
                                            const StocktakeFilter& f, int64_t limit,
                                            int64_t offset) {
  auto w = WhereOf(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + w.sql + " ORDER BY t.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<StocktakeRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowAt(rs, i));
  return out;
}

std::optional<StocktakeRow> FindStocktake(storage::Connection& conn, const api::Scope& scope,
                                          int64_t id) {
  auto sf = api::ScopeSql(scope, "t.region_path", "t.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string(kSelect) + " WHERE t.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::vector<StocktakeCode> StocktakeCodes(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query(
      "SELECT code, kind, product_id FROM stocktake_codes WHERE stocktake_id = ? ORDER BY code",
      {id});
  std::vector<StocktakeCode> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "code"), rs.Text(i, "kind"), rs.Text(i, "product_id")});
  return out;
}

std::vector<StocktakeQuantity> StocktakeQuantities(storage::Connection& conn, int64_t id,
                                                   bool differences_only) {
  auto rs = conn.Query(
      std::string("SELECT product_id, book_milli, counted_milli FROM stocktake_quantities "
                  "WHERE stocktake_id = ?") +
          (differences_only ? " AND book_milli <> counted_milli" : "") + " ORDER BY product_id",
      {id});
  std::vector<StocktakeQuantity> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "product_id"), rs.Int(i, "book_milli"), rs.Int(i, "counted_milli")});
  return out;
}

std::vector<StocktakeEvent> StocktakeEvents(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query(
      "SELECT ev.id, ev.kind, ev.at, ev.voucher_ids, ev.note, ev.by_user_id, "
      "u.display_name AS by_name FROM stocktake_events ev JOIN users u ON u.id = ev.by_user_id "
      "WHERE ev.stocktake_id = ? ORDER BY ev.id",
      {id});
  std::vector<StocktakeEvent> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "kind"), rs.Text(i, "at"),
                   rs.Int(i, "by_user_id"), rs.Text(i, "by_name"), rs.Text(i, "voucher_ids"),
                   rs.Text(i, "note")});
  return out;
}

void LockLedgerHead(storage::Connection& conn, int64_t enterprise_id,
                    const std::string& genesis_hash) {
  conn.Exec(
      "INSERT INTO ledger_heads (enterprise_id, last_voucher_id, last_hash) VALUES (?, 0, ?) "
      "ON CONFLICT (enterprise_id) DO NOTHING",
      {enterprise_id, genesis_hash});
  conn.Query("SELECT last_voucher_id FROM ledger_heads WHERE enterprise_id = ?" +
                 storage::ForUpdate(conn),
             {enterprise_id});
}

std::map<int64_t, LastStocktake> LastStocktakeByStore(storage::Connection& conn,
                                                      const api::Scope& scope) {
  auto sf = api::ScopeSql(scope, "t.region_path", "t.enterprise_id");
  auto rs = conn.Query(
      "SELECT t.store_id, t.id, t.number, t.counted_at, t.missing_count, t.extra_count FROM "
      "stocktakes t WHERE " + sf.sql +
          " AND t.id = (SELECT MAX(t2.id) FROM stocktakes t2 WHERE t2.store_id = t.store_id)",
      sf.params);
  std::map<int64_t, LastStocktake> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out[rs.Int(i, "store_id")] = {rs.Int(i, "id"), rs.Text(i, "number"),
                                  rs.Text(i, "counted_at"), rs.Int(i, "missing_count"),
                                  rs.Int(i, "extra_count")};
  return out;
}

}  // namespace anjian::stocktake
