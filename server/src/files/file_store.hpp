// Uploaded files (附件): stored as blobs in `files`. A file that belongs to an object (notice or
// feedback attachment, hidden-danger photo, inspection record photo, risk site plan) is visible
// with that object's read permission and jurisdiction (notice:read, hidden_danger:read,
// inspection:read, risk:read); its uploader sees it only until it is attached; administrators
// see no business file. Everyone else gets 404.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "core/error.hpp"
#include "platform/storage/db.hpp"

namespace anjian::notices {

bool FileVisible(storage::Connection& conn, const api::Principal& p, int64_t file_id);

// Adds an error on `field` (rule file_unknown) for each id the caller cannot see.
void CheckAttachments(storage::Connection& conn, const api::Principal& p,
                      const std::vector<int64_t>& ids, const std::string& field,
                      std::vector<FieldError>& errors);

// CheckAttachments for photos (hidden dangers, inspection items): each visible file must also
// be an image (rule image_required). Uploads are judged by content (files/file_type_rules.hpp), so
// the stored type is what the bytes are.
void CheckPhotos(storage::Connection& conn, const api::Principal& p,
                 const std::vector<int64_t>& ids, const std::string& field,
                 std::vector<FieldError>& errors);

struct StoredFile {
  std::string name, mime, bytes;
};
std::optional<StoredFile> LoadFile(storage::Connection& conn, int64_t id);

boost::json::object InsertFile(storage::Connection& conn, int64_t uploader,
                               const std::string& name, const std::string& mime,
                               const std::string& bytes);

}  // namespace anjian::notices
