// Start-up data: reference data every installation needs (regions, role permissions, the
// three administrator accounts) and, on request, the demo city of 济宁市.
#pragma once

#include <string>

#include "platform/storage/db.hpp"

namespace anjian::app {

// Idempotent. In demo mode the administrators get the demo password; otherwise each gets a
// random one that is printed once and must be changed at first sign-in. Also repairs stored
// data that breaks three-admin separation (role permissions outside the grant table,
// administrator accounts inside an agency or enterprise), each repair audited.
void EnsureReferenceData(storage::Connection& conn, bool demo);

// Fills an empty database with the demo city. Does nothing when enterprises already exist.
void SeedDemoCity(storage::Connection& conn);

// Server-side account recovery (`anjian user reset-password`): sets a random one-time password,
// revokes the account's sessions, audits it and returns the password. Throws on unknown user.
std::string ResetPasswordOnServer(storage::Connection& conn, const std::string& username);

inline constexpr const char* kDemoPassword = "Demo@2026";

}  // namespace anjian::app
