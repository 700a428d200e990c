// Demo licences the ledger's licence gate needs (issue 15 §1): the producer's production and
// safety-production licences and each demo seller's sales licence, valid over the demo history,
// with annual quantities well above it — and one expired sales licence of a third seller, which
// the conditions-lapsed sweep turns into a major hidden danger (234号 item 1). A kind the
// enterprise already holds (the licences demo ran first) is left as it is. Runs before the ledger.
#pragma once

#include <cstdint>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoGateLicences(storage::Connection& conn, int64_t producer,
                          const std::vector<int64_t>& sellers, int64_t now_unix);

}  // namespace anjian::demo
