// Stocktake decisions (盘点), pure: what a count must name, and how an approved variance becomes
// adjustment vouchers — missing codes out (盘亏), extra codes in (盘盈), quantity differences of
// uncoded products likewise — and the codes a loss incident lists.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/error.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"

namespace anjian::stocktake {

// Quantities per product id, in thousandths of the product's unit.
using Quantities = std::map<std::string, std::int64_t, std::less<>>;

// A code of a stocktake's variance.
struct StocktakeCode {
  std::string code;
  std::string kind;        // missing | extra
  std::string product_id;  // "" when the code was never booked
};

// An uncoded product's book and counted quantity.
struct StocktakeQuantity {
  std::string product_id;
  std::int64_t book_milli = 0, counted_milli = 0;
};

// "PD" + the count's date (YYYYMMDD of an ISO time) + "-" + the id on six digits.
std::string StocktakeNumber(std::string_view counted_at, std::int64_t id);

// counted | approved | rejected.
bool IsStocktakeStatus(std::string_view status);

// The counted quantities name uncoded products of the catalogue: product_unknown and
// product_counted_by_code on `quantities.<product>`.
std::vector<FieldError> CheckCountedProducts(const catalogue::Catalogue& catalogue,
                                             const Quantities& counted);

// The uncoded products among a store's balances (a coded product is counted by its codes).
Quantities UncodedQuantities(const catalogue::Catalogue& catalogue,
                             const Quantities& balances);

// A stocktake covers the whole store: every uncoded product on the books is counted (0 when none
// was found), else quantity_required on `quantities.<product>`.
std::vector<FieldError> CheckBookProductsCounted(const catalogue::Catalogue& catalogue,
                                                 const Quantities& book,
                                                 const Quantities& counted);

// What approving a variance books.
struct Adjustments {
  std::map<std::string, std::vector<std::string>> missing;  // product → codes going out
  std::map<std::string, std::vector<std::string>> extra;    // product → codes coming in
  std::vector<std::pair<std::string, std::string>> lost;    // missing code, its product
  std::map<std::string, std::int64_t> loss_quantities;      // product → milli going out
  std::map<std::string, std::int64_t> gain_quantities;      // product → milli coming in
};

// `codes` in code order; `differences`: the uncoded products whose count differs from the books.
// An extra code that no voucher ever named takes `extra_product_id`; without one, the first such
// code is reported (extra_product_required). A named `extra_product_id` must be a coded product
// of the catalogue (product_not_coded).
std::variant<Adjustments, std::vector<FieldError>> PlanAdjustments(
    const catalogue::Catalogue& catalogue, const std::vector<StocktakeCode>& codes,
    const std::vector<StocktakeQuantity>& differences, const std::string& extra_product_id);

}  // namespace anjian::stocktake
