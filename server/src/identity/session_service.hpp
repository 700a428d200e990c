// Sessions: sign-in (with lockout), token lookup with an in-memory cache, idle timeout and
// sign-out. Tokens are random; only their SHA-256 is stored. The cache is dropped whenever
// users, roles or permissions change (Invalidate), so a revoked right takes effect at once.
// "Now" is the application's clock (api::Services::clock).
#pragma once

#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "identity/password_policy_rules.hpp"
#include "platform/api/context.hpp"

namespace anjian::identity {

struct LoginResult {
  std::string token;
  api::Principal principal;
  bool must_change_password = false;
  int idle_timeout_minutes = 30;
};

class SessionService {
 public:
  explicit SessionService(api::Services& svc) : svc_(svc) {}

  // Throws ApiException: 401 for bad credentials, 423 while locked out.
  LoginResult Login(const std::string& username, const std::string& password,
                    const std::string& ip, const std::string& user_agent);
  // Bearer header first, then the session cookie. nullopt when absent, unknown, revoked,
  // idle too long or the user is disabled.
  std::optional<api::Principal> Authenticate(const api::Request& req);
  void Logout(const api::Principal& p);
  // Revokes every session of a user (disable, password reset), inside the caller's transaction.
  void RevokeUser(storage::Connection& conn, int64_t user_id);
  void Invalidate();

  // The security policy in force (cached until SavePolicy or Invalidate).
  PasswordPolicy Policy();
  // Stores the policy, inside the caller's transaction.
  void SavePolicy(storage::Connection& conn, const PasswordPolicy& p);

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
  std::optional<PasswordPolicy> policy_;
};

}  // namespace anjian::identity
