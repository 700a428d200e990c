#include "emergency/spot_check/spot_check_repository.hpp"

#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::spot_check {

using storage::Value;

namespace {

std::vector<std::int64_t> IdsOf(const storage::ResultSet& rs) {
  std::vector<std::int64_t> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

void UnderPath(std::string& sql, std::vector<Value>& params, const std::string& col,
               const std::string& path) {
  sql += " AND " + col + " >= ? AND " + col + " < ?";
  params.emplace_back(path);
  params.emplace_back(api::PathUpperBound(path));
}

constexpr const char* kRoundSelect =
    "SELECT r.id, r.agency_id, r.region_path, r.title, r.target_kind, r.selection, r.seed, "
    "r.draw_count, r.pool_ids, r.filter_region_code, r.filter_industries, r.planned_on, "
    "r.created_by, r.created_at, g.name AS agency_name, u.display_name AS created_by_name, "
    "(SELECT COUNT(*) FROM duty_spot_check_items i WHERE i.round_id = r.id) AS units, "
    "(SELECT COUNT(DISTINCT c.item_id) FROM duty_spot_check_calls c WHERE c.round_id = r.id) "
    "AS called, "
    "(SELECT COUNT(*) FROM duty_spot_check_findings f WHERE f.round_id = r.id) AS failed, "
    "(SELECT COUNT(*) FROM duty_spot_check_findings f WHERE f.round_id = r.id AND f.state IN "
    "('open', 'answered', 'returned')) AS open_findings "
    "FROM duty_spot_check_rounds r JOIN agencies g ON g.id = r.agency_id "
    "JOIN users u ON u.id = r.created_by ";

RoundRow RoundAt(const storage::ResultSet& rs, size_t i) {
  RoundRow r;
  r.id = rs.Int(i, "id");
  r.agency_id = rs.Int(i, "agency_id");
  r.region_path = rs.Text(i, "region_path");
  r.title = rs.Text(i, "title");
  r.target_kind = rs.Text(i, "target_kind");
  r.selection = rs.Text(i, "selection");
  r.seed = rs.Text(i, "seed");
  r.draw_count = rs.Int(i, "draw_count");
  r.pool_ids = rs.Text(i, "pool_ids");
  r.filter_region_code = rs.Text(i, "filter_region_code");
  r.filter_industries = rs.Text(i, "filter_industries");
  r.planned_on = rs.Text(i, "planned_on");
  r.created_by = rs.Int(i, "created_by");
  r.created_at = rs.Text(i, "created_at");
  r.agency_name = rs.Text(i, "agency_name");
  r.created_by_name = rs.Text(i, "created_by_name");
  r.units = rs.Int(i, "units");
  r.called = rs.Int(i, "called");
  r.failed = rs.Int(i, "failed");
  r.open_findings = rs.Int(i, "open_findings");
  return r;
}

api::SqlFilter RoundWhere(const api::Scope& scope, const RoundFilter& f) {
  auto sf = api::ScopeSql(scope, "r.region_path", "");
  api::SqlFilter w{" WHERE " + sf.sql, sf.params};
  if (!f.target_kind.empty()) {
    w.sql += " AND r.target_kind = ?";
    w.params.emplace_back(f.target_kind);
  }
  if (!f.from.empty()) {
    w.sql += " AND r.planned_on >= ?";
    w.params.emplace_back(f.from);
  }
  if (!f.to.empty()) {
    w.sql += " AND r.planned_on <= ?";
    w.params.emplace_back(f.to);
  }
  if (f.agency_id) {
    w.sql += " AND r.agency_id = ?";
    w.params.emplace_back(*f.agency_id);
  }
  return w;
}

// The unit of an item or a finding (columns enterprise_id, agency_id of `alias`).
constexpr const char* kUnitColumns =
    "COALESCE(e.name, ag.name) AS unit_name, COALESCE(e.contact_phone, ag.phone) AS unit_phone, "
    "COALESCE(e.industry, '') AS unit_industry ";

constexpr const char* kFindingSelect =
    "SELECT f.id, f.round_id, f.item_id, f.call_id, f.enterprise_id, f.agency_id, f.region_path, "
    "f.state, f.due_on, f.created_at, f.updated_at, r.title AS round_title, "
    "r.agency_id AS round_agency_id, rg.name AS round_agency_name, c.called_at, c.method, "
    "c.phone, c.answered, c.notes, COALESCE(e.name, ag.name) AS unit_name "
    "FROM duty_spot_check_findings f JOIN duty_spot_check_rounds r ON r.id = f.round_id "
    "JOIN agencies rg ON rg.id = r.agency_id JOIN duty_spot_check_calls c ON c.id = f.call_id "
    "LEFT JOIN enterprises e ON e.id = f.enterprise_id LEFT JOIN agencies ag ON ag.id = "
    "f.agency_id ";

FindingRow FindingAt(const storage::ResultSet& rs, size_t i) {
  FindingRow f;
  f.id = rs.Int(i, "id");
  f.round_id = rs.Int(i, "round_id");
  f.item_id = rs.Int(i, "item_id");
  f.call_id = rs.Int(i, "call_id");
  f.enterprise_id = rs.OptInt(i, "enterprise_id");
  f.agency_id = rs.OptInt(i, "agency_id");
  f.region_path = rs.Text(i, "region_path");
  f.state = rs.Text(i, "state");
  f.due_on = rs.Text(i, "due_on");
  f.created_at = rs.Text(i, "created_at");
  f.updated_at = rs.Text(i, "updated_at");
  f.round_title = rs.Text(i, "round_title");
  f.round_agency_id = rs.Int(i, "round_agency_id");
  f.round_agency_name = rs.Text(i, "round_agency_name");
  f.called_at = rs.Text(i, "called_at");
  f.method = rs.Text(i, "method");
  f.phone = rs.Text(i, "phone");
  f.answered = rs.Int(i, "answered") != 0;
  f.notes = rs.Text(i, "notes");
  f.unit_name = rs.Text(i, "unit_name");
  return f;
}

api::SqlFilter FindingWhere(const api::Scope& scope, const FindingFilter& f) {
  auto sf = api::ScopeSql(scope, "f.region_path", "f.enterprise_id");
  api::SqlFilter w{" WHERE " + sf.sql, sf.params};
  if (f.state == "waiting") {
    w.sql += " AND f.state IN ('open', 'returned')";
  } else if (!f.state.empty()) {
    w.sql += " AND f.state = ?";
    w.params.emplace_back(f.state);
  }
  if (f.overdue) {
    w.sql += " AND f.state IN ('open', 'returned') AND f.due_on < ?";
    w.params.emplace_back(f.today);
  }
  if (f.round_id) {
    w.sql += " AND f.round_id = ?";
    w.params.emplace_back(*f.round_id);
  }
  if (f.enterprise_id) {
    w.sql += " AND f.enterprise_id = ?";
    w.params.emplace_back(*f.enterprise_id);
  }
  return w;
}

}  // namespace

std::optional<std::string> RegionPathOfCode(storage::Connection& conn, const std::string& code) {
  auto rs = conn.Query("SELECT path FROM regions WHERE code = ?", {code});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "path");
}

std::vector<std::int64_t> EnterprisePool(storage::Connection& conn, const api::Scope& scope,
                                         const std::string& filter_path,
                                         const std::vector<std::string>& industries) {
  auto sf = api::ScopeSql(scope, "e.region_path", "e.id");
  std::string sql = "SELECT e.id FROM enterprises e WHERE e.status = 'active' AND " + sf.sql;
  std::vector<Value> params = sf.params;
  if (!filter_path.empty()) UnderPath(sql, params, "e.region_path", filter_path);
  if (!industries.empty()) {
    sql += " AND (";
    for (size_t i = 0; i < industries.size(); ++i) {
      sql += i == 0 ? "e.industry = ?" : " OR e.industry = ?";
      params.emplace_back(industries[i]);
    }
    sql += ")";
  }
  return IdsOf(conn.Query(sql + " ORDER BY e.id", params));
}

std::vector<std::int64_t> AgencyPool(storage::Connection& conn, const std::string& agency_path,
                                     const std::string& filter_path) {
  std::string sql =
      "SELECT a.id FROM agencies a WHERE a.status = 'active' AND a.region_path <> ?";
  std::vector<Value> params{agency_path};
  UnderPath(sql, params, "a.region_path", agency_path);
  if (!filter_path.empty()) UnderPath(sql, params, "a.region_path", filter_path);
  return IdsOf(conn.Query(sql + " ORDER BY a.id", params));
}

std::optional<Unit> FindEnterpriseUnit(storage::Connection& conn, const api::Scope& scope,
                                       std::int64_t id) {
  auto sf = api::ScopeSql(scope, "region_path", "id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(
      "SELECT name, region_path, contact_phone, industry FROM enterprises WHERE id = ? AND "
      "status = 'active' AND " + sf.sql,
      params);
  if (rs.empty()) return std::nullopt;
  return Unit{"enterprise", id, rs.Text(0, "name"), rs.Text(0, "region_path"),
              rs.Text(0, "contact_phone"), rs.Text(0, "industry")};
}

std::optional<Unit> FindAgencyUnitBelow(storage::Connection& conn,
                                        const std::string& agency_path, std::int64_t id) {
  std::string sql =
      "SELECT a.name, a.region_path, a.phone FROM agencies a WHERE a.id = ? AND "
      "a.status = 'active' AND a.region_path <> ?";
  std::vector<Value> params{id, agency_path};
  UnderPath(sql, params, "a.region_path", agency_path);
  auto rs = conn.Query(sql, params);
  if (rs.empty()) return std::nullopt;
  return Unit{"agency", id, rs.Text(0, "name"), rs.Text(0, "region_path"), rs.Text(0, "phone"),
              ""};
}

std::string AgencyName(storage::Connection& conn, std::int64_t id) {
  auto rs = conn.Query("SELECT name FROM agencies WHERE id = ?", {id});
  return rs.empty() ? std::string() : rs.Text(0, "name");
}

std::int64_t InsertRound(storage::Connection& conn, const NewRound& r) {
  return conn
      .Query(
          "INSERT INTO duty_spot_check_rounds (agency_id, region_path, title, target_kind, "
          "selection, seed, draw_count, pool_ids, filter_region_code, filter_industries, "
          "planned_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "RETURNING id",
          {r.agency_id, r.region_path, r.title, r.target_kind, r.selection, r.seed, r.draw_count,
           r.pool_ids, r.filter_region_code, r.filter_industries, r.planned_on, r.created_by,
           r.created_at})
      .Int(0, "id");
}

void InsertItem(storage::Connection& conn, std::int64_t round_id, std::int64_t position,
                const Unit& unit) {
  conn.Exec(
      "INSERT INTO duty_spot_check_items (round_id, position, enterprise_id, agency_id, "
      "region_path) VALUES (?, ?, ?, ?, ?)",
      {round_id, position, unit.kind == "enterprise" ? Value(unit.id) : Value(nullptr),
       unit.kind == "agency" ? Value(unit.id) : Value(nullptr), unit.region_path});
}

std::optional<RoundRow> FindRound(storage::Connection& conn, const api::Scope& scope,
                                  std::int64_t id) {
  auto sf = api::ScopeSql(scope, "r.region_path", "");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(std::string(kRoundSelect) + " WHERE r.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return RoundAt(rs, 0);
}

std::int64_t CountRounds(storage::Connection& conn, const api::Scope& scope, const RoundFilter& f) {
  auto w = RoundWhere(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM duty_spot_check_rounds r" + w.sql, w.params)
      .Int(0, "n");
}

std::vector<RoundRow> ListRounds(storage::Connection& conn, const api::Scope& scope,
                                 const RoundFilter& f, std::int64_t limit, std::int64_t offset) {
  auto w = RoundWhere(scope, f);
  w.params.emplace_back(limit);
  w.params.emplace_back(offset);
  auto rs = conn.Query(std::string(kRoundSelect) + w.sql +
                           " ORDER BY r.planned_on DESC, r.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<RoundRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RoundAt(rs, i));
  return out;
}

namespace {
std::vector<ItemRow> ItemsOf(const storage::ResultSet& rs) {
  std::vector<ItemRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    ItemRow r;
    r.id = rs.Int(i, "id");
    r.round_id = rs.Int(i, "round_id");
    r.position = rs.Int(i, "position");
    const auto ent = rs.OptInt(i, "enterprise_id");
    r.unit.kind = ent ? "enterprise" : "agency";
    r.unit.id = ent ? *ent : rs.Int(i, "agency_id");
    r.unit.name = rs.Text(i, "unit_name");
    r.unit.region_path = rs.Text(i, "region_path");
    r.unit.phone = rs.Text(i, "unit_phone");
    r.unit.industry = rs.Text(i, "unit_industry");
    out.push_back(std::move(r));
  }
  return out;
}
constexpr const char* kItemSelect =
    "SELECT i.id, i.round_id, i.position, i.enterprise_id, i.agency_id, i.region_path, ";
constexpr const char* kItemFrom =
    "FROM duty_spot_check_items i LEFT JOIN enterprises e ON e.id = i.enterprise_id "
    "LEFT JOIN agencies ag ON ag.id = i.agency_id ";
}  // namespace

std::vector<ItemRow> RoundItems(storage::Connection& conn, std::int64_t round_id) {
  return ItemsOf(conn.Query(std::string(kItemSelect) + kUnitColumns + kItemFrom +
                                "WHERE i.round_id = ? ORDER BY i.position",
                            {round_id}));
}

std::optional<ItemRow> FindItem(storage::Connection& conn, std::int64_t round_id,
                                std::int64_t item_id) {
  auto items = ItemsOf(conn.Query(std::string(kItemSelect) + kUnitColumns + kItemFrom +
                                      "WHERE i.round_id = ? AND i.id = ?",
                                  {round_id, item_id}));
  if (items.empty()) return std::nullopt;
  return items.front();
}

std::int64_t InsertCall(storage::Connection& conn, const CallRow& c) {
  return conn
      .Query(
          "INSERT INTO duty_spot_check_calls (round_id, item_id, called_at, method, phone, "
          "answered, rings, seconds, answerer_name, on_duty_names, answerer_on_duty, result, "
          "notes, by_user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "RETURNING id",
          {c.round_id, c.item_id, c.called_at, c.method, c.phone,
           std::int64_t{c.answered ? 1 : 0}, storage::Nullable(c.rings),
           storage::Nullable(c.seconds), c.answerer_name, c.on_duty_names,
           storage::Nullable(c.answerer_on_duty), c.result, c.notes, c.by_user_id, c.at})
      .Int(0, "id");
}

std::vector<CallRow> RoundCalls(storage::Connection& conn, std::int64_t round_id) {
  auto rs = conn.Query(
      "SELECT c.id, c.round_id, c.item_id, c.called_at, c.method, c.phone, c.answered, c.rings, "
      "c.seconds, c.answerer_name, c.on_duty_names, c.answerer_on_duty, c.result, c.notes, "
      "c.by_user_id, c.at, u.display_name AS by_name, f.id AS finding_id "
      "FROM duty_spot_check_calls c JOIN users u ON u.id = c.by_user_id "
      "LEFT JOIN duty_spot_check_findings f ON f.call_id = c.id "
      "WHERE c.round_id = ? ORDER BY c.id",
      {round_id});
  std::vector<CallRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    CallRow c;
    c.id = rs.Int(i, "id");
    c.round_id = rs.Int(i, "round_id");
    c.item_id = rs.Int(i, "item_id");
    c.called_at = rs.Text(i, "called_at");
    c.method = rs.Text(i, "method");
    c.phone = rs.Text(i, "phone");
    c.answered = rs.Int(i, "answered") != 0;
    c.rings = rs.OptInt(i, "rings");
    c.seconds = rs.OptInt(i, "seconds");
    c.answerer_name = rs.Text(i, "answerer_name");
    c.on_duty_names = rs.Text(i, "on_duty_names");
    c.answerer_on_duty = rs.OptInt(i, "answerer_on_duty");
    c.result = rs.Text(i, "result");
    c.notes = rs.Text(i, "notes");
    c.by_user_id = rs.Int(i, "by_user_id");
    c.at = rs.Text(i, "at");
    c.by_name = rs.Text(i, "by_name");
    c.finding_id = rs.OptInt(i, "finding_id");
    out.push_back(std::move(c));
  }
  return out;
}

std::int64_t InsertFinding(storage::Connection& conn, const FindingRow& f) {
  return conn
      .Query(
          "INSERT INTO duty_spot_check_findings (round_id, item_id, call_id, enterprise_id, "
          "agency_id, region_path, state, due_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
          "?, ?, ?, ?, ?) RETURNING id",
          {f.round_id, f.item_id, f.call_id, storage::Nullable(f.enterprise_id),
           storage::Nullable(f.agency_id), f.region_path, f.state, f.due_on, f.created_at,
           f.updated_at})
      .Int(0, "id");
}

std::optional<FindingRow> FindFinding(storage::Connection& conn, const api::Scope& scope,
                                      std::int64_t id) {
  auto sf = api::ScopeSql(scope, "f.region_path", "f.enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(std::string(kFindingSelect) + " WHERE f.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return FindingAt(rs, 0);
}

std::optional<FindingRow> LockFinding(storage::Connection& conn, std::int64_t id) {
  conn.Query(std::string("SELECT id FROM duty_spot_check_findings WHERE id = ?") +
                 storage::ForUpdate(conn),
             {id});
  auto rs = conn.Query(std::string(kFindingSelect) + " WHERE f.id = ?", {id});
  if (rs.empty()) return std::nullopt;
  return FindingAt(rs, 0);
}

void SetFindingState(storage::Connection& conn, std::int64_t id, const std::string& state,
                     const std::string& at) {
  conn.Exec("UPDATE duty_spot_check_findings SET state = ?, updated_at = ? WHERE id = ?",
            {state, at, id});
}

void InsertFindingEvent(storage::Connection& conn, std::int64_t finding_id,
                        const std::string& kind, const std::string& text,
                        std::int64_t by_user_id, const std::string& at) {
  conn.Exec(
      "INSERT INTO duty_spot_check_finding_events (finding_id, kind, text, by_user_id, at) "
      "VALUES (?, ?, ?, ?, ?)",
      {finding_id, kind, text, by_user_id, at});
}

std::vector<FindingEventRow> FindingEvents(storage::Connection& conn, std::int64_t finding_id) {
  auto rs = conn.Query(
      "SELECT v.kind, v.text, v.by_user_id, v.at, u.display_name AS by_name "
      "FROM duty_spot_check_finding_events v JOIN users u ON u.id = v.by_user_id "
      "WHERE v.finding_id = ? ORDER BY v.id",
      {finding_id});
  std::vector<FindingEventRow> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "by_user_id"), rs.Text(i, "kind"), rs.Text(i, "text"),
                   rs.Text(i, "by_name"), rs.Text(i, "at")});
  return out;
}

std::int64_t CountFindings(storage::Connection& conn, const api::Scope& scope,
                           const FindingFilter& f) {
  auto w = FindingWhere(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM duty_spot_check_findings f" + w.sql, w.params)
      .Int(0, "n");
}

std::vector<FindingRow> ListFindings(storage::Connection& conn, const api::Scope& scope,
                                     const FindingFilter& f, std::int64_t limit,
                                     std::int64_t offset) {
  auto w = FindingWhere(scope, f);
  w.params.emplace_back(limit);
  w.params.emplace_back(offset);
  auto rs = conn.Query(std::string(kFindingSelect) + w.sql +
                           " ORDER BY f.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<FindingRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(FindingAt(rs, i));
  return out;
}

WaitingCount FindingsToAnswer(storage::Connection& conn, std::optional<std::int64_t> enterprise_id,
                              std::optional<std::int64_t> agency_id, const std::string& today) {
  if (!enterprise_id && !agency_id) return {};
  auto rs = conn.Query(
      std::string("SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN f.due_on < ? THEN 1 ELSE 0 END), 0) "
                  "AS late FROM duty_spot_check_findings f WHERE f.state IN ('open', 'returned') "
                  "AND ") +
          (enterprise_id ? "f.enterprise_id = ?" : "f.agency_id = ?"),
      {today, enterprise_id ? *enterprise_id : *agency_id});
  return {rs.Int(0, "n"), rs.Int(0, "late")};
}

std::int64_t AnswersToReview(storage::Connection& conn, std::int64_t agency_id) {
  return conn
      .Query("SELECT COUNT(*) AS n FROM duty_spot_check_findings f JOIN duty_spot_check_rounds r "
             "ON r.id = f.round_id WHERE f.state = 'answered' AND r.agency_id = ?",
             {agency_id})
      .Int(0, "n");
}

}  // namespace anjian::spot_check
