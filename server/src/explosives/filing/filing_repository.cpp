#include "explosives/filing/filing_repository.hpp"

#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"

namespace anjian::filing {

namespace {

// SQL over `vouchers v`: the vouchers the kind files.
std::string Condition(const FilingKind& kind) {
  if (kind.id == FilingKindId::kSale)
    return "v.direction = 'out' AND v.reason = 'sale' AND v.is_reversal = 0 "
           "AND NOT EXISTS (SELECT 1 FROM vouchers r WHERE r.reverses_voucher_id = v.id)";
  // Raw materials (ammonium nitrate and the others) are not civil explosives: buying them is not filed under
  // Art.24.
  std::string in;
  for (const auto& p : catalogue::InForce().products) {
    if (catalogue::IsRawMaterial(p.kind)) continue;
    in += (in.empty() ? "'" : ", '") + p.id + "'";
  }
  return "v.direction = 'in' AND v.reason = 'purchase' AND v.is_reversal = 0 "
         "AND NOT EXISTS (SELECT 1 FROM vouchers r WHERE r.reverses_voucher_id = v.id) "
         "AND EXISTS (SELECT 1 FROM voucher_lines l WHERE l.voucher_id = v.id AND l.product_id "
         "IN (" + in + "))";
}

// "(EXISTS … AND EXISTS …)" over `vouchers v`: filed with every office of the kind.
std::string AllFiled(const FilingKind& kind) {
  std::string sql;
  for (const auto& o : kind.offices) {
    sql += sql.empty() ? "(" : " AND ";
    sql += "EXISTS (SELECT 1 FROM " + kind.table + " f WHERE f.voucher_id = v.id" +
           (kind.office_column ? " AND f.office = '" + o.office + "'" : "") + ")";
  }
  return sql + ")";
}

std::string Alias(size_t office) { return "f" + std::to_string(office); }

// The voucher with each office's latest filing (the filings are append-only; the latest counts).
std::string FilingSelect(const FilingKind& kind) {
  std::string cols =
      "SELECT v.id, v.number, v.enterprise_id, v.store_id, v.posted_at, e.name AS "
      "enterprise_name, s.name AS store_name, cp.name AS cp_name, cp.uscc AS cp_uscc, "
      "cp.licence_no AS cp_licence_no, cp.transport_licence_no AS cp_transport_licence_no";
  std::string from =
      " FROM vouchers v JOIN enterprises e ON e.id = v.enterprise_id JOIN stores s ON s.id = "
      "v.store_id LEFT JOIN voucher_counterparties cp ON cp.voucher_id = v.id";
  for (size_t i = 0; i < kind.offices.size(); ++i) {
    const std::string f = Alias(i);
    cols += ", " + f + ".filed_at AS " + f + "_filed_at, " + f + ".reference AS " + f +
            "_reference, " + f + ".recorded_at AS " + f + "_recorded_at";
    from += " LEFT JOIN " + kind.table + " " + f + " ON " + f + ".id = (SELECT MAX(x.id) FROM " +
            kind.table + " x WHERE x.voucher_id = v.id" +
            (kind.office_column ? " AND x.office = '" + kind.offices[i].office + "'" : "") + ")";
  }
  return cols + from + " ";
}

FilingRow RowAt(const FilingKind& kind, const storage::ResultSet& rs, size_t i) {
  FilingRow r;
  r.voucher_id = rs.Int(i, "id");
  r.number = rs.Text(i, "number");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.store_id = rs.Int(i, "store_id");
  r.posted_at = rs.Text(i, "posted_at");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.store_name = rs.Text(i, "store_name");
  if (!rs.IsNull(i, "cp_name"))
    r.counterparty = FilingRow::Party{rs.Text(i, "cp_name"), rs.Text(i, "cp_uscc"),
                                      rs.Text(i, "cp_licence_no"),
                                      rs.Text(i, "cp_transport_licence_no")};
  for (size_t k = 0; k < kind.offices.size(); ++k) {
    const std::string f = Alias(k);
    if (rs.IsNull(i, f + "_filed_at")) {
      r.filings.emplace_back(std::nullopt);
      continue;
    }
    r.filings.emplace_back(OfficeFiling{rs.Text(i, f + "_filed_at"), rs.Text(i, f + "_reference"),
                                        rs.Text(i, f + "_recorded_at")});
  }
  return r;
}

struct Where {
  std::string sql;
  std::vector<storage::Value> params;
};

// The list's filters as one scoped WHERE, shared by the count, the list and its export.
Where WhereOf(const api::Scope& scope, const FilingKind& kind, const FilingFilter& f) {
  auto sf = api::ScopeSql(scope, "v.region_path", "v.enterprise_id");
  Where w{" WHERE " + sf.sql + " AND " + Condition(kind), sf.params};
  if (f.enterprise_id) {
    w.sql += " AND v.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  if (f.status == "filed") w.sql += " AND " + AllFiled(kind);
  if (f.status == "pending" || f.status == "late") {
    w.sql += " AND NOT " + AllFiled(kind) +
             (f.status == "late" ? " AND v.posted_at < ?" : " AND v.posted_at >= ?");
    w.params.push_back(f.cutoff);
  }
  return w;
}

}  // namespace

int64_t CountFilings(storage::Connection& conn, const api::Scope& scope, const FilingKind& kind,
                     const FilingFilter& f) {
  auto w = WhereOf(scope, kind, f);
  return conn.Query("SELECT COUNT(*) AS n FROM vouchers v" + w.sql, w.params).Int(0, "n");
}

std::vector<FilingRow> ListFilingRows(storage::Connection& conn, const api::Scope& scope,
                                      const FilingKind& kind, const FilingFilter& f,
                                      int64_t limit, int64_t offset) {
  auto w = WhereOf(scope, kind, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(FilingSelect(kind) + w.sql + " ORDER BY v.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<FilingRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowAt(kind, rs, i));
  return out;
}

std::optional<FilingRow> FindFilingRow(storage::Connection& conn, const FilingKind& kind,
                                       int64_t voucher_id) {
  auto rs = conn.Query(FilingSelect(kind) + " WHERE v.id = ?", {voucher_id});
  if (rs.empty()) return std::nullopt;
  return RowAt(kind, rs, 0);
}

std::optional<VoucherOfFiling> FindVoucher(storage::Connection& conn, const api::Scope& scope,
                                           int64_t voucher_id) {
  auto sf = api::ScopeSql(scope, "v.region_path", "v.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), voucher_id);
  auto rs = conn.Query(
      "SELECT v.enterprise_id, v.posted_at FROM vouchers v WHERE v.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return VoucherOfFiling{rs.Int(0, "enterprise_id"), rs.Text(0, "posted_at")};
}

bool IsFiledKind(storage::Connection& conn, const FilingKind& kind, int64_t voucher_id) {
  return !conn.Query("SELECT v.id FROM vouchers v WHERE v.id = ? AND " + Condition(kind),
                     {voucher_id})
              .empty();
}

void InsertFiling(storage::Connection& conn, const FilingKind& kind, int64_t voucher_id,
                  const std::string& office, const std::string& filed_at,
                  const std::string& reference, const std::string& note, int64_t by_user_id,
                  const std::string& recorded_at) {
  if (kind.office_column)
    conn.Exec("INSERT INTO " + kind.table +
                  " (voucher_id, office, filed_at, reference, note, by_user_id, recorded_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
              {voucher_id, office, filed_at, reference, note, by_user_id, recorded_at});
  else
    conn.Exec("INSERT INTO " + kind.table +
                  " (voucher_id, filed_at, reference, note, by_user_id, recorded_at) VALUES "
                  "(?, ?, ?, ?, ?, ?)",
              {voucher_id, filed_at, reference, note, by_user_id, recorded_at});
}

std::map<int64_t, int64_t> LateByStore(storage::Connection& conn, const api::Scope& scope,
                                       const FilingKind& kind, const std::string& cutoff) {
  auto sf = api::ScopeSql(scope, "v.region_path", "v.enterprise_id");
  auto params = sf.params;
  params.push_back(cutoff);
  auto rs = conn.Query("SELECT v.store_id, COUNT(*) AS n FROM vouchers v WHERE " + sf.sql +
                           " AND " + Condition(kind) + " AND NOT " + AllFiled(kind) +
                           " AND v.posted_at < ? GROUP BY v.store_id",
                       params);
  std::map<int64_t, int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out[rs.Int(i, "store_id")] = rs.Int(i, "n");
  return out;
}

}  // namespace anjian::filing
