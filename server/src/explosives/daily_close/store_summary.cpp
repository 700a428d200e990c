#include "explosives/daily_close/store_summary.hpp"

#include <boost/json.hpp>
#include <map>

#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::ledger {

namespace json = boost::json;

namespace {

constexpr int64_t kCstOffset = 8 * 3600;

json::value MilliJson(int64_t milli) {
  if (milli % catalogue::kMilliPerUnit == 0) return json::value(milli / catalogue::kMilliPerUnit);
  return json::value(static_cast<double>(milli) / catalogue::kMilliPerUnit);
}

bool Digits(const std::string& s, size_t from, size_t n) {
  for (size_t i = from; i < from + n; ++i)
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
  return true;
}

}  // namespace

std::optional<SummaryPeriod> ParseSummaryPeriod(const std::string& period, const std::string& date) {
  std::string first_day, next_day;
  if (period == "day") {
    if (date.size() != 10 || !Digits(date, 0, 4) || date[4] != '-' || !Digits(date, 5, 2) ||
        date[7] != '-' || !Digits(date, 8, 2))
      return std::nullopt;
    first_day = date;
    const int64_t start = storage::UnixFromIso(date + "T00:00:00Z");
    if (start == 0 || storage::IsoFromUnix(start).substr(0, 10) != date) return std::nullopt;
    next_day = storage::IsoFromUnix(start + 86400).substr(0, 10);
  } else if (period == "month") {
    if (date.size() != 7 || !Digits(date, 0, 4) || date[4] != '-' || !Digits(date, 5, 2))
      return std::nullopt;
    const int month = std::stoi(date.substr(5, 2));
    if (month < 1 || month > 12) return std::nullopt;
    first_day = date + "-01";
    const int year = std::stoi(date.substr(0, 4));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-01", month == 12 ? year + 1 : year,
                  month == 12 ? 1 : month + 1);
    next_day = buf;
  } else {
    return std::nullopt;
  }
  const int64_t from = storage::UnixFromIso(first_day + "T00:00:00Z") - kCstOffset;
  const int64_t to = storage::UnixFromIso(next_day + "T00:00:00Z") - kCstOffset;
  if (from <= 0 || to <= from) return std::nullopt;
  return SummaryPeriod{date, storage::IsoFromUnix(from), storage::IsoFromUnix(to)};
}

json::object StoreSummary(storage::Connection& conn, const magazine::MagazineRow& store,
                          const std::string& period, const SummaryPeriod& p) {
  // Signed movements of the store up to the end of the period: in (+), out and transfer out (-),
  // transfer in (+); reversals are vouchers of the opposite direction, so they net out.
  auto rs = conn.Query(
      "SELECT product_id, "
      " SUM(CASE WHEN at < ? THEN delta ELSE 0 END) AS opening, "
      " SUM(CASE WHEN at >= ? AND delta > 0 THEN delta ELSE 0 END) AS inflow, "
      " SUM(CASE WHEN at >= ? AND delta < 0 THEN -delta ELSE 0 END) AS outflow "
      "FROM ("
      " SELECT l.product_id AS product_id, v.posted_at AS at, "
      "  CASE WHEN v.direction = 'in' THEN l.quantity_milli ELSE -l.quantity_milli END AS delta "
      "  FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id "
      "  WHERE v.store_id = ? AND v.posted_at < ? "
      " UNION ALL "
      " SELECT l.product_id, v.posted_at, l.quantity_milli "
      "  FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id "
      "  WHERE v.target_store_id = ? AND v.direction = 'transfer' AND v.posted_at < ?"
      ") x GROUP BY product_id ORDER BY product_id",
      {p.from_utc, p.from_utc, p.from_utc, store.id, p.to_utc, store.id, p.to_utc});
  auto count = conn.Query(
      "SELECT COUNT(*) AS n FROM vouchers WHERE (store_id = ? OR target_store_id = ?) "
      "AND posted_at >= ? AND posted_at < ?",
      {store.id, store.id, p.from_utc, p.to_utc});
  json::array items;
  for (size_t i = 0; i < rs.size(); ++i) {
    const int64_t opening = rs.Int(i, "opening"), in = rs.Int(i, "inflow"),
                  out = rs.Int(i, "outflow");
    if (opening == 0 && in == 0 && out == 0) continue;
    const std::string pid = rs.Text(i, "product_id");
    const catalogue::Product* prod = catalogue::InForce().Find(pid);
    items.push_back(json::object{
        {"product_id", pid},
        {"label_zh", prod ? prod->label_zh : pid},
        {"label_en", prod ? prod->label_en : pid},
        {"unit", prod ? json::value(catalogue::UnitValue(prod->unit)) : json::value(nullptr)},
        {"opening", MilliJson(opening)},
        {"in", MilliJson(in)},
        {"out", MilliJson(out)},
        {"closing", MilliJson(opening + in - out)}});
  }
  return json::object{{"store_id", store.id},
                      {"store_name", store.name},
                      {"enterprise_name", store.enterprise_name},
                      {"period", period},
                      {"date", p.label},
                      {"from", p.from_utc},
                      {"to", p.to_utc},
                      {"voucher_count", count.Int(0, "n")},
                      {"items", std::move(items)}};
}

}  // namespace anjian::ledger
