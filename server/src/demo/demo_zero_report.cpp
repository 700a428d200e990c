#include "demo/demo_zero_report.hpp"

#include <string>
#include <vector>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/prng.hpp"
#include "emergency/zero_report/zero_report_repository.hpp"
#include "emergency/zero_report/zero_report_rules.hpp"

namespace anjian::demo {

void SeedDemoZeroReport(storage::Connection& conn, int64_t now_unix) {
  using namespace zero_report;
  auto city = conn.Query(
      "SELECT a.id, a.region_code, a.region_path, MIN(u.id) AS user_id FROM agencies a JOIN "
      "users u ON u.agency_id = a.id WHERE a.region_code = '370800' GROUP BY a.id, "
      "a.region_code, a.region_path");
  if (city.empty()) return;
  const int64_t agency = city.Int(0, "id"), recorder = city.Int(0, "user_id");
  const core::Date today = core::ChinaDate(now_unix);
  NewPeriod p;
  p.agency_id = agency;
  p.region_path = city.Text(0, "region_path");
  p.region_code = city.Text(0, "region_code");
  p.title = "元旦前后安全生产零报告";
  p.reason = "holiday";
  p.first_date = core::FormatIsoDate(core::AddDays(today, -2));
  p.last_date = core::FormatIsoDate(core::AddDays(today, 5));
  p.deadline_time = "09:00";
  p.remind_minutes = kDefaultRemindMinutes;
  p.industries = {"civil_explosives_production", "civil_explosives_sales", "hazardous_chemicals"};
  p.note = "节日期间各民爆、危化企业每日 9 时前报告前 24 小时安全生产情况，无异常也须零报告。";
  p.declared_by = recorder;
  p.at = core::IsoFromUnix(core::ChinaDayStart(core::AddDays(today, -3)) + 15 * 3600);
  PeriodRow row;
  row.id = InsertPeriod(conn, p);
  row.region_path = p.region_path;
  row.industries = p.industries;
  const int minute = *ParseTimeOfDay(p.deadline_time);
  core::SplitMix64 rng(20261231);
  for (int back = 2; back >= 0; --back) {
    const core::Date day = core::AddDays(today, -back);
    const std::string day_iso = core::FormatIsoDate(day);
    const int64_t deadline = DeadlineOf(day, minute);
    int n = 0;
    for (const auto& e : ListBoard(conn, row, nullptr, day_iso, "", 100000, 0)) {
      ++n;
      const uint64_t roll = rng.Below(100);
      // Past days: 92 in 100 report (10 of them late); today: 70 in 100 have so far.
      if (roll >= (back > 0 ? 92u : 70u)) continue;
      // On time: past days between 06:30 and 08:30; today spread from 00:20 to the deadline (so
      // at any hour of the demo some have reported and some not yet). Late: 5 min to 4 h after.
      int64_t at = back > 0 ? deadline - 60 * static_cast<int64_t>(30 + rng.Below(150))
                            : core::ChinaDayStart(day) +
                                  60 * static_cast<int64_t>(20 + rng.Below(minute - 20));
      if (roll < 10) at = deadline + 60 * static_cast<int64_t>(5 + rng.Below(240));
      if (at > now_unix) continue;  // not yet: missing for now
      auto user = conn.Query("SELECT MIN(id) AS id FROM users WHERE enterprise_id = ? AND "
                             "status = 'active'",
                             {e.enterprise.id});
      const bool online = !user.IsNull(0, "id");
      NewReport r;
      r.period_id = row.id;
      r.enterprise_id = e.enterprise.id;
      r.region_path = conn.Query("SELECT region_path FROM enterprises WHERE id = ?",
                                 {e.enterprise.id})
                          .Text(0, "region_path");
      r.day = day_iso;
      r.kind = std::string(kNothingAbnormal);
      r.late_minutes = LateMinutes(at, deadline);
      r.by = online ? user.Int(0, "id") : recorder;
      r.channel = online ? "online" : "phone";
      r.at = core::IsoFromUnix(at);
      r.version = 1;
      if (back == 1 && n == 3) {
        r.kind = std::string(kEvent);
        r.content = "凌晨库区周界报警一次，值班人员 5 分钟内到场核查，系野猫触发，已复位并记录。";
      }
      InsertDay(conn, r);
      InsertReportVersion(conn, r);
    }
  }
}

}  // namespace anjian::demo
