#include "credit/veto/veto_repository.hpp"

#include <algorithm>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "licensing/licences/licence_rules.hpp"
#include "platform/storage/like.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::veto {

using storage::Value;

namespace {

constexpr const char* kRoundSelect =
    "SELECT r.id, r.agency_id, r.region_path, r.name, r.kind, r.period_from, r.period_to, "
    "r.status, r.checked_at, r.applications, r.vetoed, r.confirmed_at, r.result_hash, "
    "r.created_by, r.created_at, r.updated_at, g.name AS agency_name, u.display_name AS "
    "created_by_name, cu.display_name AS confirmed_by_name, "
    "(SELECT COUNT(*) FROM veto_applications x WHERE x.round_id = r.id) AS total, "
    "(SELECT COUNT(*) FROM veto_applications x WHERE x.round_id = r.id AND x.result = 'pending') "
    "AS pending "
    "FROM veto_rounds r JOIN agencies g ON g.id = r.agency_id JOIN users u ON u.id = "
    "r.created_by LEFT JOIN users cu ON cu.id = r.confirmed_by ";

RoundRow RoundAt(const storage::ResultSet& rs, size_t i) {
  RoundRow r;
  r.id = rs.Int(i, "id");
  r.agency_id = rs.Int(i, "agency_id");
  r.region_path = rs.Text(i, "region_path");
  r.name = rs.Text(i, "name");
  r.kind = rs.Text(i, "kind");
  r.period_from = rs.Text(i, "period_from");
  r.period_to = rs.Text(i, "period_to");
  r.status = rs.Text(i, "status");
  r.checked_at = rs.OptText(i, "checked_at").value_or("");
  r.applications = rs.Int(i, "applications");
  r.vetoed = rs.Int(i, "vetoed");
  r.confirmed_at = rs.OptText(i, "confirmed_at").value_or("");
  r.result_hash = rs.Text(i, "result_hash");
  r.created_by = rs.Int(i, "created_by");
  r.created_at = rs.Text(i, "created_at");
  r.updated_at = rs.Text(i, "updated_at");
  r.agency_name = rs.Text(i, "agency_name");
  r.created_by_name = rs.Text(i, "created_by_name");
  r.confirmed_by_name = rs.OptText(i, "confirmed_by_name").value_or("");
  r.total = rs.Int(i, "total");
  r.pending = rs.Int(i, "pending");
  return r;
}

struct Where {
  std::string sql;
  std::vector<Value> params;
};

Where RoundWhere(const api::Scope& scope, const RoundFilter& f) {
  auto sf = api::ScopeSql(scope, "r.region_path", "");
  Where w{" WHERE " + sf.sql, sf.params};
  if (!f.kind.empty()) {
    w.sql += " AND r.kind = ?";
    w.params.push_back(f.kind);
  }
  if (!f.status.empty()) {
    w.sql += " AND r.status = ?";
    w.params.push_back(f.status);
  }
  if (!f.name.empty()) {
    w.sql += " AND " + storage::LikeContains("r.name");
    w.params.push_back(storage::ContainsPattern(f.name));
  }
  return w;
}

constexpr const char* kApplicationSelect =
    "SELECT a.id, a.round_id, a.enterprise_id, a.region_path, a.applicant_name, a.project, "
    "a.source, a.result, a.reasons_json, a.checked_at, a.created_by, a.created_at, "
    "r.name AS round_name, r.kind AS round_kind, r.status AS round_status, r.period_from, "
    "r.period_to, r.result_hash, r.confirmed_at, g.name AS agency_name, e.name AS "
    "enterprise_name, e.uscc AS enterprise_uscc "
    "FROM veto_applications a JOIN veto_rounds r ON r.id = a.round_id JOIN agencies g ON g.id = "
    "r.agency_id JOIN enterprises e ON e.id = a.enterprise_id ";

ApplicationRow ApplicationAt(const storage::ResultSet& rs, size_t i) {
  ApplicationRow a;
  a.id = rs.Int(i, "id");
  a.round_id = rs.Int(i, "round_id");
  a.enterprise_id = rs.Int(i, "enterprise_id");
  a.region_path = rs.Text(i, "region_path");
  a.applicant_name = rs.Text(i, "applicant_name");
  a.project = rs.Text(i, "project");
  a.source = rs.Text(i, "source");
  a.result = rs.Text(i, "result");
  a.reasons_json = rs.Text(i, "reasons_json");
  a.checked_at = rs.OptText(i, "checked_at").value_or("");
  a.created_by = rs.Int(i, "created_by");
  a.created_at = rs.Text(i, "created_at");
  a.round_name = rs.Text(i, "round_name");
  a.round_kind = rs.Text(i, "round_kind");
  a.round_status = rs.Text(i, "round_status");
  a.period_from = rs.Text(i, "period_from");
  a.period_to = rs.Text(i, "period_to");
  a.result_hash = rs.Text(i, "result_hash");
  a.confirmed_at = rs.OptText(i, "confirmed_at").value_or("");
  a.agency_name = rs.Text(i, "agency_name");
  a.enterprise_name = rs.Text(i, "enterprise_name");
  a.enterprise_uscc = rs.Text(i, "enterprise_uscc");
  return a;
}

Where ApplicationWhere(const api::Scope& scope, const ApplicationFilter& f) {
  auto sf = api::ScopeSql(scope, "a.region_path", "a.enterprise_id");
  Where w{" WHERE " + sf.sql, sf.params};
  if (f.round_id) {
    w.sql += " AND a.round_id = ?";
    w.params.push_back(*f.round_id);
  }
  if (f.enterprise_id) {
    w.sql += " AND a.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  if (!f.result.empty()) {
    w.sql += " AND a.result = ?";
    w.params.push_back(f.result);
  }
  if (!f.enterprise_name.empty()) {
    w.sql += " AND " + storage::LikeContains("e.name");
    w.params.push_back(storage::ContainsPattern(f.enterprise_name));
  }
  return w;
}

std::optional<core::Date> OptDate(const std::optional<std::string>& s) {
  if (!s || s->empty()) return std::nullopt;
  return core::ParseIsoDate(s->substr(0, 10));
}

// A China day from a stored date ("YYYY-MM-DD") or instant (ISO, UTC).
std::optional<core::Date> DayOf(const std::string& text) {
  if (text.size() > 10) return core::ChinaDate(core::UnixFromIso(text));
  return OptDate(text);
}

}  // namespace

std::int64_t InsertRound(storage::Connection& conn, const NewRound& r) {
  return conn
      .Query(
          "INSERT INTO veto_rounds (agency_id, region_path, name, kind, period_from, period_to, "
          "status, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?) "
          "RETURNING id",
          {r.agency_id, r.region_path, r.name, r.kind, r.period_from, r.period_to, r.created_by,
           r.at, r.at})
      .Int(0, "id");
}

std::optional<RoundRow> FindRound(storage::Connection& conn, const api::Scope& scope,
                                  std::int64_t id) {
  auto sf = api::ScopeSql(scope, "r.region_path", "");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string(kRoundSelect) + " WHERE r.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return RoundAt(rs, 0);
}

std::optional<RoundRow> LockRound(storage::Connection& conn, std::int64_t id) {
  conn.Query(std::string("SELECT id FROM veto_rounds WHERE id = ?") + storage::ForUpdate(conn),
             {id});
  auto rs = conn.Query(std::string(kRoundSelect) + " WHERE r.id = ?", {id});
  if (rs.empty()) return std::nullopt;
  return RoundAt(rs, 0);
}

std::int64_t CountRounds(storage::Connection& conn, const api::Scope& scope,
                         const RoundFilter& f) {
  auto w = RoundWhere(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM veto_rounds r" + w.sql, w.params).Int(0, "n");
}

std::vector<RoundRow> ListRounds(storage::Connection& conn, const api::Scope& scope,
                                 const RoundFilter& f, std::int64_t limit, std::int64_t offset) {
  auto w = RoundWhere(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kRoundSelect) + w.sql + " ORDER BY r.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<RoundRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RoundAt(rs, i));
  return out;
}

std::vector<RoundRow> RoundsOpenTo(storage::Connection& conn, std::int64_t enterprise_id) {
  auto rs = conn.Query(std::string(kRoundSelect) +
                           " JOIN enterprises e ON e.id = ? WHERE r.status = 'open' AND "
                           "SUBSTR(e.region_path, 1, LENGTH(r.region_path)) = r.region_path "
                           "ORDER BY r.id DESC LIMIT 100",
                       {enterprise_id});
  std::vector<RoundRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RoundAt(rs, i));
  return out;
}

void SetRoundChecked(storage::Connection& conn, std::int64_t id, std::int64_t applications,
                     std::int64_t vetoed, const std::string& at) {
  conn.Exec(
      "UPDATE veto_rounds SET checked_at = ?, applications = ?, vetoed = ?, updated_at = ? "
      "WHERE id = ?",
      {at, applications, vetoed, at, id});
}

void SetRoundConfirmed(storage::Connection& conn, std::int64_t id, std::int64_t by,
                       const std::string& hash, const std::string& at) {
  conn.Exec(
      "UPDATE veto_rounds SET status = 'confirmed', confirmed_at = ?, confirmed_by = ?, "
      "result_hash = ?, updated_at = ? WHERE id = ?",
      {at, by, hash, at, id});
}

std::optional<ApplicationRow> FindApplication(storage::Connection& conn, const api::Scope& scope,
                                              std::int64_t id) {
  auto sf = api::ScopeSql(scope, "a.region_path", "a.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string(kApplicationSelect) + " WHERE a.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return ApplicationAt(rs, 0);
}

std::int64_t CountApplications(storage::Connection& conn, const api::Scope& scope,
                               const ApplicationFilter& f) {
  auto w = ApplicationWhere(scope, f);
  return conn
      .Query("SELECT COUNT(*) AS n FROM veto_applications a JOIN enterprises e ON e.id = "
             "a.enterprise_id" + w.sql,
             w.params)
      .Int(0, "n");
}

std::vector<ApplicationRow> ListApplications(storage::Connection& conn, const api::Scope& scope,
                                             const ApplicationFilter& f, std::int64_t limit,
                                             std::int64_t offset) {
  auto w = ApplicationWhere(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kApplicationSelect) + w.sql +
                           " ORDER BY a.round_id DESC, a.id LIMIT ? OFFSET ?",
                       w.params);
  std::vector<ApplicationRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(ApplicationAt(rs, i));
  return out;
}

std::optional<std::int64_t> InsertApplication(storage::Connection& conn, const NewApplication& a) {
  if (!conn.Query("SELECT id FROM veto_applications WHERE round_id = ? AND enterprise_id = ?",
                  {a.round_id, a.enterprise_id})
           .empty())
    return std::nullopt;
  return conn
      .Query(
          "INSERT INTO veto_applications (round_id, enterprise_id, region_path, applicant_name, "
          "project, source, result, reasons_json, created_by, created_at) VALUES (?, ?, ?, ?, ?, "
          "?, 'pending', '[]', ?, ?) RETURNING id",
          {a.round_id, a.enterprise_id, a.region_path, a.applicant_name, a.project, a.source,
           a.created_by, a.at})
      .Int(0, "id");
}

namespace {
std::optional<EnterpriseRef> EnterpriseWhere(storage::Connection& conn, const api::Scope& scope,
                                             const std::string& region_path,
                                             const std::string& cond, Value v) {
  auto sf = api::ScopeSql(scope, "region_path", "id");
  std::vector<Value> params{std::move(v), region_path, api::PathUpperBound(region_path)};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(
      "SELECT id, name, region_path, legal_representative FROM enterprises WHERE " + cond +
          " AND status = 'active' AND region_path >= ? AND region_path < ? AND " + sf.sql +
          " ORDER BY id LIMIT 1",
      params);
  if (rs.empty()) return std::nullopt;
  return EnterpriseRef{rs.Int(0, "id"), rs.Text(0, "name"), rs.Text(0, "region_path"),
                       rs.Text(0, "legal_representative")};
}
}  // namespace

std::optional<EnterpriseRef> EnterpriseById(storage::Connection& conn, const api::Scope& scope,
                                            const std::string& region_path, std::int64_t id) {
  return EnterpriseWhere(conn, scope, region_path, "id = ?", id);
}

std::optional<EnterpriseRef> EnterpriseByName(storage::Connection& conn, const api::Scope& scope,
                                              const std::string& region_path,
                                              const std::string& name) {
  return EnterpriseWhere(conn, scope, region_path, "name = ?", name);
}

std::vector<RoundApplication> ApplicationsOfRound(storage::Connection& conn,
                                                  std::int64_t round_id) {
  auto rs = conn.Query(
      "SELECT id, enterprise_id, result, reasons_json FROM veto_applications WHERE round_id = ? "
      "ORDER BY id",
      {round_id});
  std::vector<RoundApplication> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Int(i, "enterprise_id"), rs.Text(i, "result"),
                   rs.Text(i, "reasons_json")});
  return out;
}

void SetApplicationResults(storage::Connection& conn,
                           const std::vector<RoundApplication>& results, const std::string& at) {
  for (const auto& r : results)
    conn.Exec(
        "UPDATE veto_applications SET result = ?, reasons_json = ?, checked_at = ? WHERE id = ?",
        {r.result, r.reasons_json, at, r.id});
}

std::map<std::int64_t, EnterpriseFacts> LoadRoundFacts(storage::Connection& conn,
                                                       std::int64_t round_id, const Period& p) {
  std::map<std::int64_t, EnterpriseFacts> out;
  const std::string from = core::FormatIsoDate(p.from), to = core::FormatIsoDate(p.to);
  const std::string in_round =
      " IN (SELECT v.enterprise_id FROM veto_applications v WHERE v.round_id = ?)";
  // Accidents whose China day lies in the period.
  auto acc = conn.Query(
      "SELECT a.enterprise_id, a.id, a.number, a.title, a.occurred_at, a.grade, a.deaths FROM "
      "accidents a WHERE a.enterprise_id" + in_round +
          " AND a.occurred_at >= ? AND a.occurred_at < ? ORDER BY a.occurred_at, a.id",
      {round_id, core::IsoFromUnix(core::ChinaDayStart(p.from)),
       core::IsoFromUnix(core::ChinaDayStart(core::AddDays(p.to, 1)))});
  for (size_t i = 0; i < acc.size(); ++i) {
    AccidentFact a;
    a.id = acc.Int(i, "id");
    a.number = acc.Text(i, "number");
    a.title = acc.Text(i, "title");
    a.occurred_on = core::ChinaDate(core::UnixFromIso(acc.Text(i, "occurred_at")));
    const std::string g = acc.Text(i, "grade");
    a.grade = g == "large" ? 1 : g == "serious" ? 2 : g == "especially_serious" ? 3 : 0;
    a.deaths = acc.Int(i, "deaths");
    out[acc.Int(i, "enterprise_id")].accidents.push_back(std::move(a));
  }
  // Major hidden dangers found by the period's end and not closed before it began.
  auto hd = conn.Query(
      "SELECT h.enterprise_id, h.id, h.number, h.title, h.found_on, h.effective_deadline, "
      "h.closed_on FROM hidden_dangers h WHERE h.enterprise_id" + in_round +
          " AND h.level = 'major' AND h.found_on <= ? AND (h.closed_on IS NULL OR h.closed_on >= "
          "?) ORDER BY h.found_on, h.id",
      {round_id, to, from});
  for (size_t i = 0; i < hd.size(); ++i) {
    HiddenDangerFact h;
    h.id = hd.Int(i, "id");
    h.number = hd.Text(i, "number");
    h.title = hd.Text(i, "title");
    h.found_on = core::ParseIsoDate(hd.Text(i, "found_on").substr(0, 10)).value_or(p.from);
    h.deadline = OptDate(hd.OptText(i, "effective_deadline"));
    h.closed_on = OptDate(hd.OptText(i, "closed_on"));
    out[hd.Int(i, "enterprise_id")].hidden_dangers.push_back(std::move(h));
  }
  // Dishonesty-list entries (V049) whose term overlaps the period: listed from ≤ the period's
  // end, term end ≥ its start, not removed (removed_on: the first day off the list) by its start.
  auto dl = conn.Query(
      "SELECT d.enterprise_id, d.id, d.decision_number, d.criterion, d.listed_from, "
      "d.listed_until, d.removed_on FROM dishonesty_entries d WHERE d.enterprise_id" + in_round +
          " AND d.listed_from IS NOT NULL AND d.listed_from <= ? AND d.listed_until >= ? AND "
          "(d.removed_on IS NULL OR d.removed_on > ?) ORDER BY d.listed_from, d.id",
      {round_id, to, from, from});
  for (size_t i = 0; i < dl.size(); ++i) {
    ListingFact l;
    l.id = dl.Int(i, "id");
    l.label = dl.Text(i, "decision_number");
    if (l.label.empty()) l.label = dl.Text(i, "criterion");
    l.listed_on = OptDate(dl.OptText(i, "listed_from")).value_or(p.from);
    l.ended_on = OptDate(dl.OptText(i, "listed_until"));
    if (auto removed = OptDate(dl.OptText(i, "removed_on"))) {
      const core::Date last = core::AddDays(*removed, -1);
      if (!l.ended_on || core::DaysBetween(last, *l.ended_on) > 0) l.ended_on = last;
    }
    // A term still running is "listed"; the rules read ended_on as the last day listed.
    if (l.ended_on && core::DaysBetween(p.to, *l.ended_on) >= 0 &&
        !OptDate(dl.OptText(i, "removed_on")))
      l.ended_on.reset();
    out[dl.Int(i, "enterprise_id")].listings.push_back(std::move(l));
  }
  // Licences (V045) of the applying enterprises that could govern a day of the period.
  const auto kinds = licences::AllKinds(licences::LicenceConfig{});
  auto lic = conn.Query(
      "SELECT l.enterprise_id, l.id, l.kind, l.number, l.valid_from, l.valid_to, l.status, "
      "l.status_since FROM licences l WHERE l.enterprise_id" + in_round +
          " AND l.valid_from <= ? ORDER BY l.valid_from, l.id",
      {round_id, to});
  for (size_t i = 0; i < lic.size(); ++i) {
    LicenceFact l;
    l.id = lic.Int(i, "id");
    l.kind = lic.Text(i, "kind");
    const auto* k = licences::FindKind(kinds, l.kind);
    l.kind_label = k ? k->label_zh : l.kind;
    l.number = lic.Text(i, "number");
    l.valid_from = OptDate(lic.OptText(i, "valid_from")).value_or(p.from);
    l.valid_to = OptDate(lic.OptText(i, "valid_to")).value_or(p.to);
    l.status = lic.Text(i, "status");
    l.status_on = DayOf(lic.Text(i, "status_since"));
    out[lic.Int(i, "enterprise_id")].licences.push_back(std::move(l));
  }
  // Their suspensions from the history (licence_events: to_status 'suspended' opens one, a
  // change from 'suspended' to another status closes it), so a lifted suspension still counts.
  auto ev = conn.Query(
      "SELECT l.enterprise_id, e.licence_id, e.from_status, e.to_status, e.at FROM licence_events "
      "e JOIN licences l ON l.id = e.licence_id WHERE l.enterprise_id" + in_round +
          " AND (e.to_status = 'suspended' OR e.from_status = 'suspended') ORDER BY e.licence_id, "
          "e.id",
      {round_id});
  for (size_t i = 0; i < ev.size(); ++i) {
    auto& list = out[ev.Int(i, "enterprise_id")].licences;
    const std::int64_t licence_id = ev.Int(i, "licence_id");
    auto it = std::find_if(list.begin(), list.end(),
                           [&](const LicenceFact& f) { return f.id == licence_id; });
    if (it == list.end()) continue;
    const auto parsed = DayOf(ev.Text(i, "at"));
    if (!parsed) continue;
    const core::Date day = *parsed;
    if (ev.Text(i, "to_status") == "suspended") {
      it->suspensions.push_back({day, std::nullopt});
    } else if (!it->suspensions.empty() && !it->suspensions.back().second) {
      it->suspensions.back().second = day;
    }
  }
  return out;
}

void InsertEvent(storage::Connection& conn, std::int64_t round_id,
                 std::optional<std::int64_t> application_id, const std::string& action,
                 const std::string& details_json, std::int64_t by, const std::string& at) {
  conn.Exec(
      "INSERT INTO veto_events (round_id, application_id, action, details_json, by_user_id, at) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {round_id, storage::Nullable(application_id), action, details_json, by, at});
}

std::vector<EventRow> EventsOfRound(storage::Connection& conn, std::int64_t round_id) {
  auto rs = conn.Query(
      "SELECT v.id, v.application_id, v.action, v.details_json, v.at, u.display_name AS by_name "
      "FROM veto_events v JOIN users u ON u.id = v.by_user_id WHERE v.round_id = ? ORDER BY v.id",
      {round_id});
  std::vector<EventRow> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.OptInt(i, "application_id"), rs.Text(i, "action"),
                   rs.Text(i, "details_json"), rs.Text(i, "by_name"), rs.Text(i, "at")});
  return out;
}

}  // namespace anjian::veto
