#include "credit/dishonesty_list/dishonesty_listing_repository.hpp"

#include "platform/storage/sql.hpp"

namespace anjian::dishonesty_list {

namespace {

constexpr const char* kSelect =
    "SELECT d.id, d.enterprise_id, d.criterion, d.decision_number, d.listed_from, "
    "d.listed_until, d.removed_on, COALESCE(a.name, '') AS agency_name "
    "FROM dishonesty_entries d LEFT JOIN agencies a ON a.id = d.agency_id "
    "WHERE d.listed_from IS NOT NULL AND d.listed_from <= ? AND d.listed_until >= ? "
    "AND (d.removed_on IS NULL OR d.removed_on > ?)";

Listing RowAt(const storage::ResultSet& rs, size_t i) {
  Listing l;
  l.entry_id = rs.Int(i, "id");
  l.enterprise_id = rs.Int(i, "enterprise_id");
  l.criterion = rs.Text(i, "criterion");
  l.decision_number = rs.Text(i, "decision_number");
  l.agency_name = rs.Text(i, "agency_name");
  l.listed_from = rs.Text(i, "listed_from");
  l.listed_until = rs.Text(i, "listed_until");
  l.removed_on = rs.Text(i, "removed_on");
  return l;
}

}  // namespace

std::optional<Listing> ListedOn(storage::Connection& conn, std::int64_t enterprise_id,
                                const std::string& date) {
  auto rs = conn.Query(std::string(kSelect) +
                           " AND d.enterprise_id = ? ORDER BY d.listed_until DESC, d.id DESC",
                       {date, date, date, enterprise_id});
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::map<std::int64_t, Listing> ListedAmong(storage::Connection& conn,
                                            const std::vector<std::int64_t>& enterprise_ids,
                                            const std::string& date) {
  std::map<std::int64_t, Listing> out;
  if (enterprise_ids.empty()) return out;
  std::vector<std::string> ids;
  ids.reserve(enterprise_ids.size());
  for (auto id : enterprise_ids) ids.push_back(std::to_string(id));
  // One statement whatever the number of ids: the ids as one text-list parameter.
  auto rs = conn.Query(std::string(kSelect) +
                           " AND d.enterprise_id IN (SELECT CAST(ids.value AS BIGINT) FROM " +
                           storage::TextListRows(conn, "ids") +
                           ") ORDER BY d.enterprise_id, d.listed_until, d.id",
                       {date, date, date, storage::TextListParam(conn, ids)});
  for (size_t i = 0; i < rs.size(); ++i) {
    auto l = RowAt(rs, i);
    out[l.enterprise_id] = l;  // the latest end wins (rows in ascending end order)
  }
  return out;
}

std::string ListedSql(const std::string& enterprise_id_sql) {
  return "EXISTS (SELECT 1 FROM dishonesty_entries dl, (SELECT CAST(? AS TEXT) AS day) dd "
         "WHERE dl.enterprise_id = " +
         enterprise_id_sql +
         " AND dl.listed_from IS NOT NULL AND dl.listed_from <= dd.day AND dl.listed_until >= "
         "dd.day AND (dl.removed_on IS NULL OR dl.removed_on > dd.day))";
}

}  // namespace anjian::dishonesty_list
