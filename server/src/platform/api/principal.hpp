// Who is calling, and which slice of the data that caller may see (jurisdiction scope).
// Scope is applied inside SQL (ScopeSql), never by filtering rows in memory.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::api {

// A set of names shared between copies until one of them changes (copy on write). The session
// cache hands every request a copy of the caller's Principal: sharing the role and permission
// sets makes that copy a few reference counts instead of dozens of string allocations.
class SharedStringSet {
 public:
  using Set = std::set<std::string>;
  using const_iterator = Set::const_iterator;
  using iterator = Set::const_iterator;
  using value_type = std::string;

  SharedStringSet() = default;
  SharedStringSet(std::initializer_list<std::string> names)
      : set_(std::make_shared<Set>(names)) {}
  SharedStringSet(Set names) : set_(std::make_shared<Set>(std::move(names))) {}

  void insert(std::string name) { Mutable().insert(std::move(name)); }
  size_t erase(const std::string& name) { return set_ ? Mutable().erase(name) : 0; }
  void clear() { set_.reset(); }
  size_t count(const std::string& name) const { return set_ ? set_->count(name) : 0; }
  bool contains(const std::string& name) const { return count(name) > 0; }
  size_t size() const { return set_ ? set_->size() : 0; }
  bool empty() const { return size() == 0; }
  const_iterator begin() const { return get().begin(); }
  const_iterator end() const { return get().end(); }
  const Set& get() const { return set_ ? *set_ : Empty(); }
  operator const Set&() const { return get(); }
  friend bool operator==(const SharedStringSet& a, const SharedStringSet& b) {
    return a.get() == b.get();
  }

 private:
  static const Set& Empty() {
    static const Set empty;
    return empty;
  }
  Set& Mutable() {
    if (!set_) set_ = std::make_shared<Set>();
    else if (set_.use_count() > 1) set_ = std::make_shared<Set>(*set_);
    return *set_;
  }
  std::shared_ptr<Set> set_;
};

struct Principal {
  int64_t user_id = 0;
  int64_t session_id = 0;
  std::string username;
  std::string display_name;
  SharedStringSet roles;
  SharedStringSet permissions;
  std::optional<int64_t> agency_id;
  std::optional<int64_t> enterprise_id;
  std::string region_code;  // of the agency or enterprise
  std::string region_path;  // "/370000/370800/" for the Jining city bureau
  std::string csrf_token;
  bool via_cookie = false;
  std::string ip;
  // Set by an administrator's reset (or a new account): until the password is changed, the
  // router answers only the routes of the change-password page (router.cpp).
  bool must_change_password = false;

  bool Can(const std::string& perm) const { return permissions.count(perm) > 0; }
  bool HasRole(const std::string& role) const { return roles.count(role) > 0; }
};

// The rows a principal may see. kAll: the system administrator (who manages every account and
// organisation; the grant table keeps business permissions away from it); kRegion: a
// regulator's region subtree; kEnterprise: one enterprise; kNothing: the security and audit
// administrators, and accounts without an organisation.
struct Scope {
  enum class Kind { kAll, kRegion, kEnterprise, kNothing };
  Kind kind = Kind::kNothing;
  std::string region_path;
  int64_t enterprise_id = 0;

  static Scope For(const Principal& p);
};

// A SQL condition plus its parameters, appended to a WHERE clause with AND.
struct SqlFilter {
  std::string sql = "1=1";
  std::vector<storage::Value> params;
};

// Condition restricting rows to `scope`. `path_col` is a region path column, `ent_col` the
// enterprise id column ("" when the table has none: enterprise scope then sees nothing).
SqlFilter ScopeSql(const Scope& scope, const std::string& path_col, const std::string& ent_col);

// Range bounds that select a path and everything under it, usable by a B-tree index.
std::string PathUpperBound(const std::string& path);

}  // namespace anjian::api
