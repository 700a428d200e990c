#include "app/error_catalogues.hpp"

#include "core/core_errors.hpp"
#include "explosives/daily_close/daily_close_errors.hpp"
#include "explosives/filing/filing_errors.hpp"
#include "explosives/loss_incident/loss_incident_errors.hpp"
#include "explosives/overview/overview_errors.hpp"
#include "explosives/stocktake/stocktake_errors.hpp"

namespace anjian::app {

std::vector<core::Catalogue> AllErrorCatalogues() {
  return {
      {"core", core::kCoreErrors},
      {"stocktake", stocktake::kStocktakeErrors},
      {"loss_incident", loss_incident::kLossIncidentErrors},
      {"filing", filing::kFilingErrors},
      {"daily_close", daily_close::kDailyCloseErrors},
      {"overview", overview::kOverviewErrors},
  };
}

}  // namespace anjian::app
