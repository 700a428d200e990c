// Files as other areas use them: attachments and photos checked against what the caller may
// see, and the upload (stored with its audit entry). The SQL is file_repository.cpp.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "core/error.hpp"
#include "files/file_repository.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::files {

// Adds an error on `field` (rule file_unknown) for each id the caller cannot see.
void CheckAttachments(storage::Connection& conn, const api::Principal& p,
                      const std::vector<int64_t>& ids, const std::string& field,
                      std::vector<FieldError>& errors);

// CheckAttachments for photos (hidden dangers, inspection items): each visible file must also
// be an image (rule image_required). Uploads are judged by content (files/file_type_rules.hpp),
// so the stored type is what the bytes are.
void CheckPhotos(storage::Connection& conn, const api::Principal& p,
                 const std::vector<int64_t>& ids, const std::string& field,
                 std::vector<FieldError>& errors);

// {"id","name","size","mime","sha256","created_at"}
boost::json::object FileJson(const FileInfo& f);

// Stores an upload already checked by the handler (name, type by content, size), dated
// actor.at, with its audit entry, in one transaction.
FileInfo UploadFile(storage::Connection& conn, const audit::Actor& actor, const std::string& name,
                    const std::string& mime, const std::string& bytes);

}  // namespace anjian::files
