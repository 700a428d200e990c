// The dashboard's SQL: each function is one query (or two for a list with its total),
// restricted to the caller's scope.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::dashboard {

// {"enterprises","active_enterprises","supervision","industry_management"}; the last two
// count active enterprises.
boost::json::object EnterpriseCounts(storage::Connection& conn, const api::Scope& scope);

// Active enterprises per child region of the caller's region (a city: its counties and zones;
// a county: itself; an enterprise account: its own region; administrators: the cities).
boost::json::array EnterprisesByRegion(storage::Connection& conn, const api::Principal& p,
                                       const api::Scope& scope);

// Active enterprises per industry: [{"industry","count"}], largest first.
boost::json::array EnterprisesByIndustry(storage::Connection& conn, const api::Scope& scope);

// Sent notices of the caller's agency still waiting for recipients, top 10 by overdue:
// [{"notice_id","title","pending","overdue","feedback_deadline","sent_at"}].
boost::json::array NoticesAwaiting(storage::Connection& conn, const api::Principal& p);

// The caller's inbox items not yet acknowledged, top 10 (earliest deadline first); `total`
// receives the full count.
boost::json::array InboxPending(storage::Connection& conn, const api::Principal& p,
                                int64_t* total);

// Notices the caller's agency sent in the last 30 days.
int64_t NoticesSent30d(storage::Connection& conn, const api::Principal& p);

// Enterprises in scope whose company-level daily inspection (公司级每日检查) of local day `day`
// ("YYYY-MM-DD") was not done: {"date","count","items":[{"enterprise_id","enterprise_name",
// "region_code"}]} (items: first 50 by name).
boost::json::object MissedDailyInspections(storage::Connection& conn, const api::Scope& scope,
                                           const std::string& day);

}  // namespace anjian::dashboard
