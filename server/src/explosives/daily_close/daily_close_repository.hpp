// The SQL of daily closes (table store_daily_closes, V011) and of the summaries (日清月结), which
// read the posted vouchers of a store. Reads of a scope apply it in SQL. Returns rows, not JSON.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::daily_close {

// One product's movements in a period: the balance before it, what came in and went out (milli).
struct SummaryMovement {
  std::string product_id;
  int64_t opening = 0, inflow = 0, outflow = 0;
};
// By product id. Signed movements of the store up to the end of the period: in (+), out and
// transfer out (-), transfer in (+); reversals are vouchers of the opposite direction.
std::vector<SummaryMovement> SummaryMovements(storage::Connection& conn, int64_t store_id,
                                              const std::string& from_utc,
                                              const std::string& to_utc);
// Vouchers of the store (its own and transfers into it) posted in [from, to).
int64_t CountStoreVouchers(storage::Connection& conn, int64_t store_id,
                           const std::string& from_utc, const std::string& to_utc);
// Their posting times.
std::vector<std::string> StorePostingTimes(storage::Connection& conn, int64_t store_id,
                                           const std::string& from_utc,
                                           const std::string& to_utc);

// A signature of a day's figures.
struct DailyCloseRecord {
  int64_t id = 0;
  std::string close_date;
  int64_t voucher_count = 0;
  std::string figures_hash;
  int64_t signed_by_user_id = 0;
  std::string signed_by_name, signed_at, note, signed_as;
  std::optional<int64_t> supersedes_id;
};
// The day's signatures, newest first.
std::vector<DailyCloseRecord> ClosesOfDay(storage::Connection& conn, int64_t store_id,
                                          const std::string& date);
// The month's ("YYYY-MM") signatures, oldest first.
std::vector<DailyCloseRecord> ClosesOfMonth(storage::Connection& conn, int64_t store_id,
                                            const std::string& month);
std::optional<int64_t> LatestCloseId(storage::Connection& conn, int64_t store_id,
                                     const std::string& date);

struct NewDailyClose {
  int64_t store_id = 0;
  std::string close_date;
  int64_t voucher_count = 0;
  std::string figures_json, figures_hash;
  int64_t signed_by_user_id = 0;
  std::string signed_at, note;
  std::optional<int64_t> supersedes_id;
  std::string signed_as;
};
int64_t InsertDailyClose(storage::Connection& conn, const NewDailyClose& c);

// Vouchers in the scope posted in [since, until): their store, transfer target and time.
struct Posting {
  int64_t store_id = 0;
  std::optional<int64_t> target_store_id;
  std::string posted_at;
};
std::vector<Posting> PostingsInScope(storage::Connection& conn, const api::Scope& scope,
                                     const std::string& since_utc, const std::string& until_utc);
// (store id, close date) of the signatures of stores in the scope from `since_date` on.
std::vector<std::pair<int64_t, std::string>> SignedDaysInScope(storage::Connection& conn,
                                                               const api::Scope& scope,
                                                               const std::string& since_date);

// Records that the signers were reminded of the store's unsigned day (table
// daily_close_reminders, V033); false when they already were.
bool RecordDailyCloseReminder(storage::Connection& conn, int64_t store_id,
                              const std::string& close_date, const std::string& sent_at);

}  // namespace anjian::daily_close
