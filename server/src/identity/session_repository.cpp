#include "identity/session_repository.hpp"

namespace anjian::identity {

std::vector<int64_t> FailuresSince(storage::Connection& conn, const std::string& username,
                                   int64_t since) {
  auto rs = conn.Query("SELECT at_unix FROM login_failures WHERE username = ? AND at_unix > ?",
                       {username, since});
  std::vector<int64_t> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "at_unix"));
  return out;
}

void AddFailure(storage::Connection& conn, const std::string& username, int64_t at,
                const std::string& ip) {
  conn.Exec("INSERT INTO login_failures (username, at_unix, ip) VALUES (?, ?, ?)",
            {username, at, ip});
}

void ClearFailures(storage::Connection& conn, const std::string& username) {
  conn.Exec("DELETE FROM login_failures WHERE username = ?", {username});
}

int64_t InsertSession(storage::Connection& conn, const NewSession& s) {
  auto rs = conn.Query(
      "INSERT INTO sessions (token_hash, csrf_token, user_id, ip, user_agent, created_at, "
      "last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {s.token_hash, s.csrf_token, s.user_id, s.ip, s.user_agent, s.created_at, s.last_seen_at});
  return rs.Int(0, "id");
}

std::optional<SessionRow> FindSession(storage::Connection& conn, const std::string& token_hash) {
  auto rs = conn.Query(
      "SELECT id, user_id, csrf_token, last_seen_at, revoked_at FROM sessions WHERE token_hash = ?",
      {token_hash});
  if (rs.empty()) return std::nullopt;
  return SessionRow{rs.Int(0, "id"), rs.Int(0, "user_id"), rs.Text(0, "csrf_token"),
                    rs.Int(0, "last_seen_at"), !rs.IsNull(0, "revoked_at")};
}

void TouchSession(storage::Connection& conn, int64_t id, int64_t last_seen_at) {
  conn.Exec("UPDATE sessions SET last_seen_at = ? WHERE id = ?", {last_seen_at, id});
}

void RevokeSession(storage::Connection& conn, int64_t id, const std::string& at) {
  conn.Exec("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", {at, id});
}

void RevokeUserSessions(storage::Connection& conn, int64_t user_id, const std::string& at) {
  conn.Exec("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
            {at, user_id});
}

void RevokeOtherSessions(storage::Connection& conn, int64_t user_id, int64_t keep_session_id,
                         const std::string& at) {
  conn.Exec(
      "UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND id <> ? AND revoked_at IS NULL",
      {at, user_id, keep_session_id});
}

}  // namespace anjian::identity
