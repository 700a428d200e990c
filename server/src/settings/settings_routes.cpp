// /api/v1/settings: the business configuration (rules.md [U] values) kept in the settings table,
// read by regulators and changed by the system administrator. Every key comes from the domain
// registry (settings/business_settings_rules.hpp), so this file names no key and no field.
// The readers (risk assessment, deadline job, ledger overview) load the row on every use, so a
// change takes effect at once without a restart.
#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/context.hpp"
#include "platform/api/json.hpp"
#include "platform/api/router.hpp"
#include "settings/business_settings_rules.hpp"
#include "settings/settings_store.hpp"

namespace anjian::settings {

namespace json = boost::json;
namespace ds = domain::settings;
using api::Context;
using api::Response;

namespace {

constexpr int64_t kHistoryLimit = 100;

const ds::BusinessSetting& SettingOf(Context& ctx) {
  const auto* s = ds::FindBusinessSetting(ctx.req.path_params.at(0));
  if (s == nullptr) throw ApiException{Error::NotFound("setting")};
  return *s;
}

// The value in force: the stored one when it is still valid, else the default (a stored value
// may have been written by an older version or by hand).
struct InForce {
  std::string value;
  bool overridden = false;
  bool stored_invalid = false;
};

InForce ValueInForce(storage::Connection& conn, const ds::BusinessSetting& s) {
  auto stored = StoredValue(conn, s.key);
  if (!stored) return {s.default_json(), false, false};
  auto n = s.normalize(*stored);
  if (auto* text = std::get_if<std::string>(&n)) return {*text, true, false};
  return {s.default_json(), true, true};
}

json::object ChangeJson(const SettingChange& c) {
  json::object o{{"action", c.action},
                 {"changed_by_name", c.changed_by_name},
                 {"changed_at", c.changed_at}};
  o["value"] = c.value ? json::parse(*c.value) : json::value(nullptr);
  o["changed_by"] = c.changed_by ? json::value(*c.changed_by) : json::value(nullptr);
  return o;
}

json::object SettingJson(storage::Connection& conn, const ds::BusinessSetting& s,
                         bool with_history) {
  const InForce in_force = ValueInForce(conn, s);
  json::object o{{"key", s.key},
                 {"label_zh", s.label_zh},
                 {"label_en", s.label_en},
                 {"value", json::parse(in_force.value)},
                 {"default", json::parse(s.default_json())},
                 {"overridden", in_force.overridden},
                 {"stored_invalid", in_force.stored_invalid}};
  auto history = History(conn, s.key, with_history ? kHistoryLimit : 1);
  o["changed_by_name"] = history.empty() ? json::value(nullptr) : json::value(history[0].changed_by_name);
  o["changed_at"] = history.empty() ? json::value(nullptr) : json::value(history[0].changed_at);
  if (with_history) {
    json::array items;
    for (const auto& c : history) items.push_back(ChangeJson(c));
    o["history"] = std::move(items);
  }
  return o;
}

Response List(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  json::array items;
  for (const auto& s : ds::BusinessSettings()) items.push_back(SettingJson(*conn, s, false));
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

Response Get(Context& ctx) {
  const auto& s = SettingOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(SettingJson(*conn, s, true));
}

// One transaction: the row, its history entry and the audit entry (before/after) together.
Response Write(Context& ctx, const ds::BusinessSetting& s, const std::optional<std::string>& value) {
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  const InForce before = ValueInForce(*conn, s);
  // Resetting a key already at its default changes nothing, so nothing is recorded.
  if (!value && !before.overridden) return api::JsonResponse(SettingJson(*conn, s, true));
  WriteSetting(*conn, s.key, value, api::ActorOf(ctx.who()));
  audit::Append(*conn, api::ActorOf(ctx.who()), value ? "update" : "reset", "settings", s.key,
                json::parse(before.value), json::parse(value ? *value : s.default_json()));
  tx.Commit();
  return api::JsonResponse(SettingJson(*conn, s, true));
}

Response Put(Context& ctx) {
  const auto& s = SettingOf(ctx);
  api::JsonInput in(ctx.req.body);
  if (!in.Has("value"))
    in.AddError({"value", "required", "is required", "必填"});
  std::optional<std::string> canonical;
  const size_t errors_before = in.errors().size();
  auto raw = in.Obj("value");
  if (in.Has("value") && in.errors().size() == errors_before) {
    auto n = s.normalize(json::serialize(raw));
    if (auto* text = std::get_if<std::string>(&n)) {
      canonical = *text;
    } else {
      // Paths in the request body: "value.lec.bands", "value.capacity_alert_percent".
      for (auto e : std::get<std::vector<FieldError>>(n)) {
        e.field = e.field.empty() ? "value" : "value." + e.field;
        in.AddError(std::move(e));
      }
    }
  }
  in.Finish();
  return Write(ctx, s, canonical);
}

Response Reset(Context& ctx) { return Write(ctx, SettingOf(ctx), std::nullopt); }

}  // namespace

void RegisterSettingsRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/settings", "settings:read", List);
  r.Add("GET", "/api/v1/settings/{key}", "settings:read", Get);
  r.Add("PUT", "/api/v1/settings/{key}", "settings:manage", Put);
  r.Add("POST", "/api/v1/settings/{key}/reset", "settings:manage", Reset);
}

}  // namespace anjian::settings
