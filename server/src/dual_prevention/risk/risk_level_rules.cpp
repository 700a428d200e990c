#include "dual_prevention/risk/risk_level_rules.hpp"

namespace anjian::risk {
namespace {

struct LevelInfo {
  RiskLevel level;
  std::string_view value, label_zh, label_en, color;
  int rank;
};

constexpr LevelInfo kLevelInfo[] = {
    {RiskLevel::kMajor, "major", "重大", "Major", "red", 4},
    {RiskLevel::kHigh, "high", "较大", "High", "orange", 3},
    {RiskLevel::kModerate, "moderate", "一般", "Moderate", "yellow", 2},
    {RiskLevel::kLow, "low", "低", "Low", "blue", 1},
};

const LevelInfo& Info(RiskLevel level) {
  for (const auto& info : kLevelInfo) {
    if (info.level == level) return info;
  }
  return kLevelInfo[0];
}

}  // namespace

const std::vector<RiskLevel>& AllRiskLevels() {
  static const std::vector<RiskLevel> kAll = {RiskLevel::kMajor, RiskLevel::kHigh,
                                              RiskLevel::kModerate, RiskLevel::kLow};
  return kAll;
}

std::string_view RiskLevelValue(RiskLevel l) { return Info(l).value; }
std::string_view RiskLevelColor(RiskLevel l) { return Info(l).color; }
std::string_view RiskLevelLabelZh(RiskLevel l) { return Info(l).label_zh; }
std::string_view RiskLevelLabelEn(RiskLevel l) { return Info(l).label_en; }
int RiskLevelRank(RiskLevel l) { return Info(l).rank; }

std::optional<RiskLevel> ParseRiskLevel(std::string_view value) {
  for (const auto& info : kLevelInfo) {
    if (info.value == value) return info.level;
  }
  return std::nullopt;
}

bool IsHigherRisk(RiskLevel a, RiskLevel b) { return RiskLevelRank(a) > RiskLevelRank(b); }

RiskLevel HigherOf(RiskLevel a, RiskLevel b) { return IsHigherRisk(b, a) ? b : a; }

std::optional<RiskLevel> HighestOf(const std::vector<RiskLevel>& levels) {
  std::optional<RiskLevel> highest;
  for (auto l : levels) highest = highest ? HigherOf(*highest, l) : l;
  return highest;
}

}  // namespace anjian::risk
