// The checks a voucher must pass before it is posted (rules.md §1 Art.41, seed 000 §3(2)):
// capacity, co-storage, quarantine of non-normal goods, code uniqueness and presence, no negative
// stock. Pure: the caller loads the stores' state and answers where codes are, inside the same
// transaction that then posts the voucher, so check and post see the same books.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/magazine/magazine_storage_rules.hpp"
#include "explosives/magazine/magazine_rules.hpp"
#include "explosives/voucher/ledger_chain_rules.hpp"
#include "explosives/voucher/voucher_kind_rules.hpp"

namespace anjian::voucher {

// Storage classes of the products in stock (quantity > 0), sorted. A stocked product missing
// from the catalogue is its own class "product:<id>", compatible with nothing else, so stock of
// unknown nature is never mixed with anything.
std::vector<std::string> ClassesPresent(const magazine::MagazineState& state,
                                        const catalogue::Catalogue& catalogue);

// Where each code is in stock now: result[i] is the id of the store holding codes[i], nullopt
// when it is in no store (never seen, or issued, sold or destroyed). Called at most once per
// check, with every distinct well-formed code of the voucher, so an implementation can answer
// with one indexed query. It must look across all enterprises: GA 441 codes are unique
// nationally for ten years.
using CodeLocations = std::vector<std::optional<std::int64_t>>;
using CodeLookup = std::function<CodeLocations(const std::vector<std::string_view>& codes)>;

struct CheckOptions {
  // Per rule, code errors beyond this many are summarised as one error with the count, so a bad
  // 1,000-code voucher gives a readable answer. A display setting, not a regulatory figure.
  std::size_t max_code_errors_per_rule = 100;
  // The posting enterprise: another enterprise's product is refused (product_foreign); 0 when
  // the caller has checked ownership itself.
  std::int64_t enterprise_id = 0;
};

// Every violation, each naming its rule, its field (lines[3].codes[17]) and the figures:
//   reason_direction_mismatch (reason), target_store_required / target_store_same /
//   target_store_unexpected (target_store_id), lines_required (lines),
//   product_unknown (lines[i].product), product_foreign / product_inactive (lines[i].product:
//   another enterprise's product; a deactivated one received into a store — catalogue::CheckUsable),
//   quantity_invalid (lines[i].quantity: not > 0, or a fraction of a piece),
//   quantity_code_mismatch (lines[i].quantity: coded line whose pieces != number of codes),
//   codes_unexpected (lines[i].codes: codes on an uncoded product),
//   code_invalid (lines[i].codes[j]: GA 441, or 1-64 printable ASCII for other schemes),
//   code_duplicate_in_voucher (lines[i].codes[j], naming the first occurrence),
//   code_in_stock (inbound code already in some store), code_not_in_store (outbound or
//   transferred code not in the sending store),
//   quantity_negative (lines[i].quantity of the product's last line: stock would go negative),
//   non_normal_goods_outside_quarantine (lines[i].condition),
//   normal_goods_into_contaminated_quarantine (lines[i].condition: the quarantine store holds,
//   or this voucher brings, waste, seized or unidentified goods),
//   non_normal_goods_with_normal_goods (lines[i].condition: a quarantine store holding normal
//   goods; the same co-storage as above, seen from the other side),
//   incompatible_storage (lines[i].product of the first line bringing the class; both classes
//   named), capacity_net_mass / capacity_pieces (lines: now + incoming > rated),
//   capacity_product_quantity (lines[i].quantity of the product's first line).
// Limits are checked only for measures the voucher adds to, so a store already over a
// lowered rating can still take goods that do not add to it (and can always be emptied).
// `target` is the receiving store of a transfer (nullptr otherwise). Co-storage already present
// before the voucher is not reported again; only pairs this voucher would create.
std::vector<FieldError> CheckVoucher(const Voucher& voucher, const magazine::MagazineState& booked,
                                     const magazine::MagazineState* target,
                                     const catalogue::Catalogue& catalogue,
                                     const magazine::StorageRulesConfig& rules,
                                     const CodeLookup& lookup, const CheckOptions& options = {});

// The stores' state after posting a voucher that passed CheckVoucher: quantities, net mass,
// pieces, and the quarantine flag (set by non-normal goods, cleared when the store empties).
void ApplyVoucher(const Voucher& voucher, magazine::MagazineState& booked,
                  magazine::MagazineState* target, const catalogue::Catalogue& catalogue);

// The reversal voucher of a posted one: opposite direction (a transfer goes back), same lines.
Voucher ReversalOf(const PostedVoucher& original);

// The number shown to users: RK (入库), CK (出库), YK (移库) or CX (冲销), the posting's UTC date
// as YYYYMMDD, "-", the id in at least six digits (RK20261206-000042).
std::string VoucherNumber(const Voucher& v, const std::string& posted_at, std::int64_t id);

// A code that is not one (rule code_invalid) at `field`: for a product with GA 441 codes the
// message lists what GA 441 finds wrong with it (ValidateDetonatorCode), otherwise that a code
// is 1-64 printable ASCII characters.
FieldError InvalidCode(const std::string& field, const std::string& code, bool ga441);

}  // namespace anjian::voucher
