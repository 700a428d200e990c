// The filing handlers of every kind (routes.cpp binds them to each kind's paths).
#pragma once

#include "explosives/filing/filing_kind.hpp"
#include "platform/api/context.hpp"

namespace anjian::filing {

api::Response ListFilingsHandler(api::Context& ctx, const FilingKind& kind);
api::Response ExportFilingsHandler(api::Context& ctx, const FilingKind& kind);
api::Response RecordFilingHandler(api::Context& ctx, const FilingKind& kind);

}  // namespace anjian::filing
