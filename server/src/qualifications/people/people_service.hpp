// People's qualifications (人员资格, issue 15 §2): people in post, certificates, examinations of
// principals and safety managers, training, the safety department; and the job that opens a major
// hidden danger for every gap of 234号 item 3 and sends certificate expiry reminders. One use case
// per function: transaction, rules, repository, audit entry, notifications.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "audit/audit_service.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"
#include "qualifications/people/people_repository.hpp"
#include "qualifications/people/qualification_rules.hpp"

namespace anjian::qualifications {

inline constexpr const char* kCertificateExpiryNotification = "certificate_expiry";

// The settings key `people_qualifications` in force, else the defaults.
QualificationConfig LoadQualificationConfig(storage::Connection& conn);

// The owner of a person: an enterprise (its people) or an agency (its enforcement staff).
struct Owner {
  std::optional<std::int64_t> enterprise_id, agency_id;
  std::string region_path;
};

// Checks (role for the owner, linked account of the owner and not linked twice) and inserts with
// the examination due day (234号 item 3) for principals and safety managers. Returns the id.
std::int64_t CreatePerson(storage::Connection& conn, const Owner& owner, const PersonInput& in,
                          const audit::Actor& actor, std::int64_t now);
// 404 unless in `scope`; 422 when the person left. A new appointment day starts a new
// examination period.
void UpdatePersonRecord(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                        const PersonInput& in, const audit::Actor& actor, std::int64_t now);
void LeavePost(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
               const std::string& left_on, const audit::Actor& actor, std::int64_t now);

std::int64_t AddCertificate(storage::Connection& conn, const api::Scope& scope,
                            std::int64_t person_id, const CertificateInput& in,
                            const audit::Actor& actor, std::int64_t now);
void RevokeCertificateRecord(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                             const std::string& reason, const audit::Actor& actor,
                             std::int64_t now);
// Only principals and safety managers (234号 item 3); dated between appointment and today.
std::int64_t AddExamination(storage::Connection& conn, const api::Scope& scope,
                            std::int64_t person_id, const ExaminationInput& in,
                            const audit::Actor& actor, std::int64_t now);
std::int64_t AddTraining(storage::Connection& conn, const api::Scope& scope,
                         std::int64_t person_id, const TrainingInput& in,
                         const audit::Actor& actor, std::int64_t now);
void SetSafetyDepartment(storage::Connection& conn, std::int64_t enterprise_id,
                         const SafetyDepartmentRow& d, const audit::Actor& actor,
                         std::int64_t now);

// The deadline job: every gap of 234号 item 3 on today opens its major hidden danger (once per
// derived key), and certificates crossing 60/30/7 days before expiry notify the owner's users
// (once per certificate and threshold). Runs in its own transaction.
struct QualificationJobResult {
  std::int64_t hidden_dangers = 0, reminders = 0;
};
QualificationJobResult RunQualificationJob(storage::Connection& conn,
                                           notifications::PendingPushes& pushes,
                                           std::int64_t now);

// Assignment checks (issue 15 §2), for other areas to call once each, inside their transaction
// (an empty display name is read from the account):
// the account must hold a valid storekeeper certificate when the setting requires it (422
// storekeeper_certificate_missing on `field`, naming the person).
void RequireStorekeeperQualification(storage::Connection& conn, std::int64_t user_id,
                                     const std::string& display_name, const std::string& field,
                                     std::int64_t now);
// A duty leader (带班领导) must be a manager: a linked person in post whose role is principal,
// safety manager or manager, or who carries the manager flag (422 duty_leader_not_manager).
// Units that keep no people records yet are not checked.
void RequireManager(storage::Connection& conn, std::int64_t user_id,
                    const std::string& display_name, const std::string& field, std::int64_t now);
// Two-person custody of a voucher: the storekeeper (field storekeeper_id) and the second person
// (field second_person), each when given (non-zero), when the setting requires it.
void RequireCustodyQualification(storage::Connection& conn, std::int64_t storekeeper_id,
                                 std::int64_t second_person_id, std::int64_t now);

}  // namespace anjian::qualifications
