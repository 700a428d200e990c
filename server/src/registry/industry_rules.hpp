// Industry categories (行业类别), the supervision duty each implies, and the GB/T 4754-2017
// code table (国民经济行业分类) used to check an enterprise's industry_code.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace anjian::registry {

enum class Industry {
  kCivilExplosivesProduction,
  kCivilExplosivesSales,
  kCivilAircraft,
  kCivilShip,
  kHazardousChemicals,
  kGeneral,
};

// Seed 003 §2(1): 工信 departments *supervise* (enforce) the civil explosives, civil aircraft
// and civil ship industries and only *manage* (guide) every other industry.
enum class Supervision { kSupervision, kIndustryManagement };

const std::vector<Industry>& AllIndustries();
std::string_view IndustryValue(Industry industry);  // "civil_explosives_production", ...
std::optional<Industry> ParseIndustry(std::string_view value);
std::string_view IndustryLabelZh(Industry industry);
std::string_view IndustryLabelEn(Industry industry);

const std::vector<Supervision>& AllSupervisions();
std::string_view SupervisionValue(Supervision supervision);  // "supervision" | "industry_management"
std::optional<Supervision> ParseSupervision(std::string_view value);
std::string_view SupervisionLabelZh(Supervision supervision);
std::string_view SupervisionLabelEn(Supervision supervision);

Supervision SupervisionFor(Industry industry);

// The industry an import cell names (a person's spreadsheet, not the API): the value
// (civil_aircraft), the Chinese or English label, a common synonym (民用航空器制造 for 民用飞机制造,
// 危化品 for 危险化学品, ...) or a GB/T 4754 class that determines the category (2671 explosives
// production, 373x ships, 374x aircraft); case and surrounding spaces are ignored. When the cell
// is such a code, *code receives it (the import fills an empty industry_code with it).
std::optional<Industry> IndustryFromImportCell(std::string_view cell, std::string* code = nullptr);

struct IndustryCode {
  std::string code;  // four digits (小类)
  std::string name_zh;
  std::string name_en;
};

// A SUBSET of GB/T 4754-2017 (as amended): only four-digit classes checked against published
// code tables, chosen for the industries a 工信 bureau in Jining meets (chemicals, explosives,
// ships, aircraft, building materials, metals, machinery, vehicles, food, textiles, paper,
// chemical wholesale). Accuracy over breadth: a missing code is rejected as unknown rather than
// guessed. Sorted by code.
const std::vector<IndustryCode>& IndustryCodes();
const IndustryCode* FindIndustryCode(std::string_view code);

// Rule industry_code_mismatch: civil explosives production must be 2671, civil aircraft 374x,
// civil ships 373x. Explosives sales accept any code: sellers are classified under wholesale or
// under their parent's manufacturing code, and no single mapping is mandated. An empty code is
// allowed (the field is optional). Other industries are not constrained.
std::vector<FieldError> CheckIndustryConsistency(Industry industry, std::string_view industry_code);

}  // namespace anjian::registry

