// The products a stocktake or loss incident concerns, as one Chinese cell per row of their Excel
// exports ("电子雷管 缺 2 发、多 1 发；工业炸药 盘亏 1 千克"), so a printed sheet never needs the
// page to tell which goods a row is about. The tallies are read by product_tally_repository.hpp.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace anjian::voucher {

struct StocktakeCodeTally {
  int64_t stocktake_id = 0;
  std::string product_id;  // "" for an extra code no voucher ever named
  bool missing = false;    // else extra
  int64_t count = 0;
};
struct StocktakeQuantityTally {
  int64_t stocktake_id = 0;
  std::string product_id;
  int64_t difference_milli = 0;  // counted - booked, never 0
};
struct StocktakeTallies {
  std::vector<StocktakeCodeTally> codes;
  std::vector<StocktakeQuantityTally> quantities;
};
struct LossCodeTally {
  int64_t incident_id = 0;
  std::string product_id;
  int64_t count = 0;
};
struct LossQuantities {
  int64_t incident_id = 0;
  std::string quantities_json;  // {product: milli} of the uncoded goods, as stored
};
struct LossTallies {
  std::vector<LossCodeTally> codes;        // by incident, then product
  std::vector<LossQuantities> quantities;  // by incident
};

// What a voucher moves, per product (summed over its lines).
struct VoucherProductTally {
  int64_t voucher_id = 0;
  std::string product_id;
  int64_t quantity_milli = 0;
};

// Stocktake id → its variance by product: missing and extra codes, quantity differences.
std::map<int64_t, std::string> StocktakeProductsZh(const StocktakeTallies& tallies);
// Loss incident id → its lost goods by product: codes counted per product, then the quantities
// of uncoded products.
std::map<int64_t, std::string> LossProductsZh(const LossTallies& tallies);
// Voucher id → its varieties and quantities ("工业炸药 2 千克；数码电子雷管 20 发"), as art. 24's
// filing names them.
std::map<int64_t, std::string> VoucherProductsZh(const std::vector<VoucherProductTally>& tallies);

}  // namespace anjian::voucher
