// The `User` JSON shape of docs/api.md, shared by /auth/me, the user administration pages and
// the audit entries of account changes.
#pragma once

#include <boost/json/object.hpp>

#include "identity/user_repository.hpp"

namespace anjian::identity {

boost::json::object UserJson(const UserView& u);
// The account `user_id` in that shape ({} when there is none).
boost::json::object UserJson(storage::Connection& conn, int64_t user_id);

}  // namespace anjian::identity
