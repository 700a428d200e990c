// Accounts at start-up and on the server's command line: the three administrators of a new
// installation, the repair of administrator accounts placed in an organisation, the
// server-side password reset (`anjian user reset-password`), and accounts created by the demo
// seeders. Each runs inside the caller's transaction unless it says otherwise.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::identity {

// The demo accounts' password (README).
inline constexpr const char* kDemoPassword = "Demo@2026";

// An active account with `roles`, its password hashed here. `now`: unix seconds.
int64_t CreateAccount(storage::Connection& conn, std::int64_t now, const std::string& username,
                      const std::string& display_name, const std::string& password,
                      std::optional<int64_t> agency, std::optional<int64_t> enterprise,
                      const std::vector<std::string>& roles, bool must_change,
                      const std::string& phone);

// On an installation without accounts: sysadmin, secadmin and auditadmin, audited (bootstrap).
// In demo mode they get the demo password; otherwise each gets a random one that is logged
// once and must be changed at the first sign-in.
void EnsureAdministrators(storage::Connection& conn, std::int64_t now, bool demo);

// Administrator accounts belong to no agency or enterprise (CheckRoleGrant, rule admin_org):
// one placed in an organisation by an earlier version is taken out of it, audited
// (repair_admin_org) and logged.
void RepairAdministratorOrganisations(storage::Connection& conn, std::int64_t now);

// Server-side account recovery: sets a random one-time password, revokes the account's
// sessions, clears its sign-in failures, audits it and returns the password. Runs its own
// transaction. Throws std::runtime_error for an unknown username.
std::string ResetPasswordOnServer(storage::Connection& conn, std::int64_t now,
                                  const std::string& username);

}  // namespace anjian::identity
