#include "files/file_store.hpp"

#include <boost/json.hpp>

#include "files/file_type_rules.hpp"
#include "core/hash_chain.hpp"
#include "identity/roles_rules.hpp"
#include "notices/notice_json.hpp"
#include "notices/notice_sql.hpp"

namespace anjian::notices {

namespace json = boost::json;
using storage::Value;

namespace {

// A file's owners: the link rows that attach it to a business object.
const char* kOwnerLinks[] = {
    "notice_attachments",        // a notice's attachment (notice_id)
    "feedback_attachments",      // a recipient's feedback attachment (recipient_id)
    "hidden_danger_photos",      // a hidden danger's photo, before or after (hidden_danger_id)
    "inspection_record_photos",  // an inspection record item's photo (record_id, position)
    "risk_maps",                 // an enterprise's current site plan (enterprise_id)
};

bool IsAdministrator(const api::Principal& p) {
  for (const auto& r : p.roles)
    if (domain::IsAdminRole(r)) return true;
  return false;
}

void Append(std::vector<Value>& params, const api::SqlFilter& f) {
  params.insert(params.end(), f.params.begin(), f.params.end());
}

}  // namespace

bool FileVisible(storage::Connection& conn, const api::Principal& p, int64_t file_id) {
  std::vector<Value> params{file_id, p.user_id};
  // The uploader, while the file belongs to nothing yet (between upload and attaching).
  std::string sql = "SELECT 1 AS ok FROM files f WHERE f.id = ? AND ((f.uploaded_by = ?";
  for (const char* link : kOwnerLinks)
    sql += std::string(" AND NOT EXISTS (SELECT 1 FROM ") + link + " o WHERE o.file_id = f.id)";
  sql += ")";
  // Otherwise the permission and jurisdiction of an object the file belongs to. The three
  // administrators hold none of these permissions (identity/roles_rules.hpp) and see no business file.
  if (!IsAdministrator(p)) {
    const auto scope = api::Scope::For(p);
    if (p.Can("notice:read")) {
      // Attachment of a notice the caller sends or oversees, or of a sent notice it received.
      auto view = SenderViewSql(p, "n");
      auto own = OwnRecipientSql(p, "r");
      sql += " OR EXISTS (SELECT 1 FROM notice_attachments na JOIN notices n ON n.id = "
             "na.notice_id WHERE na.file_id = f.id AND (" + view.sql +
             " OR (n.status = 'sent' AND EXISTS (SELECT 1 FROM notice_recipients r WHERE "
             "r.notice_id = n.id AND " + own.sql + "))))";
      Append(params, view);
      Append(params, own);
      // Feedback attachment: the recipient's own, or one to a notice in the sender's view.
      auto own2 = OwnRecipientSql(p, "r");
      auto view2 = SenderViewSql(p, "n");
      sql += " OR EXISTS (SELECT 1 FROM feedback_attachments fa JOIN notice_recipients r ON "
             "r.id = fa.recipient_id JOIN notices n ON n.id = r.notice_id WHERE fa.file_id = "
             "f.id AND ((" + own2.sql + ") OR " + view2.sql + "))";
      Append(params, own2);
      Append(params, view2);
    }
    if (p.Can("hidden_danger:read")) {
      auto hd = api::ScopeSql(scope, "h.region_path", "h.enterprise_id");
      sql += " OR EXISTS (SELECT 1 FROM hidden_danger_photos hp JOIN hidden_dangers h ON h.id = "
             "hp.hidden_danger_id WHERE hp.file_id = f.id AND " + hd.sql + ")";
      Append(params, hd);
    }
    if (p.Can("inspection:read")) {
      auto ir = api::ScopeSql(scope, "ir.region_path", "ir.enterprise_id");
      sql += " OR EXISTS (SELECT 1 FROM inspection_record_photos ip JOIN inspection_records ir "
             "ON ir.id = ip.record_id WHERE ip.file_id = f.id AND " + ir.sql + ")";
      Append(params, ir);
    }
    if (p.Can("risk:read")) {
      auto rm = api::ScopeSql(scope, "rm.region_path", "rm.enterprise_id");
      sql += " OR EXISTS (SELECT 1 FROM risk_maps rm WHERE rm.file_id = f.id AND " + rm.sql + ")";
      Append(params, rm);
    }
  }
  sql += ")";
  return !conn.Query(sql, params).empty();
}

void CheckAttachments(storage::Connection& conn, const api::Principal& p,
                      const std::vector<int64_t>& ids, const std::string& field,
                      std::vector<FieldError>& errors) {
  for (int64_t id : ids)
    if (!FileVisible(conn, p, id))
      errors.push_back({field, "file_unknown", "file " + std::to_string(id) + " does not exist",
                        "附件 " + std::to_string(id) + " 不存在"});
}

void CheckPhotos(storage::Connection& conn, const api::Principal& p,
                 const std::vector<int64_t>& ids, const std::string& field,
                 std::vector<FieldError>& errors) {
  const size_t before = errors.size();
  CheckAttachments(conn, p, ids, field, errors);
  if (errors.size() != before) return;  // unknown files first; their type is nobody's business
  for (int64_t id : ids) {
    auto rs = conn.Query("SELECT mime FROM files WHERE id = ?", {id});
    const auto* type = rs.empty() ? nullptr : domain::FindUploadType(rs.Text(0, "mime"));
    if (!type || !type->image) {
      errors.push_back({field, "image_required", "photos must be PNG or JPEG images",
                        "照片须为 PNG 或 JPEG 图片"});
      return;
    }
  }
}

std::optional<StoredFile> LoadFile(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query("SELECT name, mime, content FROM files WHERE id = ?", {id});
  if (rs.empty()) return std::nullopt;
  StoredFile f{rs.Text(0, "name"), rs.Text(0, "mime"), {}};
  const Value& v = rs.At(0, "content");
  if (auto b = std::get_if<storage::Blob>(&v)) f.bytes = b->bytes;
  else if (auto s = std::get_if<std::string>(&v)) f.bytes = *s;
  return f;
}

json::object InsertFile(storage::Connection& conn, int64_t uploader, const std::string& name,
                        const std::string& mime, const std::string& bytes) {
  std::string sha = domain::Sha256Hex(bytes);
  std::string now = storage::NowIso();
  auto rs = conn.Query(
      "INSERT INTO files (name, mime, size, sha256, content, uploaded_by, created_at) "
      "VALUES (?,?,?,?,?,?,?) RETURNING id",
      {name, mime, static_cast<int64_t>(bytes.size()), sha, storage::Blob{bytes}, uploader, now});
  return json::object{{"id", rs.Int(0, "id")},
                      {"name", name},
                      {"size", static_cast<int64_t>(bytes.size())},
                      {"mime", mime},
                      {"sha256", sha},
                      {"created_at", now}};
}

}  // namespace anjian::notices
