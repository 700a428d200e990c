// The SQL of people's qualifications (人员资格, V048): qualified_people, person_certificates,
// person_examinations, training_records, safety_departments, certificate_reminders. Reads of
// records take the caller's Scope and apply it in SQL. The reads other areas use (licence
// conditions, 234号 item 3, assignment checks) are ExaminationGaps, SafetyDepartmentFactsOf and
// HoldsValidQualification: they take the enterprise or user and a China day ("YYYY-MM-DD").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::qualifications {

// ---- Reads for other areas (schema-first hand-off `people-ready`) ----

// One gap of 234号 item 3 on `date`: kind "not_examined" (a principal or safety manager in post
// whose examination due day is before `date`, with no passed examination on or before `date`)
// or "no_certificate" (a special-operation worker in post without a special_operation
// certificate valid on `date`). derived_key is stable per person and appointment (or per worker)
// and is the key of the major hidden danger it opens.
struct ExaminationGap {
  std::int64_t person_id = 0;
  std::string name, role, kind, appointed_on, due_on, derived_key;
};
std::vector<ExaminationGap> ExaminationGaps(storage::Connection& conn, std::int64_t enterprise_id,
                                            const std::string& date);
// Every enterprise's gaps on `date` (the deadline job's sweep), ordered by enterprise.
struct EnterpriseGap {
  std::int64_t enterprise_id = 0;
  ExaminationGap gap;
};
std::vector<EnterpriseGap> AllExaminationGaps(storage::Connection& conn, const std::string& date);

// 安全生产许可证条例 art. 6 / 234号 item 2: a safety department (安全生产管理机构) and its
// full-time safety managers in post on `date`.
struct SafetyDepartmentFacts {
  bool has_department = false;
  std::string department_name;
  std::int64_t full_time_safety_managers = 0;
  std::int64_t safety_managers = 0;
  bool Satisfied() const { return has_department && full_time_safety_managers >= 1; }
};
SafetyDepartmentFacts SafetyDepartmentFactsOf(storage::Connection& conn,
                                              std::int64_t enterprise_id, const std::string& date);
inline bool HasSafetyDepartment(storage::Connection& conn, std::int64_t enterprise_id,
                                const std::string& date) {
  return SafetyDepartmentFactsOf(conn, enterprise_id, date).Satisfied();
}

// Whether the account's person (in post on `date`) holds a certificate of `kind` valid on `date`.
bool HoldsValidQualification(storage::Connection& conn, std::int64_t user_id,
                             const std::string& kind, const std::string& date);
// The person linked to an account (in post), if any: id, name, role, manager flag.
struct LinkedPerson {
  std::int64_t id = 0;
  std::string name, role;
  bool is_manager = false;
};
std::optional<LinkedPerson> PersonOfUser(storage::Connection& conn, std::int64_t user_id,
                                         const std::string& date);

// Whether the account's enterprise or agency keeps people records (someone in post on `date`).
bool OrganisationOfUserKeepsPeople(storage::Connection& conn, std::int64_t user_id,
                                   const std::string& date);

// The account's display name ("" when unknown).
std::string UserDisplayName(storage::Connection& conn, std::int64_t user_id);

// ---- Records ----

// An active enterprise in the caller's scope.
bool EnterpriseInScope(storage::Connection& conn, const api::Scope& scope,
                       std::int64_t enterprise_id);

struct PersonRow {
  std::int64_t id = 0, version = 0;
  std::optional<std::int64_t> enterprise_id, agency_id, user_id;
  std::string region_path, owner_name, name, role, post, phone, appointed_on, created_at,
      updated_at, username;
  std::optional<std::string> exam_due_on, left_on, exam_passed_on;
  bool is_manager = false, full_time = false;
  std::int64_t certificates_valid = 0;
  std::optional<std::string> next_expiry;  // earliest valid_to of an unrevoked, unexpired cert
};

struct PersonInput {
  std::string name, role, post, phone, appointed_on;
  bool is_manager = false, full_time = false;
  std::optional<std::int64_t> user_id;
};

struct PersonFilter {
  std::string role, name, status;  // status: "" | in_post | left
  std::optional<std::int64_t> enterprise_id, agency_id;
  bool agency_staff = false;  // true: only agency staff; false: only enterprise people
  std::string exam;           // "" | overdue (principal/safety manager gaps on `today`)
  std::string today;
};

std::int64_t InsertPerson(storage::Connection& conn, std::optional<std::int64_t> enterprise_id,
                          std::optional<std::int64_t> agency_id, const std::string& region_path,
                          const PersonInput& in, const std::optional<std::string>& exam_due_on,
                          const std::string& at);
void UpdatePerson(storage::Connection& conn, std::int64_t id, const PersonInput& in,
                  const std::optional<std::string>& exam_due_on, std::int64_t version,
                  const std::string& at);
void SetPersonLeft(storage::Connection& conn, std::int64_t id, const std::string& left_on,
                   std::int64_t version, const std::string& at);
std::optional<PersonRow> FindPerson(storage::Connection& conn, const api::Scope& scope,
                                    std::int64_t id);
std::optional<PersonRow> LockPerson(storage::Connection& conn, std::int64_t id);
std::int64_t CountPeople(storage::Connection& conn, const api::Scope& scope, const PersonFilter& f);
std::vector<PersonRow> ListPeople(storage::Connection& conn, const api::Scope& scope,
                                  const PersonFilter& f, std::int64_t limit, std::int64_t offset);
// Another person in post linked to the account (the account links one person at a time).
std::optional<std::string> PersonNameOfUser(storage::Connection& conn, std::int64_t user_id,
                                            std::int64_t except_person_id);
// Whether the account belongs to the enterprise (or agency).
bool UserBelongsTo(storage::Connection& conn, std::int64_t user_id,
                   std::optional<std::int64_t> enterprise_id, std::optional<std::int64_t> agency_id);

struct CertificateRow {
  std::int64_t id = 0, person_id = 0, created_by = 0;
  std::optional<std::int64_t> file_id;
  std::string kind, number, issuer, valid_from, valid_to, revoked_reason, created_at,
      person_name, person_role, owner_name;
  std::optional<std::string> revoked_on;
  std::optional<std::int64_t> enterprise_id;
};
struct CertificateInput {
  std::string kind, number, issuer, valid_from, valid_to;
  std::optional<std::int64_t> file_id;
};
std::int64_t InsertCertificate(storage::Connection& conn, std::int64_t person_id,
                               const CertificateInput& in, std::int64_t by, const std::string& at);
void RevokeCertificate(storage::Connection& conn, std::int64_t id, const std::string& on,
                       const std::string& reason);
std::vector<CertificateRow> CertificatesOf(storage::Connection& conn, std::int64_t person_id);
std::optional<CertificateRow> FindCertificate(storage::Connection& conn, const api::Scope& scope,
                                              std::int64_t id);
struct CertificateFilter {
  std::string kind, expires_before, number;  // expires_before: valid_to ≤ that day, unrevoked
  std::optional<std::int64_t> enterprise_id;
};
std::int64_t CountCertificates(storage::Connection& conn, const api::Scope& scope,
                               const CertificateFilter& f);
std::vector<CertificateRow> ListCertificates(storage::Connection& conn, const api::Scope& scope,
                                             const CertificateFilter& f, std::int64_t limit,
                                             std::int64_t offset);

struct ExaminationRow {
  std::int64_t id = 0, person_id = 0, recorded_by = 0;
  bool passed = false;
  std::string appointed_on, examined_on, authority, certificate_no, note, recorded_at;
};
struct ExaminationInput {
  std::string examined_on, authority, certificate_no, note;
  bool passed = false;
};
std::int64_t InsertExamination(storage::Connection& conn, std::int64_t person_id,
                               const std::string& appointed_on, const ExaminationInput& in,
                               std::int64_t by, const std::string& at);
std::vector<ExaminationRow> ExaminationsOf(storage::Connection& conn, std::int64_t person_id);

struct TrainingRow {
  std::int64_t id = 0, person_id = 0, class_hours = 0, recorded_by = 0;
  std::optional<std::int64_t> score;
  std::string course, provider, trained_on, exam_result, recorded_at, person_name, person_role,
      owner_name;
};
struct TrainingInput {
  std::string course, provider, trained_on, exam_result;
  std::int64_t class_hours = 0;
  std::optional<std::int64_t> score;
};
std::int64_t InsertTraining(storage::Connection& conn, std::int64_t person_id,
                            const TrainingInput& in, std::int64_t by, const std::string& at);
std::vector<TrainingRow> TrainingOf(storage::Connection& conn, std::int64_t person_id);
// Class hours of the person's training in [from, to] (China days).
std::int64_t TrainingHours(storage::Connection& conn, std::int64_t person_id,
                           const std::string& from, const std::string& to);
struct TrainingFilter {
  std::string from, to, course;
  std::optional<std::int64_t> enterprise_id;
  bool agency_staff = false;
};
std::int64_t CountTraining(storage::Connection& conn, const api::Scope& scope,
                           const TrainingFilter& f);
std::vector<TrainingRow> ListTraining(storage::Connection& conn, const api::Scope& scope,
                                      const TrainingFilter& f, std::int64_t limit,
                                      std::int64_t offset);

struct SafetyDepartmentRow {
  std::string name, established_on, document_no, updated_at;
};
std::optional<SafetyDepartmentRow> FindSafetyDepartment(storage::Connection& conn,
                                                        std::int64_t enterprise_id);
void UpsertSafetyDepartment(storage::Connection& conn, std::int64_t enterprise_id,
                            const SafetyDepartmentRow& d, std::int64_t by);

// ---- Expiry reminders (deadline job) ----
struct ExpiringCertificate {
  std::int64_t id = 0, person_id = 0;
  std::optional<std::int64_t> enterprise_id, agency_id, user_id;
  std::string kind, number, valid_to, person_name;
  std::vector<std::int64_t> sent;  // thresholds already recorded
};
// Unrevoked certificates of people in post ending in [today, until].
std::vector<ExpiringCertificate> CertificatesEndingBetween(storage::Connection& conn,
                                                           const std::string& today,
                                                           const std::string& until);
// Inserts the row; false when it was there already (the unique key).
bool RecordReminder(storage::Connection& conn, std::int64_t certificate_id,
                    std::int64_t threshold_days, const std::string& at);

}  // namespace anjian::qualifications
