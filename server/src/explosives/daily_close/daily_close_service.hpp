// 日清月结: a store's daily and monthly summaries (per product the opening balance, what came in,
// what went out and the closing balance, from the posted vouchers), the daily close (日清) signed
// by the store's storekeeper or the enterprise's safety officer — appended, never overwritten —
// and the days the overview alerts as unsigned. "now" is a parameter from the clock.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "explosives/daily_close/daily_close_repository.hpp"
#include "explosives/daily_close/summary_rules.hpp"
#include "explosives/overview/ledger_alerts_rules.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/principal.hpp"

namespace anjian::daily_close {

struct SummaryItem {
  std::string product_id;
  int64_t opening = 0, in = 0, out = 0;  // milli; closing = opening + in - out
};
struct StoreSummary {
  std::string period;  // day | month
  SummaryPeriod p;
  int64_t voucher_count = 0;
  std::vector<SummaryItem> items;  // products that had stock or movements, by product id
};
StoreSummary SummaryOf(storage::Connection& conn, const magazine::MagazineRow& store,
                       const std::string& period, const SummaryPeriod& p);
// [{"product_id","label_zh","label_en","unit","opening","in","out","closing"}]: what the API
// shows and what a daily close signs (its figures are hashed in this form).
boost::json::array SummaryItemsJson(const std::vector<SummaryItem>& items);

// The figures signed for a day: {"voucher_count", "items"} of the day's summary, and their hash.
struct DayFigures {
  boost::json::object figures;
  std::string hash;
};
// 422 date_invalid for a malformed date.
DayFigures CurrentDayFigures(storage::Connection& conn, const magazine::MagazineRow& store,
                             const std::string& date);

// 422 daily_close_not_authorised unless the user is an assigned storekeeper of the store or the
// enterprise's safety officer (role ent_safety_officer of the store's enterprise). Returns the
// capacity in which the user signs: "safety_officer" or "storekeeper".
std::string RequireDailyCloseSigner(storage::Connection& conn, const magazine::MagazineRow& store,
                                    const api::Principal& who);

// Appends a signature of the day's current figures (superseding the day's latest, if any) with
// its audit entry, inside the caller's transaction; returns the new record's id. `signed_as` is
// RequireDailyCloseSigner's answer; `signed_at` (ISO) is when it is signed; the day must have
// begun at `now`.
int64_t SignDailyClose(storage::Connection& conn, const magazine::MagazineRow& store,
                       const std::string& date, const std::string& note,
                       const audit::Actor& actor, const std::string& signed_as,
                       const std::string& signed_at, int64_t now);
// The use case: the store in the scope (404), locked like a posting so the figures signed are
// those of one moment of the books, signed by `who` now, in one transaction.
void SignDay(storage::Connection& conn, const api::Scope& scope, int64_t store_id,
             const std::string& date, const std::string& note, const api::Principal& who,
             const audit::Actor& actor, int64_t now);

// A day's signatures, newest first, and whether the latest still matches the figures.
struct DayStatus {
  std::string date;
  std::vector<DailyCloseRecord> history;
  bool matches = false;
};
DayStatus DailyCloseStatus(storage::Connection& conn, const magazine::MagazineRow& store,
                           const std::string& date);

// Every day of the month up to today with its vouchers, its latest signature and whether it is
// overdue (the look-back window does not apply to a month the user opened on purpose). 422
// month_invalid for a malformed month.
struct MonthDay {
  std::string date;
  int64_t voucher_count = 0;
  std::optional<DailyCloseRecord> latest;
  bool overdue = false;
};
std::vector<MonthDay> MonthDailyCloses(storage::Connection& conn, const magazine::MagazineRow& store,
                                       const std::string& month,
                                       const overview::LedgerAlertConfig& config, int64_t now);

// China days on which the store had vouchers (its own or transfers into it) in [from, to), with
// the number of vouchers.
std::map<std::string, int64_t> StoreMovementDays(storage::Connection& conn, int64_t store_id,
                                                 const std::string& from_utc,
                                                 const std::string& to_utc);

// Overdue unsigned days per store in the scope (OverdueDailyCloses).
std::map<int64_t, std::vector<std::string>> OverdueDailyClosesByStore(
    storage::Connection& conn, const api::Scope& scope, const overview::LedgerAlertConfig& config,
    int64_t now);

// The reminder job's step (issue 12: the person who must sign gets a notification, besides the
// to-do count): for every store's overdue unsigned day not yet reminded of, notifies the
// enterprise's active users holding ledger:write (who sign) and audits it
// (daily_close_reminder on the store): one notice per store naming its new days. In one
// transaction; returns the days reminded of.
int64_t RemindOverdueDailyCloses(storage::Connection& conn, notifications::PendingPushes& pushes,
                                 int64_t now);

}  // namespace anjian::daily_close
