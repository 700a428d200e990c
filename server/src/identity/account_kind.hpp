// Account kinds: which organisation an account works for. An area whose duty is an
// enterprise's (its ledger, its risk register, its filings...) asks for the enterprise here,
// so every such area refuses other accounts with the one rule enterprise_account_required.
#pragma once

#include <cstdint>

#include "identity/identity_errors.hpp"
#include "platform/api/principal.hpp"

namespace anjian::identity {

// The caller's enterprise; 422 enterprise_account_required for an account of an agency or a
// system account.
inline int64_t RequireEnterpriseAccount(const api::Principal& p) {
  if (!p.enterprise_id) core::Invalid(Err("enterprise_account_required").At(""));
  return *p.enterprise_id;
}

}  // namespace anjian::identity
