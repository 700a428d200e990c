// The SQL of uploaded files (附件): blobs in `files`. A file that belongs to an object (notice or
// feedback attachment, hidden-danger photo, inspection record photo, risk site plan) is visible
// with that object's read permission and jurisdiction (notice:read, hidden_danger:read,
// inspection:read, risk:read); its uploader sees it only until it is attached; administrators
// see no business file. Everyone else gets 404.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::files {

bool FileVisible(storage::Connection& conn, const api::Principal& p, int64_t file_id);

struct StoredFile {
  std::string name, mime, bytes;
};
std::optional<StoredFile> LoadFile(storage::Connection& conn, int64_t id);
// The stored type of a file (what its bytes were judged to be).
std::optional<std::string> MimeOf(storage::Connection& conn, int64_t id);

struct FileInfo {
  int64_t id = 0;
  std::string name;
  int64_t size = 0;
  std::string mime, sha256, created_at;
};
FileInfo InsertFile(storage::Connection& conn, int64_t uploader, const std::string& name,
                    const std::string& mime, const std::string& bytes,
                    const std::string& created_at);

}  // namespace anjian::files
