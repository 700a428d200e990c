#include "explosives/voucher/voucher_repository.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::voucher {

using storage::Value;

namespace {

// Where a code movement took the code from and to, from its voucher (alias `v`): the magazines
// are not stored per code (V016). An inbound voucher brings codes into its magazine, an outbound
// one takes them out of it, a transfer moves them from its magazine to the target; the
// movement's time is v.posted_at.
constexpr const char* kMovementFromSql =
    "(CASE WHEN v.direction = 'in' THEN NULL ELSE v.store_id END)";
constexpr const char* kMovementToSql =
    "(CASE v.direction WHEN 'out' THEN NULL WHEN 'in' THEN v.store_id ELSE v.target_store_id END)";

// Chunk sizes of IN lists on PostgreSQL (storage::TextIn): lookups read 500 codes a statement,
// moves write 200.
constexpr size_t kLookupChunk = 500;
constexpr size_t kMoveChunk = 200;

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

VoucherRecord RecordAt(const storage::ResultSet& rs, size_t i) {
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
  p.voucher.direction = ParseDirection(rs.Text(i, "direction")).value_or(Direction::kIn);
  p.voucher.reason = ParseReason(rs.Text(i, "reason")).value_or(Reason::kPurchase);
  p.voucher.reversal = rs.Int(i, "is_reversal") != 0;
  p.voucher.magazine_id = rs.Int(i, "store_id");
  p.voucher.target_magazine_id = rs.OptInt(i, "target_store_id");
  r.prev_hash = rs.Text(i, "prev_hash");
  r.hash = rs.Text(i, "hash");
  r.magazine_name = rs.Text(i, "store_name");
  r.target_magazine_name = rs.Text(i, "target_store_name");
  r.storekeeper_name = rs.Text(i, "storekeeper_name");
  r.second_person_name = rs.Text(i, "second_person_name");
  r.reversed_by = rs.OptInt(i, "reversed_by");
  return r;
}

void LoadLines(storage::Connection& conn, PostedVoucher& p) {
  auto lines = conn.Query(
      "SELECT line_no, product_id, quantity_milli, condition, batch FROM voucher_lines "
      "WHERE voucher_id = ? ORDER BY line_no",
      {p.id});
  std::map<int64_t, size_t> index;
  for (size_t i = 0; i < lines.size(); ++i) {
    VoucherLine l;
    l.product = lines.Text(i, "product_id");
    l.quantity_milli = lines.Int(i, "quantity_milli");
    l.condition = ParseCondition(lines.Text(i, "condition")).value_or(Condition::kNormal);
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
      VoucherLine orphan;
      orphan.product = "?";
      orphan.codes.push_back(codes.Text(i, "code"));
      p.voucher.lines.push_back(std::move(orphan));
      continue;
    }
    p.voucher.lines[it->second].codes.push_back(codes.Text(i, "code"));
  }
}

int64_t CountOf(storage::Connection& conn, const std::string& sql) {
  return conn.Query(sql).Int(0, "n");
}

}  // namespace

std::string LockLedgerHead(storage::Connection& conn, int64_t enterprise_id,
                           std::string_view genesis_hash) {
  conn.Exec(
      "INSERT INTO ledger_heads (enterprise_id, last_voucher_id, last_hash) VALUES (?, 0, ?) "
      "ON CONFLICT (enterprise_id) DO NOTHING",
      {enterprise_id, std::string(genesis_hash)});
  auto head = conn.Query(
      "SELECT last_voucher_id, last_hash FROM ledger_heads WHERE enterprise_id = ?" +
          storage::ForUpdate(conn),
      {enterprise_id});
  return head.Text(0, "last_hash");
}

CodeLocations LookupCodes(storage::Connection& conn, const std::vector<std::string_view>& codes) {
  CodeLocations out(codes.size());
  std::unordered_map<std::string, int64_t> found;
  for (const auto& chunk : storage::TextIn(conn, "code", codes, kLookupChunk)) {
    auto rs = conn.Query("SELECT code, store_id FROM detonator_codes WHERE " + chunk.sql,
                         chunk.params);
    for (size_t r = 0; r < rs.size(); ++r) found[rs.Text(r, "code")] = rs.Int(r, "store_id");
  }
  for (size_t i = 0; i < codes.size(); ++i) {
    auto it = found.find(std::string(codes[i]));
    if (it != found.end()) out[i] = it->second;
  }
  return out;
}

int64_t InsertVoucher(storage::Connection& conn, const VoucherInsert& in) {
  const Voucher& v = *in.voucher;
  auto ins = conn.Query(
      "INSERT INTO vouchers (enterprise_id, region_path, store_id, target_store_id, direction, "
      "reason, is_reversal, number, reverses_voucher_id, storekeeper_user_id, "
      "second_person_user_id, posted_at, prev_hash, hash) VALUES "
      "(?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, '') RETURNING id",
      {in.enterprise_id, in.region_path, v.magazine_id, storage::Nullable(v.target_magazine_id),
       std::string(DirectionValue(v.direction)), std::string(ReasonValue(v.reason)),
       int64_t{v.reversal ? 1 : 0}, storage::Nullable(in.reverses), in.storekeeper_id,
       in.second_person_id, in.posted_at, in.prev_hash});
  return ins.Int(0, "id");
}

void InsertLine(storage::Connection& conn, int64_t voucher_id, int64_t line_no,
                const VoucherLine& line) {
  conn.Exec(
      "INSERT INTO voucher_lines (voucher_id, line_no, product_id, quantity_milli, condition, "
      "batch) VALUES (?, ?, ?, ?, ?, ?)",
      {voucher_id, line_no, line.product, line.quantity_milli,
       std::string(ConditionValue(line.condition)), line.batch});
}

void InsertCounterparty(storage::Connection& conn, int64_t voucher_id, std::string_view role,
                        const Counterparty& c) {
  conn.Exec(
      "INSERT INTO voucher_counterparties (voucher_id, role, name, uscc, licence_no, "
      "transport_licence_no) VALUES (?, ?, ?, ?, ?, ?)",
      {voucher_id, std::string(role), c.name, c.uscc, c.licence_no, c.transport_licence_no});
}

void InsertInboundCodes(storage::Connection& conn, const Voucher& v, int64_t enterprise_id) {
  std::vector<std::pair<std::string_view, std::string_view>> all;  // code, product
  for (const auto& line : v.lines)
    for (const auto& c : line.codes) all.emplace_back(c, line.product);
  std::sort(all.begin(), all.end());
  // One statement per run of codes of one product, the runs in code order: one statement for
  // the usual voucher (one coded product, or products in separate code ranges).
  const std::string sql =
      "INSERT INTO detonator_codes (code, store_id, enterprise_id, product_id) "
      "SELECT t.value, CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TEXT) FROM " +
      storage::TextListRows(conn, "t");
  std::vector<std::string_view> run;
  for (size_t i = 0; i < all.size(); ++i) {
    run.push_back(all[i].first);
    if (i + 1 < all.size() && all[i + 1].second == all[i].second) continue;
    conn.Exec(sql, {v.magazine_id, enterprise_id, std::string(all[i].second),
                    storage::TextListParam(conn, run)});
    run.clear();
  }
}

bool MoveCodes(storage::Connection& conn, const Voucher& v, const VoucherLine& line,
               int64_t line_no, int64_t voucher_id) {
  const auto& codes = line.codes;
  if (codes.empty()) return true;
  if (v.direction != Direction::kIn) {  // inbound codes were inserted by InsertInboundCodes
    for (auto& chunk : storage::TextIn(conn, "code", codes, kMoveChunk)) {
      std::vector<Value> params;
      params.reserve(chunk.params.size() + 2);
      std::string sql;
      if (v.direction == Direction::kOut) {
        params.emplace_back(v.magazine_id);
        sql = "DELETE FROM detonator_codes WHERE store_id = ? AND ";
      } else {
        params.emplace_back(*v.target_magazine_id);
        params.emplace_back(v.magazine_id);
        sql = "UPDATE detonator_codes SET store_id = ? WHERE store_id = ? AND ";
      }
      for (auto& p : chunk.params) params.push_back(std::move(p));
      if (conn.Exec(sql + chunk.sql, params) != static_cast<int64_t>(chunk.items)) return false;
    }
  }
  conn.Exec("INSERT INTO code_movements (code, voucher_id, line_no) "
            "SELECT t.value, CAST(? AS BIGINT), CAST(? AS BIGINT) FROM " +
                storage::TextListRows(conn, "t"),
            {voucher_id, line_no, storage::TextListParam(conn, codes)});
  return true;
}

void SetNumberAndHash(storage::Connection& conn, int64_t voucher_id, const std::string& number,
                      const std::string& hash) {
  conn.Exec("UPDATE vouchers SET number = ?, hash = ? WHERE id = ?", {number, hash, voucher_id});
}

void AdvanceLedgerHead(storage::Connection& conn, int64_t enterprise_id, int64_t voucher_id,
                       const std::string& hash) {
  conn.Exec("UPDATE ledger_heads SET last_voucher_id = ?, last_hash = ? WHERE enterprise_id = ?",
            {voucher_id, hash, enterprise_id});
}

std::optional<VoucherRecord> LoadVoucher(storage::Connection& conn, const api::Scope& scope,
                                         int64_t id) {
  auto sf = api::ScopeSql(scope, "v.region_path", "v.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(VoucherSelect() + "WHERE v.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  auto r = RecordAt(rs, 0);
  LoadLines(conn, r.posted);
  auto cp = conn.Query(
      "SELECT role, name, uscc, licence_no, transport_licence_no FROM voucher_counterparties "
      "WHERE voucher_id = ?",
      {id});
  if (!cp.empty()) {
    r.counterparty_role = cp.Text(0, "role");
    r.posted.voucher.counterparty =
        Counterparty{cp.Text(0, "name"), cp.Text(0, "uscc"), cp.Text(0, "licence_no"),
                     cp.Text(0, "transport_licence_no")};
  }
  return r;
}

std::pair<std::vector<VoucherRecord>, int64_t> ListVouchers(storage::Connection& conn,
                                                            const api::Scope& scope,
                                                            const VoucherFilter& f, int64_t limit,
                                                            int64_t offset) {
  auto sf = api::ScopeSql(scope, "v.region_path", "v.enterprise_id");
  std::string where = " WHERE " + sf.sql;
  auto params = sf.params;
  if (f.magazine_id) {
    where += " AND (v.store_id = ? OR v.target_store_id = ?)";
    params.push_back(*f.magazine_id);
    params.push_back(*f.magazine_id);
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
  std::vector<VoucherRecord> items;
  items.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) {
    auto r = RecordAt(rs, i);
    r.line_count = rs.Int(i, "line_count");
    r.code_count = rs.Int(i, "code_count");
    items.push_back(std::move(r));
  }
  return {std::move(items), count.Int(0, "n")};
}

CodeMoves TraceCode(storage::Connection& conn, const api::Scope& scope, const std::string& code) {
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
      "SELECT m.voucher_id, " + std::string(kMovementFromSql) + " AS from_store_id, " +
      kMovementToSql + " AS to_store_id, v.posted_at AS at, v.number, v.direction, "
      "v.reason, v.is_reversal, v.enterprise_id, l.product_id, "
      "(SELECT e.name FROM enterprises e WHERE e.id = v.enterprise_id) AS enterprise_name, "
      "(SELECT fs.name FROM stores fs WHERE fs.id = " + kMovementFromSql + ") AS from_store_name, "
      "(SELECT ts.name FROM stores ts WHERE ts.id = " + kMovementToSql + ") AS to_store_name, "
      "cur.id AS current_id, cur.name AS current_name, "
      "cur.enterprise_id AS current_enterprise_id, cur.enterprise_name AS current_enterprise_name "
      "FROM m JOIN vouchers v ON v.id = m.voucher_id "
      "JOIN voucher_lines l ON l.voucher_id = m.voucher_id AND l.line_no = m.line_no "
      "LEFT JOIN cur ON 1 = 1 "
      "WHERE " + moves.sql + " ORDER BY m.voucher_id",
      params);
  CodeMoves out;
  out.history.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) {
    auto magazine = [&](const char* id_col, const char* name_col) -> std::optional<MagazineRef> {
      if (rs.IsNull(i, id_col)) return std::nullopt;
      return MagazineRef{rs.Int(i, id_col), rs.Text(i, name_col)};
    };
    CodeMove m;
    m.voucher_id = rs.Int(i, "voucher_id");
    m.voucher_number = rs.Text(i, "number");
    m.direction = rs.Text(i, "direction");
    m.reason = rs.Text(i, "reason");
    m.reversal = rs.Int(i, "is_reversal") != 0;
    m.product_id = rs.Text(i, "product_id");
    m.enterprise_id = rs.Int(i, "enterprise_id");
    m.enterprise_name = rs.Text(i, "enterprise_name");
    m.from = magazine("from_store_id", "from_store_name");
    m.to = magazine("to_store_id", "to_store_name");
    m.at = rs.Text(i, "at");
    out.history.push_back(std::move(m));
  }
  if (!rs.empty() && !rs.IsNull(0, "current_id"))
    out.current = CodeHolder{{rs.Int(0, "current_id"), rs.Text(0, "current_name")},
                             rs.Int(0, "current_enterprise_id"),
                             rs.Text(0, "current_enterprise_name")};
  return out;
}

std::vector<int64_t> LedgerEnterprises(storage::Connection& conn) {
  auto rs = conn.Query(
      "SELECT enterprise_id FROM ledger_heads UNION SELECT enterprise_id FROM vouchers "
      "ORDER BY enterprise_id");
  std::vector<int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "enterprise_id"));
  return out;
}

std::vector<int64_t> VoucherIdsOf(storage::Connection& conn, int64_t enterprise_id) {
  auto rs = conn.Query("SELECT id FROM vouchers WHERE enterprise_id = ? ORDER BY id",
                       {enterprise_id});
  std::vector<int64_t> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

std::optional<LedgerHead> LedgerHeadOf(storage::Connection& conn, int64_t enterprise_id) {
  auto rs = conn.Query(
      "SELECT last_voucher_id, last_hash FROM ledger_heads WHERE enterprise_id = ?",
      {enterprise_id});
  if (rs.empty()) return std::nullopt;
  return LedgerHead{rs.Int(0, "last_voucher_id"), rs.Text(0, "last_hash")};
}

std::vector<ProductSum> VoucherSums(storage::Connection& conn) {
  auto rs = conn.Query(
      "SELECT store_id, product_id, SUM(delta) AS total FROM ("
      " SELECT v.store_id AS store_id, l.product_id AS product_id,"
      "  CASE WHEN v.direction = 'in' THEN l.quantity_milli ELSE -l.quantity_milli END AS delta"
      "  FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id"
      " UNION ALL"
      " SELECT v.target_store_id, l.product_id, l.quantity_milli"
      "  FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id"
      "  WHERE v.direction = 'transfer'"
      ") x GROUP BY store_id, product_id");
  std::vector<ProductSum> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "store_id"), rs.Text(i, "product_id"), rs.Int(i, "total")});
  return out;
}

int64_t MisplacedCodes(storage::Connection& conn) {
  return CountOf(conn,
                 "SELECT COUNT(*) AS n FROM (SELECT m.code, " + std::string(kMovementToSql) +
                     " AS to_store_id FROM code_movements m JOIN vouchers v ON v.id = m.voucher_id "
                     "WHERE m.voucher_id = (SELECT MAX(m2.voucher_id) FROM code_movements m2 "
                     "WHERE m2.code = m.code)) AS last LEFT JOIN detonator_codes d ON d.code = "
                     "last.code WHERE (last.to_store_id IS NULL AND d.code IS NOT NULL) OR "
                     "(last.to_store_id IS NOT NULL AND (d.code IS NULL OR d.store_id <> "
                     "last.to_store_id))");
}

OrphanCounts CountOrphans(storage::Connection& conn) {
  // The per-code tables carry no foreign keys (one check per voucher, not per code): every row
  // must still name a voucher, and a magazine of the enterprise it says.
  auto rs = conn.Query(
      "SELECT (SELECT COUNT(*) FROM code_movements m WHERE NOT EXISTS "
      "(SELECT 1 FROM vouchers v WHERE v.id = m.voucher_id)) AS movements, "
      "(SELECT COUNT(*) FROM detonator_codes d WHERE NOT EXISTS (SELECT 1 FROM stores s "
      "WHERE s.id = d.store_id AND s.enterprise_id = d.enterprise_id)) AS codes");
  OrphanCounts out;
  out.movements = rs.Int(0, "movements");
  out.codes = rs.Int(0, "codes");
  out.unmoved_codes = CountOf(conn,
                              "SELECT COUNT(*) AS n FROM detonator_codes d "
                              "WHERE NOT EXISTS (SELECT 1 FROM code_movements m WHERE m.code = "
                              "d.code)");
  return out;
}

int64_t MagazineHead(storage::Connection& conn, int64_t magazine_id) {
  auto a = conn.Query("SELECT MAX(id) AS h FROM vouchers WHERE store_id = ?", {magazine_id});
  auto b = conn.Query("SELECT MAX(id) AS h FROM vouchers WHERE target_store_id = ?",
                      {magazine_id});
  return std::max(a.OptInt(0, "h").value_or(0), b.OptInt(0, "h").value_or(0));
}

std::string VoucherHash(storage::Connection& conn, int64_t voucher_id) {
  if (voucher_id == 0) return "";
  auto rs = conn.Query("SELECT hash FROM vouchers WHERE id = ?", {voucher_id});
  return rs.empty() ? "" : rs.Text(0, "hash");
}

std::vector<std::string> CodesPage(storage::Connection& conn, int64_t magazine_id,
                                   const std::string& after, int64_t limit) {
  auto rs = after.empty()
                ? conn.Query("SELECT code FROM detonator_codes WHERE store_id = ? "
                             "ORDER BY code LIMIT ?",
                             {magazine_id, limit})
                : conn.Query("SELECT code FROM detonator_codes WHERE store_id = ? "
                             "AND code > ? ORDER BY code LIMIT ?",
                             {magazine_id, after, limit});
  std::vector<std::string> out;
  out.reserve(rs.size());
  for (auto& row : rs.rows) out.push_back(std::move(std::get<std::string>(row[0])));
  return out;
}

std::vector<CodeShift> MovementsBetween(storage::Connection& conn, int64_t magazine_id,
                                        int64_t after_voucher, int64_t up_to_voucher) {
  auto rs = conn.Query(
      "SELECT m.code, " + std::string(kMovementFromSql) + " AS from_store_id, " +
          kMovementToSql + " AS to_store_id "
          "FROM code_movements m JOIN vouchers v ON v.id = m.voucher_id WHERE m.voucher_id IN "
          "(SELECT id FROM vouchers WHERE store_id = ? AND id > ? AND id <= ? "
          " UNION SELECT id FROM vouchers WHERE target_store_id = ? AND id > ? AND id <= ?) "
          "ORDER BY m.voucher_id",
      {magazine_id, after_voucher, up_to_voucher, magazine_id, after_voucher, up_to_voucher});
  std::vector<CodeShift> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "code"), rs.OptInt(i, "from_store_id"), rs.OptInt(i, "to_store_id")});
  return out;
}

}  // namespace anjian::voucher
