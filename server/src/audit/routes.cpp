// /api/v1/audit-log: read, export and verify the audit log (audit:read, held by audit_admin
// alone). There is deliberately no route that changes or deletes an entry.
#include "audit/audit_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::audit {

void RegisterAuditRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/audit-log", "audit:read", ListEntries);
  r.Add("GET", "/api/v1/audit-log/export", "audit:read", ExportEntries);
  r.Add("GET", "/api/v1/audit-log/verify", "audit:read", VerifyChain);
}

}  // namespace anjian::audit
