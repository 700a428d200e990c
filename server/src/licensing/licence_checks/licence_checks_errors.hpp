// Error catalogue of licensing/licence_checks (the ledger's licence gate, the conditions-lapsed
// sweep and its warnings, industry structure). Value-shape rules are core's.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::licence_checks {

// Placeholders: the English text uses the first half, the Chinese the second (same count).
inline constexpr core::Rule kLicenceCheckErrors[] = {
    {"licence_gate_missing",
     "the enterprise holds no {0} on {1}: a {2} voucher cannot be booked (MIIT 234 item 1)",
     "企业于 {4} 未持有{3}，不得登记{5}（234号第1项）"},
    {"licence_gate_not_in_force",
     "licence {0} is {1} on {2} (valid {3} to {4}): a {5} voucher cannot be booked",
     "许可证 {6} 于 {8} {7}（有效期 {9} 至 {10}），不得登记{11}"},
    {"licence_gate_product",
     "{0} is not in the scope of licence {1}: not licensed to {2} it (MIIT 234 item 4)",
     "{3}不在许可证 {4} 的许可品种范围内，不得{5}（234号第4项，超许可品种）"},
    {"licence_gate_quantity",
     "licence {0} allows {1} {2} of {3} a year; {4} {2} booked this year + {5} {2} on this voucher "
     "= {6} {2} (MIIT 234 item 4)",
     "许可证 {7} 核定{10}年度许可数量 {8} {9}，本年已登记 {12} {9}，本单 {13} {9}，合计 {14} {9}，"
     "超出许可数量（234号第4项）"},
    {"licence_alert_period_invalid", "from must not be after to", "起始日期不得晚于截止日期"},
};
static_assert(core::UniqueIds(kLicenceCheckErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kLicenceCheckErrors, id);
}

}  // namespace anjian::licence_checks
