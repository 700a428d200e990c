// Code lists of the risk register (rules.md §10, §11): GB 6441 accident types, GB/T 13861-2022 hazard
// factors (the four-level tree, data in server/reference/hazard_factors_gbt13861.tsv, generated into
// risk_codes_rules.cpp by scripts/gen-hazard-factors.py; levels three and four are marked
// unconfirmed there), and the register's own choices
// (unit types, control measure kinds, control levels). Served to the UI by the reference route so
// the register is filled from lists, and checked on every write.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace anjian::risk {

struct CodeEntry {
  std::string code;
  std::string label_zh;
  std::string label_en;
  std::string parent;  // hazard factors: the code of the class above ("" at the top)
};

const std::vector<CodeEntry>& AccidentTypes();   // GB 6441-1986, "01"-"20"
const std::vector<CodeEntry>& HazardFactors();   // GB/T 13861: "1"-"4", "11", "1101", "110101", …
const std::vector<CodeEntry>& RiskUnitTypes();   // area | equipment | post
const std::vector<CodeEntry>& MeasureKinds();    // engineering | management | training | ppe | emergency
const std::vector<CodeEntry>& ControlLevels();   // company | department | workshop | team
const std::vector<CodeEntry>& MajorHazardGrades();  // 一级-四级 (GB 18218)

const CodeEntry* FindCode(const std::vector<CodeEntry>& list, std::string_view code);
// Allowed codes joined for a refusal message: "01, 02, …".
std::string JoinCodes(const std::vector<CodeEntry>& list);

// Whether a hazard factor code may be recorded on a risk event: any code of the tree (a class,
// sub-class, group or item).
bool IsHazardFactor(std::string_view code);
// The top class ("1" 人的因素 …) of a listed hazard factor code, "" for an unknown one.
std::string HazardFactorClass(std::string_view code);
// The statistics' roll-up (rules.md §11, seed 003 §3(3)): the child of `node` ("" = the top, whose
// children are the four classes) on the way up the tree from `code`, e.g. ("", "210301") → "2",
// ("2", "210301") → "21", ("21", "210301") → "2103". "" when `code` is unknown, is `node` itself
// or lies outside `node`'s subtree.
std::string HazardFactorChildOf(std::string_view node, std::string_view code);
// Whether a code of the tree has codes below it (a statistics row can be drilled into).
bool HazardFactorHasChildren(std::string_view code);
// The codes one level below `node` ("" = the four classes), in the standard's order.
std::vector<std::string> HazardFactorChildren(std::string_view node);
// Examples of the tree's code shapes named by hazard_factor_invalid (the ~240 codes are too many
// to list in a refusal).
inline constexpr std::string_view kHazardFactorExamples = "1, 21, 2103, 210301";

}  // namespace anjian::risk
