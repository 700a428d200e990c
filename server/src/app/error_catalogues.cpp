#include "app/error_catalogues.hpp"

#include "core/core_errors.hpp"
#include "dual_prevention/enforcement/enforcement_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_errors.hpp"

namespace anjian::app {

std::vector<core::Catalogue> AllErrorCatalogues() {
  return {
      {"core", core::kCoreErrors},
      {"hidden_danger", hidden_danger::kHiddenDangerErrors},
      {"enforcement", enforcement::kEnforcementErrors},
  };
}

}  // namespace anjian::app
