// Error catalogue of explosives/catalogue: the product catalogue's rules (民爆物品品种) and the
// one answer for a product id that is not in it.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::catalogue {

inline constexpr core::Rule kCatalogueErrors[] = {
    {"product_id", "product id '{}' must be 1-40 characters a-z, 0-9 or _, starting with a letter",
     "产品代码“{}”应为1至40位小写字母、数字或下划线，以字母开头"},
    {"product_duplicate", "product '{}' is defined twice", "产品“{}”重复定义"},
    {"product_storage_class", "product '{}' has unknown storage class '{}'",
     "产品“{}”的储存类别“{}”未定义"},
    {"product_mass", "net explosive mass per unit of '{}' must be a number of kg, 0 or more",
     "产品“{}”的单位净药量应为不小于0的千克数"},
    {"product_coded_unit", "coded product '{}' must be counted in pieces (one code each)",
     "逐个编码的产品“{}”应以“发”计量（每发一个编码）"},
    {"product_code_scheme", "product '{}' has GA 441 codes but is not coded",
     "产品“{}”未设为逐个编码，却指定了 GA 441 编码"},
    // {1}: the missing field's name in English, {2}: in Chinese.
    {"product_label", "product '{0}' needs {1}", "产品“{0}”缺少{2}"},
    {"product_unknown", "product '{}' is not in the catalogue", "产品“{}”不在产品目录中"},
    {"product_not_coded", "product '{}' is not a coded product of the catalogue",
     "产品“{}”不是产品目录中的编码产品"},
};
static_assert(core::UniqueIds(kCatalogueErrors));

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kCatalogueErrors, id); }

}  // namespace anjian::catalogue
