// SQL building blocks shared by the notice, inbox, file and dashboard queries: who may see a
// notice from the sender side, which recipient rows are the caller's own, and the recipient
// status (回执状态) expressed in SQL so that lists can filter and count by it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::notices {

// Today's date in China (UTC+8), "YYYY-MM-DD": deadlines are calendar days there.
std::string TodayChina();
// The China date of a unix time.
std::string ChinaDate(int64_t unix_seconds);

// Sender view of notices aliased `n`: the caller's own agency's notices (drafts included), and
// sent notices of agencies inside the caller's region subtree (a city sees its counties').
api::SqlFilter SenderViewSql(const api::Principal& p, const std::string& n);

// Recipient rows aliased `r` that belong to the caller: its agency's or its enterprise's.
api::SqlFilter OwnRecipientSql(const api::Principal& p, const std::string& r);

// CASE expression giving the derived status of recipient `r` of notice `n`; takes one
// parameter, today's date. Mirrors domain::DeriveRecipientStatus with feedback required
// whenever the notice has a feedback deadline.
std::string StatusCaseSql(const std::string& r = "r", const std::string& n = "n");

// Condition "recipient r has not yet done what notice n asks" (no parameters): feedback when
// the notice has a deadline, otherwise an acknowledgement.
std::string NotDoneSql(const std::string& r = "r", const std::string& n = "n");

// "?,?,?" for `ids`, appending them to `params`.
std::string InList(const std::vector<int64_t>& ids, std::vector<storage::Value>& params);


}  // namespace anjian::notices
