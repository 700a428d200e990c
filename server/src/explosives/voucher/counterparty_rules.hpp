// The counterparty a voucher must name (条例 art. 24: the sale filing covers 品种、数量、购买单位;
// art. 20-21: the buyer holds a purchase licence, the seller a sales licence; art. 26: a road
// transport holds a transport licence 运输许可证). Pure: the voucher route calls it before
// posting.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "explosives/voucher/voucher_kind_rules.hpp"

namespace anjian::voucher {

enum class CounterpartyRole {
  kNone,       // production, return, issue, destruction, stocktake, internal transfer, reversal
  kBuyer,      // out / sale: name, USCC, 购买许可证号 required
  kSeller,     // in / purchase: name, USCC, 销售许可证号 required
  kTransport,  // in transfer_in, out transfer_out: the other unit's name and 运输许可证号 required
};
// "" | "buyer" | "seller" | "transport"
std::string_view CounterpartyRoleValue(CounterpartyRole role);
std::string_view CounterpartyRoleLabelZh(CounterpartyRole role);  // 购买单位 | 销售单位 | 运输

// The role a voucher's counterparty plays; a reversal names none (it undoes the original, which
// keeps its counterparty).
CounterpartyRole CounterpartyRoleOf(Direction direction, Reason reason, bool reversal);

// Every problem of the voucher's counterparty, fields under "counterparty":
//   counterparty_required (counterparty: the role needs one and none was given),
//   counterparty_unexpected (counterparty: the voucher's reason takes none),
//   required (counterparty.name / .uscc / .licence_no / .transport_licence_no, by role),
//   uscc_length / uscc_charset / uscc_region / uscc_check_char (counterparty.uscc, GB 32100;
//   checked whenever a USCC is given).
// The counterparty's texts are expected trimmed and the USCC normalised (registry::NormalizeUscc).
std::vector<FieldError> CheckCounterparty(CounterpartyRole role,
                                          const std::optional<Counterparty>& counterparty);

}  // namespace anjian::voucher
