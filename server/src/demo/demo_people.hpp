// Demo people's qualifications (issue 15 §2), fictional: people in post of 恒安民爆 (邹城) and
// 润泽化工 (任城) linked to the README accounts, their certificates (some ending within 30 days),
// examinations and training; 恒安民爆's principal appointed 7 months ago and not examined (the
// deadline job opens the major hidden danger of 234号 item 3 shortly after start-up); enforcement
// staff of the 邹城 and 任城 agencies with their training. Written through the qualifications
// repository in the caller's transaction, dated relative to `now_unix`.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoPeople(storage::Connection& conn, int64_t mb, int64_t hc, int64_t now_unix);

}  // namespace anjian::demo
