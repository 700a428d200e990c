// The WHERE clauses every scoped repository starts from: a list's (the caller's scope on the
// table's alias, then its filters) and one row's by id. Kept out of principal.hpp, which nearly
// every file includes.
#pragma once

#include <cstdint>
#include <string>

#include "platform/api/principal.hpp"

namespace anjian::api {

// " WHERE <scope>" over `alias`.region_path and `alias`.enterprise_id.
SqlFilter ScopedWhere(const Scope& scope, const std::string& alias);

// " WHERE `alias`.id = ? AND <scope>": one row by id, answered only inside the scope.
SqlFilter ScopedIdWhere(const Scope& scope, const std::string& alias, int64_t id);

// Appends " AND `condition`" with its one parameter.
void And(SqlFilter& where, const std::string& condition, storage::Value value);

}  // namespace anjian::api
