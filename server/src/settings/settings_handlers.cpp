// /api/v1/settings handlers: the business configuration (rules.md [U] values) kept in the
// settings table. Every key comes from the registry (business_settings_rules.hpp), so this file
// names no key and no field. The readers (risk assessment, deadline job, ledger overview) load
// the row on every use, so a change takes effect at once without a restart.
#include "settings/settings_handlers.hpp"

#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/api_errors.hpp"
#include "platform/api/json.hpp"
#include "settings/business_settings_rules.hpp"
#include "settings/settings_repository.hpp"
#include "settings/settings_service.hpp"

namespace anjian::settings {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

constexpr int64_t kHistoryLimit = 100;

const BusinessSetting& SettingOf(Context& ctx) {
  const auto* s = FindBusinessSetting(ctx.req.path_params.at(0));
  if (s == nullptr) throw ApiException{Error::NotFound("setting")};
  return *s;
}

json::object ChangeJson(const SettingChange& c) {
  json::object o{{"action", c.action},
                 {"changed_by_name", c.changed_by_name},
                 {"changed_at", c.changed_at}};
  o["value"] = c.value ? json::parse(*c.value) : json::value(nullptr);
  o["changed_by"] = c.changed_by ? json::value(*c.changed_by) : json::value(nullptr);
  return o;
}

json::object SettingJson(storage::Connection& conn, const BusinessSetting& s, bool with_history) {
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

Response Write(Context& ctx, const BusinessSetting& s, const std::optional<std::string>& value) {
  auto conn = ctx.svc.db->Acquire();
  WriteBusinessSetting(*conn, api::ActorOf(ctx), s, value);
  return api::JsonResponse(SettingJson(*conn, s, true));
}

}  // namespace

Response ListSettings(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  json::array items;
  for (const auto& s : BusinessSettings()) items.push_back(SettingJson(*conn, s, false));
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

Response GetSetting(Context& ctx) {
  const auto& s = SettingOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(SettingJson(*conn, s, true));
}

Response PutSetting(Context& ctx) {
  const auto& s = SettingOf(ctx);
  api::JsonInput in(ctx.req.body);
  if (!in.Has("value")) in.AddError(api::Err("required").At("value"));
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

Response ResetSetting(Context& ctx) { return Write(ctx, SettingOf(ctx), std::nullopt); }

}  // namespace anjian::settings
