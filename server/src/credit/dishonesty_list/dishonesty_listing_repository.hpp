// Who is on the dishonesty list (严重失信主体名单, 应急管理部令第11号) on a given day — the one read
// other areas use (licence applications flag it, the one-vote veto applies it, the 双随机 draws of
// spot checks and enforcement weigh it). An entry is listed on day D when
//   listed_from <= D AND listed_until >= D AND (removed_on IS NULL OR removed_on > D)
// (table dishonesty_entries, V049); days are China dates "YYYY-MM-DD".
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::dishonesty_list {

struct Listing {
  std::int64_t entry_id = 0, enterprise_id = 0;
  std::string criterion;        // dishonesty_criteria_rules: major_accident, …
  std::string decision_number;  // 列入决定书 number
  std::string agency_name;      // the deciding agency
  std::string listed_from, listed_until;  // first and last day of the term (original end)
  std::string removed_on;       // "" unless removed early by an approved credit repair
};

// The entry that lists the enterprise on `date` (the one with the latest end if several), or
// nullopt.
std::optional<Listing> ListedOn(storage::Connection& conn, std::int64_t enterprise_id,
                                const std::string& date);

// The same for many enterprises in one query: enterprise id → its listing on `date`; enterprises
// not listed are absent.
std::map<std::int64_t, Listing> ListedAmong(storage::Connection& conn,
                                            const std::vector<std::int64_t>& enterprise_ids,
                                            const std::string& date);

// A condition for another area's SQL: true when the enterprise whose id is the SQL expression
// `enterprise_id_sql` is listed on the day bound as the one parameter (push `date`).
//   auto c = ListedSql("e.id"); sql += " AND " + c; params.push_back(date);
std::string ListedSql(const std::string& enterprise_id_sql);

}  // namespace anjian::dishonesty_list
