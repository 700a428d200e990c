// Reading the audit log: filters, newest-first pages and the entry JSON. The log itself is
// append-only; nothing here (or anywhere) updates or deletes entries.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "registry/query_filter.hpp"
#include "platform/storage/db.hpp"

namespace anjian::audit {

struct AuditFilter {
  std::string actor;      // actor_name fragment
  std::string action;     // exact
  std::string entity;     // exact
  std::string entity_id;  // exact
  std::string from, to;   // YYYY-MM-DD, both inclusive
};

// 422 on malformed dates or from after to.
AuditFilter ParseAuditFilter(const registry::QueryMap& query);
boost::json::object AuditFilterJson(const AuditFilter& f);

struct AuditPage {
  std::vector<boost::json::object> items;  // {id, at, actor_id, actor_name, ip, action, ...}
  int64_t total = 0;
};

// `with_total` false skips the COUNT (exports).
AuditPage QueryAuditLog(storage::Connection& conn, const AuditFilter& f, int64_t limit,
                        int64_t offset, bool with_total = true);

}  // namespace anjian::audit
