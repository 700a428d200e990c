#include "dual_prevention/hidden_danger/hidden_danger_query.hpp"

#include <boost/json.hpp>
#include <map>

#include "platform/api/json.hpp"
#include "core/civil_date.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_fsm_rules.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_source_rules.hpp"
#include "registry/industry_rules.hpp"
#include "registry/jurisdiction_rules.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_store.hpp"
#include "registry/query_filter.hpp"
#include "platform/storage/like.hpp"

namespace anjian::hazard {

namespace json = boost::json;
using storage::Value;

// "/370000/370800/": province and city codes have six characters (registry/region_rules.hpp).
constexpr size_t kCityPathLength = 15;

std::optional<std::string> RegionPathInScope(storage::Connection& conn, const api::Scope& scope,
                                             const std::string& region_code) {
  auto rs = conn.Query("SELECT path FROM regions WHERE code = ?", {region_code});
  if (rs.empty()) return std::nullopt;
  std::string path = rs.Text(0, "path");
  switch (scope.kind) {
    case api::Scope::Kind::kAll: return path;
    case api::Scope::Kind::kRegion:
      if (path.rfind(scope.region_path, 0) == 0) return path;
      return std::nullopt;
    default: return std::nullopt;
  }
}

namespace {

std::optional<bool> ParseBool(const std::optional<std::string>& v, const char* field,
                              std::vector<FieldError>& errors) {
  if (!v || v->empty()) return std::nullopt;
  if (*v == "true" || *v == "1") return true;
  if (*v == "false" || *v == "0") return false;
  errors.push_back({field, "bool_invalid", std::string(field) + " must be true or false",
                    "应为 true 或 false"});
  return std::nullopt;
}

void ParseDate(const std::optional<std::string>& v, const char* field, std::string& out,
               std::vector<FieldError>& errors) {
  if (!v || v->empty()) return;
  if (!dp::ParseIsoDate(*v)) {
    errors.push_back({field, "date_invalid", std::string(field) + " must be a date YYYY-MM-DD",
                      "日期须为 YYYY-MM-DD 格式"});
    return;
  }
  out = *v;
}

}  // namespace

HiddenDangerFilter ParseHiddenDangerFilter(
    const std::function<std::optional<std::string>(const char*)>& query,
    std::vector<FieldError>& errors) {
  HiddenDangerFilter f;
  auto get = [&](const char* k) { return api::Trim(query(k).value_or("")); };
  f.region_code = get("region_code");
  if (f.region_code.size() > 12 ||
      f.region_code.find_first_not_of("0123456789Z") != std::string::npos)  // Z: zones
    errors.push_back({"region_code", "region_unknown", "unknown region code", "未知的行政区划代码"});
  f.industry = get("industry");
  if (!f.industry.empty() && !domain::ParseIndustry(f.industry))
    errors.push_back({"industry", "industry_invalid", "unknown industry", "未知的行业类别"});
  f.level = get("level");
  if (!f.level.empty() && !dp::ParseHiddenDangerLevel(f.level))
    errors.push_back({"level", "level_invalid", "level must be unassessed, ordinary or major",
                      "隐患等级须为未定级、一般或重大"});
  f.state = get("state");
  if (!f.state.empty() && !dp::ParseHiddenDangerState(f.state))
    errors.push_back({"state", "state_invalid", "unknown state", "未知的隐患状态"});
  f.source = get("source");
  if (!f.source.empty() && !dp::ParseHiddenDangerSource(f.source))
    errors.push_back({"source", "source_invalid",
                      "source must be inspection, ad_hoc, enforcement or referral",
                      "隐患来源须为隐患排查、随手拍、执法检查或部门转办"});
  f.hazard_factor = get("hazard_factor");
  if (!f.hazard_factor.empty() && !dp::IsHazardFactorClass(f.hazard_factor))
    errors.push_back({"hazard_factor", "hazard_factor_invalid",
                      "hazard_factor must be a GB/T 13861 class 1-4",
                      "危险和有害因素须为 GB/T 13861 大类 1–4"});
  f.overdue = ParseBool(query("overdue"), "overdue", errors);
  f.open = ParseBool(query("open"), "open", errors);
  f.listed = ParseBool(query("listed"), "listed", errors);
  f.closed_on_time = ParseBool(query("closed_on_time"), "closed_on_time", errors);
  if (auto e = get("enterprise_id"); !e.empty()) {
    if (e.size() > 18 || e.find_first_not_of("0123456789") != std::string::npos)
      errors.push_back({"enterprise_id", "type", "must be an integer", "类型错误，应为整数"});
    else
      f.enterprise_id = std::stoll(e);
  }
  f.q = get("q");
  if (api::Utf8Length(f.q) > 100)
    errors.push_back({"q", "max_length", "must be at most 100 characters", "关键字过长"});
  ParseDate(query("found_from"), "found_from", f.found_from, errors);
  ParseDate(query("found_to"), "found_to", f.found_to, errors);
  ParseDate(query("closed_from"), "closed_from", f.closed_from, errors);
  ParseDate(query("closed_to"), "closed_to", f.closed_to, errors);
  ParseDate(query("deadline_from"), "deadline_from", f.deadline_from, errors);
  ParseDate(query("deadline_to"), "deadline_to", f.deadline_to, errors);
  if (auto s = get("sort"); !s.empty()) {
    std::string col = s[0] == '-' ? s.substr(1) : s;
    if (col != "id" && col != "found_on" && col != "deadline")
      errors.push_back({"sort", "sort_invalid", "sort by id, found_on or deadline",
                        "只能按编号、发现日期或整改期限排序"});
    else
      f.sort = s;
  }
  return f;
}

namespace {

// A region's subtree of hidden dangers as the condition their list indexes seek best. A city
// is the equality on the first 15 characters of the path that ix_hd_city_list and
// ix_hd_city_open_list are built on (V010; the same text, or the planners do not match it),
// which an index can follow in id order; other regions keep the range (a county's subtree is
// small, and a province's is everything).
api::SqlFilter SubtreeSql(const std::string& path) {
  if (domain::JurisdictionLevelOfPath(path) == 2 && path.size() == kCityPathLength)
    return {"SUBSTR(h.region_path, 1, 15) = ?", {path}};
  return {"h.region_path >= ? AND h.region_path < ?", {path, api::PathUpperBound(path)}};
}

api::SqlFilter BuildWhere(storage::Connection& conn, const api::Scope& scope,
                          const HiddenDangerFilter& f, const std::string& today) {
  auto sf = scope.kind == api::Scope::Kind::kRegion
                ? SubtreeSql(scope.region_path)
                : api::ScopeSql(scope, "h.region_path", "h.enterprise_id");
  api::SqlFilter w{" WHERE " + sf.sql, sf.params};
  auto eq = [&](const char* col, const std::string& v) {
    if (v.empty()) return;
    w.sql += std::string(" AND ") + col + " = ?";
    w.params.push_back(v);
  };
  auto range = [&](const char* col, const std::string& from, const std::string& to) {
    if (!from.empty()) {
      w.sql += std::string(" AND ") + col + " >= ?";
      w.params.push_back(from);
    }
    if (!to.empty()) {
      w.sql += std::string(" AND ") + col + " <= ?";
      w.params.push_back(to);
    }
  };
  if (!f.region_code.empty()) {
    // A region outside the scope (or unknown) selects nothing, like an out-of-scope id.
    auto sub = SubtreeSql(RegionPathInScope(conn, scope, f.region_code).value_or("/none/"));
    w.sql += " AND " + sub.sql;
    w.params.insert(w.params.end(), sub.params.begin(), sub.params.end());
  }
  eq("h.industry", f.industry);
  eq("h.level", f.level);
  eq("h.state", f.state);
  eq("h.source", f.source);
  eq("h.hazard_factor", f.hazard_factor);
  if (f.enterprise_id) {
    w.sql += " AND h.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  if (f.overdue) {
    w.sql += *f.overdue ? " AND h.is_open = 1 AND h.effective_deadline < ?"
                        : " AND NOT (h.is_open = 1 AND h.effective_deadline IS NOT NULL AND "
                          "h.effective_deadline < ?)";
    w.params.push_back(today);
  }
  // An open state implies is_open = 1 (is_open is derived from the state); saying so lets the
  // open-only index (ix_hd_city_open_list) serve it.
  const auto state = dp::ParseHiddenDangerState(f.state);
  const bool open_state = state && dp::IsOpen(*state);
  if (f.open) w.sql += *f.open ? " AND h.is_open = 1" : " AND h.is_open = 0";
  else if (open_state && !(f.overdue && *f.overdue)) w.sql += " AND h.is_open = 1";
  if (f.listed)
    w.sql += *f.listed ? " AND h.under_listed_supervision = 1" : " AND h.under_listed_supervision = 0";
  if (f.closed_on_time)
    w.sql += *f.closed_on_time ? " AND h.closed_on_time = 1" : " AND h.closed_on_time = 0";
  if (!f.q.empty()) {
    std::string pat = storage::ContainsPattern(f.q);
    w.sql += " AND (" + storage::LikeContains("h.title") + " OR " +
             storage::LikeContains("h.description") + " OR " + storage::LikeContains("h.location") +
             ")";
    w.params.insert(w.params.end(), {pat, pat, pat});
  }
  range("h.found_on", f.found_from, f.found_to);
  range("h.closed_on", f.closed_from, f.closed_to);
  range("h.effective_deadline", f.deadline_from, f.deadline_to);
  return w;
}

}  // namespace

int64_t CountHiddenDangers(storage::Connection& conn, const api::Scope& scope,
                           const HiddenDangerFilter& f, const std::string& today) {
  auto w = BuildWhere(conn, scope, f, today);
  return conn.Query("SELECT COUNT(*) AS n FROM hidden_dangers h" + w.sql, w.params).Int(0, "n");
}

HiddenDangerPage ListHiddenDangers(storage::Connection& conn, const api::Scope& scope,
                                   const HiddenDangerFilter& f, const std::string& today,
                                   int64_t limit, int64_t offset, bool with_total) {
  auto w = BuildWhere(conn, scope, f, today);
  HiddenDangerPage page;
  if (with_total) {
    page.total = conn.Query("SELECT COUNT(*) AS n FROM hidden_dangers h" + w.sql, w.params)
                     .Int(0, "n");
  }
  const bool desc = !f.sort.empty() && f.sort[0] == '-';
  std::string col = desc ? f.sort.substr(1) : f.sort;
  if (col == "deadline") col = "effective_deadline";
  std::string dir = desc ? " DESC" : " ASC";
  std::string order = col == "id" ? " ORDER BY h.id" + dir
                                  : " ORDER BY h." + col + dir + ", h.id" + dir;
  auto params = w.params;
  params.push_back(limit);
  params.push_back(offset);
  // The page's ids first, from the filter columns alone (ix_hd_list covers the region range
  // and every equality filter, so no table row is read for the rows skipped or sorted); then
  // only those rows are read and joined.
  auto rs = conn.Query(std::string("SELECT ") + kHiddenDangerColumns + kHiddenDangerFrom +
                           "WHERE h.id IN (SELECT h.id FROM hidden_dangers h" + w.sql + order +
                           " LIMIT ? OFFSET ?)" + order,
                       params);
  page.items.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) page.items.push_back(HiddenDangerJson(rs, i, today));
  if (!with_total) page.total = static_cast<int64_t>(rs.size());
  return page;
}

namespace {

// The figure columns shared by every statistics grouping (ix_hd_stats covers them).
constexpr const char* kFigures =
    "COUNT(*) AS found, "
    "SUM(CASE WHEN h.closed_on_time IS NOT NULL THEN 1 ELSE 0 END) AS closed, "
    "SUM(CASE WHEN h.closed_on_time = 1 THEN 1 ELSE 0 END) AS closed_on_time, "
    "SUM(h.is_open) AS open_count, "
    "SUM(CASE WHEN h.is_open = 1 AND h.effective_deadline < ? THEN 1 ELSE 0 END) AS overdue, "
    "SUM(CASE WHEN h.level = 'major' THEN 1 ELSE 0 END) AS major, "
    "SUM(CASE WHEN h.is_open = 1 AND h.under_listed_supervision = 1 THEN 1 ELSE 0 END) "
    "AS major_listed_open";

// The figures of one group; additive, so the finest grouping sums up to every coarser one.
struct Tally {
  int64_t found = 0, closed = 0, closed_on_time = 0, open = 0, overdue = 0, major = 0,
          major_listed_open = 0;
  void Add(const storage::ResultSet& rs, size_t i) {
    found += rs.Int(i, "found");
    closed += rs.Int(i, "closed");
    closed_on_time += rs.Int(i, "closed_on_time");
    open += rs.Int(i, "open_count");
    overdue += rs.Int(i, "overdue");
    major += rs.Int(i, "major");
    major_listed_open += rs.Int(i, "major_listed_open");
  }
};

json::object Figures(const Tally& t) {
  return json::object{
      {"found", t.found},
      {"closed", t.closed},
      {"closed_on_time", t.closed_on_time},
      // Share of closed hidden dangers closed by their deadline; null before any closure.
      {"on_time_rate", t.closed > 0 ? json::value(static_cast<double>(t.closed_on_time) / t.closed)
                                    : json::value(nullptr)},
      {"open", t.open},
      {"overdue", t.overdue},
      {"major", t.major},
      {"major_listed_open", t.major_listed_open},
  };
}

json::object EmptyFigures() {
  return json::object{{"found", 0},    {"closed", 0},  {"closed_on_time", 0},
                      {"on_time_rate", nullptr},       {"open", 0},
                      {"overdue", 0},  {"major", 0},   {"major_listed_open", 0}};
}

}  // namespace

json::object HiddenDangerStatistics(storage::Connection& conn, const api::Scope& scope,
                                    const StatisticsQuery& q, const std::string& today) {
  // The region whose subtree is counted, and its children for the by-region breakdown.
  std::string path, code, name;
  if (!q.region_code.empty()) {
    auto p = RegionPathInScope(conn, scope, q.region_code);
    if (!p) throw ApiException{Error::NotFound("region")};
    path = *p;
    code = q.region_code;
  } else if (scope.kind == api::Scope::Kind::kRegion) {
    path = scope.region_path;
  } else if (scope.kind == api::Scope::Kind::kAll) {
    path = "/";
  } else if (scope.kind != api::Scope::Kind::kEnterprise) {
    throw ApiException{Error::Forbidden("no hidden dangers in your scope", "您的账号不涉及隐患数据")};
  }
  // An enterprise sees its own figures (no regional breakdown).
  const bool enterprise = scope.kind == api::Scope::Kind::kEnterprise;
  if (code.empty() && !path.empty() && path != "/") {
    auto rs = conn.Query("SELECT code FROM regions WHERE path = ?", {path});
    if (!rs.empty()) code = rs.Text(0, "code");
  }
  if (!code.empty()) {
    auto rs = conn.Query("SELECT name FROM regions WHERE code = ?", {code});
    if (!rs.empty()) name = rs.Text(0, "name");
  }
  std::string to = q.to.empty() ? today : q.to;
  std::string from = q.from;
  if (from.empty()) {
    auto t = dp::ParseIsoDate(to).value_or(dp::Date{});
    dp::Date start{t.month == 12 ? t.year : t.year - 1, t.month == 12 ? 1 : t.month + 1, 1};
    from = dp::FormatIsoDate(start);
  }

  std::string where = " WHERE h.found_on >= ? AND h.found_on <= ?";
  std::vector<Value> base{today, from, to};
  if (enterprise) {
    where = " WHERE h.enterprise_id = ? AND h.found_on >= ? AND h.found_on <= ?";
    base = {today, scope.enterprise_id, from, to};
  } else if (path != "/") {
    where = " WHERE h.region_path >= ? AND h.region_path < ? AND h.found_on >= ? AND h.found_on <= ?";
    base = {today, path, api::PathUpperBound(path), from, to};
  }
  if (!q.industry.empty()) {
    where += " AND h.industry = ?";
    base.push_back(q.industry);
  }

  json::object out;
  out["region"] = json::object{{"code", code}, {"name", name}, {"path", path}};
  out["period"] = json::object{{"from", from}, {"to", to}, {"today", today}};
  // By child region: the parent's path plus the child's segment up to its "/" (county codes
  // have 6 characters, functional zones more). Rows of the region itself (enterprises registered
  // at city level) form their own group, reported as the region itself.
  const bool pg = conn.dialect() == storage::Dialect::kPostgres;
  const std::string len = std::to_string(path.size());
  const std::string child = "SUBSTR(h.region_path, 1, " + len + " + " + (pg ? "STRPOS" : "INSTR") +
                            "(SUBSTR(h.region_path, " + std::to_string(path.size() + 1) + "), '/'))";
  // One pass over the period's rows, grouped by child region, industry and month at once (a few
  // hundred groups); the totals and the three breakdowns are sums of these groups. Four passes,
  // one per breakdown, cost four times the reading on a cache miss.
  auto groups = conn.Query("SELECT " + child + " AS child, h.industry, h.found_month, " +
                               std::string(kFigures) + " FROM hidden_dangers h" + where +
                               " GROUP BY " + child + ", h.industry, h.found_month",
                           base);
  Tally totals;
  std::map<std::string, Tally> by_child, by_industry, by_month;
  for (size_t i = 0; i < groups.size(); ++i) {
    totals.Add(groups, i);
    by_child[groups.Text(i, "child")].Add(groups, i);
    by_industry[groups.Text(i, "industry")].Add(groups, i);
    by_month[groups.Text(i, "found_month")].Add(groups, i);
  }
  out["totals"] = Figures(totals);

  json::array regions;
  if (!enterprise) {
    auto children = conn.Query(
        "SELECT code, name, path FROM regions WHERE parent_code " +
            std::string(code.empty() ? "IS NULL" : "= ?") + " ORDER BY code",
        code.empty() ? std::vector<Value>{} : std::vector<Value>{code});
    if (auto own = by_child.find(path); own != by_child.end() && !code.empty())
      regions.push_back(json::object{{"region_code", code},
                                     {"name", name + "（本级）"},
                                     {"figures", Figures(own->second)}});
    for (size_t i = 0; i < children.size(); ++i) {
      auto it = by_child.find(children.Text(i, "path"));
      regions.push_back(json::object{
          {"region_code", children.Text(i, "code")},
          {"name", children.Text(i, "name")},
          {"figures", it == by_child.end() ? EmptyFigures() : Figures(it->second)}});
    }
  }
  out["by_region"] = std::move(regions);

  json::array industries;
  for (const auto& [value, tally] : by_industry) {
    auto ind = domain::ParseIndustry(value);
    industries.push_back(json::object{{"industry", value},
                                      {"label_zh", ind ? domain::IndustryLabelZh(*ind) : value},
                                      {"label_en", ind ? domain::IndustryLabelEn(*ind) : value},
                                      {"figures", Figures(tally)}});
  }
  out["by_industry"] = std::move(industries);

  json::array months;
  for (const auto& [month, tally] : by_month)
    months.push_back(json::object{{"month", month}, {"figures", Figures(tally)}});
  out["by_month"] = std::move(months);
  return out;
}

json::object HiddenDangerDashboard(storage::Connection& conn, const api::Scope& scope,
                                   const std::string& today) {
  auto sf = api::ScopeSql(scope, "h.region_path", "h.enterprise_id");
  const std::string where = " WHERE " + sf.sql + " AND h.is_open = 1";
  constexpr const char* kOpenFigures =
      "COUNT(*) AS open_count, "
      "SUM(CASE WHEN h.effective_deadline < ? THEN 1 ELSE 0 END) AS overdue, "
      "SUM(CASE WHEN h.level = 'major' THEN 1 ELSE 0 END) AS major_open, "
      "SUM(h.under_listed_supervision) AS listed_open";
  std::vector<Value> params{today};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto totals = conn.Query(std::string("SELECT ") + kOpenFigures + " FROM hidden_dangers h" + where,
                           params);
  json::object out{{"open", totals.Int(0, "open_count")},
                   {"overdue", totals.Int(0, "overdue")},
                   {"major_open", totals.Int(0, "major_open")},
                   {"listed_open", totals.Int(0, "listed_open")}};
  auto ents = conn.Query(
      std::string("SELECT h.enterprise_id, e.name, ") + kOpenFigures +
          " FROM hidden_dangers h JOIN enterprises e ON e.id = h.enterprise_id" + where +
          " GROUP BY h.enterprise_id, e.name "
          "HAVING SUM(CASE WHEN h.effective_deadline < ? THEN 1 ELSE 0 END) > 0 "
          "OR SUM(CASE WHEN h.level = 'major' THEN 1 ELSE 0 END) > 0 "
          "ORDER BY overdue DESC, major_open DESC, h.enterprise_id LIMIT 10",
      [&] {
        auto v = params;
        v.push_back(today);
        return v;
      }());
  json::array enterprises;
  for (size_t i = 0; i < ents.size(); ++i)
    enterprises.push_back(json::object{{"enterprise_id", ents.Int(i, "enterprise_id")},
                                       {"name", ents.Text(i, "name")},
                                       {"open", ents.Int(i, "open_count")},
                                       {"overdue", ents.Int(i, "overdue")},
                                       {"major_open", ents.Int(i, "major_open")}});
  out["enterprises"] = std::move(enterprises);
  json::array regions;
  if (scope.kind == api::Scope::Kind::kRegion || scope.kind == api::Scope::Kind::kAll) {
    const std::string path = scope.kind == api::Scope::Kind::kAll ? "/" : scope.region_path;
    const bool pg = conn.dialect() == storage::Dialect::kPostgres;
    const std::string child = "SUBSTR(h.region_path, 1, " + std::to_string(path.size()) + " + " +
                              (pg ? "STRPOS" : "INSTR") + "(SUBSTR(h.region_path, " +
                              std::to_string(path.size() + 1) + "), '/'))";
    auto groups = conn.Query("SELECT " + child + " AS child, " + kOpenFigures +
                                 " FROM hidden_dangers h" + where + " GROUP BY " + child,
                             params);
    std::map<std::string, size_t> row_of;
    for (size_t i = 0; i < groups.size(); ++i) row_of[groups.Text(i, "child")] = i;
    auto children = conn.Query(
        path == "/" ? std::string("SELECT code, name, path FROM regions WHERE parent_code IS NULL ORDER BY code")
                    : std::string("SELECT c.code, c.name, c.path FROM regions c JOIN regions p ON "
                                  "p.code = c.parent_code WHERE p.path = ? ORDER BY c.code"),
        path == "/" ? std::vector<Value>{} : std::vector<Value>{path});
    auto figures = [&](const std::string& key, json::object o) {
      auto it = row_of.find(key);
      o["open"] = it == row_of.end() ? 0 : groups.Int(it->second, "open_count");
      o["overdue"] = it == row_of.end() ? 0 : groups.Int(it->second, "overdue");
      o["major_open"] = it == row_of.end() ? 0 : groups.Int(it->second, "major_open");
      return o;
    };
    if (children.empty() && path != "/") {
      auto self = conn.Query("SELECT code, name FROM regions WHERE path = ?", {path});
      if (!self.empty())
        regions.push_back(figures(path, json::object{{"region_code", self.Text(0, "code")},
                                                     {"name", self.Text(0, "name")}}));
    }
    for (size_t i = 0; i < children.size(); ++i)
      regions.push_back(figures(children.Text(i, "path"),
                                json::object{{"region_code", children.Text(i, "code")},
                                             {"name", children.Text(i, "name")}}));
  }
  out["by_region"] = std::move(regions);
  return out;
}

}  // namespace anjian::hazard
