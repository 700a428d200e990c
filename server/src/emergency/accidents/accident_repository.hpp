// The SQL of accidents (事故和险情信息报告): tables accidents, accident_reports and
// accident_forwards (V035). Reads take the caller's Scope and apply it in SQL.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::accidents {

// The facts a report carries (493号令 art. 12).
struct AccidentFacts {
  std::string title, accident_type, address, occurred_at, course, measures;
  bool road_traffic = false;
  std::optional<double> latitude, longitude;
  std::int64_t deaths = 0, serious_injuries = 0, missing = 0, direct_loss_yuan = 0;
};

struct AccidentRow {
  std::int64_t id = 0, enterprise_id = 0, reported_by = 0, version = 0;
  std::string enterprise_name, enterprise_industry, region_path, number, grade, grade_since,
      reported_at, reported_by_name, updated_at;
  std::optional<std::int64_t> loss_incident_id;
  AccidentFacts facts;
};

struct AccidentReportRow {
  std::int64_t version = 0, by_user_id = 0;
  std::string kind, facts_json, grade, note, by_name, at;
};

struct AccidentForwardRow {
  std::string level, agency_name, by_name, note, at;
  std::int64_t agency_id = 0, by_user_id = 0;
};

struct AccidentFilter {
  std::string grade, accident_type, from, to;  // from/to: ISO instants on occurred_at
  std::optional<std::int64_t> enterprise_id;
  std::string region_path;  // "" or rows under this region path (statistics)
};

struct EnterpriseOfAccident {
  std::string name, region_path;
};
std::optional<EnterpriseOfAccident> FindEnterpriseInScope(storage::Connection& conn,
                                                          const api::Scope& scope,
                                                          std::int64_t id);

struct NewAccident {
  std::int64_t enterprise_id = 0, reported_by = 0;
  std::string region_path, grade, at;
  std::optional<std::int64_t> loss_incident_id;
  AccidentFacts facts;
};
// Inserts with an empty number; returns the id.
std::int64_t InsertAccident(storage::Connection& conn, const NewAccident& a);
void SetAccidentNumber(storage::Connection& conn, std::int64_t id, const std::string& number);
void UpdateAccidentFacts(storage::Connection& conn, std::int64_t id, const AccidentFacts& f,
                         const std::string& grade, const std::string& grade_since,
                         std::int64_t version, const std::string& at);
void InsertAccidentReport(storage::Connection& conn, std::int64_t accident_id,
                          std::int64_t version, const std::string& kind,
                          const std::string& facts_json, const std::string& grade,
                          const std::string& note, std::int64_t by_user_id,
                          const std::string& at);
void InsertAccidentForward(storage::Connection& conn, std::int64_t accident_id,
                           const std::string& level, std::int64_t agency_id,
                           std::int64_t by_user_id, const std::string& note,
                           const std::string& at);

std::optional<AccidentRow> FindAccident(storage::Connection& conn, const api::Scope& scope,
                                        std::int64_t id);
// Locks the row for an update (inside the caller's transaction).
std::optional<AccidentRow> LockAccident(storage::Connection& conn, std::int64_t id);
std::int64_t CountAccidents(storage::Connection& conn, const api::Scope& scope,
                            const AccidentFilter& f);
// Newest occurrence first.
std::vector<AccidentRow> ListAccidentRows(storage::Connection& conn, const api::Scope& scope,
                                          const AccidentFilter& f, std::int64_t limit,
                                          std::int64_t offset);
std::vector<AccidentReportRow> AccidentReports(storage::Connection& conn, std::int64_t id);
std::vector<AccidentForwardRow> AccidentForwards(storage::Connection& conn, std::int64_t id);

// Active agencies whose region contains `region_path` (county, city, province).
std::vector<std::int64_t> AgenciesOver(storage::Connection& conn, const std::string& region_path);

// The accident opened for a loss incident, if any.
std::optional<std::int64_t> AccidentOfLossIncident(storage::Connection& conn,
                                                   std::int64_t loss_incident_id);

}  // namespace anjian::accidents
