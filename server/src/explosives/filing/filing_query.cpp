// The SQL of the Art.24 filing lists (filing_kind.hpp): which vouchers are filed, each office's
// latest filing joined in (one query, not one per row), and the item JSON built from that row.
#include "explosives/filing/filing_query.hpp"

#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"

namespace anjian::ledger {

namespace ex = domain::explosives;

namespace json = boost::json;

// Filed with every office of the kind.
std::string AllFiled(const FilingKind& kind) {
  std::string sql;
  for (const auto& o : kind.offices) {
    sql += sql.empty() ? "(" : " AND ";
    sql += "EXISTS (SELECT 1 FROM " + kind.table + " f WHERE f.voucher_id = v.id" +
           (kind.office_column ? " AND f.office = '" + o.office + "'" : "") + ")";
  }
  return sql + ")";
}

namespace {

std::string Alias(size_t office) { return "f" + std::to_string(office); }

}  // namespace

// The voucher with each office's latest filing (the filings are append-only; the latest counts).
std::string FilingSelect(const FilingKind& kind) {
  std::string cols =
      "SELECT v.id, v.number, v.enterprise_id, v.store_id, v.posted_at, e.name AS enterprise_name, "
      "s.name AS store_name";
  std::string from =
      " FROM vouchers v JOIN enterprises e ON e.id = v.enterprise_id JOIN stores s ON s.id = v.store_id";
  for (size_t i = 0; i < kind.offices.size(); ++i) {
    const std::string f = Alias(i);
    cols += ", " + f + ".filed_at AS " + f + "_filed_at, " + f + ".reference AS " + f + "_reference, " + f +
            ".recorded_at AS " + f + "_recorded_at";
    from += " LEFT JOIN " + kind.table + " " + f + " ON " + f + ".id = (SELECT MAX(x.id) FROM " + kind.table +
            " x WHERE x.voucher_id = v.id" +
            (kind.office_column ? " AND x.office = '" + kind.offices[i].office + "'" : "") + ")";
  }
  return cols + from + " ";
}

json::object FilingItem(const FilingKind& kind, const storage::ResultSet& rs, size_t i) {
  FiledTimes filed;
  std::vector<json::value> filings;
  for (size_t k = 0; k < kind.offices.size(); ++k) {
    const std::string f = Alias(k);
    if (rs.IsNull(i, f + "_filed_at")) {
      filed.push_back(std::nullopt);
      filings.emplace_back(nullptr);
      continue;
    }
    filed.push_back(storage::UnixFromIso(rs.Text(i, f + "_filed_at")));
    filings.emplace_back(json::object{{"filed_at", rs.Text(i, f + "_filed_at")},
                                      {"reference", rs.Text(i, f + "_reference")},
                                      {"recorded_at", rs.Text(i, f + "_recorded_at")}});
  }
  const int64_t made = storage::UnixFromIso(rs.Text(i, "posted_at"));
  const auto status = kind.evaluate(made, filed, storage::NowUnix());
  json::object o{{"voucher_id", rs.Int(i, "id")},
                 {"voucher_number", rs.Text(i, "number")},
                 {"enterprise_id", rs.Int(i, "enterprise_id")},
                 {"enterprise_name", rs.Text(i, "enterprise_name")},
                 {"store_id", rs.Int(i, "store_id")},
                 {"store_name", rs.Text(i, "store_name")}};
  o[kind.made_at_key] = rs.Text(i, "posted_at");
  o["deadline"] = storage::IsoFromUnix(made + ex::kSaleFilingDays * 86400);
  for (size_t k = 0; k < kind.offices.size(); ++k) o[kind.offices[k].json_key] = std::move(filings[k]);
  o["status"] = ex::FilingStatusValue(status);
  o["late"] = status == ex::FilingStatus::kLate || status == ex::FilingStatus::kFiledLate;
  return o;
}

std::string FilingCutoff() { return storage::IsoFromUnix(storage::NowUnix() - ex::kSaleFilingDays * 86400); }

std::map<int64_t, int64_t> LateFilingsByStore(storage::Connection& conn, const api::Scope& scope,
                                              const FilingKind& kind) {
  auto sf = api::ScopeSql(scope, "v.region_path", "v.enterprise_id");
  auto params = sf.params;
  params.push_back(FilingCutoff());
  auto rs = conn.Query("SELECT v.store_id, COUNT(*) AS n FROM vouchers v WHERE " + sf.sql + " AND " +
                           kind.condition() + " AND NOT " + AllFiled(kind) +
                           " AND v.posted_at < ? GROUP BY v.store_id",
                       params);
  std::map<int64_t, int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out[rs.Int(i, "store_id")] = rs.Int(i, "n");
  return out;
}

}  // namespace anjian::ledger
