// SQL of the ledger's licence gate: the year-to-date quantities of one kind of voucher of an
// enterprise, per product (one query on ix_vouchers_enterprise_reason).
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "platform/storage/db.hpp"

namespace anjian::licence_checks {

// Thousandths per product of the enterprise's vouchers with `reason` ("production" | "sale")
// posted in [from_iso, to_iso) (UTC ISO text), reversals netted out.
std::map<std::string, std::int64_t> BookedPerProduct(storage::Connection& conn,
                                                     std::int64_t enterprise_id,
                                                     const std::string& reason,
                                                     const std::string& from_iso,
                                                     const std::string& to_iso);

}  // namespace anjian::licence_checks
