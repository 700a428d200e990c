// /api/v1/settings: the business configuration, read by regulators (settings:read) and changed
// by the system administrator (settings:manage).
#include "platform/api/router.hpp"
#include "settings/settings_handlers.hpp"

namespace anjian::settings {

void RegisterSettingsRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/settings", "settings:read", ListSettings);
  r.Add("GET", "/api/v1/settings/{key}", "settings:read", GetSetting);
  r.Add("PUT", "/api/v1/settings/{key}", "settings:manage", PutSetting);
  r.Add("POST", "/api/v1/settings/{key}/reset", "settings:manage", ResetSetting);
}

}  // namespace anjian::settings
