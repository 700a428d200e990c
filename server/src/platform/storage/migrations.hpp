// Versioned schema migrations, embedded in the binary and applied at start-up in order.
// One schema text serves both databases; dialect tokens are substituted before running.
#pragma once

#include "platform/storage/db.hpp"

namespace anjian::storage {

// Applies every migration newer than the database's recorded version, each in its own
// transaction. Returns the resulting schema version.
int Migrate(Connection& conn);

// Exposed for tests: the SQL text with dialect tokens replaced.
std::string RenderMigration(std::string_view sql, Dialect dialect);

}  // namespace anjian::storage
