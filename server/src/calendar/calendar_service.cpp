#include "calendar/calendar_service.hpp"

#include <boost/json.hpp>

#include "calendar/calendar_repository.hpp"
#include "core/clock.hpp"

namespace anjian::calendar {

namespace json = boost::json;

namespace {

json::object YearJson(const std::string& source, const std::vector<CalendarDay>& days) {
  json::array a;
  for (const auto& d : days)
    a.push_back(json::object{{"date", core::FormatIsoDate(d.date)},
                             {"kind", DayKindValue(d.kind)},
                             {"name", d.name}});
  return json::object{{"source", source}, {"days", std::move(a)}};
}

}  // namespace

WorkingCalendar LoadWorkingCalendar(storage::Connection& conn) {
  return WorkingCalendar(LoadAllDays(conn));
}

void ReplaceYearDays(storage::Connection& conn, const audit::Actor& actor, const YearInput& in) {
  storage::Transaction tx(conn);
  const auto old_year = FindYear(conn, in.year);
  // Stored sorted, as LoadYearDays reads them back.
  const std::vector<CalendarDay> days = WorkingCalendar(in.days).days();
  const json::value before =
      old_year ? json::value(YearJson(old_year->source, LoadYearDays(conn, in.year)))
               : json::value(json::object{});
  const json::value after = YearJson(in.source, days);
  if (before == after) return;
  const std::string at = core::IsoFromUnix(actor.at);
  ReplaceYear(conn, CalendarYear{in.year, in.source, actor.id, at}, days);
  AppendChange(conn, {0, in.year, json::serialize(before), json::serialize(after), actor.id,
                      actor.name, at});
  audit::Append(conn, actor, "update", "working_calendar", std::to_string(in.year), before, after);
  tx.Commit();
}

}  // namespace anjian::calendar
