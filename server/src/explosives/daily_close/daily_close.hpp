// Daily close (日清) records: signing a store's daily summary, reading a day's signature and a
// month's days, and the overview's overdue days. Rules in domain/explosives/daily_close.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <map>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "audit/audit_service.hpp"
#include "explosives/overview/ledger_alerts_rules.hpp"
#include "explosives/voucher/ledger_service.hpp"

namespace anjian::ledger {

// The figures signed for a day: {"voucher_count", "items"} of the day's summary, and their hash.
struct DayFigures {
  boost::json::object figures;
  std::string hash;
};
DayFigures CurrentDayFigures(storage::Connection& conn, const StoreRow& store,
                             const std::string& date);

// 422 daily_close_not_authorised unless the user is an assigned storekeeper of the store or the
// enterprise's safety officer (role ent_safety_officer of the store's enterprise). Returns the
// capacity in which the user signs: "safety_officer" or "storekeeper".
std::string RequireDailyCloseSigner(storage::Connection& conn, const StoreRow& store,
                                    const api::Principal& who);

// Appends a signature of the day's current figures (superseding the day's latest, if any) with
// its audit entry, inside the caller's transaction; returns the new record's id. `signed_as` is
// RequireDailyCloseSigner's answer. `at` (ISO, empty = now) is set only by the demo data.
int64_t SignDailyClose(storage::Connection& conn, const StoreRow& store, const std::string& date,
                       const std::string& note, const audit::Actor& actor,
                       const std::string& signed_as, const std::string& at = "");

// CST days on which the store had vouchers (its own or transfers into it) in [from, to), with
// the number of vouchers.
std::map<std::string, int64_t> StoreMovementDays(storage::Connection& conn, int64_t store_id,
                                                 const std::string& from_utc,
                                                 const std::string& to_utc);

// {"date", "signed", "matches" (the latest signature's hash equals the current figures'),
//  "latest": record|null, "correction_count" (signatures superseded), "history": [record,
//  newest first]}; a record carries "signed_by" {"id", "display_name"} and "signed_as".
boost::json::object DailyCloseStatus(storage::Connection& conn, const StoreRow& store,
                                     const std::string& date);

// Every day of the month up to today: {"date", "voucher_count", "signed", "signed_by",
// "signed_as", "signed_at", "overdue"}.
boost::json::array MonthDailyCloses(storage::Connection& conn, const StoreRow& store,
                                    const std::string& month,
                                    const domain::explosives::LedgerAlertConfig& config);

// Overdue unsigned days per store in the scope (domain OverdueDailyCloses).
std::map<int64_t, std::vector<std::string>> OverdueDailyClosesByStore(
    storage::Connection& conn, const api::Scope& scope,
    const domain::explosives::LedgerAlertConfig& config);

}  // namespace anjian::ledger
