#include "app/error_catalogues.hpp"

#include "core/core_errors.hpp"

namespace anjian::app {

std::vector<core::Catalogue> AllErrorCatalogues() {
  return {
      {"core", core::kCoreErrors},
  };
}

}  // namespace anjian::app
