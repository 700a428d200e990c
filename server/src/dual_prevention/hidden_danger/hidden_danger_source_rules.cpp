#include "dual_prevention/hidden_danger/hidden_danger_source_rules.hpp"

#include <algorithm>

namespace anjian::hidden_danger {
namespace {

struct SourceName {
  HiddenDangerSource value;
  std::string_view code, label_zh, label_en;
};

constexpr SourceName kSources[] = {
    {HiddenDangerSource::kInspection, "inspection", "隐患排查", "Inspection"},
    {HiddenDangerSource::kAdHoc, "ad_hoc", "随手拍", "Ad hoc report"},
    {HiddenDangerSource::kEnforcement, "enforcement", "执法检查", "Enforcement inspection"},
    {HiddenDangerSource::kReferral, "referral", "部门转办", "Referral"},
    {HiddenDangerSource::kDerived, "derived", "系统判定", "Determined from the data"},
};

const SourceName& Find(HiddenDangerSource s) {
  for (const auto& n : kSources)
    if (n.value == s) return n;
  return kSources[0];
}

}  // namespace

const std::vector<HiddenDangerSource>& AllHiddenDangerSources() {
  static const std::vector<HiddenDangerSource> kAll = {
      HiddenDangerSource::kInspection, HiddenDangerSource::kAdHoc,
      HiddenDangerSource::kEnforcement, HiddenDangerSource::kReferral,
      HiddenDangerSource::kDerived};
  return kAll;
}

std::string_view HiddenDangerSourceValue(HiddenDangerSource source) { return Find(source).code; }

std::optional<HiddenDangerSource> ParseHiddenDangerSource(std::string_view value) {
  for (const auto& n : kSources)
    if (n.code == value) return n.value;
  return std::nullopt;
}

std::string_view HiddenDangerSourceLabelZh(HiddenDangerSource source) {
  return Find(source).label_zh;
}
std::string_view HiddenDangerSourceLabelEn(HiddenDangerSource source) {
  return Find(source).label_en;
}

bool RegisteredByRegulator(HiddenDangerSource source) {
  return source == HiddenDangerSource::kEnforcement || source == HiddenDangerSource::kReferral ||
         source == HiddenDangerSource::kDerived;
}

}  // namespace anjian::hidden_danger
