#include "files/file_service.hpp"

#include <boost/json.hpp>

#include "core/clock.hpp"
#include "files/file_type_rules.hpp"
#include "files/files_errors.hpp"

namespace anjian::files {

void CheckAttachments(storage::Connection& conn, const api::Principal& p,
                      const std::vector<int64_t>& ids, const std::string& field,
                      std::vector<FieldError>& errors) {
  for (int64_t id : ids)
    if (!FileVisible(conn, p, id)) errors.push_back(Err("file_unknown").At(field, id));
}

void CheckPhotos(storage::Connection& conn, const api::Principal& p,
                 const std::vector<int64_t>& ids, const std::string& field,
                 std::vector<FieldError>& errors) {
  const size_t before = errors.size();
  CheckAttachments(conn, p, ids, field, errors);
  if (errors.size() != before) return;  // unknown files first; their type is nobody's business
  for (int64_t id : ids) {
    auto mime = MimeOf(conn, id);
    const auto* type = mime ? FindUploadType(*mime) : nullptr;
    if (!type || !type->image) {
      errors.push_back(Err("image_required").At(field));
      return;
    }
  }
}

boost::json::object FileJson(const FileInfo& f) {
  return boost::json::object{{"id", f.id},         {"name", f.name},     {"size", f.size},
                             {"mime", f.mime},     {"sha256", f.sha256}, {"created_at", f.created_at}};
}

FileInfo UploadFile(storage::Connection& conn, const audit::Actor& actor, const std::string& name,
                    const std::string& mime, const std::string& bytes) {
  storage::Transaction tx(conn);
  auto file = InsertFile(conn, actor.id.value_or(0), name, mime, bytes, core::IsoFromUnix(actor.at));
  audit::Append(conn, actor, "upload", "file", std::to_string(file.id), nullptr, FileJson(file));
  tx.Commit();
  return file;
}

}  // namespace anjian::files
