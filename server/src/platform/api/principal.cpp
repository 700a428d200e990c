#include "platform/api/principal.hpp"

namespace anjian::api {

Scope Scope::For(const Principal& p) {
  Scope s;
  if (p.HasRole("sys_admin")) {
    s.kind = Kind::kAll;
  } else if (p.HasRole("sec_admin") || p.HasRole("audit_admin")) {
    // Three-admin separation: even an account wrongly placed in an agency or an enterprise
    // gets no business scope from it (accounts repair such rows at start-up).
    s.kind = Kind::kNothing;
  } else if (p.enterprise_id) {
    s.kind = Kind::kEnterprise;
    s.enterprise_id = *p.enterprise_id;
  } else if (p.agency_id && !p.region_path.empty()) {
    s.kind = Kind::kRegion;
    s.region_path = p.region_path;
  }
  return s;
}

std::string PathUpperBound(const std::string& path) {
  // Paths end in '/', and '0' is the byte after '/', so [path, path-with-'0') is the subtree.
  std::string upper = path;
  if (!upper.empty()) upper.back() = static_cast<char>(upper.back() + 1);
  return upper;
}

SqlFilter ScopeSql(const Scope& scope, const std::string& path_col, const std::string& ent_col) {
  SqlFilter f;
  switch (scope.kind) {
    case Scope::Kind::kAll: break;
    case Scope::Kind::kRegion:
      f.sql = path_col + " >= ? AND " + path_col + " < ?";
      f.params = {scope.region_path, PathUpperBound(scope.region_path)};
      break;
    case Scope::Kind::kEnterprise:
      if (ent_col.empty()) {
        f.sql = "1=0";
      } else {
        f.sql = ent_col + " = ?";
        f.params = {scope.enterprise_id};
      }
      break;
    case Scope::Kind::kNothing: f.sql = "1=0"; break;
  }
  return f;
}

}  // namespace anjian::api
