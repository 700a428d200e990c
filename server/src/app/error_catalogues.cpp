#include "app/error_catalogues.hpp"

#include "core/core_errors.hpp"
#include "explosives/catalogue/catalogue_errors.hpp"
#include "explosives/magazine/magazine_errors.hpp"
#include "explosives/packaging/packaging_errors.hpp"
#include "explosives/voucher/voucher_errors.hpp"

namespace anjian::app {

std::vector<core::Catalogue> AllErrorCatalogues() {
  return {
      {"core", core::kCoreErrors},
      {"catalogue", catalogue::kCatalogueErrors},
      {"magazine", magazine::kMagazineErrors},
      {"voucher", voucher::kVoucherErrors},
      {"packaging", packaging::kPackagingErrors},
  };
}

}  // namespace anjian::app
