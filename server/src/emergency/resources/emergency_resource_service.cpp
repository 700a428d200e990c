#include "emergency/resources/emergency_resource_service.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "audit/audit_service.hpp"
#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "core/error_catalogue.hpp"
#include "emergency/resources/emergency_resource_json.hpp"
#include "emergency/resources/emergency_resources_errors.hpp"
#include "platform/api/actor.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::emergency_resources {

namespace json = boost::json;

ResourceAlertConfig LoadResourceAlertConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "emergency_resource_alerts");
  if (!stored) return {};
  if (auto c = ResourceAlertConfigFromJson(*stored)) return *c;
  spdlog::warn("settings emergency_resource_alerts is invalid; using the defaults");
  return {};
}

namespace {

Owner OwnerOf(storage::Connection& conn, const api::Principal& who) {
  std::optional<Owner> o;
  if (who.enterprise_id) o = OwnerOfEnterprise(conn, *who.enterprise_id);
  else if (who.agency_id) o = OwnerOfAgency(conn, *who.agency_id);
  if (!o) core::Invalid(Err("resource_owner_required").At());
  return *o;
}

// The item visible to the caller and kept by the caller's own enterprise or agency.
ResourceRow OwnItem(storage::Connection& conn, const api::Principal& who, std::int64_t id) {
  auto row = FindResource(conn, api::Scope::For(who), id);
  if (!row) throw ApiException{Error::NotFound("emergency_resource")};
  const bool own = who.enterprise_id ? row->enterprise_id == who.enterprise_id
                                     : (who.agency_id && row->agency_id == who.agency_id);
  if (!own) throw ApiException{Err("resource_not_own").Conflict()};
  return *row;
}

void CheckInput(const ResourceInput& in, std::vector<FieldError> errors, std::int64_t now) {
  for (auto& e : CheckResource(in, core::ChinaIsoDate(now))) {
    bool seen = false;
    for (const auto& x : errors) seen |= x.field == e.field;
    if (!seen) errors.push_back(std::move(e));
  }
  if (!errors.empty()) core::Invalid(std::move(errors));
}

}  // namespace

std::int64_t CreateResource(storage::Connection& conn, const api::Principal& who,
                            const ResourceInput& in, std::vector<FieldError> input_errors,
                            std::int64_t now) {
  CheckInput(in, std::move(input_errors), now);
  const Owner owner = OwnerOf(conn, who);
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  const std::int64_t id = InsertResource(conn, owner, in, at);
  json::object after = InputJson(in);
  InsertResourceChange(conn, id, 1, "create", json::serialize(after), who.user_id, at);
  after["version"] = 1;
  audit::Append(conn, api::ActorOf(who, now), "create", "emergency_resource", std::to_string(id),
                nullptr, after);
  tx.Commit();
  return id;
}

void ReviseResource(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                    const ResourceInput& in, std::vector<FieldError> input_errors,
                    std::int64_t now) {
  OwnItem(conn, who, id);
  CheckInput(in, std::move(input_errors), now);
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  auto before = LockResource(conn, id);
  if (!before) throw ApiException{Error::NotFound("emergency_resource")};
  const std::int64_t version = before->version + 1;
  UpdateResource(conn, id, in, version, at);
  json::object after = InputJson(in);
  InsertResourceChange(conn, id, version, "update", json::serialize(after), who.user_id, at);
  after["version"] = version;
  json::object b = InputJson(before->r);
  b["version"] = before->version;
  audit::Append(conn, api::ActorOf(who, now), "update", "emergency_resource", std::to_string(id),
                b, after);
  tx.Commit();
}

void DeleteResource(storage::Connection& conn, const api::Principal& who, std::int64_t id,
                    std::int64_t now) {
  OwnItem(conn, who, id);
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  auto before = LockResource(conn, id);
  if (!before) throw ApiException{Error::NotFound("emergency_resource")};
  const std::int64_t version = before->version + 1;
  MarkResourceDeleted(conn, id, version, at);
  InsertResourceChange(conn, id, version, "delete", json::serialize(InputJson(before->r)),
                       who.user_id, at);
  json::object b = InputJson(before->r);
  b["version"] = before->version;
  audit::Append(conn, api::ActorOf(who, now), "delete", "emergency_resource", std::to_string(id),
                b, nullptr);
  tx.Commit();
}

std::int64_t RunResourceAlerts(storage::Connection& conn, notifications::PendingPushes& pushes,
                               std::int64_t now) {
  const auto config = LoadResourceAlertConfig(conn);
  const std::string today = core::ChinaIsoDate(now);
  const std::string until =
      core::FormatIsoDate(core::AddDays(*core::ParseIsoDate(today), config.due_soon_days));
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  std::int64_t sent = 0;
  for (const auto& row : ResourcesDueBy(conn, until)) {
    for (const auto& a : AlertsOf(row.r.expires_on, row.r.next_inspection_on, today, config)) {
      if (!RecordResourceAlert(conn, row.id, a.kind, a.due_on, a.level, at)) continue;
      const bool past = a.level == "past_due";
      const std::string what = a.kind == "expiry" ? "有效期" : "检验";
      const std::string title = std::string(past ? "应急物资已过" : "应急物资临近") + what + "：" +
                                row.r.name;
      const std::string body =
          row.owner_name + " · " + row.r.location + " · " +
          (a.kind == "expiry" ? "有效期至 " : "下次检验日期 ") + a.due_on +
          (past ? "（已过 " + std::to_string(-a.days_left) + " 天）"
                : "（剩余 " + std::to_string(a.days_left) + " 天）");
      const std::string link = "/emergency/resources?category=material&alert=" + a.level;
      size_t n = 0;
      if (row.enterprise_id)
        n = notifications::NotifyEnterpriseUsers(conn, pushes, *row.enterprise_id,
                                                 kResourceAlertNotification, title, body, link);
      else if (row.agency_id)
        n = notifications::NotifyAgencyUsers(conn, pushes, *row.agency_id,
                                             kResourceAlertNotification, title, body, link);
      audit::Append(conn, {std::nullopt, "system", "", now}, "emergency_resource_alert",
                    "emergency_resource", std::to_string(row.id), nullptr,
                    json::object{{"kind", a.kind},
                                 {"due_on", a.due_on},
                                 {"level", a.level},
                                 {"recipients", static_cast<std::int64_t>(n)}});
      ++sent;
    }
  }
  tx.Commit();
  return sent;
}

}  // namespace anjian::emergency_resources
