// Editing a store's kind and rated limits against what it holds now: a rating may not be
// lowered below the stock already there (the books would show a store over its limit that
// no voucher put there), and a quarantine store holding waste, seized or unidentified goods
// stays a quarantine store until they are gone.
#pragma once

#include <vector>

#include "core/error.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/magazine/store_rules.hpp"
#include "explosives/voucher/voucher_rules.hpp"

namespace anjian::domain::explosives {

// Every reason the new kind and limits cannot apply to `current`, each naming the figures
// (rated and in stock). Fields: kind, rated_net_mass_kg, rated_pieces, product_limits.<id>.
std::vector<FieldError> CheckStoreEdit(const StoreState& current, StoreKind new_kind,
                                       const StoreLimits& new_limits, const Catalogue& catalogue);

}  // namespace anjian::domain::explosives
