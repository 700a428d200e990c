// Demo dishonesty list (issue 15 §4): the candidates the demo accidents give (a 重大 and a 特别重大
// accident), one carried through notice, defence, decision and publication a month ago (listed
// now), the other left awaiting the prior notice. Written in the caller's transaction through the
// dishonesty list's repository, dated relative to `now_unix`.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoCredit(storage::Connection& conn, int64_t now_unix);

}  // namespace anjian::demo
