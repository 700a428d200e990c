// The company-level daily inspection of production and storage areas (公司级每日检查, seed 000
// §3(2); rules.md §12): every civil-explosives enterprise has it, from registration, one record
// per day per area (a production area, each magazine's storage area). The duty cannot be
// deactivated nor set below daily (per shift is more often, so allowed); a missed day reaches the
// regulator the next morning (task generation marks it missed when the day closes).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace anjian::investigation {

// The built-in checklist the duty runs (checklists.code).
inline constexpr std::string_view kCompanyDailyChecklistCode = "company_daily";

// Industries (registry industry values) whose enterprises must inspect daily: civil-explosives
// production and sales (both keep magazines).
const std::vector<std::string_view>& CompanyDailyIndustries();
bool RequiresCompanyDailyInspection(std::string_view industry);

// A change to the mandatory duty: refused when it deactivates (mandatory_duty_inactive, field
// "active") or sets a frequency below daily (mandatory_duty_frequency, field "frequency").
std::vector<FieldError> CheckMandatoryDutyChange(std::string_view frequency, bool active);

// One area inspected each day: `key` distinguishes its task within the duty ("p" the production
// area, "s<store id>" a magazine's storage area, "" the enterprise as a whole).
struct InspectionArea {
  std::string key, name_zh;
};
struct StoreArea {
  int64_t id = 0;
  std::string name;
};
// The areas of an enterprise: the production area for a producer, then each active magazine;
// the enterprise as a whole when it has neither yet (a seller before its first magazine).
std::vector<InspectionArea> CompanyDailyAreas(std::string_view industry,
                                              const std::vector<StoreArea>& stores);

}  // namespace anjian::investigation
