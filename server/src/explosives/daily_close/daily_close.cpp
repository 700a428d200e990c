#include "explosives/daily_close/daily_close.hpp"

#include <boost/json.hpp>
#include <algorithm>
#include <optional>
#include <set>

#include "core/error.hpp"
#include "explosives/daily_close/daily_close_rules.hpp"
#include "core/hash_chain.hpp"
#include "explosives/voucher/custody_service.hpp"
#include "explosives/daily_close/store_summary.hpp"

namespace anjian::ledger {

namespace json = boost::json;
namespace ex = domain::explosives;

namespace {

const char* kRecordColumns =
    "c.id, c.close_date, c.voucher_count, c.figures_hash, c.signed_by_user_id, c.signed_at, "
    "c.note, c.supersedes_id, c.signed_as, u.display_name AS signed_by_name";

json::object RecordJson(const storage::ResultSet& rs, size_t i) {
  return json::object{
      {"id", rs.Int(i, "id")},
      {"date", rs.Text(i, "close_date")},
      {"voucher_count", rs.Int(i, "voucher_count")},
      {"figures_hash", rs.Text(i, "figures_hash")},
      {"signed_by", json::object{{"id", rs.Int(i, "signed_by_user_id")},
                                 {"display_name", rs.Text(i, "signed_by_name")}}},
      {"signed_as", rs.Text(i, "signed_as")},
      {"signed_at", rs.Text(i, "signed_at")},
      {"note", rs.Text(i, "note")},
      {"supersedes_id", rs.IsNull(i, "supersedes_id") ? json::value(nullptr)
                                                      : json::value(rs.Int(i, "supersedes_id"))}};
}

}  // namespace

std::map<std::string, int64_t> StoreMovementDays(storage::Connection& conn, int64_t store_id,
                                            const std::string& from_utc,
                                            const std::string& to_utc) {
  auto rs = conn.Query(
      "SELECT posted_at FROM vouchers WHERE (store_id = ? OR target_store_id = ?) "
      "AND posted_at >= ? AND posted_at < ?",
      {store_id, store_id, from_utc, to_utc});
  std::map<std::string, int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i)
    ++out[ex::CstDate(storage::UnixFromIso(rs.Text(i, "posted_at")))];
  return out;
}

DayFigures CurrentDayFigures(storage::Connection& conn, const magazine::MagazineRow& store,
                             const std::string& date) {
  auto p = ParseSummaryPeriod("day", date);
  if (!p)
    throw ApiException{Error::Validation(
        {{"date", "date_invalid", "must be a date YYYY-MM-DD", "应为日期 YYYY-MM-DD"}})};
  auto s = StoreSummary(conn, store, "day", *p);
  DayFigures f;
  f.figures = json::object{{"voucher_count", s.at("voucher_count")}, {"items", s.at("items")}};
  f.hash = domain::Sha256Hex(json::serialize(f.figures));
  return f;
}

std::string RequireDailyCloseSigner(storage::Connection& conn, const magazine::MagazineRow& store,
                                    const api::Principal& who) {
  const bool same_enterprise = who.enterprise_id && *who.enterprise_id == store.enterprise_id;
  if (same_enterprise && who.HasRole("ent_safety_officer")) return "safety_officer";
  if (same_enterprise) {
    auto keepers = magazine::AssignedStorekeeperIds(conn, store.id);
    if (std::find(keepers.begin(), keepers.end(), who.user_id) != keepers.end())
      return "storekeeper";
  }
  throw ApiException{Error::Validation(
      {{"", "daily_close_not_authorised",
        "a daily summary is signed by a storekeeper assigned to the store or the enterprise's "
        "safety officer",
        "日清须由该库房指定的保管员或本企业安全管理人员签字确认"}})};
}

int64_t SignDailyClose(storage::Connection& conn, const magazine::MagazineRow& store, const std::string& date,
                       const std::string& note, const audit::Actor& actor,
                       const std::string& signed_as, const std::string& at) {
  auto errors = ex::CheckDailyCloseDate(date, storage::NowUnix());
  if (!errors.empty()) throw ApiException{Error::Validation(std::move(errors))};
  DayFigures f = CurrentDayFigures(conn, store, date);
  auto prev = conn.Query(
      "SELECT id FROM store_daily_closes WHERE store_id = ? AND close_date = ? "
      "ORDER BY id DESC LIMIT 1",
      {store.id, date});
  const std::optional<int64_t> prev_id =
      prev.empty() ? std::nullopt : std::optional<int64_t>(prev.Int(0, "id"));
  const storage::Value supersedes = prev_id ? storage::Value(*prev_id) : storage::Value(nullptr);
  const std::string now = at.empty() ? storage::NowIso() : at;
  auto rs = conn.Query(
      "INSERT INTO store_daily_closes (store_id, close_date, voucher_count, figures_json, "
      "figures_hash, signed_by_user_id, signed_at, note, supersedes_id, signed_as) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {store.id, date, f.figures.at("voucher_count").as_int64(), json::serialize(f.figures),
       f.hash, actor.id.value_or(0), now, note, supersedes, signed_as});
  const int64_t id = rs.Int(0, "id");
  audit::Append(conn, actor, "sign_daily_close", "store", std::to_string(store.id), nullptr,
                json::object{{"daily_close_id", id},
                             {"date", date},
                             {"figures_hash", f.hash},
                             {"voucher_count", f.figures.at("voucher_count")},
                             {"supersedes_id", prev_id ? json::value(*prev_id) : json::value(nullptr)},
                             {"signed_as", signed_as},
                             {"note", note}});
  return id;
}

json::object DailyCloseStatus(storage::Connection& conn, const magazine::MagazineRow& store,
                              const std::string& date) {
  auto rs = conn.Query(std::string("SELECT ") + kRecordColumns +
                           " FROM store_daily_closes c JOIN users u ON u.id = c.signed_by_user_id "
                           "WHERE c.store_id = ? AND c.close_date = ? ORDER BY c.id DESC",
                       {store.id, date});
  json::array history;
  for (size_t i = 0; i < rs.size(); ++i) history.push_back(RecordJson(rs, i));
  json::value latest = nullptr;
  bool matches = false;
  if (!rs.empty()) {
    latest = history[0];
    matches = CurrentDayFigures(conn, store, date).hash == rs.Text(0, "figures_hash");
  }
  const int64_t corrections = rs.empty() ? 0 : static_cast<int64_t>(rs.size()) - 1;
  return json::object{{"date", date},
                      {"signed", !rs.empty()},
                      {"matches", matches},
                      {"latest", std::move(latest)},
                      {"correction_count", corrections},
                      {"history", std::move(history)}};
}

json::array MonthDailyCloses(storage::Connection& conn, const magazine::MagazineRow& store,
                             const std::string& month, const ex::LedgerAlertConfig& config) {
  auto p = ParseSummaryPeriod("month", month);
  if (!p)
    throw ApiException{Error::Validation(
        {{"month", "month_invalid", "must be YYYY-MM", "应为 YYYY-MM"}})};
  const int64_t now = storage::NowUnix();
  auto moved = StoreMovementDays(conn, store.id, p->from_utc, p->to_utc);
  auto rs = conn.Query(std::string("SELECT ") + kRecordColumns +
                           " FROM store_daily_closes c JOIN users u ON u.id = c.signed_by_user_id "
                           "WHERE c.store_id = ? AND c.close_date >= ? AND c.close_date < ? "
                           "ORDER BY c.id",
                       {store.id, month + "-01", month + "-32"});
  std::map<std::string, json::object> latest;  // later rows win
  for (size_t i = 0; i < rs.size(); ++i) latest[rs.Text(i, "close_date")] = RecordJson(rs, i);
  std::set<std::string> moved_days, signed_days;
  for (const auto& [d, _] : moved) moved_days.insert(d);
  for (const auto& [d, _] : latest) signed_days.insert(d);
  // The look-back window does not apply to a month the user opened on purpose.
  ex::LedgerAlertConfig all = config;
  all.daily_close_lookback_days = 1'000'000;
  auto overdue = ex::OverdueDailyCloses(moved_days, signed_days, now, all);
  std::set<std::string> overdue_set(overdue.begin(), overdue.end());
  const int64_t first = *ex::DayNumber(month + "-01");
  const int64_t today = *ex::DayNumber(ex::CstDate(now));
  json::array out;
  for (int64_t n = first; n <= today; ++n) {
    std::string d = ex::CstDate(n * 86400);
    if (d.substr(0, 7) != month) break;
    auto l = latest.find(d);
    out.push_back(json::object{
        {"date", d},
        {"voucher_count", moved.count(d) ? moved[d] : 0},
        {"signed", l != latest.end()},
        {"signed_by", l != latest.end() ? l->second.at("signed_by") : json::value(nullptr)},
        {"signed_as", l != latest.end() ? l->second.at("signed_as") : json::value(nullptr)},
        {"signed_at", l != latest.end() ? l->second.at("signed_at") : json::value(nullptr)},
        {"overdue", overdue_set.count(d) > 0}});
  }
  return out;
}

std::map<int64_t, std::vector<std::string>> OverdueDailyClosesByStore(
    storage::Connection& conn, const api::Scope& scope, const ex::LedgerAlertConfig& config) {
  const int64_t now = storage::NowUnix();
  const int64_t today = *ex::DayNumber(ex::CstDate(now));
  const std::string since_day = ex::CstDate((today - config.daily_close_lookback_days) * 86400);
  // Start of that CST day in UTC.
  const std::string since_utc =
      storage::IsoFromUnix((today - config.daily_close_lookback_days) * 86400 - 8 * 3600);
  // Bounded on both sides (nothing is posted after tomorrow begins) so that the planners seek
  // the time window of V014's indexes rather than walk a regulator's whole region_path range.
  const std::string until_utc = storage::IsoFromUnix((today + 1) * 86400 - 8 * 3600);
  auto vf = api::ScopeSql(scope, "v.region_path", "v.enterprise_id");
  auto params = vf.params;
  params.push_back(since_utc);
  params.push_back(until_utc);
  auto moves = conn.Query(
      "SELECT v.store_id, v.target_store_id, v.posted_at FROM vouchers v WHERE " + vf.sql +
          " AND v.posted_at >= ? AND v.posted_at < ?",
      params);
  std::map<int64_t, std::set<std::string>> moved;
  for (size_t i = 0; i < moves.size(); ++i) {
    const std::string d = ex::CstDate(storage::UnixFromIso(moves.Text(i, "posted_at")));
    moved[moves.Int(i, "store_id")].insert(d);
    if (!moves.IsNull(i, "target_store_id")) moved[moves.Int(i, "target_store_id")].insert(d);
  }
  auto sf = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  params = sf.params;
  params.push_back(since_day);
  auto closes = conn.Query(
      "SELECT DISTINCT c.store_id, c.close_date FROM store_daily_closes c "
      "JOIN stores s ON s.id = c.store_id WHERE " + sf.sql + " AND c.close_date >= ?",
      params);
  std::map<int64_t, std::set<std::string>> signed_days;
  for (size_t i = 0; i < closes.size(); ++i)
    signed_days[closes.Int(i, "store_id")].insert(closes.Text(i, "close_date"));
  std::map<int64_t, std::vector<std::string>> out;
  for (const auto& [store, days] : moved) {
    auto o = ex::OverdueDailyCloses(days, signed_days[store], now, config);
    if (!o.empty()) out[store] = std::move(o);
  }
  return out;
}

}  // namespace anjian::ledger
