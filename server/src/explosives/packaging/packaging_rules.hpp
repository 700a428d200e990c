// Packaging (包装): a case (箱) holds boxes (盒), a box holds detonator codes. Registered once;
// afterwards scanning a case or box code in voucher entry or a stocktake stands for every code
// inside it. The checks of a registration that need no database.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"

namespace anjian::packaging {

struct BoxInput {
  std::string box_code;
  std::vector<std::string> codes;
};
struct PackagingInput {
  std::string case_code;  // empty: loose boxes
  std::string product_id;
  std::vector<BoxInput> boxes;
};

// A case or box code: countable (1-64 printable ASCII) but not a GA 441 detonator code.
bool IsPackageCode(std::string_view code);

// At most this many errors are reported for one registration.
inline constexpr std::size_t kMaxPackagingErrors = 50;

// The package codes (the case first, then the boxes) and the codes inside, once each.
struct PackagingCodes {
  std::vector<std::string> packages;
  std::vector<std::string> codes;
};
// Every violation (up to kMaxPackagingErrors): product_unknown / product_not_coded (product_id),
// boxes_required, codes_required (boxes[i].codes), code_invalid and code_duplicate
// (boxes[i].codes[j]), package_code_invalid and package_duplicate (case_code,
// boxes[i].box_code). `codes` receives what the database must check next.
std::vector<FieldError> CheckPackaging(const PackagingInput& in,
                                       const catalogue::Catalogue& catalogue,
                                       PackagingCodes& codes);

}  // namespace anjian::packaging
