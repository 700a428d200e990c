#include "explosives/daily_close/daily_close_service.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <set>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "core/hash_chain.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/daily_close/daily_close_errors.hpp"
#include "explosives/daily_close/daily_close_rules.hpp"
#include "explosives/magazine/magazine_alerts.hpp"
#include "explosives/voucher/custody_service.hpp"

namespace anjian::daily_close {

namespace json = boost::json;

namespace {

json::value MilliJson(int64_t milli) {
  if (milli % catalogue::kMilliPerUnit == 0) return json::value(milli / catalogue::kMilliPerUnit);
  return json::value(static_cast<double>(milli) / catalogue::kMilliPerUnit);
}

}  // namespace

StoreSummary SummaryOf(storage::Connection& conn, const magazine::MagazineRow& store,
                       const std::string& period, const SummaryPeriod& p) {
  StoreSummary s;
  s.period = period;
  s.p = p;
  for (const auto& m : SummaryMovements(conn, store.id, p.from_utc, p.to_utc)) {
    if (m.opening == 0 && m.inflow == 0 && m.outflow == 0) continue;
    s.items.push_back({m.product_id, m.opening, m.inflow, m.outflow});
  }
  s.voucher_count = CountStoreVouchers(conn, store.id, p.from_utc, p.to_utc);
  return s;
}

json::array SummaryItemsJson(const std::vector<SummaryItem>& items) {
  json::array out;
  for (const auto& i : items) {
    const catalogue::Product* prod = catalogue::InForce().Find(i.product_id);
    out.push_back(json::object{
        {"product_id", i.product_id},
        {"label_zh", prod ? catalogue::DisplayNameZh(*prod) : i.product_id},
        {"label_en", prod ? prod->label_en : i.product_id},
        {"unit", prod ? json::value(catalogue::UnitValue(prod->unit)) : json::value(nullptr)},
        {"opening", MilliJson(i.opening)},
        {"in", MilliJson(i.in)},
        {"out", MilliJson(i.out)},
        {"closing", MilliJson(i.opening + i.in - i.out)}});
  }
  return out;
}

DayFigures CurrentDayFigures(storage::Connection& conn, const magazine::MagazineRow& store,
                             const std::string& date) {
  auto p = ParseSummaryPeriod("day", date);
  if (!p) core::Invalid(core::CoreErr("date_invalid").At("date"));
  auto s = SummaryOf(conn, store, "day", *p);
  DayFigures f;
  f.figures = json::object{{"voucher_count", s.voucher_count}, {"items", SummaryItemsJson(s.items)}};
  f.hash = core::Sha256Hex(json::serialize(f.figures));
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
  core::Invalid(Err("daily_close_not_authorised").At());
}

int64_t SignDailyClose(storage::Connection& conn, const magazine::MagazineRow& store,
                       const std::string& date, const std::string& note,
                       const audit::Actor& actor, const std::string& signed_as,
                       const std::string& signed_at, int64_t now) {
  auto errors = CheckDailyCloseDate(date, now);
  if (!errors.empty()) core::Invalid(std::move(errors));
  DayFigures f = CurrentDayFigures(conn, store, date);
  const std::optional<int64_t> prev_id = LatestCloseId(conn, store.id, date);
  NewDailyClose c;
  c.store_id = store.id;
  c.close_date = date;
  c.voucher_count = f.figures.at("voucher_count").as_int64();
  c.figures_json = json::serialize(f.figures);
  c.figures_hash = f.hash;
  c.signed_by_user_id = actor.id.value_or(0);
  c.signed_at = signed_at;
  c.note = note;
  c.supersedes_id = prev_id;
  c.signed_as = signed_as;
  const int64_t id = InsertDailyClose(conn, c);
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

void SignDay(storage::Connection& conn, const api::Scope& scope, int64_t store_id,
             const std::string& date, const std::string& note, const api::Principal& who,
             const audit::Actor& actor, int64_t now) {
  storage::Transaction tx(conn);
  auto store = magazine::FindMagazine(conn, scope, store_id, true);
  if (!store) throw ApiException{Error::NotFound("store")};
  const std::string signed_as = RequireDailyCloseSigner(conn, *store, who);
  SignDailyClose(conn, *store, date, note, actor, signed_as, core::IsoFromUnix(now), now);
  tx.Commit();
}

DayStatus DailyCloseStatus(storage::Connection& conn, const magazine::MagazineRow& store,
                           const std::string& date) {
  DayStatus s;
  s.date = date;
  s.history = ClosesOfDay(conn, store.id, date);
  if (!s.history.empty())
    s.matches = CurrentDayFigures(conn, store, date).hash == s.history.front().figures_hash;
  return s;
}

std::vector<MonthDay> MonthDailyCloses(storage::Connection& conn, const magazine::MagazineRow& store,
                                       const std::string& month,
                                       const overview::LedgerAlertConfig& config, int64_t now) {
  auto p = ParseSummaryPeriod("month", month);
  if (!p) core::Invalid(Err("month_invalid").At("month"));
  auto moved = StoreMovementDays(conn, store.id, p->from_utc, p->to_utc);
  std::map<std::string, DailyCloseRecord> latest;  // later rows win
  for (auto& r : ClosesOfMonth(conn, store.id, month)) latest[r.close_date] = std::move(r);
  std::set<std::string> moved_days, signed_days;
  for (const auto& [d, _] : moved) moved_days.insert(d);
  for (const auto& [d, _] : latest) signed_days.insert(d);
  // The look-back window does not apply to a month the user opened on purpose.
  overview::LedgerAlertConfig all = config;
  all.daily_close_lookback_days = 1'000'000;
  auto overdue = OverdueDailyCloses(moved_days, signed_days, now, all);
  std::set<std::string> overdue_set(overdue.begin(), overdue.end());
  const int64_t first = core::DaysFromCivil(*core::ParseIsoDate(month + "-01"));
  const int64_t today = core::DaysFromCivil(core::ChinaDate(now));
  std::vector<MonthDay> out;
  for (int64_t n = first; n <= today; ++n) {
    std::string d = core::FormatIsoDate(core::CivilFromDays(n));
    if (d.substr(0, 7) != month) break;
    MonthDay day;
    day.date = d;
    day.voucher_count = moved.count(d) ? moved[d] : 0;
    if (auto l = latest.find(d); l != latest.end()) day.latest = l->second;
    day.overdue = overdue_set.count(d) > 0;
    out.push_back(std::move(day));
  }
  return out;
}

std::map<std::string, int64_t> StoreMovementDays(storage::Connection& conn, int64_t store_id,
                                                 const std::string& from_utc,
                                                 const std::string& to_utc) {
  std::map<std::string, int64_t> out;
  for (const auto& at : StorePostingTimes(conn, store_id, from_utc, to_utc))
    ++out[core::ChinaIsoDate(core::UnixFromIso(at))];
  return out;
}

std::map<int64_t, std::vector<std::string>> OverdueDailyClosesByStore(
    storage::Connection& conn, const api::Scope& scope, const overview::LedgerAlertConfig& config,
    int64_t now) {
  const core::Date today = core::ChinaDate(now);
  const core::Date since = core::AddDays(today, -config.daily_close_lookback_days);
  // Nothing is posted after tomorrow begins.
  auto postings = PostingsInScope(conn, scope, core::IsoFromUnix(core::ChinaDayStart(since)),
                                  core::IsoFromUnix(core::ChinaDayEnd(today)));
  std::map<int64_t, std::set<std::string>> moved;
  for (const auto& m : postings) {
    const std::string d = core::ChinaIsoDate(core::UnixFromIso(m.posted_at));
    moved[m.store_id].insert(d);
    if (m.target_store_id) moved[*m.target_store_id].insert(d);
  }
  std::map<int64_t, std::set<std::string>> signed_days;
  for (const auto& [store, date] : SignedDaysInScope(conn, scope, core::FormatIsoDate(since)))
    signed_days[store].insert(date);
  std::map<int64_t, std::vector<std::string>> out;
  for (const auto& [store, days] : moved) {
    auto o = OverdueDailyCloses(days, signed_days[store], now, config);
    if (!o.empty()) out[store] = std::move(o);
  }
  return out;
}

int64_t RemindOverdueDailyCloses(storage::Connection& conn, notifications::PendingPushes& pushes,
                                 int64_t now) {
  storage::Transaction tx(conn);
  const api::Scope all{api::Scope::Kind::kAll, "", 0};
  const auto overdue = OverdueDailyClosesByStore(conn, all, magazine::LoadAlertConfig(conn), now);
  const std::string now_iso = core::IsoFromUnix(now);
  int64_t reminded = 0;
  for (const auto& [store_id, days] : overdue) {
    // One notice per store and run, naming the days not reminded of before (oldest first).
    json::array fresh;
    for (const auto& day : days)
      if (RecordDailyCloseReminder(conn, store_id, day, now_iso)) fresh.push_back(json::value(day));
    if (fresh.empty()) continue;
    auto store = magazine::FindMagazine(conn, all, store_id);
    if (!store) continue;
    const std::string first(fresh.front().as_string()), last(fresh.back().as_string());
    const std::string title =
        "日清待签字：" + store->name + " " +
        (fresh.size() == 1 ? first : std::to_string(fresh.size()) + " 天（" + first + " 至 " + last + "）");
    const size_t n = notifications::NotifyEnterpriseApprovers(
        conn, pushes, store->enterprise_id, "ledger:write", 0, title,
        store->enterprise_name + " · 有出入库的日子逾期未签日清",
        "/ledger/stores/" + std::to_string(store_id) + "/summary");
    reminded += static_cast<int64_t>(fresh.size());
    audit::Append(conn, {std::nullopt, "system", "", now}, "daily_close_reminder", "store",
                  std::to_string(store_id), nullptr,
                  json::object{{"dates", std::move(fresh)}, {"recipients", static_cast<int64_t>(n)}});
  }
  tx.Commit();
  return reminded;
}

}  // namespace anjian::daily_close
