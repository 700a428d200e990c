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
    {"product_kind", "product kind '{}' is not one of the catalogue's kinds",
     "产品类别“{}”不在可选范围内"},
    {"product_unit", "unit '{}' must be kg, piece or m", "计量单位“{}”应为千克、发或米"},
    {"product_mass_g",
     "net explosive mass per unit must be a number of grams from 0 to 1000000",
     "单位净药量应为0至1000000之间的克数"},
    {"product_coded_kind", "a detonator must be coded one by one (GA 441)",
     "雷管应逐发编码（GA 441）"},
    {"product_code_taken", "product code '{}' is already in the catalogue",
     "产品代码“{}”已在产品目录中"},
    {"product_foreign", "product '{}' belongs to another enterprise's catalogue",
     "产品“{}”属于其他企业的产品目录，不能使用"},
    {"product_inactive", "product '{}' ({}) is deactivated: it can no longer be received into a store",
     "产品“{0}”（{1}）已停用，不能再登记入库"},
    {"product_in_use",
     "product '{}' is named by vouchers or stock: deactivate it instead of deleting it",
     "产品“{}”已被出入库单或库存使用，不能删除，只能停用"},
    {"product_in_use_unit",
     "product '{}' is in stores: its unit of count cannot change (add a new product instead)",
     "产品“{}”已有出入库记录，计量单位不能修改（请新增产品）"},
    {"product_in_use_coded",
     "product '{}' is in stores: whether it is coded cannot change (add a new product instead)",
     "产品“{}”已有出入库记录，是否逐发编码不能修改（请新增产品）"},
    {"product_deployment_only",
     "the deployment's catalogue is kept by the system administrator",
     "系统产品目录由系统管理员维护"},
    {"product_owner_required", "only an enterprise account or the system administrator adds products",
     "只有企业账号或系统管理员可以添加产品"},
    {"product_not_coded", "product '{}' is not a coded product of the catalogue",
     "产品“{}”不是产品目录中的编码产品"},
};
static_assert(core::UniqueIds(kCatalogueErrors));

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kCatalogueErrors, id); }

}  // namespace anjian::catalogue
