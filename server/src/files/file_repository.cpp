#include "files/file_repository.hpp"

#include "core/hash_chain.hpp"
#include "identity/roles_rules.hpp"
#include "notices/notice_sql.hpp"

namespace anjian::files {

using storage::Value;

namespace {

// A file's owners: the link rows that attach it to a business object.
const char* kOwnerLinks[] = {
    "notice_attachments",        // a notice's attachment (notice_id)
    "feedback_attachments",      // a recipient's feedback attachment (recipient_id)
    "hidden_danger_photos",      // a hidden danger's photo, before or after (hidden_danger_id)
    "inspection_record_photos",  // an inspection record item's photo (record_id, position)
    "risk_maps",                 // an enterprise's current site plan (enterprise_id)
    "accident_investigation_files",  // an accident investigation's report (investigation_id)
    "emergency_plan_files",      // an emergency plan's version, review, filing or evaluation file (plan_id)
    "drill_photos",              // a drill's photo (drill_id), issue 14 §3
    "workshop_versions",         // a hazardous workshop's design document (workshop_id), issue 15 §3
    "person_certificates",       // a person's certificate scan (person_id), issue 15 §2
    "dishonesty_files",          // dishonesty-list evidence (entry_id), issue 15 §4
};

bool IsAdministrator(const api::Principal& p) {
  for (const auto& r : p.roles)
    if (identity::IsAdminRole(r)) return true;
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
      auto view = notices::SenderViewSql(p, "n");
      auto own = notices::OwnRecipientSql(p, "r");
      sql += " OR EXISTS (SELECT 1 FROM notice_attachments na JOIN notices n ON n.id = "
             "na.notice_id WHERE na.file_id = f.id AND (" + view.sql +
             " OR (n.status = 'sent' AND EXISTS (SELECT 1 FROM notice_recipients r WHERE "
             "r.notice_id = n.id AND " + own.sql + "))))";
      Append(params, view);
      Append(params, own);
      // Feedback attachment: the recipient's own, or one to a notice in the sender's view.
      auto own2 = notices::OwnRecipientSql(p, "r");
      auto view2 = notices::SenderViewSql(p, "n");
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
    if (p.Can("accident:read")) {
      auto ai = api::ScopeSql(scope, "ai.region_path", "ai.enterprise_id");
      sql += " OR EXISTS (SELECT 1 FROM accident_investigation_files af JOIN "
             "accident_investigations ai ON ai.id = af.investigation_id WHERE af.file_id = f.id AND " +
             ai.sql + ")";
      Append(params, ai);
    }
    if (p.Can("emergency_plan:read")) {  // issue 14 §2
      auto ep = api::ScopeSql(scope, "ep.region_path", "ep.enterprise_id");
      sql += " OR EXISTS (SELECT 1 FROM emergency_plan_files epf JOIN emergency_plans ep ON "
             "ep.id = epf.plan_id WHERE epf.file_id = f.id AND " + ep.sql + ")";
      Append(params, ep);
    }
    if (p.Can("drill:read")) {  // issue 14 §3
      auto dr = api::ScopeSql(scope, "dr.region_path", "dr.enterprise_id");
      sql += " OR EXISTS (SELECT 1 FROM drill_photos dp JOIN drills dr ON dr.id = dp.drill_id "
             "WHERE dp.file_id = f.id AND " + dr.sql + ")";
      Append(params, dr);
    }
    if (p.Can("licence:read")) {  // issue 15 §1: a licence's documents, a safety evaluation report
      auto lv = api::ScopeSql(scope, "l.region_path", "l.enterprise_id");
      sql += " OR EXISTS (SELECT 1 FROM licence_events v JOIN licences l ON l.id = v.licence_id "
             "WHERE v.document_file_id = f.id AND " + lv.sql + ")";
      Append(params, lv);
      auto la = api::ScopeSql(scope, "a.region_path", "a.enterprise_id");
      sql += " OR EXISTS (SELECT 1 FROM licence_applications a WHERE "
             "a.decision_document_file_id = f.id AND " + la.sql + ")";
      Append(params, la);
      auto se = api::ScopeSql(scope, "se.region_path", "se.enterprise_id");
      sql += " OR EXISTS (SELECT 1 FROM safety_evaluations se WHERE se.report_file_id = f.id AND " +
             se.sql + ")";
      Append(params, se);
    }
    if (p.Can("ledger:read")) {  // issue 15 §3
      auto wk = api::ScopeSql(scope, "wk.region_path", "wk.enterprise_id");
      sql += " OR EXISTS (SELECT 1 FROM workshop_versions wv JOIN workshops wk ON wk.id = "
             "wv.workshop_id WHERE wv.file_id = f.id AND " + wk.sql + ")";
      Append(params, wk);
    }
    if (p.Can("qualification:read")) {  // issue 15 §2
      auto qp = api::ScopeSql(scope, "qp.region_path", "qp.enterprise_id");
      sql += " OR EXISTS (SELECT 1 FROM person_certificates pc JOIN qualified_people qp ON "
             "qp.id = pc.person_id WHERE pc.file_id = f.id AND " + qp.sql + ")";
      Append(params, qp);
    }
    if (p.Can("credit:read")) {  // issue 15 §4: an enterprise sees its case from the notice on
      auto dl = api::ScopeSql(scope, "de.region_path", "de.enterprise_id");
      sql += " OR EXISTS (SELECT 1 FROM dishonesty_files dfl JOIN dishonesty_entries de ON de.id = "
             "dfl.entry_id WHERE dfl.file_id = f.id AND " + dl.sql +
             (scope.kind == api::Scope::Kind::kEnterprise ? " AND de.noticed_on IS NOT NULL" : "") +
             ")";
      Append(params, dl);
    }
  }
  sql += ")";
  return !conn.Query(sql, params).empty();
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

std::optional<std::string> MimeOf(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query("SELECT mime FROM files WHERE id = ?", {id});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "mime");
}

FileInfo InsertFile(storage::Connection& conn, int64_t uploader, const std::string& name,
                    const std::string& mime, const std::string& bytes,
                    const std::string& created_at) {
  const std::string sha = core::Sha256Hex(bytes);
  auto rs = conn.Query(
      "INSERT INTO files (name, mime, size, sha256, content, uploaded_by, created_at) "
      "VALUES (?,?,?,?,?,?,?) RETURNING id",
      {name, mime, static_cast<int64_t>(bytes.size()), sha, storage::Blob{bytes}, uploader,
       created_at});
  return FileInfo{rs.Int(0, "id"), name, static_cast<int64_t>(bytes.size()), mime, sha, created_at};
}

}  // namespace anjian::files
