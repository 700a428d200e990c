// The dashboard's SQL: each function is one query (or two for a list with its total),
// restricted to the caller's scope, with a fixed number of indexed queries (no per-row
// follow-ups). It reads other areas' tables (enterprises, regions, notices, inspection tasks)
// and writes none.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::dashboard {

// The enterprises in scope; supervision and industry_management count active ones.
struct EnterpriseCounts {
  int64_t enterprises = 0, active = 0, supervision = 0, industry_management = 0;
};
EnterpriseCounts CountEnterprises(storage::Connection& conn, const api::Scope& scope);

struct RegionCount {
  std::string region_code, name;
  int64_t count = 0;
};
// Active enterprises per child region of the caller's region (a city: its counties and zones;
// a county: itself; an enterprise account: its own region; administrators: the cities).
std::vector<RegionCount> EnterprisesByRegion(storage::Connection& conn, const api::Principal& p,
                                             const api::Scope& scope);

struct IndustryCount {
  std::string industry;
  int64_t count = 0;
};
// Active enterprises per industry, largest first.
std::vector<IndustryCount> EnterprisesByIndustry(storage::Connection& conn,
                                                 const api::Scope& scope);

struct AwaitedNotice {
  int64_t notice_id = 0;
  std::string title;
  int64_t pending = 0, overdue = 0;
  std::optional<std::string> feedback_deadline;
  std::string sent_at;
};
// Sent notices of the caller's agency still waiting for recipients, top 10 by overdue
// (`today`: China's calendar day, YYYY-MM-DD).
std::vector<AwaitedNotice> NoticesAwaiting(storage::Connection& conn, const api::Principal& p,
                                           const std::string& today);

struct PendingInboxItem {
  int64_t recipient_id = 0, notice_id = 0;
  std::string title, status;
  std::optional<std::string> feedback_deadline;
  std::string sent_at;
  int64_t agency_id = 0;
  std::string agency_name;
};
// The caller's inbox items not yet acknowledged, top 10 (earliest deadline first); `total`
// receives the full count.
std::vector<PendingInboxItem> InboxPending(storage::Connection& conn, const api::Principal& p,
                                           const std::string& today, int64_t* total);

// Notices the caller's agency sent since `since` (UTC text).
int64_t NoticesSentSince(storage::Connection& conn, const api::Principal& p,
                         const std::string& since);

struct MissedInspection {
  int64_t enterprise_id = 0;
  std::string enterprise_name, region_code;
};
struct MissedInspections {
  int64_t count = 0;
  std::vector<MissedInspection> items;  // the first 50 by name
};
// Enterprises in scope whose company-level daily inspection (公司级每日检查) of China's day `day`
// ("YYYY-MM-DD") was not done.
MissedInspections MissedDailyInspections(storage::Connection& conn, const api::Scope& scope,
                                         const std::string& day);

}  // namespace anjian::dashboard
