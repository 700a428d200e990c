// The products a stocktake or loss incident concerns, as one Chinese cell per row of their Excel
// exports ("电子雷管 缺 2 发、多 1 发；工业炸药 盘亏 1 千克"), so a printed sheet never needs the
// page to tell which goods a row is about. Grouped in SQL per block of rows, never per row.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::ledger {

// Stocktake id → its variance by product: missing and extra codes, quantity differences.
std::map<int64_t, std::string> StocktakeProductsZh(storage::Connection& conn,
                                                   const std::vector<int64_t>& ids);
// Loss incident id → its lost goods by product: codes counted per product, then the quantities
// of uncoded products (kept on the incident as {product: milli}).
std::map<int64_t, std::string> LossProductsZh(storage::Connection& conn,
                                              const std::vector<int64_t>& ids);

}  // namespace anjian::ledger
