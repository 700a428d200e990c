// The four risk levels of graded risk control (风险分级管控) and their national colours
// (安委办〔2016〕11号: 重大 red, 较大 orange, 一般 yellow, 低 blue), used by assessments, the
// four-colour risk map and the regional overview coloured by the highest open risk.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace anjian::risk {

enum class RiskLevel { kMajor, kHigh, kModerate, kLow };

// Highest first, the order of every register and legend.
const std::vector<RiskLevel>& AllRiskLevels();
std::string_view RiskLevelValue(RiskLevel level);  // "major" | "high" | "moderate" | "low"
std::optional<RiskLevel> ParseRiskLevel(std::string_view value);
std::string_view RiskLevelColor(RiskLevel level);  // "red" | "orange" | "yellow" | "blue"
std::string_view RiskLevelLabelZh(RiskLevel level);  // 重大 | 较大 | 一般 | 低
std::string_view RiskLevelLabelEn(RiskLevel level);  // Major | High | Moderate | Low

// 4 for major down to 1 for low, so levels compare by severity rather than by enum order.
int RiskLevelRank(RiskLevel level);
bool IsHigherRisk(RiskLevel a, RiskLevel b);  // a strictly more severe than b
RiskLevel HigherOf(RiskLevel a, RiskLevel b);
// The most severe level, nullopt for none (a unit or region without open risks is uncoloured,
// not "low").
std::optional<RiskLevel> HighestOf(const std::vector<RiskLevel>& levels);

}  // namespace anjian::risk
