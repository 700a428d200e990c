// The business settings' use cases: the value in force, and a change (or reset) written with
// its history row and its audit entry in one transaction.
#pragma once

#include <optional>
#include <string>

#include "audit/audit_service.hpp"
#include "platform/storage/db.hpp"
#include "settings/business_settings_rules.hpp"

namespace anjian::settings {

// The value in force: the stored one when it is still valid, else the default (a stored value
// may have been written by an older version or by hand).
struct InForce {
  std::string value;
  bool overridden = false;
  bool stored_invalid = false;
};
InForce ValueInForce(storage::Connection& conn, const BusinessSetting& s);

// Stores `value` (canonical JSON text; nullopt resets to the default), appends the history row
// and the audit entry (before/after). Resetting a key already at its default records nothing.
void WriteBusinessSetting(storage::Connection& conn, const audit::Actor& actor,
                          const BusinessSetting& s, const std::optional<std::string>& value);

}  // namespace anjian::settings
