#include "calendar/calendar_repository.hpp"

#include "platform/storage/nullable.hpp"

namespace anjian::calendar {

namespace {

std::vector<CalendarDay> DaysOf(const storage::ResultSet& rs) {
  std::vector<CalendarDay> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) {
    auto date = core::ParseIsoDate(rs.Text(i, "day"));
    auto kind = ParseDayKind(rs.Text(i, "kind"));
    if (!date || !kind) continue;  // a row written by hand that no rule can read
    out.push_back({*date, *kind, rs.Text(i, "name")});
  }
  return out;
}

}  // namespace

std::vector<CalendarDay> LoadAllDays(storage::Connection& conn) {
  return DaysOf(conn.Query("SELECT day, kind, name FROM working_calendar_days ORDER BY day"));
}

std::vector<CalendarDay> LoadYearDays(storage::Connection& conn, int year) {
  return DaysOf(conn.Query(
      "SELECT day, kind, name FROM working_calendar_days WHERE year = ? ORDER BY day",
      {static_cast<int64_t>(year)}));
}

std::optional<CalendarYear> FindYear(storage::Connection& conn, int year) {
  auto rs = conn.Query(
      "SELECT year, source, updated_by, updated_at FROM working_calendar_years WHERE year = ?",
      {static_cast<int64_t>(year)});
  if (rs.empty()) return std::nullopt;
  return CalendarYear{year, rs.Text(0, "source"), rs.OptInt(0, "updated_by"),
                      rs.Text(0, "updated_at")};
}

std::vector<int> ListYears(storage::Connection& conn) {
  auto rs = conn.Query("SELECT year FROM working_calendar_years ORDER BY year");
  std::vector<int> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(static_cast<int>(rs.Int(i, "year")));
  return out;
}

void ReplaceYear(storage::Connection& conn, const CalendarYear& y,
                 const std::vector<CalendarDay>& days) {
  const int64_t year = y.year;
  conn.Exec("DELETE FROM working_calendar_days WHERE year = ?", {year});
  if (conn.Exec("UPDATE working_calendar_years SET source = ?, updated_by = ?, updated_at = ? "
                "WHERE year = ?",
                {y.source, storage::Nullable(y.updated_by), y.updated_at, year}) == 0)
    conn.Exec("INSERT INTO working_calendar_years (year, source, updated_by, updated_at) "
              "VALUES (?, ?, ?, ?)",
              {year, y.source, storage::Nullable(y.updated_by), y.updated_at});
  for (const auto& d : days)
    conn.Exec("INSERT INTO working_calendar_days (day, year, kind, name) VALUES (?, ?, ?, ?)",
              {core::FormatIsoDate(d.date), year, std::string(DayKindValue(d.kind)), d.name});
}

void AppendChange(storage::Connection& conn, const CalendarChange& c) {
  conn.Exec(
      "INSERT INTO working_calendar_changes (year, before_json, after_json, changed_by, "
      "changed_by_name, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
      {static_cast<int64_t>(c.year), c.before_json, c.after_json, storage::Nullable(c.changed_by),
       c.changed_by_name, c.changed_at});
}

std::vector<CalendarChange> ListChanges(storage::Connection& conn, int year, int64_t limit) {
  auto rs = conn.Query(
      "SELECT id, year, before_json, after_json, changed_by, changed_by_name, changed_at "
      "FROM working_calendar_changes WHERE year = ? ORDER BY id DESC LIMIT ?",
      {static_cast<int64_t>(year), limit});
  std::vector<CalendarChange> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), year, rs.Text(i, "before_json"), rs.Text(i, "after_json"),
                   rs.OptInt(i, "changed_by"), rs.Text(i, "changed_by_name"),
                   rs.Text(i, "changed_at")});
  return out;
}

}  // namespace anjian::calendar
