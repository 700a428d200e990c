#include "explosives/workshops/four_over_rules.hpp"

#include <fmt/format.h>

#include "core/china_time.hpp"
#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::workshops {

namespace {

struct CriterionInfo {
  FourOverCriterion c;
  std::string_view value, zh, en;
};
constexpr CriterionInfo kCriteria[] = {
    {FourOverCriterion::kOutput, "output", "超许可产量", "Output over the licensed quantity"},
    {FourOverCriterion::kProductType, "product_type", "超许可品种",
     "Product type not licensed"},
    {FourOverCriterion::kHours, "hours", "超许可时间", "Working outside the permitted hours"},
    {FourOverCriterion::kStorage, "storage", "超核定储量", "Storage over the permitted quantity"},
    {FourOverCriterion::kStaffing, "staffing", "超定员", "People over the staffing limit"},
};

const CriterionInfo& Info(FourOverCriterion c) {
  for (const auto& i : kCriteria)
    if (i.c == c) return i;
  return kCriteria[0];
}

}  // namespace

const std::vector<FourOverCriterion>& AllCriteria() {
  static const std::vector<FourOverCriterion> all = {
      FourOverCriterion::kOutput, FourOverCriterion::kProductType, FourOverCriterion::kHours,
      FourOverCriterion::kStorage, FourOverCriterion::kStaffing};
  return all;
}
std::string_view CriterionValue(FourOverCriterion c) { return Info(c).value; }
std::string_view CriterionLabelZh(FourOverCriterion c) { return Info(c).zh; }
std::string_view CriterionLabelEn(FourOverCriterion c) { return Info(c).en; }
std::optional<FourOverCriterion> ParseCriterion(std::string_view v) {
  for (const auto& i : kCriteria)
    if (i.value == v) return i.c;
  return std::nullopt;
}

std::string FormatMeasure(Measure m, int64_t amount) {
  if (m == Measure::kPieces) return fmt::format("{} 发", amount);
  return catalogue::FormatMilli(amount) + " kg";  // grams are thousandths of a kilogram
}

std::vector<FourOverFinding> CheckOutput(const std::vector<Produced>& produced,
                                         const std::vector<LicensedEntry>& licensed, int year) {
  std::vector<FourOverFinding> out;
  auto covering = [&](const Produced& p) -> const LicensedEntry* {
    for (const auto& e : licensed)
      if (e.code == p.product_id) return &e;
    for (const auto& e : licensed)
      if (!p.kind.empty() && e.code == p.kind) return &e;
    return nullptr;
  };
  std::map<std::string, int64_t> per_entry;
  std::map<std::string, std::string> entry_names;
  for (const auto& p : produced) {
    if (p.quantity_milli <= 0) continue;
    const LicensedEntry* e = covering(p);
    if (!e) {
      FourOverFinding f;
      f.criterion = FourOverCriterion::kProductType;
      f.subject = "product:" + p.product_id;
      f.subject_name = p.name_zh;
      f.measured = catalogue::FormatMilli(p.quantity_milli) + p.unit_zh;
      f.limit = "未许可";
      f.detail_zh = fmt::format("{}年生产{} {}，该品种不在生产许可范围内", year, p.name_zh,
                                f.measured);
      f.detail_en = fmt::format("{} produced in {}: {}, a product type the licence does not cover",
                                p.product_id, year, f.measured);
      out.push_back(std::move(f));
      continue;
    }
    per_entry[e->code] += p.quantity_milli;
    auto& names = entry_names[e->code];
    if (!names.empty()) names += "、";
    names += p.name_zh;
  }
  for (const auto& e : licensed) {
    auto it = per_entry.find(e.code);
    if (it == per_entry.end() || it->second <= e.annual_milli) continue;
    FourOverFinding f;
    f.criterion = FourOverCriterion::kOutput;
    f.subject = "licence_scope:" + e.code;
    f.subject_name = entry_names[e.code];
    f.measured = catalogue::FormatMilli(it->second) + e.unit_zh;
    f.limit = catalogue::FormatMilli(e.annual_milli) + e.unit_zh;
    f.detail_zh = fmt::format("{}年累计生产{} {}，超过许可年产量 {}", year, f.subject_name,
                              f.measured, f.limit);
    f.detail_en = fmt::format("{} produced in {} so far: {}, over the licensed {} a year", e.code,
                              year, f.measured, f.limit);
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<FourOverFinding> CheckHours(const std::vector<TimedEvent>& events,
                                        const HoursTest& within, const std::string& window) {
  // Per China day, in order of the day: the times and what happened.
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> days;
  for (const auto& e : events) {
    const auto local = core::LocalFromUnix(e.at_unix);
    if (within(local.date, local.minute)) continue;
    days[core::FormatIsoDate(local.date)].push_back(
        {core::FormatLocal(local.date, local.minute).substr(11), e.subject_name});
  }
  std::vector<FourOverFinding> out;
  for (const auto& [day, list] : days) {
    FourOverFinding f;
    f.criterion = FourOverCriterion::kHours;
    f.subject = "day:" + day;
    f.subject_name = day;
    std::string what_zh, times;
    for (const auto& [time, name] : list) {
      if (!times.empty()) times += "、";
      times += time;
      if (!what_zh.empty()) what_zh += "；";
      what_zh += time + " " + name;
    }
    f.measured = day + " " + times;
    f.limit = window;
    f.detail_zh = fmt::format("{} 在许可作业时间（{}）以外作业 {} 次：{}", day, window, list.size(),
                              what_zh);
    f.detail_en = fmt::format("{}: {} time(s) of work outside the permitted hours ({}) at {}", day,
                              list.size(), window, times);
    out.push_back(std::move(f));
  }
  return out;
}

std::string HoursWindowZh(const std::string& days, const std::string& from,
                          const std::string& to) {
  static constexpr const char* kDays[] = {"", "周一", "周二", "周三", "周四", "周五", "周六", "周日"};
  std::string out = from.empty() || to.empty() ? std::string("全天") : from + "–" + to;
  if (!days.empty()) {
    std::string list;
    for (char c : days)
      if (c >= '1' && c <= '7') list += (list.empty() ? "" : "、") + std::string(kDays[c - '0']);
    out += "（" + list + "）";
  }
  return out;
}

std::vector<FourOverFinding> CheckStorage(const std::vector<StoredAmount>& amounts) {
  std::vector<FourOverFinding> out;
  for (const auto& a : amounts) {
    if (!a.limit || a.amount <= *a.limit) continue;
    FourOverFinding f;
    f.criterion = FourOverCriterion::kStorage;
    f.subject = a.subject;
    f.subject_name = a.subject_name;
    f.measured = FormatMeasure(a.measure, a.amount);
    f.limit = FormatMeasure(a.measure, *a.limit);
    if (a.workshop) {
      f.detail_zh = fmt::format("危险工房“{}”存药 {}，超过危险品定量 {}", a.subject_name,
                                f.measured, f.limit);
      f.detail_en = fmt::format("workshop {} holds {}, over its quantity limit {}",
                                a.subject_name, f.measured, f.limit);
    } else {
      f.detail_zh = fmt::format("库房“{}”储存 {}，超过核定库容 {}", a.subject_name, f.measured,
                                f.limit);
      f.detail_en = fmt::format("magazine {} holds {}, over its approved rated capacity {}",
                                a.subject_name, f.measured, f.limit);
    }
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<FourOverFinding> CheckStaffing(const std::vector<HeadCount>& counts) {
  std::vector<FourOverFinding> out;
  for (const auto& c : counts) {
    if (c.people <= c.max_allowed) continue;
    FourOverFinding f;
    f.criterion = FourOverCriterion::kStaffing;
    f.subject = c.subject;
    f.subject_name = c.subject_name;
    f.measured = fmt::format("{} 人", c.people);
    f.limit = fmt::format("{} 人", c.max_allowed);
    f.detail_zh = fmt::format("危险工房“{}”现场 {} 人，超过最大允许定员 {} 人", c.subject_name,
                              c.people, c.max_allowed);
    f.detail_en = fmt::format("workshop {} has {} people, over its maximum of {}",
                              c.subject_name, c.people, c.max_allowed);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace anjian::workshops
