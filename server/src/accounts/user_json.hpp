// The `User` JSON shape of docs/api.md, shared by /auth/me and the user admin pages.
#pragma once

#include <boost/json/object.hpp>

#include "api/principal.hpp"
#include "storage/db.hpp"

namespace anjian::accounts {

boost::json::object UserJson(storage::Connection& conn, int64_t user_id);
boost::json::object PrincipalJson(storage::Connection& conn, const api::Principal& p);

}  // namespace anjian::accounts
