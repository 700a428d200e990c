#include "identity/session_store.hpp"

#include <boost/json.hpp>

#include "identity/credential_check.hpp"
#include "identity/password_hash.hpp"
#include "audit/audit_log.hpp"
#include "core/hash_chain.hpp"

namespace anjian::accounts {

namespace json = boost::json;
using storage::Value;

std::optional<api::Principal> LoadUser(storage::Connection& conn, int64_t user_id) {
  auto u = conn.Query(
      "SELECT u.id, u.username, u.display_name, u.status, u.agency_id, u.enterprise_id, "
      "u.must_change_password, a.region_code AS a_region, a.region_path AS a_path, e.region_code AS e_region, "
      "e.region_path AS e_path FROM users u LEFT JOIN agencies a ON a.id = u.agency_id "
      "LEFT JOIN enterprises e ON e.id = u.enterprise_id WHERE u.id = ?",
      {user_id});
  if (u.empty() || u.Text(0, "status") != "active") return std::nullopt;
  api::Principal p;
  p.user_id = user_id;
  p.username = u.Text(0, "username");
  p.display_name = u.Text(0, "display_name");
  p.agency_id = u.OptInt(0, "agency_id");
  p.enterprise_id = u.OptInt(0, "enterprise_id");
  p.must_change_password = u.Int(0, "must_change_password") != 0;
  if (p.agency_id) {
    p.region_code = u.Text(0, "a_region");
    p.region_path = u.Text(0, "a_path");
  } else if (p.enterprise_id) {
    p.region_code = u.Text(0, "e_region");
    p.region_path = u.Text(0, "e_path");
  }
  auto roles = conn.Query(
      "SELECT ur.role, rp.permission FROM user_roles ur LEFT JOIN role_permissions rp "
      "ON rp.role = ur.role WHERE ur.user_id = ?",
      {user_id});
  for (size_t i = 0; i < roles.size(); ++i) {
    p.roles.insert(roles.Text(i, "role"));
    if (!roles.IsNull(i, "permission")) p.permissions.insert(roles.Text(i, "permission"));
  }
  return p;
}

domain::PasswordPolicy SessionStore::Policy() {
  {
    std::lock_guard lock(mu_);
    if (policy_) return *policy_;
  }
  domain::PasswordPolicy p;
  auto conn = svc_.db->Acquire();
  auto rs = conn->Query("SELECT value FROM settings WHERE key = 'security_policy'");
  if (!rs.empty()) {
    auto v = json::parse(rs.Text(0, "value"));
    auto& o = v.as_object();
    auto get = [&](const char* k, int& dst) {
      if (auto it = o.find(k); it != o.end() && it->value().is_int64())
        dst = static_cast<int>(it->value().as_int64());
    };
    get("password_min_length", p.min_length);
    get("password_min_classes", p.min_classes);
    get("lockout_threshold", p.lockout_threshold);
    get("lockout_window_minutes", p.lockout_window_minutes);
    get("lockout_minutes", p.lockout_minutes);
    get("idle_timeout_minutes", p.idle_timeout_minutes);
    get("password_history", p.password_history);
  }
  std::lock_guard lock(mu_);
  policy_ = p;
  return p;
}

void SessionStore::SavePolicy(storage::Connection& conn, const domain::PasswordPolicy& p) {
  json::object o{{"password_min_length", p.min_length},
                 {"password_min_classes", p.min_classes},
                 {"lockout_threshold", p.lockout_threshold},
                 {"lockout_window_minutes", p.lockout_window_minutes},
                 {"lockout_minutes", p.lockout_minutes},
                 {"idle_timeout_minutes", p.idle_timeout_minutes},
                 {"password_history", p.password_history}};
  std::string text = json::serialize(o);
  if (conn.Exec("UPDATE settings SET value = ? WHERE key = 'security_policy'", {text}) == 0)
    conn.Exec("INSERT INTO settings (key, value) VALUES ('security_policy', ?)", {text});
  std::lock_guard lock(mu_);
  policy_.reset();
}

LoginResult SessionStore::Login(const std::string& username, const std::string& password,
                                const std::string& ip, const std::string& user_agent) {
  auto policy = Policy();
  auto conn = svc_.db->Acquire();
  int64_t now = storage::NowUnix();
  const auto check = CheckCredentials(*conn, policy, username, password, ip);
  if (check.outcome == CredentialResult::Outcome::kLocked) {
    const std::string until = storage::IsoFromUnix(check.locked_until);
    throw ApiException{Error{ErrorCode::kLocked,
                             "too many failed sign-ins; locked until " + until,
                             "登录失败次数过多，账号锁定至 " + until,
                             {}}};
  }
  audit::Actor actor{check.named_user_id, username, ip};
  if (check.outcome != CredentialResult::Outcome::kAccepted) {
    storage::Transaction tx(*conn);
    audit::Append(*conn, actor, "login_failed", "session", "", nullptr,
                  json::object{{"username", username}});
    tx.Commit();
    throw ApiException{Error::Unauthenticated("wrong username or password", "用户名或密码错误")};
  }
  int64_t user_id = check.user_id;
  std::string token = RandomToken(32);
  std::string csrf = RandomToken(16);
  int64_t session_id;
  {
    storage::Transaction tx(*conn);
    auto ins = conn->Query(
        "INSERT INTO sessions (token_hash, csrf_token, user_id, ip, user_agent, created_at, "
        "last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {domain::Sha256Hex(token), csrf, user_id, ip, user_agent.substr(0, 300), storage::NowIso(),
         now});
    session_id = ins.Int(0, "id");
    audit::Append(*conn, actor, "login", "session", std::to_string(session_id), nullptr,
                  json::object{{"user_id", user_id}});
    tx.Commit();
  }
  auto p = LoadPrincipal(*conn, session_id, user_id, csrf);
  if (!p) throw ApiException{Error::Unauthenticated("account disabled", "账号已停用")};
  p->ip = ip;
  LoginResult r{token, *p, check.must_change_password, policy.idle_timeout_minutes};
  std::lock_guard lock(mu_);
  cache_[domain::Sha256Hex(token)] = Cached{*p, now, now, generation_.load()};
  return r;
}

std::optional<api::Principal> SessionStore::LoadPrincipal(storage::Connection& conn,
                                                          int64_t session_id, int64_t user_id,
                                                          const std::string& csrf) {
  auto p = LoadUser(conn, user_id);
  if (!p) return std::nullopt;
  p->session_id = session_id;
  p->csrf_token = csrf;
  return p;
}

std::optional<api::Principal> SessionStore::Authenticate(const api::Request& req) {
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
  std::string hash = domain::Sha256Hex(token);
  int64_t now = storage::NowUnix();
  int64_t idle = int64_t{Policy().idle_timeout_minutes} * 60;
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
  auto conn = svc_.db->Acquire();
  auto rs = conn->Query(
      "SELECT id, user_id, csrf_token, last_seen_at, revoked_at FROM sessions WHERE token_hash = ?",
      {hash});
  if (rs.empty() || !rs.IsNull(0, "revoked_at")) return std::nullopt;
  int64_t last_seen = rs.Int(0, "last_seen_at");
  {
    std::lock_guard lock(mu_);
    auto it = cache_.find(hash);
    if (it != cache_.end()) last_seen = std::max(last_seen, it->second.last_seen - 1);
  }
  if (now - last_seen > idle) {
    conn->Exec("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
               {storage::NowIso(), rs.Int(0, "id")});
    std::lock_guard lock(mu_);
    cache_.erase(hash);
    return std::nullopt;
  }
  conn->Exec("UPDATE sessions SET last_seen_at = ? WHERE id = ?", {now, rs.Int(0, "id")});
  auto p = LoadPrincipal(*conn, rs.Int(0, "id"), rs.Int(0, "user_id"), rs.Text(0, "csrf_token"));
  if (!p) return std::nullopt;
  {
    std::lock_guard lock(mu_);
    cache_[hash] = Cached{*p, now, now, generation_.load()};
  }
  p->via_cookie = via_cookie;
  p->ip = req.remote_ip;
  return p;
}

void SessionStore::Logout(const api::Principal& p) {
  auto conn = svc_.db->Acquire();
  storage::Transaction tx(*conn);
  conn->Exec("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
             {storage::NowIso(), p.session_id});
  audit::Append(*conn, {p.user_id, p.username, p.ip}, "logout", "session",
                std::to_string(p.session_id), nullptr, nullptr);
  tx.Commit();
  std::lock_guard lock(mu_);
  for (auto it = cache_.begin(); it != cache_.end();) {
    if (it->second.principal.session_id == p.session_id) it = cache_.erase(it);
    else ++it;
  }
}

void SessionStore::RevokeUser(storage::Connection& conn, int64_t user_id) {
  conn.Exec("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
            {storage::NowIso(), user_id});
  Invalidate();
}

void SessionStore::Invalidate() {
  generation_.fetch_add(1);
  std::lock_guard lock(mu_);
  cache_.clear();
  policy_.reset();
}

}  // namespace anjian::accounts
