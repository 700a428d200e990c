#include "app/error_catalogues.hpp"

#include "core/core_errors.hpp"
#include "notices/notices_errors.hpp"
#include "registry/registry_errors.hpp"
#include "dual_prevention/investigation/investigation_errors.hpp"
#include "dual_prevention/risk/risk_errors.hpp"
#include "dual_prevention/enforcement/enforcement_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_errors.hpp"

namespace anjian::app {

std::vector<core::Catalogue> AllErrorCatalogues() {
  return {
      {"core", core::kCoreErrors},
      {"registry", registry::kRegistryErrors},
      {"notices", notices::kNoticesErrors},
      {"risk", risk::kRiskErrors},
      {"investigation", investigation::kInvestigationErrors},
      {"hidden_danger", hidden_danger::kHiddenDangerErrors},
      {"enforcement", enforcement::kEnforcementErrors},
  };
}

}  // namespace anjian::app
