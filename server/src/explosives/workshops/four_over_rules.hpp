// 四超 (234号 item 4, rules.md §8a): a civil-explosives producer working over the licensed
// quantity or product type, outside the permitted hours, storing over the permitted quantity, or
// with more people in a hazardous workshop than its staffing limit. Each criterion is one pure
// check of figures read from the data (ledger vouchers and balances, the licence's scope, the
// workshop's design limits, the check-in count); each finding names the figures. Any finding is a
// major hidden danger opened by the system (four_over_service).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.hpp"

namespace anjian::workshops {

enum class FourOverCriterion { kOutput, kProductType, kHours, kStorage, kStaffing };
const std::vector<FourOverCriterion>& AllCriteria();
std::string_view CriterionValue(FourOverCriterion c);  // output | product_type | hours | storage | staffing
std::optional<FourOverCriterion> ParseCriterion(std::string_view v);
std::string_view CriterionLabelZh(FourOverCriterion c);  // 超许可产量 …
std::string_view CriterionLabelEn(FourOverCriterion c);

struct FourOverFinding {
  FourOverCriterion criterion = FourOverCriterion::kStorage;
  std::string subject;  // what is over: "store:12", "workshop:3", "product:emulsion", "voucher:77"
  std::string subject_name;  // the magazine, workshop, product or voucher as people call it
  std::string measured;      // the figure found, with its unit ("150 kg")
  std::string limit;         // the limit it exceeds, with its unit ("100 kg")
  std::string detail_zh, detail_en;
};

// (a) + (b) Output against the production licence, calendar year to date. A scope entry covers
// a product when its code is the product's id or the product's kind (industrial_explosive …),
// the product's own entry first. Production of a product no entry covers is (b); production
// covered by an entry beyond its annual quantity (all the products it covers together) is (a).
struct Produced {
  std::string product_id, kind, name_zh, unit_zh;
  int64_t quantity_milli = 0;  // posted by production vouchers this year, thousandths of the unit
};
struct LicensedEntry {
  std::string code;            // product id or kind
  int64_t annual_milli = 0;    // the licence's annual quantity, thousandths of the product's unit
  std::string unit_zh;
};
std::vector<FourOverFinding> CheckOutput(const std::vector<Produced>& produced,
                                         const std::vector<LicensedEntry>& licensed, int year);

// (c) Working hours. `within` says whether the licence permits work on a China day at a minute
// of that day (licences::WithinWorkingHours over the licence's scope); events (production vouchers
// posted, people checked in at a hazardous workshop) at China-local times it refuses are one
// finding per China day (subject "day:YYYY-MM-DD", the times listed); `window` is the permitted
// hours as people read them ("08:00–18:00 周一至周五").
using HoursTest = std::function<bool(const core::Date& day, int minute_of_day)>;
struct TimedEvent {
  std::string subject_name;  // "出入库单 CK-…", "危险工房 装药工房 5 人"
  int64_t at_unix = 0;
};
std::vector<FourOverFinding> CheckHours(const std::vector<TimedEvent>& events,
                                        const HoursTest& within, const std::string& window);

// The permitted hours as people read them: "08:00–18:00（周一、周二、周三、周四、周五）", "全天"
// when neither days nor times are set. `days` are ISO weekdays ("12345"; "" = every day).
std::string HoursWindowZh(const std::string& days, const std::string& from,
                          const std::string& to);

// (d) Storage. A magazine's stock against its approved rated capacity, a workshop's stock (its
// intermediate stores' balances) against its 危险品定量. Amounts in grams of net explosive mass
// or in pieces.
enum class Measure { kNetMassG, kPieces };
struct StoredAmount {
  std::string subject, subject_name;
  bool workshop = false;  // a workshop's 定量 (otherwise a magazine's rated capacity)
  Measure measure = Measure::kNetMassG;
  int64_t amount = 0;
  std::optional<int64_t> limit;  // none: not rated in that measure (nothing to compare)
};
std::vector<FourOverFinding> CheckStorage(const std::vector<StoredAmount>& amounts);

// (e) Staffing. The latest check-in count of a workshop against its 最大允许定员 (GB 28263:
// the 操作定员 plus the people allowed in passing); over the 操作定员 but within the maximum is
// not 四超.
struct HeadCount {
  std::string subject, subject_name;
  int64_t people = 0;
  int64_t max_allowed = 0;
};
std::vector<FourOverFinding> CheckStaffing(const std::vector<HeadCount>& counts);

// "150 kg" / "1 500 发" style figures: grams shown as kg with up to 3 decimals, pieces as 发.
std::string FormatMeasure(Measure m, int64_t amount);

}  // namespace anjian::workshops
