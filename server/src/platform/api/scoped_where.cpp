#include "platform/api/scoped_where.hpp"

#include <utility>

namespace anjian::api {

SqlFilter ScopedWhere(const Scope& scope, const std::string& alias) {
  auto sf = ScopeSql(scope, alias + ".region_path", alias + ".enterprise_id");
  return {" WHERE " + sf.sql, std::move(sf.params)};
}

SqlFilter ScopedIdWhere(const Scope& scope, const std::string& alias, int64_t id) {
  auto sf = ScopeSql(scope, alias + ".region_path", alias + ".enterprise_id");
  SqlFilter w{" WHERE " + alias + ".id = ? AND " + sf.sql, {id}};
  w.params.insert(w.params.end(), sf.params.begin(), sf.params.end());
  return w;
}

void And(SqlFilter& where, const std::string& condition, storage::Value value) {
  where.sql += " AND " + condition;
  where.params.push_back(std::move(value));
}

}  // namespace anjian::api
