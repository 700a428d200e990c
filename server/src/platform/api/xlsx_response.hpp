// Builds an .xlsx download from a header row and data rows: the one export path every list uses.
#pragma once

#include <string>
#include <vector>

#include "platform/api/request.hpp"
#include "platform/office/xlsx_writer.hpp"

namespace anjian::api {

Response XlsxDownload(const std::string& filename, const std::string& sheet,
                      const std::vector<std::string>& headers,
                      const std::vector<std::vector<office::Cell>>& rows);

}  // namespace anjian::api
