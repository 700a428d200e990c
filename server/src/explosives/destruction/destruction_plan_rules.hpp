// Destruction plan decisions (销毁方案, 条例 art. 43), pure: what a plan lists, the office a report
// goes to, the plan's status from its events, and whether a destruction voucher may execute it
// (both reports recorded before, its goods within the plan's).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/voucher/voucher_kind_rules.hpp"

namespace anjian::destruction {

// One kind of goods to destroy: a product with its quantity (thousandths of its unit) and, for a
// coded product, the code of every piece (then the quantity is the number of codes).
struct PlanItem {
  std::string product;
  std::int64_t quantity_milli = 0;
  std::vector<std::string> codes;
};

// "XH" + the China date the plan was made (YYYY-MM-DD → YYYYMMDD) + "-" + the id on six digits.
std::string PlanNumber(std::string_view china_date, std::int64_t id);

// Why goods are destroyed: expired (过期), deteriorated (变质失效), waste (报废/废品), seized
// (收缴), other (其他).
bool IsPlanReason(std::string_view reason);
inline constexpr const char* kPlanReasonsEn = "expired, deteriorated, waste, seized, other";
inline constexpr const char* kPlanReasonsZh =
    "expired（过期）、deteriorated（变质失效）、waste（报废）、seized（收缴）、other（其他）";

// The office a report goes to: "province" (省级民爆行业主管部门) → reported_province,
// "police" (县级公安机关) → reported_police; nullopt for anything else.
std::optional<std::string> ReportKindOf(std::string_view office);

// The plan's status from the kinds of its events: closed once executed, reported with both
// reports, reporting with one, else draft.
std::string PlanStatus(const std::set<std::string>& kinds);

// The items of a new plan against the catalogue: at least one; each product known and listed
// once; a coded product lists its codes (no code twice in the plan; its quantity is their count),
// an uncoded one none and a quantity above 0. Fields: items[i].product_id / .quantity / .codes.
// Fills in the quantity of coded items.
std::vector<FieldError> CheckPlanItems(std::vector<PlanItem>& items,
                                       const catalogue::Catalogue& products);

// Whether a destruction voucher's lines may execute a plan whose events so far are `kinds` and
// whose goods are `plan`: both reports recorded (field `plan_field`), every line's product in
// the plan, no product over the plan's quantity (summed over lines), every code in the plan.
// A closed plan is the caller's 409 (PlanStatus).
std::vector<FieldError> CheckExecution(const std::set<std::string>& kinds,
                                       const std::vector<PlanItem>& plan,
                                       const std::vector<voucher::VoucherLine>& lines,
                                       const std::string& plan_field);

}  // namespace anjian::destruction
