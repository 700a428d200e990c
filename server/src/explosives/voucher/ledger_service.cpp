#include "explosives/voucher/ledger_service.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <set>
#include <unordered_map>

#include "core/error.hpp"
#include "explosives/voucher/detonator_code_rules.hpp"
#include "explosives/voucher/ledger_chain_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "core/hash_chain.hpp"
#include "explosives/voucher/movement_sql.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/text_list.hpp"

namespace anjian::ledger {

namespace json = boost::json;
using storage::Value;

const ex::Catalogue& Catalogue() {
  static const ex::Catalogue kCatalogue = ex::DefaultCatalogue();
  return kCatalogue;
}

const ex::StorageRulesConfig& StorageRules() {
  static const ex::StorageRulesConfig kRules = ex::DefaultStorageRulesConfig();
  return kRules;
}

namespace {

json::value MilliJson(int64_t milli) {
  if (milli % ex::kMilliPerUnit == 0) return json::value(milli / ex::kMilliPerUnit);
  return json::value(static_cast<double>(milli) / ex::kMilliPerUnit);
}

json::value OptInt(const std::optional<int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

constexpr const char* kStoreColumns =
    "s.id, s.enterprise_id, e.name AS enterprise_name, s.region_path, s.name, s.kind, "
    "s.rated_net_mass_g, s.rated_pieces, s.product_limits_json, s.holds_non_normal, s.status, "
    "s.created_at";

StoreRow StoreFromRow(const storage::ResultSet& rs, size_t i) {
  StoreRow s;
  s.id = rs.Int(i, "id");
  s.enterprise_id = rs.Int(i, "enterprise_id");
  s.enterprise_name = rs.Text(i, "enterprise_name");
  s.region_path = rs.Text(i, "region_path");
  s.name = rs.Text(i, "name");
  s.kind = ex::ParseStoreKind(rs.Text(i, "kind")).value_or(ex::StoreKind::kMainMagazine);
  s.limits.net_mass_g = rs.OptInt(i, "rated_net_mass_g");
  s.limits.pieces = rs.OptInt(i, "rated_pieces");
  auto limits = json::parse(rs.Text(i, "product_limits_json"));
  for (const auto& kv : limits.as_object())
    s.limits.product_quantity_milli[std::string(kv.key())] = kv.value().as_int64();
  s.holds_non_normal = rs.Int(i, "holds_non_normal") != 0;
  s.status = rs.Text(i, "status");
  s.created_at = rs.Text(i, "created_at");
  return s;
}

std::string VoucherPrefix(const ex::Voucher& v) {
  if (v.reversal) return "CX";  // 冲销
  switch (v.direction) {
    case ex::Direction::kIn: return "RK";        // 入库
    case ex::Direction::kOut: return "CK";       // 出库
    case ex::Direction::kTransfer: return "YK";  // 移库
  }
  return "V";
}

std::string VoucherNumber(const ex::Voucher& v, const std::string& posted_at, int64_t id) {
  std::string date;
  for (char c : posted_at.substr(0, 10))
    if (c != '-') date += c;
  std::string n = std::to_string(id);
  if (n.size() < 6) n.insert(0, 6 - n.size(), '0');
  return VoucherPrefix(v) + date + "-" + n;
}

// A voucher's codes travel as one parameter (platform/storage/text_list.hpp): one statement per voucher
// line instead of one per 200 codes with 800 parameters. On PostgreSQL inserts only: lookups
// and moves keep their IN lists (see LookupCodes).
using storage::JsonTextArray;
using storage::PgTextArray;

bool IsPg(storage::Connection& conn) { return conn.dialect() == storage::Dialect::kPostgres; }

ex::CodeLocations LookupCodes(storage::Connection& conn,
                              const std::vector<std::string_view>& codes) {
  ex::CodeLocations out(codes.size());
  std::unordered_map<std::string, int64_t> found;
  if (!IsPg(conn)) {
    // One statement: json_each drives a primary-key probe per code.
    auto rs = conn.Query(
        "SELECT d.code, d.store_id FROM json_each(?) AS j JOIN detonator_codes d ON d.code = j.value",
        {JsonTextArray(codes)});
    for (size_t r = 0; r < rs.size(); ++r) found[rs.Text(r, "code")] = rs.Int(r, "store_id");
    for (size_t i = 0; i < codes.size(); ++i) {
      auto it = found.find(std::string(codes[i]));
      if (it != found.end()) out[i] = it->second;
    }
    return out;
  }
  // Not `code = ANY(?::text[])` on PostgreSQL: while the table is young its custom plan is a
  // sequential scan comparing every row with the whole array (0.5 s a voucher at 30,000 codes).
  constexpr size_t kChunk = 500;
  for (size_t start = 0; start < codes.size(); start += kChunk) {
    size_t end = std::min(codes.size(), start + kChunk);
    std::string sql = "SELECT code, store_id FROM detonator_codes WHERE code IN (";
    std::vector<Value> params;
    params.reserve(end - start);
    for (size_t i = start; i < end; ++i) {
      sql += i == start ? "?" : ",?";
      params.emplace_back(std::string(codes[i]));
    }
    sql += ")";
    auto rs = conn.Query(sql, params);
    for (size_t r = 0; r < rs.size(); ++r) found[rs.Text(r, "code")] = rs.Int(r, "store_id");
  }
  for (size_t i = 0; i < codes.size(); ++i) {
    auto it = found.find(std::string(codes[i]));
    if (it != found.end()) out[i] = it->second;
  }
  return out;
}

void SaveBalances(storage::Connection& conn, const ex::StoreState& state,
                  const std::set<std::string>& products) {
  for (const auto& p : products) {
    auto it = state.quantities.find(p);
    int64_t q = it == state.quantities.end() ? 0 : it->second;
    if (q == 0) {
      conn.Exec("DELETE FROM stock_balances WHERE store_id = ? AND product_id = ?", {state.id, p});
    } else {
      conn.Exec(
          "INSERT INTO stock_balances (store_id, product_id, quantity_milli) VALUES (?, ?, ?) "
          "ON CONFLICT (store_id, product_id) DO UPDATE SET quantity_milli = excluded.quantity_milli",
          {state.id, p, q});
    }
  }
  conn.Exec("UPDATE stores SET holds_non_normal = ?, updated_at = ? WHERE id = ?",
            {int64_t{state.holds_non_normal_goods ? 1 : 0}, storage::NowIso(), state.id});
}

// Inbound codes of the whole voucher into detonator_codes, in code order and in chunks. The
// primary key refuses a code already in stock, the backstop against a concurrent voucher of
// another enterprise (the chain head serialises one enterprise's posters); inserting in code
// order means two such vouchers wait for each other in one direction only, never deadlock.
void InsertInboundCodes(storage::Connection& conn, const ex::Voucher& v, int64_t ent) {
  std::vector<std::pair<std::string_view, std::string_view>> all;  // code, product
  for (const auto& line : v.lines)
    for (const auto& c : line.codes) all.emplace_back(c, line.product);
  std::sort(all.begin(), all.end());
  if (IsPg(conn) && !all.empty()) {
    std::vector<std::string_view> codes, products;
    for (const auto& [c, p] : all) {
      codes.push_back(c);
      products.push_back(p);
    }
    conn.Exec("INSERT INTO detonator_codes (code, store_id, enterprise_id, product_id) "
              "SELECT t.c, ?::bigint, ?::bigint, t.p FROM unnest(?::text[], ?::text[]) AS t(c, p)",
              {v.store_id, ent, PgTextArray(codes), PgTextArray(products)});
    return;
  }
  // SQLite: one statement per product, its codes in code order as one JSON array.
  std::map<std::string_view, std::vector<std::string_view>> by_product;
  for (const auto& [c, p] : all) by_product[p].push_back(c);
  for (const auto& [product, codes] : by_product)
    conn.Exec("INSERT INTO detonator_codes (code, store_id, enterprise_id, product_id) "
              "SELECT value, ?, ?, ? FROM json_each(?)",
              {v.store_id, ent, std::string(product), JsonTextArray(codes)});
}

ApiException CodesMovedMeanwhile() {
  return ApiException{Error::Conflict("codes of this voucher were moved by another voucher",
                                      "本单部分编码已被另一张单据处理")};
}

// SQLite: the line's codes as one JSON array; each statement handles all of them.
void MoveCodesSqlite(storage::Connection& conn, const ex::Voucher& v,
                     const std::vector<std::string>& codes, int64_t line_no, int64_t voucher_id) {
  if (codes.empty()) return;
  const Value list = JsonTextArray(codes);
  const auto n = static_cast<int64_t>(codes.size());
  int64_t changed = n;  // inbound: inserted beforehand by InsertInboundCodes
  if (v.direction == ex::Direction::kOut)
    changed = conn.Exec("DELETE FROM detonator_codes WHERE store_id = ? "
                        "AND code IN (SELECT value FROM json_each(?))",
                        {v.store_id, list});
  else if (v.direction == ex::Direction::kTransfer)
    changed = conn.Exec("UPDATE detonator_codes SET store_id = ? WHERE store_id = ? "
                        "AND code IN (SELECT value FROM json_each(?))",
                        {*v.target_store_id, v.store_id, list});
  if (changed != n) throw CodesMovedMeanwhile();
  conn.Exec("INSERT INTO code_movements (code, voucher_id, line_no) "
            "SELECT value, ?, ? FROM json_each(?)",
            {voucher_id, line_no, list});
}

// Books the codes of one line: outbound codes are deleted and transferred ones moved, each only
// if it is still in the sending store (inbound ones are already inserted); then one movement row
// per code. PostgreSQL moves them in chunks of an IN list (a young table's plan for an array is
// a sequential scan) and writes the movements from one array.
void MoveCodes(storage::Connection& conn, const ex::Voucher& v,
               const ex::VoucherLine& line, int64_t line_no, int64_t voucher_id) {
  const auto& codes = line.codes;
  if (!IsPg(conn)) {
    MoveCodesSqlite(conn, v, codes, line_no, voucher_id);
    return;
  }
  constexpr size_t kChunk = 200;
  for (size_t start = 0; start < codes.size(); start += kChunk) {
    const size_t end = std::min(codes.size(), start + kChunk);
    const int64_t n = static_cast<int64_t>(end - start);
    std::vector<Value> params;
    std::string sql;
    int64_t changed = 0;
    auto in_list = [&] {
      std::string list = " AND code IN (";
      for (size_t i = start; i < end; ++i) {
        list += i == start ? "?" : ",?";
        params.emplace_back(codes[i]);
      }
      return list + ")";
    };
    switch (v.direction) {
      case ex::Direction::kIn:
        changed = n;  // inserted beforehand by InsertInboundCodes
        break;
      case ex::Direction::kOut:
        params.emplace_back(v.store_id);
        sql = "DELETE FROM detonator_codes WHERE store_id = ?";
        sql += in_list();
        changed = conn.Exec(sql, params);
        break;
      case ex::Direction::kTransfer:
        params.emplace_back(*v.target_store_id);
        params.emplace_back(v.store_id);
        sql = "UPDATE detonator_codes SET store_id = ? WHERE store_id = ?";
        sql += in_list();
        changed = conn.Exec(sql, params);
        break;
    }
    if (changed != n) throw CodesMovedMeanwhile();
  }
  if (!codes.empty())
    conn.Exec("INSERT INTO code_movements (code, voucher_id, line_no) "
              "SELECT t.c, ?::bigint, ?::bigint FROM unnest(?::text[]) AS t(c)",
              {voucher_id, line_no, PgTextArray(codes)});
}

struct VoucherRecord {
  ex::PostedVoucher posted;
  std::string prev_hash, hash;
  std::string store_name, target_store_name, storekeeper_name, second_person_name;
  std::optional<int64_t> reversed_by;
};

constexpr const char* kVoucherSelectTemplate =
    "SELECT v.id, v.enterprise_id, v.store_id, v.target_store_id, v.direction, v.reason, "
    "v.is_reversal, v.number, v.reverses_voucher_id, v.storekeeper_user_id, "
    "v.second_person_user_id, v.posted_at, v.prev_hash, v.hash, s.name AS store_name, "
    "t.name AS target_store_name, u1.display_name AS storekeeper_name, "
    "u2.display_name AS second_person_name, "
    "(SELECT r.id FROM vouchers r WHERE r.reverses_voucher_id = v.id) AS reversed_by "
    "%EXTRA%FROM vouchers v JOIN stores s ON s.id = v.store_id "
    "LEFT JOIN stores t ON t.id = v.target_store_id "
    "JOIN users u1 ON u1.id = v.storekeeper_user_id "
    "JOIN users u2 ON u2.id = v.second_person_user_id ";

// The voucher columns, with `extra` columns (", expr AS name ") before FROM.
std::string VoucherSelect(const std::string& extra = "") {
  std::string sql = kVoucherSelectTemplate;
  sql.replace(sql.find("%EXTRA%"), 7, extra);
  return sql;
}

VoucherRecord RecordFromRow(const storage::ResultSet& rs, size_t i) {
  VoucherRecord r;
  auto& p = r.posted;
  p.id = rs.Int(i, "id");
  p.enterprise_id = rs.Int(i, "enterprise_id");
  p.number = rs.Text(i, "number");
  p.posted_at = rs.Text(i, "posted_at");
  p.storekeeper_id = rs.Int(i, "storekeeper_user_id");
  p.second_person_id = rs.Int(i, "second_person_user_id");
  p.reverses = rs.OptInt(i, "reverses_voucher_id");
  // Unknown values would make a voucher unreadable; they fall back to values that cannot
  // reproduce the stored hash, so verify names the voucher.
  p.voucher.direction = ex::ParseDirection(rs.Text(i, "direction")).value_or(ex::Direction::kIn);
  p.voucher.reason = ex::ParseReason(rs.Text(i, "reason")).value_or(ex::Reason::kPurchase);
  p.voucher.reversal = rs.Int(i, "is_reversal") != 0;
  p.voucher.store_id = rs.Int(i, "store_id");
  p.voucher.target_store_id = rs.OptInt(i, "target_store_id");
  r.prev_hash = rs.Text(i, "prev_hash");
  r.hash = rs.Text(i, "hash");
  r.store_name = rs.Text(i, "store_name");
  r.target_store_name = rs.Text(i, "target_store_name");
  r.storekeeper_name = rs.Text(i, "storekeeper_name");
  r.second_person_name = rs.Text(i, "second_person_name");
  r.reversed_by = rs.OptInt(i, "reversed_by");
  return r;
}

void LoadLines(storage::Connection& conn, ex::PostedVoucher& p) {
  auto lines = conn.Query(
      "SELECT line_no, product_id, quantity_milli, condition, batch FROM voucher_lines "
      "WHERE voucher_id = ? ORDER BY line_no",
      {p.id});
  std::map<int64_t, size_t> index;
  for (size_t i = 0; i < lines.size(); ++i) {
    ex::VoucherLine l;
    l.product = lines.Text(i, "product_id");
    l.quantity_milli = lines.Int(i, "quantity_milli");
    l.condition = ex::ParseCondition(lines.Text(i, "condition")).value_or(ex::Condition::kNormal);
    l.batch = lines.Text(i, "batch");
    index[lines.Int(i, "line_no")] = p.voucher.lines.size();
    p.voucher.lines.push_back(std::move(l));
  }
  auto codes = conn.Query(
      "SELECT line_no, code FROM code_movements WHERE voucher_id = ? ORDER BY line_no, code",
      {p.id});
  for (size_t i = 0; i < codes.size(); ++i) {
    auto it = index.find(codes.Int(i, "line_no"));
    if (it == index.end()) {
      // A code moved by a line that no longer exists: keep it visible to the hash check.
      ex::VoucherLine orphan;
      orphan.product = "?";
      orphan.codes.push_back(codes.Text(i, "code"));
      p.voucher.lines.push_back(std::move(orphan));
      continue;
    }
    p.voucher.lines[it->second].codes.push_back(codes.Text(i, "code"));
  }
}

std::optional<VoucherRecord> LoadRecord(storage::Connection& conn, const api::Scope& scope,
                                        int64_t id) {
  auto sf = api::ScopeSql(scope, "v.region_path", "v.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(VoucherSelect() + "WHERE v.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  auto r = RecordFromRow(rs, 0);
  LoadLines(conn, r.posted);
  return r;
}

json::object VoucherSummaryJson(const VoucherRecord& r) {
  const auto& v = r.posted.voucher;
  return json::object{
      {"id", r.posted.id},
      {"number", r.posted.number},
      {"enterprise_id", r.posted.enterprise_id},
      {"store_id", v.store_id},
      {"store_name", r.store_name},
      {"target_store_id", OptInt(v.target_store_id)},
      {"target_store_name",
       v.target_store_id ? json::value(r.target_store_name) : json::value(nullptr)},
      {"direction", ex::DirectionValue(v.direction)},
      {"reason", ex::ReasonValue(v.reason)},
      {"reason_label_zh", ex::ReasonLabelZh(v.reason)},
      {"reversal", v.reversal},
      {"reverses_voucher_id", OptInt(r.posted.reverses)},
      {"reversed_by_voucher_id", OptInt(r.reversed_by)},
      {"storekeeper", json::object{{"id", r.posted.storekeeper_id},
                                   {"display_name", r.storekeeper_name}}},
      {"second_person", json::object{{"id", r.posted.second_person_id},
                                     {"display_name", r.second_person_name}}},
      {"posted_at", r.posted.posted_at},
      {"hash", r.hash}};
}

}  // namespace

std::optional<StoreRow> FindStore(storage::Connection& conn, const api::Scope& scope, int64_t id,
                                  bool lock) {
  auto sf = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  bool pg = conn.dialect() == storage::Dialect::kPostgres;
  auto rs = conn.Query(std::string("SELECT ") + kStoreColumns +
                           " FROM stores s JOIN enterprises e ON e.id = s.enterprise_id "
                           "WHERE s.id = ? AND " +
                           sf.sql + (lock && pg ? " FOR UPDATE OF s" : ""),
                       params);
  if (rs.empty()) return std::nullopt;
  return StoreFromRow(rs, 0);
}

std::vector<StoreRow> ListStores(storage::Connection& conn, const api::Scope& scope,
                                 std::optional<int64_t> enterprise_id) {
  auto sf = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  auto params = sf.params;
  std::string where = " WHERE " + sf.sql;
  if (enterprise_id) {
    where += " AND s.enterprise_id = ?";
    params.push_back(*enterprise_id);
  }
  auto rs = conn.Query(std::string("SELECT ") + kStoreColumns +
                           " FROM stores s JOIN enterprises e ON e.id = s.enterprise_id" + where +
                           " ORDER BY s.region_path, s.enterprise_id, s.id",
                       params);
  std::vector<StoreRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(StoreFromRow(rs, i));
  return out;
}

namespace {

ex::StoreState EmptyState(const StoreRow& store) {
  ex::StoreState st;
  st.id = store.id;
  st.kind = store.kind;
  st.limits = store.limits;
  st.holds_non_normal_goods = store.holds_non_normal;
  return st;
}

void AddBalance(ex::StoreState& st, const std::string& product, int64_t q) {
  if (q == 0) return;
  st.quantities[product] = q;
  if (const ex::Product* p = Catalogue().Find(product)) {
    st.net_mass_g += ex::NetMassGrams(*p, q);
    if (ex::CountsAsPieces(*p)) st.pieces += q / ex::kMilliPerUnit;
  }
}

}  // namespace

ex::StoreState LoadStoreState(storage::Connection& conn, const StoreRow& store) {
  ex::StoreState st = EmptyState(store);
  auto rs = conn.Query(
      "SELECT product_id, quantity_milli FROM stock_balances WHERE store_id = ? ORDER BY product_id",
      {store.id});
  for (size_t i = 0; i < rs.size(); ++i)
    AddBalance(st, rs.Text(i, "product_id"), rs.Int(i, "quantity_milli"));
  return st;
}

namespace {

std::optional<double> UsePercent(int64_t now, const std::optional<int64_t>& rated) {
  if (!rated || *rated <= 0) return std::nullopt;
  return static_cast<double>(now) * 100.0 / static_cast<double>(*rated);
}

json::object StoreJsonFromState(const StoreRow& s, const ex::StoreState& st) {
  json::object limits;
  for (const auto& [p, q] : s.limits.product_quantity_milli) limits[p] = MilliJson(q);
  auto mass_use = UsePercent(st.net_mass_g, s.limits.net_mass_g);
  auto pieces_use = UsePercent(st.pieces, s.limits.pieces);
  std::optional<double> use = mass_use;
  if (pieces_use && (!use || *pieces_use > *use)) use = pieces_use;
  return json::object{
      {"id", s.id},
      {"enterprise_id", s.enterprise_id},
      {"enterprise_name", s.enterprise_name},
      {"name", s.name},
      {"kind", ex::StoreKindValue(s.kind)},
      {"kind_label_zh", ex::StoreKindLabelZh(s.kind)},
      {"kind_label_en", ex::StoreKindLabelEn(s.kind)},
      {"rated_net_mass_kg",
       s.limits.net_mass_g ? MilliJson(*s.limits.net_mass_g) : json::value(nullptr)},
      {"rated_pieces", OptInt(s.limits.pieces)},
      {"product_limits", std::move(limits)},
      {"status", s.status},
      {"holds_non_normal_goods", s.holds_non_normal},
      {"net_mass_kg", MilliJson(st.net_mass_g)},
      {"pieces", st.pieces},
      {"capacity_use_percent", use ? json::value(*use) : json::value(nullptr)},
      {"created_at", s.created_at}};
}

}  // namespace

json::object StoreJson(storage::Connection& conn, const StoreRow& store) {
  return StoreJsonFromState(store, LoadStoreState(conn, store));
}

json::array ListStoresJson(storage::Connection& conn, const api::Scope& scope,
                           std::optional<int64_t> enterprise_id) {
  auto stores = ListStores(conn, scope, enterprise_id);
  // Every balance of the listed stores in one scoped query, not one query per store.
  auto sf = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  auto params = sf.params;
  std::string where = " WHERE " + sf.sql;
  if (enterprise_id) {
    where += " AND s.enterprise_id = ?";
    params.push_back(*enterprise_id);
  }
  auto rs = conn.Query(
      "SELECT b.store_id, b.product_id, b.quantity_milli FROM stock_balances b "
      "JOIN stores s ON s.id = b.store_id" + where,
      params);
  std::map<int64_t, ex::StoreState> states;
  for (const auto& s : stores) states.emplace(s.id, EmptyState(s));
  for (size_t i = 0; i < rs.size(); ++i) {
    auto it = states.find(rs.Int(i, "store_id"));
    if (it != states.end()) AddBalance(it->second, rs.Text(i, "product_id"), rs.Int(i, "quantity_milli"));
  }
  json::array items;
  items.reserve(stores.size());
  for (const auto& s : stores) items.push_back(StoreJsonFromState(s, states.at(s.id)));
  return items;
}

json::object StockJson(storage::Connection& conn, const StoreRow& store) {
  auto st = LoadStoreState(conn, store);
  auto o = StoreJsonFromState(store, st);
  std::map<std::string, int64_t> code_counts;
  auto rs = conn.Query(
      "SELECT product_id, COUNT(*) AS n FROM detonator_codes WHERE store_id = ? GROUP BY product_id",
      {store.id});
  for (size_t i = 0; i < rs.size(); ++i) code_counts[rs.Text(i, "product_id")] = rs.Int(i, "n");
  json::array items;
  for (const auto& [pid, q] : st.quantities) {
    const ex::Product* p = Catalogue().Find(pid);
    json::object item{{"product_id", pid},
                      {"label_zh", p ? p->label_zh : pid},
                      {"label_en", p ? p->label_en : pid},
                      {"unit", p ? json::value(ex::UnitValue(p->unit)) : json::value(nullptr)},
                      {"quantity", MilliJson(q)},
                      {"net_mass_kg", p ? MilliJson(ex::NetMassGrams(*p, q)) : json::value(0)},
                      {"code_count", code_counts.count(pid) ? code_counts[pid] : 0}};
    auto lim = store.limits.product_quantity_milli.find(pid);
    if (lim != store.limits.product_quantity_milli.end()) {
      item["limit"] = MilliJson(lim->second);
      auto use = UsePercent(q, lim->second);
      item["limit_use_percent"] = use ? json::value(*use) : json::value(nullptr);
    }
    items.push_back(std::move(item));
  }
  o["items"] = std::move(items);
  int64_t total_codes = 0;
  for (const auto& [_, n] : code_counts) total_codes += n;
  o["code_count"] = total_codes;
  return o;
}

int64_t InsertStore(storage::Connection& conn, int64_t enterprise_id, const StoreInput& in) {
  auto ent = conn.Query("SELECT region_path FROM enterprises WHERE id = ?", {enterprise_id});
  if (ent.empty()) throw ApiException{Error::NotFound("enterprise")};
  auto taken = conn.Query("SELECT id FROM stores WHERE enterprise_id = ? AND name = ?",
                          {enterprise_id, in.name});
  if (!taken.empty())
    throw ApiException{Error::Validation({{"name", "store_name_duplicate",
                                           "the enterprise already has a store of this name",
                                           "本企业已有同名库房"}})};
  json::object limits;
  for (const auto& [p, q] : in.limits.product_quantity_milli) limits[p] = q;
  std::string now = storage::NowIso();
  auto rs = conn.Query(
      "INSERT INTO stores (enterprise_id, region_path, name, kind, rated_net_mass_g, rated_pieces, "
      "product_limits_json, holds_non_normal, status, created_at, updated_at) VALUES "
      "(?, ?, ?, ?, ?, ?, ?, 0, 'active', ?, ?) RETURNING id",
      {enterprise_id, ent.Text(0, "region_path"), in.name,
       std::string(ex::StoreKindValue(in.kind)), storage::Nullable(in.limits.net_mass_g),
       storage::Nullable(in.limits.pieces), json::serialize(limits), now, now});
  return rs.Int(0, "id");
}

int64_t PostVoucher(storage::Connection& conn, const PostInput& in, const audit::Actor& actor) {
  const bool pg = conn.dialect() == storage::Dialect::kPostgres;
  const int64_t ent = in.enterprise_id;
  ex::Voucher v = in.voucher;
  // 1. The enterprise's chain head serialises its posters (PostgreSQL row lock; SQLite's
  //    BEGIN IMMEDIATE already holds the database write lock).
  conn.Exec(
      "INSERT INTO ledger_heads (enterprise_id, last_voucher_id, last_hash) VALUES (?, 0, ?) "
      "ON CONFLICT (enterprise_id) DO NOTHING",
      {ent, domain::GenesisHash()});
  auto head = conn.Query(std::string("SELECT last_voucher_id, last_hash FROM ledger_heads "
                                     "WHERE enterprise_id = ?") +
                             (pg ? " FOR UPDATE" : ""),
                         {ent});
  std::string prev_hash = head.Text(0, "last_hash");

  // 2. The stores, locked in id order.
  api::Scope own{api::Scope::Kind::kEnterprise, "", ent};
  std::vector<int64_t> ids{v.store_id};
  if (v.target_store_id) ids.push_back(*v.target_store_id);
  std::sort(ids.begin(), ids.end());
  std::map<int64_t, StoreRow> rows;
  for (int64_t id : ids)
    if (auto s = FindStore(conn, own, id, true)) rows.emplace(id, std::move(*s));
  if (!rows.count(v.store_id)) throw ApiException{Error::NotFound("store")};
  if (v.target_store_id && !rows.count(*v.target_store_id))
    throw ApiException{Error::Validation(
        {{"target_store_id", "target_store_unknown", "no such store in your enterprise",
          "本企业没有该接收库房"}})};
  ex::StoreState state = LoadStoreState(conn, rows.at(v.store_id));
  std::optional<ex::StoreState> target;
  if (v.target_store_id && *v.target_store_id != v.store_id)
    target = LoadStoreState(conn, rows.at(*v.target_store_id));
  else if (v.target_store_id)
    target = state;

  // 3. The rules, against the locked books.
  auto errors = ex::CheckVoucher(
      v, state, target ? &*target : nullptr, Catalogue(), StorageRules(),
      [&](const std::vector<std::string_view>& codes) { return LookupCodes(conn, codes); });
  if (!errors.empty()) throw ApiException{Error::Validation(std::move(errors))};

  // 4. Book it.
  std::string posted_at = in.posted_at.empty() ? storage::NowIso() : in.posted_at;
  auto ins = conn.Query(
      "INSERT INTO vouchers (enterprise_id, region_path, store_id, target_store_id, direction, "
      "reason, is_reversal, number, reverses_voucher_id, storekeeper_user_id, "
      "second_person_user_id, posted_at, prev_hash, hash) VALUES "
      "(?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, '') RETURNING id",
      {ent, rows.at(v.store_id).region_path, v.store_id, storage::Nullable(v.target_store_id),
       std::string(ex::DirectionValue(v.direction)), std::string(ex::ReasonValue(v.reason)),
       int64_t{v.reversal ? 1 : 0}, storage::Nullable(in.reverses), in.storekeeper_id,
       in.second_person_id, posted_at, prev_hash});
  const int64_t id = ins.Int(0, "id");
  std::set<std::string> products;
  int64_t code_total = 0;
  json::array line_summary;
  if (v.direction == ex::Direction::kIn) InsertInboundCodes(conn, v, ent);
  for (size_t i = 0; i < v.lines.size(); ++i) {
    const auto& line = v.lines[i];
    const int64_t line_no = static_cast<int64_t>(i + 1);
    products.insert(line.product);
    conn.Exec(
        "INSERT INTO voucher_lines (voucher_id, line_no, product_id, quantity_milli, condition, "
        "batch) VALUES (?, ?, ?, ?, ?, ?)",
        {id, line_no, line.product, line.quantity_milli,
         std::string(ex::ConditionValue(line.condition)), line.batch});
    MoveCodes(conn, v, line, line_no, id);
    code_total += static_cast<int64_t>(line.codes.size());
    line_summary.push_back(json::object{{"product_id", line.product},
                                        {"quantity_milli", line.quantity_milli},
                                        {"condition", ex::ConditionValue(line.condition)},
                                        {"batch", line.batch},
                                        {"code_count", line.codes.size()}});
  }

  // 5. Balances, as the domain computes them after the voucher.
  ex::ApplyVoucher(v, state, target ? &*target : nullptr, Catalogue());
  SaveBalances(conn, state, products);
  if (target && target->id != state.id) SaveBalances(conn, *target, products);

  // 6. The chain.
  ex::PostedVoucher posted{id,  ent, VoucherNumber(v, posted_at, id), posted_at,
                           in.storekeeper_id, in.second_person_id, in.reverses, v};
  std::string text = ex::CanonicalVoucherText(posted);
  std::string hash = domain::ChainHash(prev_hash, text);
  conn.Exec("UPDATE vouchers SET number = ?, hash = ? WHERE id = ?", {posted.number, hash, id});
  conn.Exec("UPDATE ledger_heads SET last_voucher_id = ?, last_hash = ? WHERE enterprise_id = ?",
            {id, hash, ent});

  audit::Append(conn, actor, v.reversal ? "reverse" : "post", "voucher", std::to_string(id),
                nullptr,
                json::object{{"number", posted.number},
                             {"store_id", v.store_id},
                             {"target_store_id", OptInt(v.target_store_id)},
                             {"direction", ex::DirectionValue(v.direction)},
                             {"reason", ex::ReasonValue(v.reason)},
                             {"reverses_voucher_id", OptInt(in.reverses)},
                             {"storekeeper_id", in.storekeeper_id},
                             {"second_person_id", in.second_person_id},
                             {"code_count", code_total},
                             {"lines", std::move(line_summary)},
                             {"hash", hash}});
  return id;
}

std::optional<ex::PostedVoucher> LoadPostedVoucher(storage::Connection& conn,
                                                   const api::Scope& scope, int64_t id) {
  auto r = LoadRecord(conn, scope, id);
  if (!r) return std::nullopt;
  return r->posted;
}

std::optional<json::object> GetVoucher(storage::Connection& conn, const api::Scope& scope,
                                       int64_t id, bool with_codes) {
  auto r = LoadRecord(conn, scope, id);
  if (!r) return std::nullopt;
  auto o = VoucherSummaryJson(*r);
  o["prev_hash"] = r->prev_hash;
  json::array lines;
  int64_t code_count = 0;
  for (size_t i = 0; i < r->posted.voucher.lines.size(); ++i) {
    const auto& l = r->posted.voucher.lines[i];
    const ex::Product* p = Catalogue().Find(l.product);
    json::array codes;
    if (with_codes)
      for (const auto& c : l.codes) codes.emplace_back(c);
    code_count += static_cast<int64_t>(l.codes.size());
    lines.push_back(json::object{
        {"line_no", static_cast<int64_t>(i + 1)},
        {"product_id", l.product},
        {"label_zh", p ? p->label_zh : l.product},
        {"unit", p ? json::value(ex::UnitValue(p->unit)) : json::value(nullptr)},
        {"quantity", MilliJson(l.quantity_milli)},
        {"condition", ex::ConditionValue(l.condition)},
        {"batch", l.batch},
        {"code_count", l.codes.size()},
        {"codes", std::move(codes)}});
  }
  o["lines"] = std::move(lines);
  o["code_count"] = code_count;
  return o;
}

std::pair<std::vector<json::object>, int64_t> ListVouchers(storage::Connection& conn,
                                                           const api::Scope& scope,
                                                           const VoucherFilter& f, int64_t limit,
                                                           int64_t offset) {
  auto sf = api::ScopeSql(scope, "v.region_path", "v.enterprise_id");
  std::string where = " WHERE " + sf.sql;
  auto params = sf.params;
  if (f.store_id) {
    where += " AND (v.store_id = ? OR v.target_store_id = ?)";
    params.push_back(*f.store_id);
    params.push_back(*f.store_id);
  }
  if (!f.direction.empty()) {
    where += " AND v.direction = ?";
    params.push_back(f.direction);
  }
  if (!f.reason.empty()) {
    where += " AND v.reason = ?";
    params.push_back(f.reason);
  }
  if (!f.from.empty()) {
    where += " AND v.posted_at >= ?";
    params.push_back(f.from);
  }
  if (!f.to.empty()) {
    where += " AND v.posted_at < ?";
    params.push_back(f.to + "T99");  // the whole last day
  }
  auto count = conn.Query("SELECT COUNT(*) AS n FROM vouchers v" + where, params);
  params.push_back(limit);
  params.push_back(offset);
  auto rs = conn.Query(
      VoucherSelect(", (SELECT COUNT(*) FROM voucher_lines l WHERE l.voucher_id = v.id) AS line_count"
                    ", (SELECT COUNT(*) FROM code_movements m WHERE m.voucher_id = v.id) AS code_count ") +
          where + " ORDER BY v.id DESC LIMIT ? OFFSET ?",
      params);
  std::vector<json::object> items;
  for (size_t i = 0; i < rs.size(); ++i) {
    auto o = VoucherSummaryJson(RecordFromRow(rs, i));
    o["line_count"] = rs.Int(i, "line_count");
    o["code_count"] = rs.Int(i, "code_count");
    items.push_back(std::move(o));
  }
  return {std::move(items), count.Int(0, "n")};
}

ex::Voucher ReversalOf(const ex::PostedVoucher& original) {
  ex::Voucher v = original.voucher;
  v.reversal = true;
  switch (original.voucher.direction) {
    case ex::Direction::kIn: v.direction = ex::Direction::kOut; break;
    case ex::Direction::kOut: v.direction = ex::Direction::kIn; break;
    case ex::Direction::kTransfer:
      v.direction = ex::Direction::kTransfer;
      v.store_id = *original.voucher.target_store_id;
      v.target_store_id = original.voucher.store_id;
      break;
  }
  return v;
}

CodeTrace TraceCode(storage::Connection& conn, const api::Scope& scope, const std::string& code) {
  // The region range is written on an expression, not the bare column: PostgreSQL's generic
  // plan otherwise reads every voucher of the regulator's region through ix_vouchers_path for
  // each trace (it estimates the range at 2 rows); this way it reaches the code's few vouchers
  // and stores by primary key and filters them.
  // Few relations to join, the rest as materialised CTEs and scalar subqueries: PostgreSQL
  // plans each of those alone. As one ten-table join its planning cost 1-4 ms, paid on every
  // trace while a connection's cached plan is still custom (its first executions, and again
  // after each ANALYZE); the code's movements come first whatever the statistics say.
  auto moves = api::ScopeSql(scope, "(v.region_path || '')", "v.enterprise_id");
  auto now = api::ScopeSql(scope, "(cs.region_path || '')", "cs.enterprise_id");
  std::vector<Value> params{Value(code), Value(code)};  // in the order of the placeholders
  params.insert(params.end(), now.params.begin(), now.params.end());
  params.insert(params.end(), moves.params.begin(), moves.params.end());
  auto rs = conn.Query(
      "WITH m AS MATERIALIZED (SELECT voucher_id, line_no FROM code_movements WHERE code = ?), "
      "cur AS MATERIALIZED (SELECT cs.id, cs.name, cs.enterprise_id, "
      "(SELECT ce.name FROM enterprises ce WHERE ce.id = cs.enterprise_id) AS enterprise_name "
      "FROM detonator_codes c JOIN stores cs ON cs.id = c.store_id "
      "WHERE c.code = ? AND " + now.sql + ") "
      "SELECT m.voucher_id, " + std::string(kMovementFromStoreSql) + " AS from_store_id, " +
      kMovementToStoreSql + " AS to_store_id, v.posted_at AS at, v.number, v.direction, "
      "v.reason, v.is_reversal, v.enterprise_id, l.product_id, "
      "(SELECT e.name FROM enterprises e WHERE e.id = v.enterprise_id) AS enterprise_name, "
      "(SELECT fs.name FROM stores fs WHERE fs.id = " + kMovementFromStoreSql + ") AS from_store_name, "
      "(SELECT ts.name FROM stores ts WHERE ts.id = " + kMovementToStoreSql + ") AS to_store_name, "
      "cur.id AS current_id, cur.name AS current_name, "
      "cur.enterprise_id AS current_enterprise_id, cur.enterprise_name AS current_enterprise_name "
      "FROM m JOIN vouchers v ON v.id = m.voucher_id "
      "JOIN voucher_lines l ON l.voucher_id = m.voucher_id AND l.line_no = m.line_no "
      "LEFT JOIN cur ON 1 = 1 "
      "WHERE " + moves.sql + " ORDER BY m.voucher_id",
      params);
  CodeTrace out;
  for (size_t i = 0; i < rs.size(); ++i) {
    auto store = [&](const char* id_col, const char* name_col) -> json::value {
      if (rs.IsNull(i, id_col)) return nullptr;
      return json::object{{"id", rs.Int(i, id_col)}, {"name", rs.Text(i, name_col)}};
    };
    out.history.push_back(json::object{{"voucher_id", rs.Int(i, "voucher_id")},
                                       {"voucher_number", rs.Text(i, "number")},
                                       {"direction", rs.Text(i, "direction")},
                                       {"reason", rs.Text(i, "reason")},
                                       {"reversal", rs.Int(i, "is_reversal") != 0},
                                       {"product_id", rs.Text(i, "product_id")},
                                       {"enterprise_id", rs.Int(i, "enterprise_id")},
                                       {"enterprise_name", rs.Text(i, "enterprise_name")},
                                       {"from_store", store("from_store_id", "from_store_name")},
                                       {"to_store", store("to_store_id", "to_store_name")},
                                       {"at", rs.Text(i, "at")}});
  }
  if (!rs.empty() && !rs.IsNull(0, "current_id"))
    out.current_store = json::object{{"id", rs.Int(0, "current_id")},
                                     {"name", rs.Text(0, "current_name")},
                                     {"enterprise_id", rs.Int(0, "current_enterprise_id")},
                                     {"enterprise_name", rs.Text(0, "current_enterprise_name")}};
  return out;
}

namespace {

// Stock equals the sum of the movements; codes are where their last movement put them.
void CheckBooks(storage::Connection& conn, std::vector<std::string>& errors) {
  constexpr size_t kMax = 20;
  auto sums = conn.Query(
      "SELECT store_id, product_id, SUM(delta) AS total FROM ("
      " SELECT v.store_id AS store_id, l.product_id AS product_id,"
      "  CASE WHEN v.direction = 'in' THEN l.quantity_milli ELSE -l.quantity_milli END AS delta"
      "  FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id"
      " UNION ALL"
      " SELECT v.target_store_id, l.product_id, l.quantity_milli"
      "  FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id"
      "  WHERE v.direction = 'transfer'"
      ") x GROUP BY store_id, product_id");
  std::map<std::pair<int64_t, std::string>, int64_t> expected;
  for (size_t i = 0; i < sums.size(); ++i)
    if (int64_t t = sums.Int(i, "total"); t != 0)
      expected[{sums.Int(i, "store_id"), sums.Text(i, "product_id")}] = t;
  auto balances = conn.Query("SELECT store_id, product_id, quantity_milli FROM stock_balances");
  std::map<std::pair<int64_t, std::string>, int64_t> booked;
  for (size_t i = 0; i < balances.size(); ++i)
    if (int64_t q = balances.Int(i, "quantity_milli"); q != 0)
      booked[{balances.Int(i, "store_id"), balances.Text(i, "product_id")}] = q;
  auto describe = [](const std::pair<int64_t, std::string>& k, int64_t vouchers, int64_t stock) {
    return "store " + std::to_string(k.first) + " product " + k.second + ": vouchers sum to " +
           ex::FormatMilli(vouchers) + ", stock balance says " + ex::FormatMilli(stock);
  };
  for (const auto& [k, q] : expected) {
    auto it = booked.find(k);
    int64_t b = it == booked.end() ? 0 : it->second;
    if (b != q && errors.size() < kMax) errors.push_back(describe(k, q, b));
  }
  for (const auto& [k, b] : booked)
    if (!expected.count(k) && errors.size() < kMax) errors.push_back(describe(k, 0, b));

  auto misplaced = conn.Query(
      "SELECT COUNT(*) AS n FROM (SELECT m.code, " + std::string(kMovementToStoreSql) +
      " AS to_store_id FROM code_movements m JOIN vouchers v ON v.id = m.voucher_id "
      "WHERE m.voucher_id = (SELECT MAX(m2.voucher_id) FROM code_movements m2 "
      "WHERE m2.code = m.code)) AS last LEFT JOIN detonator_codes d ON d.code = last.code "
      "WHERE (last.to_store_id IS NULL AND d.code IS NOT NULL) OR (last.to_store_id IS NOT NULL "
      "AND (d.code IS NULL OR d.store_id <> last.to_store_id))");
  if (int64_t n = misplaced.Int(0, "n"); n > 0)
    errors.push_back(std::to_string(n) + " codes are not where their last movement put them");
  // The per-code tables carry no foreign keys (one check per voucher, not per code): every row
  // must still name a voucher, and a store of the enterprise it says.
  auto orphans = conn.Query(
      "SELECT (SELECT COUNT(*) FROM code_movements m WHERE NOT EXISTS "
      "(SELECT 1 FROM vouchers v WHERE v.id = m.voucher_id)) AS movements, "
      "(SELECT COUNT(*) FROM detonator_codes d WHERE NOT EXISTS (SELECT 1 FROM stores s "
      "WHERE s.id = d.store_id AND s.enterprise_id = d.enterprise_id)) AS codes");
  if (int64_t n = orphans.Int(0, "movements"); n > 0)
    errors.push_back(std::to_string(n) + " code movements belong to no voucher");
  if (int64_t n = orphans.Int(0, "codes"); n > 0)
    errors.push_back(std::to_string(n) + " codes are in stock in a store that does not exist");
  auto unmoved = conn.Query(
      "SELECT COUNT(*) AS n FROM detonator_codes d "
      "WHERE NOT EXISTS (SELECT 1 FROM code_movements m WHERE m.code = d.code)");
  if (int64_t n = unmoved.Int(0, "n"); n > 0)
    errors.push_back(std::to_string(n) + " codes are in stock without any voucher bringing them in");
}

}  // namespace

VerifyResult VerifyLedger(storage::Connection& conn) {
  VerifyResult result;
  auto ents = conn.Query(
      "SELECT enterprise_id FROM ledger_heads UNION SELECT enterprise_id FROM vouchers "
      "ORDER BY enterprise_id");
  const api::Scope all = AllScope();
  for (size_t e = 0; e < ents.size(); ++e) {
    const int64_t ent = ents.Int(e, "enterprise_id");
    ++result.enterprises;
    auto ids = conn.Query("SELECT id FROM vouchers WHERE enterprise_id = ? ORDER BY id", {ent});
    std::vector<ex::ChainedVoucher> chain;
    chain.reserve(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) {
      auto r = LoadRecord(conn, all, ids.Int(i, "id"));
      if (!r) continue;
      chain.push_back({std::move(r->posted), std::move(r->prev_hash), std::move(r->hash)});
    }
    result.vouchers += static_cast<int64_t>(chain.size());
    if (auto bad = ex::FirstBrokenVoucher(chain, domain::GenesisHash())) {
      result.first_bad_voucher = *bad;
      result.enterprise_id = ent;
      result.reason = "voucher content or link does not match its hash";
      return result;
    }
    auto head = conn.Query(
        "SELECT last_voucher_id, last_hash FROM ledger_heads WHERE enterprise_id = ?", {ent});
    const int64_t last_id = chain.empty() ? 0 : chain.back().posted.id;
    const std::string last_hash = chain.empty() ? domain::GenesisHash() : chain.back().hash;
    if (head.empty() || head.Int(0, "last_voucher_id") != last_id ||
        head.Text(0, "last_hash") != last_hash) {
      result.first_bad_voucher = head.empty() ? last_id : head.Int(0, "last_voucher_id");
      result.enterprise_id = ent;
      result.reason = "chain head does not match the last voucher (vouchers deleted?)";
      return result;
    }
  }
  CheckBooks(conn, result.book_errors);
  return result;
}

}  // namespace anjian::ledger
