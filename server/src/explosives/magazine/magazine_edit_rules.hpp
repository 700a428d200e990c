// Editing a magazine's kind and rated limits against what it holds now: a rating may not be
// lowered below the stock already there (the books would show a magazine over its limit that
// no voucher put there), and a quarantine magazine holding waste, seized or unidentified goods
// stays a quarantine magazine until they are gone.
#pragma once

#include <vector>

#include "core/error.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/magazine/magazine_rules.hpp"

namespace anjian::magazine {

// Every reason the new kind and limits cannot apply to `current`, each naming the figures
// (rated and in stock). Fields: kind, rated_net_mass_kg, rated_pieces, product_limits.<id>.
std::vector<FieldError> CheckMagazineEdit(const MagazineState& current, MagazineKind new_kind,
                                          const MagazineLimits& new_limits,
                                          const catalogue::Catalogue& catalogue);

}  // namespace anjian::magazine
