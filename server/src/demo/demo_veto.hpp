// Demo one-vote veto (issue 15 §4): the city bureau's round of 安全生产先进企业 award applications
// — 恒安民爆, 润泽化工, the enterprise with the oldest overdue major hidden danger of the demo and
// a few others — checked against the demo's own records (accidents, hidden dangers, the
// dishonesty list, licences), so the veto and its reasons come from real demo data. Written in
// the caller's transaction after the hidden dangers, dated relative to `now_unix`.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoVeto(storage::Connection& conn, int64_t mb, int64_t hc, int64_t now_unix);

}  // namespace anjian::demo
