#include "identity/setup_service.hpp"

#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <stdexcept>

#include "audit/audit_service.hpp"
#include "core/clock.hpp"
#include "identity/password_hash.hpp"
#include "identity/session_repository.hpp"
#include "identity/user_repository.hpp"

namespace anjian::identity {

namespace json = boost::json;

int64_t CreateAccount(storage::Connection& conn, std::int64_t now, const std::string& username,
                      const std::string& display_name, const std::string& password,
                      std::optional<int64_t> agency, std::optional<int64_t> enterprise,
                      const std::vector<std::string>& roles, bool must_change,
                      const std::string& phone) {
  UserFields f{display_name, phone, "", agency, enterprise};
  return InsertUser(conn, username, f, HashPassword(password), roles, must_change,
                    core::IsoFromUnix(now));
}

void EnsureAdministrators(storage::Connection& conn, std::int64_t now, bool demo) {
  if (CountUsers(conn) > 0) return;
  struct Admin {
    const char* username;
    const char* name;
    const char* role;
  };
  for (const Admin& a : {Admin{"sysadmin", "系统管理员", "sys_admin"},
                         Admin{"secadmin", "安全管理员", "sec_admin"},
                         Admin{"auditadmin", "审计管理员", "audit_admin"}}) {
    std::string pw = demo ? kDemoPassword : "Aj#" + RandomToken(8);
    CreateAccount(conn, now, a.username, a.name, pw, std::nullopt, std::nullopt, {a.role}, !demo,
                  "");
    if (!demo)
      spdlog::warn("created administrator {} with one-time password {} (change it at first sign-in)",
                   a.username, pw);
  }
  audit::Append(conn, {std::nullopt, "system", "", now}, "bootstrap", "system", "", nullptr,
                json::object{{"administrators", json::array{"sysadmin", "secadmin", "auditadmin"}}});
}

void RepairAdministratorOrganisations(storage::Connection& conn, std::int64_t now) {
  for (const auto& a : AdministratorsInOrganisations(conn)) {
    json::object before{
        {"agency_id", a.agency_id ? json::value(*a.agency_id) : json::value(nullptr)},
        {"enterprise_id", a.enterprise_id ? json::value(*a.enterprise_id) : json::value(nullptr)}};
    TakeOutOfOrganisation(conn, a.id, core::IsoFromUnix(now));
    spdlog::warn("administrator account {} taken out of its agency or enterprise "
                 "(three-admin separation)",
                 a.username);
    audit::Append(conn, {std::nullopt, "system", "", now}, "repair_admin_org", "user",
                  std::to_string(a.id), before,
                  json::object{{"agency_id", nullptr}, {"enterprise_id", nullptr}});
  }
}

std::string ResetPasswordOnServer(storage::Connection& conn, std::int64_t now,
                                  const std::string& username) {
  auto id = UserIdByUsername(conn, username);
  if (!id) throw std::runtime_error("no account named " + username);
  std::string pw = "Aj#" + RandomToken(8);
  std::string hash = HashPassword(pw);
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  SetPassword(conn, *id, hash, true, at);
  RevokeUserSessions(conn, *id, at);
  ClearFailures(conn, username);
  audit::Append(conn, {std::nullopt, "server-cli", "", now}, "reset_password", "user",
                std::to_string(*id), nullptr,
                json::object{{"must_change_password", true}, {"via", "cli"}});
  tx.Commit();
  return pw;
}

}  // namespace anjian::identity
