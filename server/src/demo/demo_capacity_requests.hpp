// Demo capacity change request (库房核定储量变更申请, issue 15 §1): the demo civil-explosives
// enterprise asks to raise its detonator store's rating after an extension, with the design
// document; the request waits for 邹城市工业和信息化局. Its production licence already lists the
// extended design capacity, so the store page warns that the licence and the rating differ.
// Inside the caller's transaction, after the ledger and the licences, dated `now`.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoCapacityRequests(storage::Connection& conn, int64_t mb, int64_t now);

}  // namespace anjian::demo
