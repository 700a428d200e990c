// Validation of the user account form (create and edit), shared by the admin handlers.
#pragma once

#include <string>

#include "identity/user_store.hpp"
#include "platform/api/json.hpp"
#include "platform/storage/db.hpp"

namespace anjian::accounts {

// Username rules: username_format (3–32 characters of a-z 0-9 . _ -).
bool IsValidUsername(const std::string& username);

// Reads display_name (required, ≤50), phone (optional, valid phone) and at most one of
// agency_id / enterprise_id. The organisation must exist inside `scope` (rules agency_unknown,
// enterprise_unknown); both at once is org_exclusive; an account of neither (a system
// account) needs system scope (org_required). Errors are added to `in`.
UserFields ReadUserFields(api::JsonInput& in, storage::Connection& conn, const api::Scope& scope);

}  // namespace anjian::accounts
