// Wiring: the only place that knows every module. Opens the database, migrates, seeds,
// builds the router and runs the HTTP server.
#pragma once

#include "platform/api/context.hpp"
#include "explosives/voucher/stock_code_warmup.hpp"

namespace anjian::app {

int RunServer(api::Config cfg, voucher::CodeIndexConfig code_index = {});

// Opens, migrates and seeds — shared by the server and the integration tests.
void PrepareDatabase(api::Services& svc);

}  // namespace anjian::app
