// Daily and monthly summaries of a store (日清月结): per product the opening balance, what came
// in, what went out and the closing balance of the period, from the posted vouchers. Days are
// China Standard Time (UTC+8, no daylight saving) because that is when magazines close their books.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>

#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"

namespace anjian::ledger {

struct SummaryPeriod {
  std::string label;         // "2026-11-22" or "2026-11"
  std::string from_utc, to_utc;  // [from, to) as posted_at text
};

// "day" + YYYY-MM-DD or "month" + YYYY-MM; nullopt when malformed.
std::optional<SummaryPeriod> ParseSummaryPeriod(const std::string& period, const std::string& date);

// {"store_id","store_name","enterprise_name","period","date","from","to","voucher_count",
//  "items":[{"product_id","label_zh","label_en","unit","opening","in","out","closing"}]}.
boost::json::object StoreSummary(storage::Connection& conn, const magazine::MagazineRow& store,
                                 const std::string& period, const SummaryPeriod& p);

}  // namespace anjian::ledger
