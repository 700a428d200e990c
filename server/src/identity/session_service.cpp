#include "identity/session_service.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "audit/audit_service.hpp"
#include "core/hash_chain.hpp"
#include "identity/credential_check.hpp"
#include "identity/identity_errors.hpp"
#include "identity/password_hash.hpp"
#include "identity/policy_service.hpp"
#include "identity/session_repository.hpp"
#include "identity/user_repository.hpp"
#include "platform/storage/cluster.hpp"

namespace anjian::identity {

namespace json = boost::json;

PasswordPolicy SessionService::Policy() {
  {
    std::lock_guard lock(mu_);
    if (policy_) return *policy_;
  }
  const uint64_t generation = generation_.load();
  auto conn = svc_.db->Acquire();
  const PasswordPolicy p = LoadPolicy(*conn);
  std::lock_guard lock(mu_);
  if (generation == generation_.load()) policy_ = p;  // not when invalidated meanwhile
  return p;
}

void SessionService::SavePolicy(storage::Connection& conn, const PasswordPolicy& p) {
  StorePolicy(conn, p);
  std::lock_guard lock(mu_);
  policy_.reset();
}

LoginResult SessionService::Login(const std::string& username, const std::string& password,
                                  const std::string& ip, const std::string& user_agent) {
  const uint64_t generation = generation_.load();  // before reading (see Authenticate)
  auto policy = Policy();
  auto conn = svc_.db->Acquire();
  const int64_t now = svc_.clock->Now();
  const auto check = CheckCredentials(*conn, policy, now, username, password, ip);
  if (check.outcome == CredentialResult::Outcome::kLocked)
    throw ApiException{
        Err("account_locked").WithCode(ErrorCode::kLocked, core::IsoFromUnix(check.locked_until))};
  if (check.outcome != CredentialResult::Outcome::kAccepted) {
    storage::Transaction tx(*conn);
    audit::Append(*conn, {check.named_user_id, username, ip, svc_.clock->Now()}, "login_failed",
                  "session", "", nullptr, json::object{{"username", username}});
    tx.Commit();
    throw ApiException{Err("credentials_invalid").WithCode(ErrorCode::kUnauthenticated)};
  }
  const int64_t user_id = check.user_id;
  const std::string token = RandomToken(32);
  const std::string csrf = RandomToken(16);
  int64_t session_id;
  {
    storage::Transaction tx(*conn);
    session_id = InsertSession(*conn, {core::Sha256Hex(token), csrf, user_id, ip,
                                       user_agent.substr(0, 300), core::IsoFromUnix(svc_.clock->Now()), now});
    audit::Append(*conn, {check.named_user_id, username, ip, svc_.clock->Now()}, "login", "session",
                  std::to_string(session_id), nullptr, json::object{{"user_id", user_id}});
    tx.Commit();
  }
  auto p = LoadPrincipal(*conn, session_id, user_id, csrf);
  if (!p) throw ApiException{Err("account_disabled").WithCode(ErrorCode::kUnauthenticated)};
  p->ip = ip;
  LoginResult r{token, *p, check.must_change_password, policy.idle_timeout_minutes};
  std::lock_guard lock(mu_);
  cache_[core::Sha256Hex(token)] = Cached{*p, now, now, generation};
  return r;
}

std::optional<api::Principal> SessionService::LoadPrincipal(storage::Connection& conn,
                                                            int64_t session_id, int64_t user_id,
                                                            const std::string& csrf) {
  auto p = identity::LoadPrincipal(conn, user_id);
  if (!p) return std::nullopt;
  p->session_id = session_id;
  p->csrf_token = csrf;
  return p;
}

std::optional<api::Principal> SessionService::Authenticate(const api::Request& req) {
  std::string token;
  bool via_cookie = false;
  std::string_view auth = req.Header("authorization");
  if (auth.size() > 7 && (auth.starts_with("Bearer ") || auth.starts_with("bearer "))) {
    token = std::string(auth.substr(7));
  } else {
    token = req.Cookie(kCookie);
    via_cookie = true;
    if (token.empty() && req.path == "/api/v1/ws") {  // browsers cannot set headers on WebSocket
      if (auto t = req.Query("token")) {
        token = *t;
        via_cookie = false;
      }
    }
  }
  if (token.size() != 64) return std::nullopt;
  const std::string hash = core::Sha256Hex(token);
  const int64_t now = svc_.clock->Now();
  const int64_t idle = int64_t{Policy().idle_timeout_minutes} * 60;
  {
    std::lock_guard lock(mu_);
    auto it = cache_.find(hash);
    if (it != cache_.end() && it->second.generation == generation_.load()) {
      if (now - it->second.last_seen > idle) {
        cache_.erase(it);
        return std::nullopt;
      }
      it->second.last_seen = now;
      bool persist = now - it->second.last_persisted >= 60;
      api::Principal p = it->second.principal;
      if (persist) it->second.last_persisted = now;
      if (!persist) {
        p.via_cookie = via_cookie;
        p.ip = req.remote_ip;
        return p;
      }
    }
  }
  // The generation before reading: an invalidation that lands meanwhile (another node's write,
  // issue 16) makes what is read below stale, and it is then not served from the cache again.
  const uint64_t generation = generation_.load();
  auto conn = svc_.db->Acquire();
  auto session = FindSession(*conn, hash);
  if (!session || session->revoked) return std::nullopt;
  int64_t last_seen = session->last_seen_at;
  {
    std::lock_guard lock(mu_);
    auto it = cache_.find(hash);
    if (it != cache_.end()) last_seen = std::max(last_seen, it->second.last_seen - 1);
  }
  if (now - last_seen > idle) {
    RevokeSession(*conn, session->id, core::IsoFromUnix(svc_.clock->Now()));
    std::lock_guard lock(mu_);
    cache_.erase(hash);
    return std::nullopt;
  }
  TouchSession(*conn, session->id, now);
  auto p = LoadPrincipal(*conn, session->id, session->user_id, session->csrf_token);
  if (!p) return std::nullopt;
  {
    std::lock_guard lock(mu_);
    cache_[hash] = Cached{*p, now, now, generation};
  }
  p->via_cookie = via_cookie;
  p->ip = req.remote_ip;
  return p;
}

void SessionService::Logout(const api::Principal& p) {
  auto conn = svc_.db->Acquire();
  storage::Transaction tx(*conn);
  RevokeSession(*conn, p.session_id, core::IsoFromUnix(svc_.clock->Now()));
  audit::Append(*conn, {p.user_id, p.username, p.ip, svc_.clock->Now()}, "logout", "session",
                std::to_string(p.session_id), nullptr, nullptr);
  storage::BumpRevision(*conn, "identity");  // issue 16: the token is refused on every node
  tx.Commit();
  std::lock_guard lock(mu_);
  for (auto it = cache_.begin(); it != cache_.end();) {
    if (it->second.principal.session_id == p.session_id) it = cache_.erase(it);
    else ++it;
  }
}

void SessionService::RevokeUser(storage::Connection& conn, int64_t user_id) {
  RevokeUserSessions(conn, user_id, core::IsoFromUnix(svc_.clock->Now()));
  storage::BumpRevision(conn, "identity");  // issue 16: in the caller's transaction
  Invalidate();
}

void SessionService::Invalidate() {
  generation_.fetch_add(1);
  std::lock_guard lock(mu_);
  cache_.clear();
  policy_.reset();
}

}  // namespace anjian::identity
