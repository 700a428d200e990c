#include "app/error_catalogues.hpp"

#include "core/core_errors.hpp"
#include "files/files_errors.hpp"
#include "identity/identity_errors.hpp"
#include "platform/api/api_errors.hpp"

namespace anjian::app {

std::vector<core::Catalogue> AllErrorCatalogues() {
  return {
      {"core", core::kCoreErrors},
      {"api", api::kApiErrors},
      {"identity", identity::kIdentityErrors},
      {"files", files::kFilesErrors},
  };
}

}  // namespace anjian::app
