// Sessions: login (with lockout), token lookup with an in-memory cache, idle timeout and
// logout. Tokens are random; only their SHA-256 is stored. The cache is dropped whenever
// users, roles or permissions change (Invalidate), so a revoked right takes effect at once.
#pragma once

#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "platform/api/context.hpp"
#include "identity/password_policy_rules.hpp"

namespace anjian::accounts {

struct LoginResult {
  std::string token;
  api::Principal principal;
  bool must_change_password = false;
  int idle_timeout_minutes = 30;
};

class SessionStore {
 public:
  explicit SessionStore(api::Services& svc) : svc_(svc) {}

  // Throws ApiException: 401 for bad credentials, 423 while locked out.
  LoginResult Login(const std::string& username, const std::string& password,
                    const std::string& ip, const std::string& user_agent);
  // Bearer header first, then the session cookie. nullopt when absent, unknown, revoked,
  // idle too long or the user is disabled.
  std::optional<api::Principal> Authenticate(const api::Request& req);
  void Logout(const api::Principal& p);
  // Revokes every session of a user (disable, password reset).
  void RevokeUser(storage::Connection& conn, int64_t user_id);
  void Invalidate();

  domain::PasswordPolicy Policy();
  void SavePolicy(storage::Connection& conn, const domain::PasswordPolicy& p);

  static constexpr const char* kCookie = "anjian_session";

 private:
  struct Cached {
    api::Principal principal;
    int64_t last_seen = 0;       // unix seconds, in memory
    int64_t last_persisted = 0;  // last value written to the database
    uint64_t generation = 0;
  };
  std::optional<api::Principal> LoadPrincipal(storage::Connection& conn, int64_t session_id,
                                              int64_t user_id, const std::string& csrf);

  api::Services& svc_;
  std::mutex mu_;
  std::unordered_map<std::string, Cached> cache_;  // token hash → session
  std::atomic<uint64_t> generation_{1};
  std::optional<domain::PasswordPolicy> policy_;
};

// Loads the principal for a user id (roles, permissions, agency/enterprise, region path).
std::optional<api::Principal> LoadUser(storage::Connection& conn, int64_t user_id);

}  // namespace anjian::accounts
