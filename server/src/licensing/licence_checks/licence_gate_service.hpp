// The ledger's licence gate as voucher posting calls it (explosives/voucher PostVoucher): loads the
// setting, the enterprise's licences and the year's booked quantities, then CheckLicenceGate.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "explosives/voucher/voucher_kind_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::licence_checks {

// The gate's refusals for `v` posted at `posted_at` (UTC ISO) by `enterprise_id`; empty when the
// voucher is not a production or sales voucher, is a reversal, or the setting turns the gate off.
std::vector<FieldError> CheckVoucherLicence(storage::Connection& conn, std::int64_t enterprise_id,
                                            const voucher::Voucher& v, const std::string& posted_at);

}  // namespace anjian::licence_checks
