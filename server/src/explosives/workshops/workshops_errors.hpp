// Error catalogue of explosives/workshops (危险工房定员定量, 四超). Value shapes (required, range,
// kind_invalid, max_length) are core's; file_unknown is the files area's.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::workshops {

inline constexpr core::Rule kWorkshopErrors[] = {
    {"workshop_max_below_staff",
     "the maximum allowed people must be at least the operating staff ({})",
     "最大允许定员不得少于操作定员（{} 人）"},
    {"workshop_quantity_invalid", "must be a quantity more than 0", "危险品定量须大于 0"},
    {"workshop_building_taken", "building number {} is already a workshop of this enterprise",
     "本企业已有建筑编号为 {} 的危险工房"},
    {"workshop_design_file_required",
     "the limits are entered from the design: attach the design document",
     "定员定量按设计填报，须上传设计文件"},
    {"workshop_store_unknown", "no such magazine in your enterprise: {}",
     "本企业没有该库房（{}）"},
    {"workshop_store_taken", "magazine {} is already the intermediate store of workshop {}",
     "库房 {} 已是危险工房 {} 的中转库"},
    {"workshop_producer_required",
     "hazardous workshops are kept by civil-explosives producers only",
     "危险工房定员定量仅适用于民用爆炸物品生产企业"},
    {"workshop_retired", "this workshop is retired", "该危险工房已停用"},
};
static_assert(core::UniqueIds(kWorkshopErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kWorkshopErrors, id);
}

}  // namespace anjian::workshops
