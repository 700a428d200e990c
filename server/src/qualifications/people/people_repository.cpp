#include "qualifications/people/people_repository.hpp"

#include "platform/storage/like.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::qualifications {

using storage::Value;

namespace {

// In post on day ?: appointed on or before it and not left before it.
constexpr const char* kInPost =
    " p.appointed_on <= ? AND (p.left_on IS NULL OR p.left_on > ?) ";

constexpr const char* kPersonSelect =
    "SELECT p.id, p.enterprise_id, p.agency_id, p.region_path, p.name, p.role, p.post, "
    "p.is_manager, p.full_time, p.user_id, p.phone, p.appointed_on, p.exam_due_on, p.left_on, "
    "p.version, p.created_at, p.updated_at, "
    "COALESCE(e.name, g.name) AS owner_name, u.username AS username, "
    "(SELECT MIN(x.examined_on) FROM person_examinations x WHERE x.person_id = p.id "
    "   AND x.passed = 1 AND x.appointed_on = p.appointed_on) AS exam_passed_on, "
    "(SELECT COUNT(*) FROM person_certificates c WHERE c.person_id = p.id "
    "   AND c.revoked_on IS NULL AND c.valid_from <= ? AND c.valid_to >= ?) AS certificates_valid, "
    "(SELECT MIN(c.valid_to) FROM person_certificates c WHERE c.person_id = p.id "
    "   AND c.revoked_on IS NULL AND c.valid_to >= ?) AS next_expiry "
    "FROM qualified_people p LEFT JOIN enterprises e ON e.id = p.enterprise_id "
    "LEFT JOIN agencies g ON g.id = p.agency_id LEFT JOIN users u ON u.id = p.user_id ";

PersonRow PersonAt(const storage::ResultSet& rs, size_t i) {
  PersonRow r;
  r.id = rs.Int(i, "id");
  r.enterprise_id = rs.OptInt(i, "enterprise_id");
  r.agency_id = rs.OptInt(i, "agency_id");
  r.user_id = rs.OptInt(i, "user_id");
  r.region_path = rs.Text(i, "region_path");
  r.owner_name = rs.Text(i, "owner_name");
  r.name = rs.Text(i, "name");
  r.role = rs.Text(i, "role");
  r.post = rs.Text(i, "post");
  r.phone = rs.Text(i, "phone");
  r.is_manager = rs.Int(i, "is_manager") != 0;
  r.full_time = rs.Int(i, "full_time") != 0;
  r.appointed_on = rs.Text(i, "appointed_on");
  r.exam_due_on = rs.OptText(i, "exam_due_on");
  r.left_on = rs.OptText(i, "left_on");
  r.exam_passed_on = rs.OptText(i, "exam_passed_on");
  r.version = rs.Int(i, "version");
  r.created_at = rs.Text(i, "created_at");
  r.updated_at = rs.Text(i, "updated_at");
  r.username = rs.Text(i, "username");
  r.certificates_valid = rs.Int(i, "certificates_valid");
  r.next_expiry = rs.OptText(i, "next_expiry");
  return r;
}

std::vector<Value> TodayParams(const std::string& today) { return {today, today, today}; }

struct Where {
  std::string sql;
  std::vector<Value> params;
};

Where PersonWhere(const api::Scope& scope, const PersonFilter& f) {
  auto sf = api::ScopeSql(scope, "p.region_path", "p.enterprise_id");
  Where w{" WHERE " + sf.sql, sf.params};
  w.sql += f.agency_staff ? " AND p.agency_id IS NOT NULL" : " AND p.enterprise_id IS NOT NULL";
  if (!f.role.empty()) {
    w.sql += " AND p.role = ?";
    w.params.push_back(f.role);
  }
  if (!f.name.empty()) {
    w.sql += " AND " + storage::LikeContains("p.name");
    w.params.push_back(storage::ContainsPattern(f.name));
  }
  if (f.status == "in_post") {
    w.sql += " AND p.left_on IS NULL";
  } else if (f.status == "left") {
    w.sql += " AND p.left_on IS NOT NULL";
  }
  if (f.enterprise_id) {
    w.sql += " AND p.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  if (f.agency_id) {
    w.sql += " AND p.agency_id = ?";
    w.params.push_back(*f.agency_id);
  }
  if (f.exam == "overdue") {
    w.sql +=
        " AND p.left_on IS NULL AND p.exam_due_on IS NOT NULL AND p.exam_due_on < ? AND NOT EXISTS "
        "(SELECT 1 FROM person_examinations x WHERE x.person_id = p.id AND x.passed = 1 "
        " AND x.appointed_on = p.appointed_on AND x.examined_on <= ?)";
    w.params.push_back(f.today);
    w.params.push_back(f.today);
  }
  return w;
}

// The gaps query: principals and safety managers past due without a pass, and special-operation
// workers without a valid special_operation certificate. `extra` restricts the enterprise.
std::vector<EnterpriseGap> GapsWhere(storage::Connection& conn, const std::string& extra,
                                     std::vector<Value> extra_params, const std::string& date) {
  std::vector<Value> params{date, date, date, date};
  params.insert(params.end(), extra_params.begin(), extra_params.end());
  params.insert(params.end(), {date, date, date, date});
  params.insert(params.end(), extra_params.begin(), extra_params.end());
  auto rs = conn.Query(
      "SELECT p.enterprise_id, p.id, p.name, p.role, p.appointed_on, p.exam_due_on AS due_on, "
      "'not_examined' AS kind FROM qualified_people p "
      "WHERE p.enterprise_id IS NOT NULL AND" + std::string(kInPost) +
          "AND p.role IN ('principal', 'safety_manager') AND p.exam_due_on IS NOT NULL "
          "AND p.exam_due_on < ? AND NOT EXISTS (SELECT 1 FROM person_examinations x "
          "WHERE x.person_id = p.id AND x.passed = 1 AND x.appointed_on = p.appointed_on "
          "AND x.examined_on <= ?)" + extra +
          " UNION ALL "
          "SELECT p.enterprise_id, p.id, p.name, p.role, p.appointed_on, p.appointed_on AS due_on, "
          "'no_certificate' AS kind FROM qualified_people p "
          "WHERE p.enterprise_id IS NOT NULL AND" + std::string(kInPost) +
          "AND p.role = 'special_worker' AND NOT EXISTS (SELECT 1 FROM person_certificates c "
          "WHERE c.person_id = p.id AND c.kind = 'special_operation' AND c.revoked_on IS NULL "
          "AND c.valid_from <= ? AND c.valid_to >= ?)" + extra +
          " ORDER BY 1, 2",
      params);
  std::vector<EnterpriseGap> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) {
    EnterpriseGap g;
    g.enterprise_id = rs.Int(i, "enterprise_id");
    g.gap.person_id = rs.Int(i, "id");
    g.gap.name = rs.Text(i, "name");
    g.gap.role = rs.Text(i, "role");
    g.gap.kind = rs.Text(i, "kind");
    g.gap.appointed_on = rs.Text(i, "appointed_on");
    g.gap.due_on = rs.Text(i, "due_on");
    g.gap.derived_key = g.gap.kind == "not_examined"
                            ? "qualification:exam:" + std::to_string(g.gap.person_id) + ":" +
                                  g.gap.appointed_on
                            : "qualification:certificate:" + std::to_string(g.gap.person_id);
    out.push_back(std::move(g));
  }
  return out;
}

CertificateRow CertificateAt(const storage::ResultSet& rs, size_t i) {
  CertificateRow r;
  r.id = rs.Int(i, "id");
  r.person_id = rs.Int(i, "person_id");
  r.kind = rs.Text(i, "kind");
  r.number = rs.Text(i, "number");
  r.issuer = rs.Text(i, "issuer");
  r.valid_from = rs.Text(i, "valid_from");
  r.valid_to = rs.Text(i, "valid_to");
  r.file_id = rs.OptInt(i, "file_id");
  r.revoked_on = rs.OptText(i, "revoked_on");
  r.revoked_reason = rs.Text(i, "revoked_reason");
  r.created_by = rs.Int(i, "created_by");
  r.created_at = rs.Text(i, "created_at");
  r.person_name = rs.Text(i, "person_name");
  r.person_role = rs.Text(i, "person_role");
  r.owner_name = rs.Text(i, "owner_name");
  r.enterprise_id = rs.OptInt(i, "enterprise_id");
  return r;
}

constexpr const char* kCertificateSelect =
    "SELECT c.id, c.person_id, c.kind, c.number, c.issuer, c.valid_from, c.valid_to, c.file_id, "
    "c.revoked_on, c.revoked_reason, c.created_by, c.created_at, p.name AS person_name, "
    "p.role AS person_role, p.enterprise_id, COALESCE(e.name, g.name) AS owner_name "
    "FROM person_certificates c JOIN qualified_people p ON p.id = c.person_id "
    "LEFT JOIN enterprises e ON e.id = p.enterprise_id LEFT JOIN agencies g ON g.id = p.agency_id ";

Where CertificateWhere(const api::Scope& scope, const CertificateFilter& f) {
  auto sf = api::ScopeSql(scope, "p.region_path", "p.enterprise_id");
  Where w{" WHERE " + sf.sql, sf.params};
  if (!f.kind.empty()) {
    w.sql += " AND c.kind = ?";
    w.params.push_back(f.kind);
  }
  if (!f.number.empty()) {
    w.sql += " AND " + storage::LikeContains("c.number");
    w.params.push_back(storage::ContainsPattern(f.number));
  }
  if (!f.expires_before.empty()) {
    w.sql += " AND c.revoked_on IS NULL AND c.valid_to <= ?";
    w.params.push_back(f.expires_before);
  }
  if (f.enterprise_id) {
    w.sql += " AND p.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  return w;
}

constexpr const char* kTrainingSelect =
    "SELECT t.id, t.person_id, t.course, t.provider, t.trained_on, t.class_hours, t.exam_result, "
    "t.score, t.recorded_by, t.recorded_at, p.name AS person_name, p.role AS person_role, "
    "COALESCE(e.name, g.name) AS owner_name "
    "FROM training_records t JOIN qualified_people p ON p.id = t.person_id "
    "LEFT JOIN enterprises e ON e.id = p.enterprise_id LEFT JOIN agencies g ON g.id = p.agency_id ";

TrainingRow TrainingAt(const storage::ResultSet& rs, size_t i) {
  TrainingRow r;
  r.id = rs.Int(i, "id");
  r.person_id = rs.Int(i, "person_id");
  r.course = rs.Text(i, "course");
  r.provider = rs.Text(i, "provider");
  r.trained_on = rs.Text(i, "trained_on");
  r.class_hours = rs.Int(i, "class_hours");
  r.exam_result = rs.Text(i, "exam_result");
  r.score = rs.OptInt(i, "score");
  r.recorded_by = rs.Int(i, "recorded_by");
  r.recorded_at = rs.Text(i, "recorded_at");
  r.person_name = rs.Text(i, "person_name");
  r.person_role = rs.Text(i, "person_role");
  r.owner_name = rs.Text(i, "owner_name");
  return r;
}

Where TrainingWhere(const api::Scope& scope, const TrainingFilter& f) {
  auto sf = api::ScopeSql(scope, "p.region_path", "p.enterprise_id");
  Where w{" WHERE " + sf.sql, sf.params};
  w.sql += f.agency_staff ? " AND p.agency_id IS NOT NULL" : " AND p.enterprise_id IS NOT NULL";
  if (!f.from.empty()) {
    w.sql += " AND t.trained_on >= ?";
    w.params.push_back(f.from);
  }
  if (!f.to.empty()) {
    w.sql += " AND t.trained_on <= ?";
    w.params.push_back(f.to);
  }
  if (!f.course.empty()) {
    w.sql += " AND " + storage::LikeContains("t.course");
    w.params.push_back(storage::ContainsPattern(f.course));
  }
  if (f.enterprise_id) {
    w.sql += " AND p.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  return w;
}

}  // namespace

std::vector<ExaminationGap> ExaminationGaps(storage::Connection& conn, std::int64_t enterprise_id,
                                            const std::string& date) {
  std::vector<ExaminationGap> out;
  for (auto& g : GapsWhere(conn, " AND p.enterprise_id = ?", {enterprise_id}, date))
    out.push_back(std::move(g.gap));
  return out;
}

std::vector<EnterpriseGap> AllExaminationGaps(storage::Connection& conn, const std::string& date) {
  return GapsWhere(conn, "", {}, date);
}

SafetyDepartmentFacts SafetyDepartmentFactsOf(storage::Connection& conn,
                                              std::int64_t enterprise_id, const std::string& date) {
  SafetyDepartmentFacts f;
  auto d = conn.Query(
      "SELECT name FROM safety_departments WHERE enterprise_id = ? AND established_on <= ?",
      {enterprise_id, date});
  if (!d.empty()) {
    f.has_department = true;
    f.department_name = d.Text(0, "name");
  }
  auto rs = conn.Query(
      "SELECT COUNT(*) AS n, COALESCE(SUM(p.full_time), 0) AS ft FROM qualified_people p "
      "WHERE p.enterprise_id = ? AND p.role = 'safety_manager' AND" + std::string(kInPost),
      {enterprise_id, date, date});
  f.safety_managers = rs.Int(0, "n");
  f.full_time_safety_managers = rs.Int(0, "ft");
  return f;
}

bool HoldsValidQualification(storage::Connection& conn, std::int64_t user_id,
                             const std::string& kind, const std::string& date) {
  auto rs = conn.Query(
      "SELECT 1 AS x FROM qualified_people p JOIN person_certificates c ON c.person_id = p.id "
      "WHERE p.user_id = ? AND" + std::string(kInPost) +
          "AND c.kind = ? AND c.revoked_on IS NULL AND c.valid_from <= ? AND c.valid_to >= ? "
          "LIMIT 1",
      {user_id, date, date, kind, date, date});
  return !rs.empty();
}

std::optional<LinkedPerson> PersonOfUser(storage::Connection& conn, std::int64_t user_id,
                                         const std::string& date) {
  auto rs = conn.Query(
      "SELECT p.id, p.name, p.role, p.is_manager FROM qualified_people p WHERE p.user_id = ? AND" +
          std::string(kInPost) + "ORDER BY p.id LIMIT 1",
      {user_id, date, date});
  if (rs.empty()) return std::nullopt;
  return LinkedPerson{rs.Int(0, "id"), rs.Text(0, "name"), rs.Text(0, "role"),
                      rs.Int(0, "is_manager") != 0};
}

bool OrganisationOfUserKeepsPeople(storage::Connection& conn, std::int64_t user_id,
                                   const std::string& date) {
  return !conn.Query(
              "SELECT 1 AS x FROM users u JOIN qualified_people p ON "
              "(p.enterprise_id = u.enterprise_id OR p.agency_id = u.agency_id) "
              "WHERE u.id = ? AND" + std::string(kInPost) + "LIMIT 1",
              {user_id, date, date})
              .empty();
}

std::string UserDisplayName(storage::Connection& conn, std::int64_t user_id) {
  auto rs = conn.Query("SELECT display_name FROM users WHERE id = ?", {user_id});
  return rs.empty() ? std::string() : rs.Text(0, "display_name");
}

bool EnterpriseInScope(storage::Connection& conn, const api::Scope& scope,
                       std::int64_t enterprise_id) {
  auto sf = api::ScopeSql(scope, "region_path", "id");
  std::vector<Value> params{enterprise_id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  return !conn.Query("SELECT 1 AS x FROM enterprises WHERE id = ? AND status = 'active' AND " +
                         sf.sql,
                     params)
              .empty();
}

std::int64_t InsertPerson(storage::Connection& conn, std::optional<std::int64_t> enterprise_id,
                          std::optional<std::int64_t> agency_id, const std::string& region_path,
                          const PersonInput& in, const std::optional<std::string>& exam_due_on,
                          const std::string& at) {
  auto rs = conn.Query(
      "INSERT INTO qualified_people (enterprise_id, agency_id, region_path, name, role, post, "
      "is_manager, full_time, user_id, phone, appointed_on, exam_due_on, version, created_at, "
      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id",
      {storage::Nullable(enterprise_id), storage::Nullable(agency_id), region_path, in.name,
       in.role, in.post, std::int64_t{in.is_manager ? 1 : 0}, std::int64_t{in.full_time ? 1 : 0},
       storage::Nullable(in.user_id), in.phone, in.appointed_on, storage::Nullable(exam_due_on),
       at, at});
  return rs.Int(0, "id");
}

void UpdatePerson(storage::Connection& conn, std::int64_t id, const PersonInput& in,
                  const std::optional<std::string>& exam_due_on, std::int64_t version,
                  const std::string& at) {
  conn.Exec(
      "UPDATE qualified_people SET name = ?, role = ?, post = ?, is_manager = ?, full_time = ?, "
      "user_id = ?, phone = ?, appointed_on = ?, exam_due_on = ?, version = ?, updated_at = ? "
      "WHERE id = ?",
      {in.name, in.role, in.post, std::int64_t{in.is_manager ? 1 : 0},
       std::int64_t{in.full_time ? 1 : 0}, storage::Nullable(in.user_id), in.phone,
       in.appointed_on, storage::Nullable(exam_due_on), version, at, id});
}

void SetPersonLeft(storage::Connection& conn, std::int64_t id, const std::string& left_on,
                   std::int64_t version, const std::string& at) {
  conn.Exec("UPDATE qualified_people SET left_on = ?, version = ?, updated_at = ? WHERE id = ?",
            {left_on, version, at, id});
}

std::optional<PersonRow> FindPerson(storage::Connection& conn, const api::Scope& scope,
                                    std::int64_t id) {
  auto sf = api::ScopeSql(scope, "p.region_path", "p.enterprise_id");
  auto params = TodayParams("9999-12-31");
  params.push_back(id);
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(std::string(kPersonSelect) + " WHERE p.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return PersonAt(rs, 0);
}

std::optional<PersonRow> LockPerson(storage::Connection& conn, std::int64_t id) {
  conn.Query(std::string("SELECT id FROM qualified_people WHERE id = ?") +
                 storage::ForUpdate(conn),
             {id});
  auto params = TodayParams("9999-12-31");
  params.push_back(id);
  auto rs = conn.Query(std::string(kPersonSelect) + " WHERE p.id = ?", params);
  if (rs.empty()) return std::nullopt;
  return PersonAt(rs, 0);
}

std::int64_t CountPeople(storage::Connection& conn, const api::Scope& scope,
                         const PersonFilter& f) {
  auto w = PersonWhere(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM qualified_people p" + w.sql, w.params).Int(0, "n");
}

std::vector<PersonRow> ListPeople(storage::Connection& conn, const api::Scope& scope,
                                  const PersonFilter& f, std::int64_t limit, std::int64_t offset) {
  auto w = PersonWhere(scope, f);
  auto params = TodayParams(f.today);
  params.insert(params.end(), w.params.begin(), w.params.end());
  params.push_back(limit);
  params.push_back(offset);
  auto rs = conn.Query(std::string(kPersonSelect) + w.sql + " ORDER BY p.id DESC LIMIT ? OFFSET ?",
                       params);
  std::vector<PersonRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(PersonAt(rs, i));
  return out;
}

std::optional<std::string> PersonNameOfUser(storage::Connection& conn, std::int64_t user_id,
                                            std::int64_t except_person_id) {
  auto rs = conn.Query(
      "SELECT name FROM qualified_people WHERE user_id = ? AND id <> ? AND left_on IS NULL",
      {user_id, except_person_id});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "name");
}

bool UserBelongsTo(storage::Connection& conn, std::int64_t user_id,
                   std::optional<std::int64_t> enterprise_id,
                   std::optional<std::int64_t> agency_id) {
  if (enterprise_id)
    return !conn.Query("SELECT 1 AS x FROM users WHERE id = ? AND enterprise_id = ?",
                       {user_id, *enterprise_id})
                .empty();
  if (agency_id)
    return !conn.Query("SELECT 1 AS x FROM users WHERE id = ? AND agency_id = ?",
                       {user_id, *agency_id})
                .empty();
  return false;
}

std::int64_t InsertCertificate(storage::Connection& conn, std::int64_t person_id,
                               const CertificateInput& in, std::int64_t by,
                               const std::string& at) {
  auto rs = conn.Query(
      "INSERT INTO person_certificates (person_id, kind, number, issuer, valid_from, valid_to, "
      "file_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {person_id, in.kind, in.number, in.issuer, in.valid_from, in.valid_to,
       storage::Nullable(in.file_id), by, at});
  return rs.Int(0, "id");
}

void RevokeCertificate(storage::Connection& conn, std::int64_t id, const std::string& on,
                       const std::string& reason) {
  conn.Exec("UPDATE person_certificates SET revoked_on = ?, revoked_reason = ? WHERE id = ?",
            {on, reason, id});
}

std::vector<CertificateRow> CertificatesOf(storage::Connection& conn, std::int64_t person_id) {
  auto rs = conn.Query(std::string(kCertificateSelect) +
                           " WHERE c.person_id = ? ORDER BY c.valid_to DESC, c.id DESC",
                       {person_id});
  std::vector<CertificateRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(CertificateAt(rs, i));
  return out;
}

std::optional<CertificateRow> FindCertificate(storage::Connection& conn, const api::Scope& scope,
                                              std::int64_t id) {
  auto sf = api::ScopeSql(scope, "p.region_path", "p.enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(std::string(kCertificateSelect) + " WHERE c.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return CertificateAt(rs, 0);
}

std::int64_t CountCertificates(storage::Connection& conn, const api::Scope& scope,
                               const CertificateFilter& f) {
  auto w = CertificateWhere(scope, f);
  return conn
      .Query("SELECT COUNT(*) AS n FROM person_certificates c JOIN qualified_people p "
             "ON p.id = c.person_id" + w.sql,
             w.params)
      .Int(0, "n");
}

std::vector<CertificateRow> ListCertificates(storage::Connection& conn, const api::Scope& scope,
                                             const CertificateFilter& f, std::int64_t limit,
                                             std::int64_t offset) {
  auto w = CertificateWhere(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kCertificateSelect) + w.sql +
                           " ORDER BY c.valid_to, c.id LIMIT ? OFFSET ?",
                       w.params);
  std::vector<CertificateRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(CertificateAt(rs, i));
  return out;
}

std::int64_t InsertExamination(storage::Connection& conn, std::int64_t person_id,
                               const std::string& appointed_on, const ExaminationInput& in,
                               std::int64_t by, const std::string& at) {
  auto rs = conn.Query(
      "INSERT INTO person_examinations (person_id, appointed_on, examined_on, passed, authority, "
      "certificate_no, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      {person_id, appointed_on, in.examined_on, std::int64_t{in.passed ? 1 : 0}, in.authority,
       in.certificate_no, in.note, by, at});
  return rs.Int(0, "id");
}

std::vector<ExaminationRow> ExaminationsOf(storage::Connection& conn, std::int64_t person_id) {
  auto rs = conn.Query(
      "SELECT id, person_id, appointed_on, examined_on, passed, authority, certificate_no, note, "
      "recorded_by, recorded_at FROM person_examinations WHERE person_id = ? "
      "ORDER BY examined_on DESC, id DESC",
      {person_id});
  std::vector<ExaminationRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    ExaminationRow r;
    r.id = rs.Int(i, "id");
    r.person_id = rs.Int(i, "person_id");
    r.appointed_on = rs.Text(i, "appointed_on");
    r.examined_on = rs.Text(i, "examined_on");
    r.passed = rs.Int(i, "passed") != 0;
    r.authority = rs.Text(i, "authority");
    r.certificate_no = rs.Text(i, "certificate_no");
    r.note = rs.Text(i, "note");
    r.recorded_by = rs.Int(i, "recorded_by");
    r.recorded_at = rs.Text(i, "recorded_at");
    out.push_back(std::move(r));
  }
  return out;
}

std::int64_t InsertTraining(storage::Connection& conn, std::int64_t person_id,
                            const TrainingInput& in, std::int64_t by, const std::string& at) {
  auto rs = conn.Query(
      "INSERT INTO training_records (person_id, course, provider, trained_on, class_hours, "
      "exam_result, score, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      {person_id, in.course, in.provider, in.trained_on, in.class_hours, in.exam_result,
       storage::Nullable(in.score), by, at});
  return rs.Int(0, "id");
}

std::vector<TrainingRow> TrainingOf(storage::Connection& conn, std::int64_t person_id) {
  auto rs = conn.Query(std::string(kTrainingSelect) +
                           " WHERE t.person_id = ? ORDER BY t.trained_on DESC, t.id DESC",
                       {person_id});
  std::vector<TrainingRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(TrainingAt(rs, i));
  return out;
}

std::int64_t TrainingHours(storage::Connection& conn, std::int64_t person_id,
                           const std::string& from, const std::string& to) {
  return conn
      .Query("SELECT COALESCE(SUM(class_hours), 0) AS h FROM training_records WHERE person_id = ? "
             "AND trained_on >= ? AND trained_on <= ?",
             {person_id, from, to})
      .Int(0, "h");
}

std::int64_t CountTraining(storage::Connection& conn, const api::Scope& scope,
                           const TrainingFilter& f) {
  auto w = TrainingWhere(scope, f);
  return conn
      .Query("SELECT COUNT(*) AS n FROM training_records t JOIN qualified_people p "
             "ON p.id = t.person_id" + w.sql,
             w.params)
      .Int(0, "n");
}

std::vector<TrainingRow> ListTraining(storage::Connection& conn, const api::Scope& scope,
                                      const TrainingFilter& f, std::int64_t limit,
                                      std::int64_t offset) {
  auto w = TrainingWhere(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kTrainingSelect) + w.sql +
                           " ORDER BY t.trained_on DESC, t.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<TrainingRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(TrainingAt(rs, i));
  return out;
}

std::optional<SafetyDepartmentRow> FindSafetyDepartment(storage::Connection& conn,
                                                        std::int64_t enterprise_id) {
  auto rs = conn.Query(
      "SELECT name, established_on, document_no, updated_at FROM safety_departments "
      "WHERE enterprise_id = ?",
      {enterprise_id});
  if (rs.empty()) return std::nullopt;
  return SafetyDepartmentRow{rs.Text(0, "name"), rs.Text(0, "established_on"),
                             rs.Text(0, "document_no"), rs.Text(0, "updated_at")};
}

void UpsertSafetyDepartment(storage::Connection& conn, std::int64_t enterprise_id,
                            const SafetyDepartmentRow& d, std::int64_t by) {
  conn.Exec(
      "INSERT INTO safety_departments (enterprise_id, name, established_on, document_no, "
      "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (enterprise_id) DO UPDATE "
      "SET name = excluded.name, established_on = excluded.established_on, "
      "document_no = excluded.document_no, updated_by = excluded.updated_by, "
      "updated_at = excluded.updated_at",
      {enterprise_id, d.name, d.established_on, d.document_no, by, d.updated_at});
}

std::vector<ExpiringCertificate> CertificatesEndingBetween(storage::Connection& conn,
                                                           const std::string& today,
                                                           const std::string& until) {
  auto rs = conn.Query(
      "SELECT c.id, c.person_id, c.kind, c.number, c.valid_to, p.enterprise_id, p.agency_id, "
      "p.user_id, p.name AS person_name FROM person_certificates c "
      "JOIN qualified_people p ON p.id = c.person_id "
      "WHERE c.valid_to >= ? AND c.valid_to <= ? AND c.revoked_on IS NULL AND p.left_on IS NULL "
      "ORDER BY c.valid_to, c.id",
      {today, until});
  std::vector<ExpiringCertificate> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    ExpiringCertificate c;
    c.id = rs.Int(i, "id");
    c.person_id = rs.Int(i, "person_id");
    c.kind = rs.Text(i, "kind");
    c.number = rs.Text(i, "number");
    c.valid_to = rs.Text(i, "valid_to");
    c.enterprise_id = rs.OptInt(i, "enterprise_id");
    c.agency_id = rs.OptInt(i, "agency_id");
    c.user_id = rs.OptInt(i, "user_id");
    c.person_name = rs.Text(i, "person_name");
    auto sent = conn.Query(
        "SELECT threshold_days FROM certificate_reminders WHERE certificate_id = ?", {c.id});
    for (size_t j = 0; j < sent.size(); ++j) c.sent.push_back(sent.Int(j, "threshold_days"));
    out.push_back(std::move(c));
  }
  return out;
}

bool RecordReminder(storage::Connection& conn, std::int64_t certificate_id,
                    std::int64_t threshold_days, const std::string& at) {
  return conn.Exec(
             "INSERT INTO certificate_reminders (certificate_id, threshold_days, sent_at) "
             "VALUES (?, ?, ?) ON CONFLICT (certificate_id, threshold_days) DO NOTHING",
             {certificate_id, threshold_days, at}) > 0;
}

}  // namespace anjian::qualifications
