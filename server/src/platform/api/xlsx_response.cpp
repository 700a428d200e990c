#include "platform/api/xlsx_response.hpp"

namespace anjian::api {

Response XlsxDownload(const std::string& filename, const std::string& sheet,
                      const std::vector<std::string>& headers,
                      const std::vector<std::vector<office::Cell>>& rows) {
  office::XlsxWriter w(sheet);
  std::vector<double> widths;
  for (const auto& h : headers) widths.push_back(h.size() > 12 ? 24.0 : 16.0);
  w.SetColumnWidths(widths);
  w.AddHeaderRow(headers);
  for (const auto& r : rows) w.AddRow(r);
  return Response::Download(w.Finish(),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            filename);
}

}  // namespace anjian::api
