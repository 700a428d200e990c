#include "dual_prevention/investigation/company_daily_rules.hpp"

#include <algorithm>

#include "dual_prevention/investigation/inspection_schedule_rules.hpp"
#include "dual_prevention/investigation/investigation_errors.hpp"

namespace anjian::investigation {

const std::vector<std::string_view>& CompanyDailyIndustries() {
  static const std::vector<std::string_view> kIndustries{"civil_explosives_production",
                                                         "civil_explosives_sales"};
  return kIndustries;
}

bool RequiresCompanyDailyInspection(std::string_view industry) {
  const auto& all = CompanyDailyIndustries();
  return std::find(all.begin(), all.end(), industry) != all.end();
}

std::vector<FieldError> CheckMandatoryDutyChange(std::string_view frequency, bool active) {
  std::vector<FieldError> errors;
  if (!active) errors.push_back(Err("mandatory_duty_inactive").At("active"));
  auto f = ParseFrequency(frequency);
  if (f && *f != Frequency::kDaily && *f != Frequency::kPerShift)
    errors.push_back(Err("mandatory_duty_frequency")
                         .At("frequency", FrequencyLabelEn(*f), FrequencyLabelZh(*f)));
  return errors;
}

std::vector<InspectionArea> CompanyDailyAreas(std::string_view industry,
                                              const std::vector<StoreArea>& stores) {
  std::vector<InspectionArea> out;
  if (industry == "civil_explosives_production") out.push_back({"p", "生产区"});
  for (const auto& s : stores) out.push_back({"s" + std::to_string(s.id), "库区：" + s.name});
  if (out.empty()) out.push_back({"", ""});
  return out;
}

}  // namespace anjian::investigation
