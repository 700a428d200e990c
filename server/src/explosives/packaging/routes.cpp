// The route table of explosives/packaging: cases and boxes (包装).
#include "explosives/packaging/packaging_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::packaging {

void RegisterPackagingRoutes(api::Router& r) {
  r.Add("POST", "/api/v1/packages", "ledger:write", RegisterPackagingHandler);
  r.Add("GET", "/api/v1/packages/{code}", "ledger:read", GetPackageHandler);
}

}  // namespace anjian::packaging
