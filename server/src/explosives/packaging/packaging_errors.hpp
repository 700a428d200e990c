// Error catalogue of explosives/packaging (包装): cases (箱) and boxes (盒) of detonators.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::packaging {

inline constexpr core::Rule kPackagingErrors[] = {
    {"boxes_required", "a package holds at least one box", "至少需要一盒"},
    {"codes_required", "a box holds codes", "盒内须有编码"},
    {"code_duplicate", "'{}' appears twice", "编码“{}”重复"},
    {"package_code_invalid",
     "a case or box code is 1-64 printable characters and not a detonator code",
     "箱码、盒码应为 1 至 64 个可打印字符，且不能与雷管编码相同"},
    {"package_duplicate", "used twice", "重复"},
    {"package_exists", "package {} is already registered", "包装 {} 已登记"},
    {"code_packaged", "code {} is already in box {}", "编码 {} 已装入盒 {}"},
    {"package_too_large", "at most 200,000 codes per registration", "每次登记最多 200,000 个编码"},
    {"registered_meanwhile", "the same package or code was registered at the same time",
     "相同包装或编码正被同时登记"},
};
static_assert(core::UniqueIds(kPackagingErrors));

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kPackagingErrors, id); }

}  // namespace anjian::packaging
