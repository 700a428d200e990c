#include "dual_prevention/enforcement/enforcement_service.hpp"

#include <boost/json.hpp>

#include "audit/audit_service.hpp"
#include "registry/enterprise_repository.hpp"
#include "registry/registry_errors.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "dual_prevention/enforcement/enforcement_errors.hpp"
#include "dual_prevention/enforcement/enforcement_json.hpp"
#include "dual_prevention/enforcement/enforcement_plan_repository.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_errors.hpp"
#include "platform/api/actor.hpp"

namespace anjian::enforcement {

namespace json = boost::json;

std::vector<FieldError> CheckEnforcementInspection(storage::Connection& conn,
                                                   const api::Principal& who,
                                                   const NewEnforcementInspection& in) {
  std::vector<FieldError> errors;
  // The enterprise must lie in the regulator's subtree (like a missing one otherwise).
  if (in.enterprise_id &&
      !registry::EnterpriseRegionInScope(conn, api::Scope::For(who), *in.enterprise_id))
    errors.push_back(registry::Err("enterprise_unknown").At("enterprise_id"));
  // A planned inspection carried out: an open one of this enterprise in the caller's scope.
  if (in.planned_inspection_id && in.enterprise_id &&
      !OpenPlannedInspectionInScope(conn, api::Scope::For(who), *in.planned_inspection_id,
                                    *in.enterprise_id))
    errors.push_back(Err("planned_inspection_unknown")
                         .At("planned_inspection_id", *in.planned_inspection_id));
  return errors;
}

namespace {

// The action row as its audit entry records it.
json::object InsertAction(storage::Connection& conn, int64_t inspection_id,
                          const NewEnforcementAction& a, int64_t user_id, const std::string& now) {
  EnforcementActionInsert row;
  row.inspection_id = inspection_id;
  row.kind = a.kind;
  row.amount_fen = a.amount_fen;
  row.suspension_from = a.suspension_from;
  row.suspension_to = a.suspension_to;
  row.decision_no = a.decision_no;
  row.legal_basis = a.legal_basis;
  row.legal_basis_text = a.legal_basis_text;
  row.description = a.description;
  row.decided_on = a.decided_on;
  row.created_by = user_id;
  row.created_at = now;
  const int64_t id = InsertEnforcementAction(conn, row);
  return json::object{{"id", id}, {"kind", a.kind},
                      {"amount_fen", a.amount_fen ? json::value(*a.amount_fen) : nullptr},
                      {"decided_on", a.decided_on}};
}

}  // namespace

int64_t CreateEnforcementInspection(storage::Connection& conn, const api::Principal& who,
                                    const NewEnforcementInspection& in,
                                    notifications::PendingPushes& pushes, int64_t now_unix) {
  const std::string now = core::IsoFromUnix(now_unix);
  const std::string today = core::ChinaIsoDate(now_unix);
  storage::Transaction tx(conn);
  const auto scope = api::Scope::For(who);
  const auto region_path =
      in.enterprise_id ? registry::EnterpriseRegionInScope(conn, scope, *in.enterprise_id)
                       : std::nullopt;
  if (!region_path)
    core::Invalid(registry::Err("enterprise_unknown").At("enterprise_id"));

  EnforcementInspectionInsert row;
  row.enterprise_id = *in.enterprise_id;
  row.region_path = *region_path;
  row.agency_id = who.agency_id;
  row.inspected_on = in.inspected_on;
  row.inspectors = in.inspectors;
  row.summary = in.summary;
  row.order_no = in.order_no;
  row.order_text = in.order_text;
  row.order_deadline = in.order_deadline;
  row.kind = in.kind;
  row.recheck_required = in.recheck_required;
  row.created_by = who.user_id;
  row.created_at = now;
  const int64_t id = InsertEnforcementInspection(conn, row);
  if (in.order_no.empty() && !in.findings.empty()) {
    // 责令整改通知书 number: year and the inspection id, unique by construction.
    SetOrderNo(conn, id, "责改〔" + today.substr(0, 4) + "〕" + std::to_string(id) + "号");
  }
  for (auto h : in.findings) {
    h.enterprise_id = *in.enterprise_id;
    h.source = "enforcement";
    h.enforcement_inspection_id = id;
    h.found_on = in.inspected_on;
    h.deadline = in.order_deadline;
    hidden_danger::ReportHiddenDanger(conn, who, h, &pushes, now_unix);
  }
  for (const auto& a : in.actions) InsertAction(conn, id, a, who.user_id, now);
  if (in.planned_inspection_id)
    MarkPlannedInspectionDone(conn, *in.planned_inspection_id, id, in.inspected_on);
  audit::Append(conn, api::ActorOf(who, now_unix), "create", "enforcement_inspection", std::to_string(id),
                nullptr,
                EnforcementInspectionDetailJson(*GetEnforcementInspection(conn, scope, id), today));
  tx.Commit();
  return id;
}

void AddEnforcementAction(storage::Connection& conn, const api::Principal& who, int64_t id,
                          const NewEnforcementAction& action, std::vector<FieldError> input_errors,
                          int64_t now_unix) {
  const std::string now = core::IsoFromUnix(now_unix);
  storage::Transaction tx(conn);
  if (!FindEnforcementInspection(conn, api::Scope::For(who), id))
    throw ApiException{Error::NotFound("enforcement inspection")};
  if (!input_errors.empty()) core::Invalid(std::move(input_errors));
  auto row = InsertAction(conn, id, action, who.user_id, now);
  audit::Append(conn, api::ActorOf(who, now_unix), "add_action", "enforcement_inspection",
                std::to_string(id), nullptr, row);
  tx.Commit();
}

std::optional<EnforcementInspectionDetail> GetEnforcementInspection(storage::Connection& conn,
                                                                    const api::Scope& scope,
                                                                    int64_t id) {
  auto inspection = FindEnforcementInspection(conn, scope, id);
  if (!inspection) return std::nullopt;
  EnforcementInspectionDetail d;
  d.inspection = std::move(*inspection);
  d.findings = hidden_danger::FindingsOfEnforcementInspection(conn, id);
  d.actions = ActionsOf(conn, id);
  return d;
}

EnforcementPage ListEnforcementInspectionPage(storage::Connection& conn, const api::Scope& scope,
                                              const EnforcementListFilter& f, int64_t limit,
                                              int64_t offset) {
  EnforcementPage page;
  page.total = CountEnforcementInspections(conn, scope, f);
  page.items = ListEnforcementInspections(conn, scope, f, limit, offset);
  return page;
}

std::vector<EnforcementInspectionRecord> ExportEnforcementInspections(
    storage::Connection& conn, const api::Scope& scope, const EnforcementListFilter& f) {
  return ListEnforcementInspections(conn, scope, f, hidden_danger::kExportRows, 0);
}

}  // namespace anjian::enforcement
