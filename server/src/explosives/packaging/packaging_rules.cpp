#include "explosives/packaging/packaging_rules.hpp"

#include <set>

#include "explosives/catalogue/catalogue_errors.hpp"
#include "explosives/packaging/packaging_errors.hpp"
#include "explosives/voucher/code_set_rules.hpp"
#include "explosives/voucher/detonator_code_rules.hpp"
#include "explosives/voucher/voucher_rules.hpp"

namespace anjian::packaging {

bool IsPackageCode(std::string_view code) {
  return voucher::IsCountableCode(code) && !voucher::IsValidDetonatorCode(code);
}

std::vector<FieldError> CheckPackaging(const PackagingInput& in,
                                       const catalogue::Catalogue& catalogue,
                                       PackagingCodes& out) {
  std::vector<FieldError> errors;
  auto add = [&](FieldError e) {
    if (errors.size() < kMaxPackagingErrors) errors.push_back(std::move(e));
  };
  const catalogue::Product* product = catalogue.Find(in.product_id);
  if (!product)
    add(catalogue::Err("product_unknown").At("product_id", in.product_id));
  else if (!product->coded)
    add(catalogue::Err("product_not_coded").At("product_id", in.product_id));
  if (!in.case_code.empty()) out.packages.push_back(in.case_code);
  if (in.boxes.empty()) add(Err("boxes_required").At("boxes"));
  std::set<std::string> seen;
  for (size_t b = 0; b < in.boxes.size(); ++b) {
    const auto& box = in.boxes[b];
    const std::string prefix = "boxes[" + std::to_string(b) + "]";
    out.packages.push_back(box.box_code);
    if (box.codes.empty()) add(Err("codes_required").At(prefix + ".codes"));
    for (size_t i = 0; i < box.codes.size(); ++i) {
      const auto& c = box.codes[i];
      const bool ga441 = product && product->ga441_codes;
      const bool valid = ga441 ? voucher::IsValidDetonatorCode(c) : voucher::IsCountableCode(c);
      const std::string field = prefix + ".codes[" + std::to_string(i) + "]";
      if (!valid)
        add(voucher::InvalidCode(field, c, ga441));
      else if (!seen.insert(c).second)
        add(Err("code_duplicate").At(field, c));
      else
        out.codes.push_back(c);
    }
  }
  std::set<std::string> seen_packages;
  for (size_t i = 0; i < out.packages.size(); ++i) {
    const std::string field =
        !in.case_code.empty() && i == 0
            ? "case_code"
            : "boxes[" + std::to_string(i - (in.case_code.empty() ? 0 : 1)) + "].box_code";
    if (!IsPackageCode(out.packages[i]))
      add(Err("package_code_invalid").At(field));
    else if (!seen_packages.insert(out.packages[i]).second)
      add(Err("package_duplicate").At(field));
  }
  return errors;
}

}  // namespace anjian::packaging
