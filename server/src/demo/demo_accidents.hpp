// Demo accidents (issue 14 §4): a handful of past events of each grade — fictional — with their
// report timelines (first reports, follow-ups that raised the grade, each level's forwarding),
// one of them forwarded late by the county. Written through the accidents repository in the
// caller's transaction, dated relative to `now_unix`.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoAccidents(storage::Connection& conn, int64_t mb, int64_t hc, int64_t now_unix);

}  // namespace anjian::demo
