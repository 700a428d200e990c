// Consistent online backup and restore. SQLite uses its backup API (safe while the server
// writes); PostgreSQL shells out to pg_dump / pg_restore in custom format.
#pragma once

#include <string>

namespace anjian::storage {

// Writes a consistent snapshot of the database at `url` to `file`. Throws DbError.
void BackupTo(const std::string& url, const std::string& file);

// Replaces the contents of the database at `url` with the snapshot in `file`.
// Run it with the server stopped. Throws DbError.
void RestoreFrom(const std::string& url, const std::string& file);

}  // namespace anjian::storage
