// Spreadsheet exchange for the registry: the export layout doubles as the import template,
// so an exported file can be edited and imported back.
#pragma once

#include <boost/json/object.hpp>
#include <functional>
#include <string>
#include <vector>

#include "api/principal.hpp"
#include "office/xlsx_writer.hpp"
#include "storage/db.hpp"

namespace anjian::registry {

const std::vector<std::string>& EnterpriseExportHeaders();
std::vector<office::Cell> EnterpriseExportRow(const boost::json::object& enterprise);

// Validates every row; reports every bad row (line number, field, rule) at once. Imports all
// rows or none, or with `valid_only` just the good ones — in one transaction either way.
// Returns {"total_rows","imported","skipped","errors":[...]}.
boost::json::object ImportEnterprises(storage::Connection& conn, const api::Principal& who,
                                      const std::string& filename,
                                      const std::string& bytes, bool valid_only,
                                      const std::function<bool(const std::string&)>& region_allowed);

}  // namespace anjian::registry
