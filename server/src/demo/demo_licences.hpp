// Demo licences (issue 15 §1): a licence for every 民爆 and hazardous-chemicals enterprise of the
// demo city — 民爆 producers hold the 安全生产许可证 and the 生产许可证 (products, magazine design
// capacities, working hours), sellers the 销售许可证, chemical enterprises the 安全生产许可证 —
// with 恒安民爆's production licence ending next month and a renewal of it awaiting the decision,
// 润泽化工's licence inside its renewal window, one seller's licence expired, and safety
// evaluations (one failed). Written through the licences repository in the caller's
// transaction, dated relative to `now_unix`.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoLicences(storage::Connection& conn, int64_t mb, int64_t hc, int64_t now_unix);

}  // namespace anjian::demo
