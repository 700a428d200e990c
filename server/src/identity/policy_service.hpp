// The security policy (password complexity, lockout, idle timeout; 等保 2.0) as stored in the
// settings table (key security_policy, one JSON object), and its change by the security
// administrator.
#pragma once

#include <boost/json/object.hpp>

#include "audit/audit_service.hpp"
#include "identity/password_policy_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::identity {

class SessionService;

// The stored policy; a field that is absent (or not an integer) keeps its default.
PasswordPolicy LoadPolicy(storage::Connection& conn);
// Stores `p`, inside the caller's transaction.
void StorePolicy(storage::Connection& conn, const PasswordPolicy& p);
// The API and audit shape: {"password_min_length", ..., "password_history"}.
boost::json::object PolicyJson(const PasswordPolicy& p);

// Replaces the policy (already validated) with its audit entry (before/after) in one
// transaction; open sessions and the cached policy are dropped after the commit.
void UpdateSecurityPolicy(storage::Connection& conn, SessionService& sessions,
                          const audit::Actor& actor, const PasswordPolicy& p);

}  // namespace anjian::identity
