// The SQL of sign-in: sessions (only a token's SHA-256 is stored) and login_failures (the
// lockout's counter).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::identity {

// Failure times (unix seconds) of `username` after `since`.
std::vector<int64_t> FailuresSince(storage::Connection& conn, const std::string& username,
                                   int64_t since);
void AddFailure(storage::Connection& conn, const std::string& username, int64_t at,
                const std::string& ip);
void ClearFailures(storage::Connection& conn, const std::string& username);

struct NewSession {
  std::string token_hash, csrf_token;
  int64_t user_id = 0;
  std::string ip, user_agent;
  std::string created_at;  // UTC text
  int64_t last_seen_at = 0;
};
int64_t InsertSession(storage::Connection& conn, const NewSession& s);

struct SessionRow {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string csrf_token;
  int64_t last_seen_at = 0;
  bool revoked = false;
};
std::optional<SessionRow> FindSession(storage::Connection& conn, const std::string& token_hash);
void TouchSession(storage::Connection& conn, int64_t id, int64_t last_seen_at);
// Revokes one session (if not already revoked).
void RevokeSession(storage::Connection& conn, int64_t id, const std::string& at);
// Revokes every open session of a user, or every one but `keep_session_id`.
void RevokeUserSessions(storage::Connection& conn, int64_t user_id, const std::string& at);
void RevokeOtherSessions(storage::Connection& conn, int64_t user_id, int64_t keep_session_id,
                         const std::string& at);

}  // namespace anjian::identity
