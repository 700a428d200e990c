// The `User` JSON shape of docs/api.md, shared by /auth/me and the user admin pages.
#pragma once

#include <boost/json/object.hpp>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::accounts {

boost::json::object UserJson(storage::Connection& conn, int64_t user_id);
// The same shape for many users at once (a page or an export), in input order.
std::vector<boost::json::object> UsersJson(storage::Connection& conn, const std::vector<int64_t>& ids);
boost::json::object PrincipalJson(storage::Connection& conn, const api::Principal& p);

}  // namespace anjian::accounts
