// Start-up data: reference data every installation needs (regions, role permissions, the
// three administrator accounts). The demo city is demo/demo_city_seed.hpp.
#pragma once

#include "core/clock.hpp"
#include "platform/storage/db.hpp"

namespace anjian::app {

// Idempotent, one transaction. In demo mode the administrators get the demo password;
// otherwise each gets a random one that is printed once and must be changed at first sign-in.
// Also repairs stored data that breaks three-admin separation (role permissions outside the
// grant table, administrator accounts inside an agency or enterprise), each repair audited.
void EnsureReferenceData(storage::Connection& conn, const core::Clock& clock, bool demo);

}  // namespace anjian::app
