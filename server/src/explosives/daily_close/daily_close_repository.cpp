#include "explosives/daily_close/daily_close_repository.hpp"

namespace anjian::daily_close {

namespace {

const char* kRecordColumns =
    "c.id, c.close_date, c.voucher_count, c.figures_hash, c.signed_by_user_id, c.signed_at, "
    "c.note, c.supersedes_id, c.signed_as, u.display_name AS signed_by_name";

std::vector<DailyCloseRecord> Records(const storage::ResultSet& rs) {
  std::vector<DailyCloseRecord> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    DailyCloseRecord r;
    r.id = rs.Int(i, "id");
    r.close_date = rs.Text(i, "close_date");
    r.voucher_count = rs.Int(i, "voucher_count");
    r.figures_hash = rs.Text(i, "figures_hash");
    r.signed_by_user_id = rs.Int(i, "signed_by_user_id");
    r.signed_by_name = rs.Text(i, "signed_by_name");
    r.signed_at = rs.Text(i, "signed_at");
    r.note = rs.Text(i, "note");
    r.signed_as = rs.Text(i, "signed_as");
    r.supersedes_id = rs.OptInt(i, "supersedes_id");
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

std::vector<SummaryMovement> SummaryMovements(storage::Connection& conn, int64_t store_id,
                                              const std::string& from_utc,
                                              const std::string& to_utc) {
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
      {from_utc, from_utc, from_utc, store_id, to_utc, store_id, to_utc});
  std::vector<SummaryMovement> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "product_id"), rs.Int(i, "opening"), rs.Int(i, "inflow"),
                   rs.Int(i, "outflow")});
  return out;
}

int64_t CountStoreVouchers(storage::Connection& conn, int64_t store_id,
                           const std::string& from_utc, const std::string& to_utc) {
  return conn
      .Query(
          "SELECT COUNT(*) AS n FROM vouchers WHERE (store_id = ? OR target_store_id = ?) "
          "AND posted_at >= ? AND posted_at < ?",
          {store_id, store_id, from_utc, to_utc})
      .Int(0, "n");
}

std::vector<std::string> StorePostingTimes(storage::Connection& conn, int64_t store_id,
                                           const std::string& from_utc,
                                           const std::string& to_utc) {
  auto rs = conn.Query(
      "SELECT posted_at FROM vouchers WHERE (store_id = ? OR target_store_id = ?) "
      "AND posted_at >= ? AND posted_at < ?",
      {store_id, store_id, from_utc, to_utc});
  std::vector<std::string> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Text(i, "posted_at"));
  return out;
}

std::vector<DailyCloseRecord> ClosesOfDay(storage::Connection& conn, int64_t store_id,
                                          const std::string& date) {
  return Records(conn.Query(std::string("SELECT ") + kRecordColumns +
                                " FROM store_daily_closes c JOIN users u ON u.id = "
                                "c.signed_by_user_id WHERE c.store_id = ? AND c.close_date = ? "
                                "ORDER BY c.id DESC",
                            {store_id, date}));
}

std::vector<DailyCloseRecord> ClosesOfMonth(storage::Connection& conn, int64_t store_id,
                                            const std::string& month) {
  return Records(conn.Query(std::string("SELECT ") + kRecordColumns +
                                " FROM store_daily_closes c JOIN users u ON u.id = "
                                "c.signed_by_user_id WHERE c.store_id = ? AND c.close_date >= ? "
                                "AND c.close_date < ? ORDER BY c.id",
                            {store_id, month + "-01", month + "-32"}));
}

std::optional<int64_t> LatestCloseId(storage::Connection& conn, int64_t store_id,
                                     const std::string& date) {
  auto rs = conn.Query(
      "SELECT id FROM store_daily_closes WHERE store_id = ? AND close_date = ? "
      "ORDER BY id DESC LIMIT 1",
      {store_id, date});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

int64_t InsertDailyClose(storage::Connection& conn, const NewDailyClose& c) {
  auto rs = conn.Query(
      "INSERT INTO store_daily_closes (store_id, close_date, voucher_count, figures_json, "
      "figures_hash, signed_by_user_id, signed_at, note, supersedes_id, signed_as) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {c.store_id, c.close_date, c.voucher_count, c.figures_json, c.figures_hash,
       c.signed_by_user_id, c.signed_at, c.note,
       c.supersedes_id ? storage::Value(*c.supersedes_id) : storage::Value(nullptr),
       c.signed_as});
  return rs.Int(0, "id");
}

std::vector<Posting> PostingsInScope(storage::Connection& conn, const api::Scope& scope,
                                     const std::string& since_utc,
                                     const std::string& until_utc) {
  // Bounded on both sides so that the planners seek the time window of V014's indexes rather
  // than walk a regulator's whole region_path range.
  auto vf = api::ScopeSql(scope, "v.region_path", "v.enterprise_id");
  auto params = vf.params;
  params.push_back(since_utc);
  params.push_back(until_utc);
  auto rs = conn.Query(
      "SELECT v.store_id, v.target_store_id, v.posted_at FROM vouchers v WHERE " + vf.sql +
          " AND v.posted_at >= ? AND v.posted_at < ?",
      params);
  std::vector<Posting> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "store_id"), rs.OptInt(i, "target_store_id"),
                   rs.Text(i, "posted_at")});
  return out;
}

std::vector<std::pair<int64_t, std::string>> SignedDaysInScope(storage::Connection& conn,
                                                               const api::Scope& scope,
                                                               const std::string& since_date) {
  auto sf = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  auto params = sf.params;
  params.push_back(since_date);
  auto rs = conn.Query(
      "SELECT DISTINCT c.store_id, c.close_date FROM store_daily_closes c "
      "JOIN stores s ON s.id = c.store_id WHERE " + sf.sql + " AND c.close_date >= ?",
      params);
  std::vector<std::pair<int64_t, std::string>> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.emplace_back(rs.Int(i, "store_id"), rs.Text(i, "close_date"));
  return out;
}

bool RecordDailyCloseReminder(storage::Connection& conn, int64_t store_id,
                              const std::string& close_date, const std::string& sent_at) {
  return conn.Exec(
             "INSERT INTO daily_close_reminders (store_id, close_date, sent_at) VALUES (?, ?, ?) "
             "ON CONFLICT (store_id, close_date) DO NOTHING",
             {store_id, close_date, sent_at}) > 0;
}

}  // namespace anjian::daily_close
