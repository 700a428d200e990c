// The catalogue of the audit log: every operation (action) and object type (entity) an entry can
// carry, with its Chinese and English label, so the audit pages show words and their filters can
// select every one. Served as the audit_actions / audit_entities dictionaries (GET
// /api/v1/dictionaries). layout_lint_test checks that each action and entity written by an
// audit::Append call in server/src is listed here.
#pragma once

#include <string>
#include <vector>

namespace anjian::audit {

struct CatalogueEntry {
  std::string value, label_zh, label_en;
};

// Every action, including each hidden-danger transition ("transition:<action>") and deadline
// notice ("deadline_<stage>"); values are unique.
const std::vector<CatalogueEntry>& AuditActions();
// Every entity; values are unique.
const std::vector<CatalogueEntry>& AuditEntities();

}  // namespace anjian::audit
