// /api/v1/calendar: the China working-day calendar of a year (every signed-in user reads it:
// deadlines everywhere are counted on it) and its replacement by the system administrator.
#include "calendar/calendar_handlers.hpp"

#include <boost/json.hpp>

#include "calendar/calendar_repository.hpp"
#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/core_errors.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/api_errors.hpp"
#include "platform/api/json.hpp"

namespace anjian::calendar {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

constexpr int64_t kHistoryLimit = 50;
constexpr size_t kMaxDaysPerYear = 120;
constexpr size_t kMaxSourceChars = 200;

int YearOf(Context& ctx) {
  auto v = ctx.req.Query("year");
  if (!v || v->empty()) return core::ChinaDate(ctx.Now()).year;
  if (v->size() > 4 || v->find_first_not_of("0123456789") != std::string::npos)
    core::Invalid(core::CoreErr("range").At("year", kFirstYear, kLastYear));
  const int y = std::stoi(*v);
  if (y < kFirstYear || y > kLastYear)
    core::Invalid(core::CoreErr("range").At("year", kFirstYear, kLastYear));
  return y;
}

json::object YearResponse(storage::Connection& conn, int year) {
  const auto y = FindYear(conn, year);
  const auto days = LoadYearDays(conn, year);
  json::array items;
  int holidays = 0, workdays = 0;
  for (const auto& d : days) {
    (d.kind == DayKind::kHoliday ? holidays : workdays)++;
    items.push_back(json::object{{"date", core::FormatIsoDate(d.date)},
                                 {"kind", DayKindValue(d.kind)},
                                 {"name", d.name}});
  }
  // Working days of the year on this calendar (weekends and holidays off, adjusted days on).
  const WorkingCalendar cal(days);
  const core::Date first{year, 1, 1};
  const int64_t working = cal.WorkingDaysBetween(core::AddDays(first, -1), core::Date{year, 12, 31});
  json::array history;
  for (const auto& c : ListChanges(conn, year, kHistoryLimit))
    history.push_back(json::object{
        {"id", c.id},
        {"before", json::parse(c.before_json)},
        {"after", json::parse(c.after_json)},
        {"changed_by", c.changed_by ? json::value(*c.changed_by) : json::value(nullptr)},
        {"changed_by_name", c.changed_by_name},
        {"changed_at", c.changed_at}});
  json::array years;
  for (int each : ListYears(conn)) years.push_back(each);
  return json::object{
      {"year", year},
      {"published", y.has_value()},
      {"source", y ? json::value(y->source) : json::value(nullptr)},
      {"updated_at", y ? json::value(y->updated_at) : json::value(nullptr)},
      {"days", std::move(items)},
      {"holiday_count", holidays},
      {"workday_count", workdays},
      {"working_days", working},
      {"years", std::move(years)},
      {"history", std::move(history)},
  };
}

}  // namespace

Response GetCalendar(Context& ctx) {
  const int year = YearOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(YearResponse(*conn, year));
}

Response PutCalendar(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  YearInput y;
  const auto year = in.Int("year", true);
  if (year && (*year < kFirstYear || *year > kLastYear))
    in.AddError(core::CoreErr("range").At("year", kFirstYear, kLastYear));
  y.year = year ? static_cast<int>(*year) : 0;
  y.source = in.Str("source", true, kMaxSourceChars);
  if (!in.Has("days")) in.AddError(core::CoreErr("required").At("days"));
  const auto days = in.Arr("days", kMaxDaysPerYear);
  bool days_ok = true;
  for (size_t i = 0; i < days.size(); ++i) {
    const std::string at = "days[" + std::to_string(i) + "]";
    if (!days[i].is_object()) {
      in.AddError(core::CoreErr("type").At(at, "an object", "对象"));
      days_ok = false;
      continue;
    }
    api::JsonInput d(days[i].as_object());
    const std::string date_text = d.Str("date", true, 10);
    const std::string kind_text = d.Str("kind", true, 10);
    const std::string name = d.Str("name", false, 100);
    auto date = core::ParseIsoDate(date_text);
    auto kind = ParseDayKind(kind_text);
    if (!date_text.empty() && !date) d.AddError(core::CoreErr("date_invalid").At("date"));
    if (!kind_text.empty() && !kind)
      d.AddError(core::CoreErr("kind_invalid")
                     .At("kind", "holiday, workday", "holiday（放假）、workday（调休上班）"));
    for (auto e : d.TakeErrors()) {
      e.field = at + "." + e.field;
      in.AddError(std::move(e));
      days_ok = false;
    }
    if (date && kind) y.days.push_back({*date, *kind, name});
  }
  if (year && days_ok && in.errors().empty())
    for (auto& e : CheckYearDays(y.year, y.days)) in.AddError(std::move(e));
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  ReplaceYearDays(*conn, api::ActorOf(ctx), y);
  return api::JsonResponse(YearResponse(*conn, y.year));
}

}  // namespace anjian::calendar
