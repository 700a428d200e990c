// What a stocktake or loss incident concerns, per product, read in blocks of rows (never per row)
// for the Chinese cell of their Excel exports (product_tally_rules.hpp).
#pragma once

#include <cstdint>
#include <vector>

#include "explosives/voucher/product_tally_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::voucher {

StocktakeTallies LoadStocktakeTallies(storage::Connection& conn, const std::vector<int64_t>& ids);
LossTallies LoadLossTallies(storage::Connection& conn, const std::vector<int64_t>& ids);
// The vouchers' quantities per product, ordered by voucher then product.
std::vector<VoucherProductTally> LoadVoucherProductTallies(storage::Connection& conn,
                                                           const std::vector<int64_t>& ids);

}  // namespace anjian::voucher
