// Accidents (事故和险情信息报告): the first report, corrections and follow-up reports (续报)
// that re-grade and re-notify, and each agency's one-click acknowledgement and forwarding up.
// One use case per function: transaction, rules, repository, audit entry, notifications.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "audit/audit_service.hpp"
#include "emergency/accidents/accident_deadline_rules.hpp"
#include "emergency/accidents/accident_repository.hpp"
#include "platform/api/context.hpp"
#include "platform/storage/db.hpp"

namespace anjian::accidents {

inline constexpr const char* kAccidentReported = "accident_reported";

// The settings key `accident_reporting` in force, else the defaults.
AccidentReportingConfig LoadAccidentReportingConfig(storage::Connection& conn);

// "AQ-YYYYMMDD-000012" from the accident's China day.
std::string AccidentNumber(const std::string& occurred_at, std::int64_t id);

struct NewReport {
  std::int64_t enterprise_id = 0;
  std::string region_path;
  AccidentFacts facts;
  std::optional<std::int64_t> loss_incident_id;
  std::string note;
};
// One transaction: the accident graded, its first report version, the audit entry, and every
// agency over the enterprise notified (after the commit). Returns the id.
std::int64_t ReportAccident(storage::Connection& conn, const NewReport& in,
                            const audit::Actor& actor, api::Notifier* notifier, std::int64_t now);

// kind "correction" (PUT) or "follow_up" (续报, refused after the window): the facts replace the
// stored ones, the grade is recomputed, a new version is appended; a raised grade restarts the
// clock of the steps it brings in and notifies the agencies again. 404 unless in `scope`.
void ReviseAccident(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                    const std::string& kind, const AccidentFacts& facts, const std::string& note,
                    const audit::Actor& actor, api::Notifier* notifier, std::int64_t now);

// The caller's agency (at `level`: county, city, province) acknowledges and forwards up: every
// step it sends is done now. 409 when its level has nothing to send or already forwarded.
void ForwardAccident(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                     const std::string& level, std::int64_t agency_id, const std::string& note,
                     const audit::Actor& actor, std::int64_t now);

// A civil-explosives loss or theft (丢失被盗, 条例 art. 41(四): report at once) opens an event here:
// inside the caller's transaction (the loss incident's), with its audit entry; the agencies were
// told by the loss incident already. `occurred_at` is the discovery, `reported_at` the opening.
struct LossIncidentEvent {
  std::int64_t loss_incident_id = 0, enterprise_id = 0, user_id = 0;
  std::string region_path, title, description, occurred_at, reported_at;
};
std::int64_t OpenAccidentForLossIncident(storage::Connection& conn, const LossIncidentEvent& e,
                                         const audit::Actor& actor);

// The chain of an accident as the rules compute it from its rows.
std::vector<ChainStep> ChainOf(const AccidentRow& a, const std::vector<AccidentForwardRow>& f,
                               const AccidentReportingConfig& c, std::int64_t now);

}  // namespace anjian::accidents
