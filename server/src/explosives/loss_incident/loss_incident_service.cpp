#include "explosives/loss_incident/loss_incident_service.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "core/clock.hpp"
#include "emergency/accidents/accident_service.hpp"
#include "explosives/loss_incident/loss_incident_errors.hpp"
#include "explosives/loss_incident/loss_incident_rules.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"
#include "settings/settings_repository.hpp"

#include <spdlog/spdlog.h>

namespace anjian::loss_incident {

namespace json = boost::json;

int64_t OpenLossIncident(storage::Connection& conn, const LossInput& in,
                         const audit::Actor& actor, notifications::PendingPushes& pushes) {
  auto store = magazine::FindMagazine(conn, magazine::AllScope(), in.store_id);
  if (!store) throw ApiException{Error::NotFound("store")};
  json::object quantities;
  for (const auto& [p, q] : in.quantities) quantities[p] = q;
  NewLossIncident row;
  row.enterprise_id = in.enterprise_id;
  row.region_path = store->region_path;
  row.store_id = in.store_id;
  row.stocktake_id = in.stocktake_id;
  row.source = in.source;
  row.discovered_at = in.discovered_at;
  row.opened_by_user_id = in.user_id;
  row.description = in.description;
  row.code_count = static_cast<int64_t>(in.codes.size());
  row.quantities_json = json::serialize(quantities);
  const int64_t id = InsertLossIncident(conn, row);
  const std::string number = IncidentNumber(in.discovered_at, id);
  SetLossIncidentNumber(conn, id, number);
  InsertLossIncidentCodes(conn, id, in.codes);
  InsertLossIncidentEvent(conn, id, "opened", in.user_id, in.opened_at, "", "", "");
  // Every agency whose region contains the enterprise (county, city, province) is told at once.
  const auto agencies = AgenciesOver(conn, store->region_path);
  const std::string title = "民爆物品丢失被盗：" + store->enterprise_name + " " + store->name;
  std::string body = in.description.empty() ? number : in.description;
  if (!in.codes.empty()) body += "（" + std::to_string(in.codes.size()) + " 个编码）";
  for (int64_t agency : agencies)
    notifications::NotifyAgencyUsers(conn, pushes, agency, kLossIncidentOpened, title, body,
                                     "/ledger/loss-incidents/" + std::to_string(id));
  // Issue 14 §4: the loss is an event of the accident reports too (one timeline, linked both ways).
  accidents::OpenAccidentForLossIncident(
      conn,
      {id, in.enterprise_id, in.user_id, store->region_path, title,
       in.description.empty() ? number : in.description, in.discovered_at, in.opened_at},
      actor);
  // Issue 12: the enterprise's ledger managers must report it (to the police and the regulator)
  // and close it: they are told too, except the one who opened it.
  notifications::NotifyEnterpriseApprovers(conn, pushes, in.enterprise_id, "ledger:manage",
                                           in.user_id, "丢失被盗待报告：" + number + " " + store->name,
                                           body, "/ledger/loss-incidents/" + std::to_string(id));
  audit::Append(conn, actor, "open", "loss_incident", std::to_string(id), nullptr,
                json::object{{"number", number},
                             {"store_id", in.store_id},
                             {"source", in.source},
                             {"code_count", in.codes.size()},
                             {"quantities", quantities},
                             {"agencies_notified", agencies.size()}});
  return id;
}

LossReportingConfig LoadLossReportingConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "loss_reporting");
  if (!stored) return {};
  if (auto c = LossReportingConfigFromJson(*stored)) return *c;
  spdlog::warn("settings loss_reporting is invalid; using the defaults");
  return {};
}

void AppendWriteOff(storage::Connection& conn, int64_t incident_id, const std::string& voucher_ids,
                    const std::string& note, int64_t user_id, const audit::Actor& actor,
                    const std::string& at) {
  InsertLossIncidentEvent(conn, incident_id, "written_off", user_id, at, "", voucher_ids, note);
  audit::Append(conn, actor, "write_off", "loss_incident", std::to_string(incident_id), nullptr,
                json::object{{"kind", "written_off"}, {"voucher_ids", voucher_ids}, {"note", note}});
}

int64_t ReportLoss(storage::Connection& conn, const ManualReport& in, const audit::Actor& actor,
                   api::Notifier* notifier, int64_t now) {
  api::Scope own{api::Scope::Kind::kEnterprise, "", in.enterprise_id};
  if (!magazine::FindMagazine(conn, own, in.store_id)) throw ApiException{Error::NotFound("store")};
  LossInput loss;
  loss.enterprise_id = in.enterprise_id;
  loss.store_id = in.store_id;
  loss.source = "manual";
  loss.description = in.description;
  loss.discovered_at = in.discovered_at.empty() ? core::IsoFromUnix(now) : in.discovered_at;
  loss.opened_at = core::IsoFromUnix(now);
  loss.quantities = in.quantities;
  std::vector<std::string> sorted = in.codes;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  // Product of each code from where it is booked now.
  for (const auto& c : sorted) loss.codes.emplace_back(c, BookedProductOf(conn, c));
  loss.user_id = in.user_id;
  const core::ManualClock request_time(now);  // the notifications are dated as the incident
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  const int64_t id = OpenLossIncident(conn, loss, actor, pushes);
  tx.Commit();
  pushes.Flush(notifier, conn);
  return id;
}

std::pair<std::vector<LossIncidentSummary>, int64_t> ListLossIncidents(
    storage::Connection& conn, const api::Scope& scope, const LossFilter& f, int64_t limit,
    int64_t offset) {
  const int64_t total = CountLossIncidents(conn, scope, f);
  std::vector<LossIncidentSummary> out;
  for (auto& row : ListLossIncidentRows(conn, scope, f, limit, offset)) {
    auto reports = LossReports(conn, row.id);
    out.push_back({std::move(row), std::move(reports)});
  }
  return {std::move(out), total};
}

std::optional<LossIncidentDetail> GetLossIncident(storage::Connection& conn,
                                                  const api::Scope& scope, int64_t id) {
  auto row = FindLossIncident(conn, scope, id);
  if (!row) return std::nullopt;
  LossIncidentDetail d;
  d.reports = LossReports(conn, id);
  d.row = std::move(*row);
  d.codes = LossIncidentCodes(conn, id);
  d.events = LossIncidentEvents(conn, id);
  return d;
}

bool LossIncidentInScope(storage::Connection& conn, const api::Scope& scope, int64_t id) {
  return FindLossIncident(conn, scope, id).has_value();
}

void AppendLossEvent(storage::Connection& conn, int64_t incident_id, const std::string& kind,
                     const std::string& reported_at, const std::string& reference,
                     const std::string& note, int64_t user_id, const audit::Actor& actor,
                     const std::string& at) {
  switch (CheckEvent(LossEventKinds(conn, incident_id), kind)) {
    case EventCheck::kClosed: throw ApiException{Err("loss_incident_closed").Conflict()};
    case EventCheck::kReportsMissing: core::Invalid(Err("reports_required").At());
    case EventCheck::kAccepted: break;
  }
  InsertLossIncidentEvent(conn, incident_id, kind, user_id, at, reported_at, reference, note);
  audit::Append(conn, actor, kind == "closed" ? "close" : "report", "loss_incident",
                std::to_string(incident_id), nullptr,
                json::object{{"kind", kind},
                             {"reported_at", reported_at},
                             {"reference", reference},
                             {"note", note}});
}

void RecordLossEvent(storage::Connection& conn, int64_t incident_id, const std::string& kind,
                     const std::string& reported_at, const std::string& reference,
                     const std::string& note, int64_t user_id, const audit::Actor& actor,
                     const std::string& at) {
  storage::Transaction tx(conn);
  AppendLossEvent(conn, incident_id, kind, reported_at, reference, note, user_id, actor, at);
  tx.Commit();
}

}  // namespace anjian::loss_incident
