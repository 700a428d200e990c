#include "licensing/licence_checks/licence_sweep_repository.hpp"

namespace anjian::licence_checks {

namespace {
constexpr const char* kExplosivesEnterprises =
    "(SELECT id FROM enterprises WHERE status = 'active' AND industry IN "
    "('civil_explosives_production', 'civil_explosives_sales'))";
}  // namespace

std::map<std::int64_t, licences::OwnConditionRows> AllOwnConditionRows(storage::Connection& conn) {
  std::map<std::int64_t, licences::OwnConditionRows> out;
  auto ps = conn.Query(
      std::string("SELECT p.id, p.enterprise_id, p.kind, p.title, p.status, "
                  "COALESCE(p.published_on, '') AS published_on, "
                  "COALESCE(ev.last_evaluated_on, '') AS last_evaluated_on "
                  "FROM emergency_plans p LEFT JOIN (SELECT plan_id, MAX(evaluated_on) AS "
                  "last_evaluated_on FROM emergency_plan_evaluations GROUP BY plan_id) ev "
                  "ON ev.plan_id = p.id WHERE p.enterprise_id IN ") +
      kExplosivesEnterprises + " ORDER BY p.enterprise_id, p.id");
  for (size_t i = 0; i < ps.size(); ++i)
    out[ps.Int(i, "enterprise_id")].plans.push_back(
        {ps.Int(i, "id"), ps.Text(i, "kind"), ps.Text(i, "title"), ps.Text(i, "status"),
         ps.Text(i, "published_on"), ps.Text(i, "last_evaluated_on")});
  // The latest evaluation per enterprise: the row no later row of the same enterprise beats.
  auto es = conn.Query(
      std::string("SELECT s.id, s.enterprise_id, s.agency_name, s.evaluated_on, s.conclusion, "
                  "s.valid_until FROM safety_evaluations s WHERE s.enterprise_id IN ") +
      kExplosivesEnterprises +
      " AND NOT EXISTS (SELECT 1 FROM safety_evaluations t WHERE t.enterprise_id = s.enterprise_id "
      "AND (t.evaluated_on > s.evaluated_on OR (t.evaluated_on = s.evaluated_on AND t.id > s.id)))");
  for (size_t i = 0; i < es.size(); ++i) {
    licences::EvaluationRow e;
    e.id = es.Int(i, "id");
    e.enterprise_id = es.Int(i, "enterprise_id");
    e.agency_name = es.Text(i, "agency_name");
    e.evaluated_on = es.Text(i, "evaluated_on");
    e.conclusion = es.Text(i, "conclusion");
    e.valid_until = es.Text(i, "valid_until");
    out[e.enterprise_id].latest_evaluation = std::move(e);
  }
  auto hs = conn.Query(
      std::string("SELECT h.id, h.enterprise_id, h.number, h.title FROM hidden_dangers h "
                  "WHERE h.is_open = 1 AND h.level = 'major' AND h.enterprise_id IN ") +
      kExplosivesEnterprises + " ORDER BY h.enterprise_id, h.id");
  for (size_t i = 0; i < hs.size(); ++i)
    out[hs.Int(i, "enterprise_id")].open_major_hidden_dangers.push_back(
        {"hidden_danger", hs.Int(i, "id"),
         hs.Text(i, "number").empty() ? hs.Text(i, "title")
                                      : hs.Text(i, "number") + " " + hs.Text(i, "title"),
         ""});
  return out;
}

std::map<std::int64_t, SafetyStaff> AllSafetyStaff(storage::Connection& conn,
                                                   const std::string& date) {
  std::map<std::int64_t, SafetyStaff> out;
  auto d = conn.Query(
      std::string("SELECT enterprise_id FROM safety_departments WHERE established_on <= ? AND "
                  "enterprise_id IN ") + kExplosivesEnterprises,
      {date});
  for (size_t i = 0; i < d.size(); ++i) out[d.Int(i, "enterprise_id")].has_department = true;
  auto rs = conn.Query(
      std::string("SELECT p.enterprise_id, COALESCE(SUM(p.full_time), 0) AS ft "
                  "FROM qualified_people p WHERE p.role = 'safety_manager' AND "
                  "p.appointed_on <= ? AND (p.left_on IS NULL OR p.left_on > ?) AND "
                  "p.enterprise_id IN ") + kExplosivesEnterprises + " GROUP BY p.enterprise_id",
      {date, date});
  for (size_t i = 0; i < rs.size(); ++i)
    out[rs.Int(i, "enterprise_id")].full_time_safety_managers = rs.Int(i, "ft");
  return out;
}

}  // namespace anjian::licence_checks
