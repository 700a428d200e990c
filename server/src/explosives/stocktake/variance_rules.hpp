// Stocktake variance (盘点差异): what the books say a store holds against what was counted.
// Every missing code opens a loss incident (Art.41(四)), so the lists must be exact and complete;
// a store may hold 1,000,000 codes, so the work is sort + merge, O(n log n).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace anjian::stocktake {

struct QuantityDifference {
  std::string product;
  std::int64_t book_milli = 0;
  std::int64_t counted_milli = 0;
  std::int64_t difference_milli = 0;  // counted - book: negative = missing, positive = extra

  friend bool operator==(const QuantityDifference&, const QuantityDifference&) = default;
};

struct Variance {
  std::vector<std::string> missing_codes;  // on the books, not counted; sorted
  std::vector<std::string> extra_codes;    // counted, not on the books; sorted
  std::vector<QuantityDifference> quantity_differences;  // non-zero only, by product id
  std::size_t duplicate_scans = 0;  // counted codes scanned more than once (a double beep)

  bool Matches() const {  // 账物一致
    return missing_codes.empty() && extra_codes.empty() && quantity_differences.empty();
  }
};

// Codes are taken by value and sorted in place (move them in to avoid a copy). When every code
// is a valid GA 441 code the comparison runs on packed 64-bit integers, else on the strings.
std::vector<std::string> SortedUnique(std::vector<std::string> codes, std::size_t* duplicates);

// Book and counted quantities per product (thousandths of the unit) for uncoded products. A
// stocktake covers the whole store, so a product on the books but absent from `counted` was
// counted as zero.
Variance ComputeVariance(std::vector<std::string> book_codes,
                         std::vector<std::string> counted_codes,
                         const std::map<std::string, std::int64_t, std::less<>>& book_quantities,
                         const std::map<std::string, std::int64_t, std::less<>>& counted_quantities);

}  // namespace anjian::stocktake
