#include "demo/demo_capacity_requests.hpp"

#include <string>
#include <vector>

#include "core/clock.hpp"
#include "explosives/magazine/capacity_request_repository.hpp"
#include "explosives/magazine/magazine_repository.hpp"
#include "files/file_repository.hpp"

namespace anjian::demo {

namespace {

// A one-page PDF (the design document's cover), so the file is what its type says.
std::string DesignPdf(const std::string& title) {
  const std::string stream = "BT /F1 12 Tf 72 720 Td (" + title + ") Tj ET";
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  auto obj = [&](const std::string& body) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  };
  obj("<< /Type /Catalog /Pages 2 0 R >>");
  obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font "
      "<< /F1 5 0 R >> >> >>");
  obj("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
  obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t o : offsets) {
    std::string n = std::to_string(o);
    pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace

void SeedDemoCapacityRequests(storage::Connection& conn, int64_t mb, int64_t now) {
  auto store = conn.Query("SELECT id FROM stores WHERE enterprise_id = ? AND name = ?",
                          {mb, std::string("2号雷管库")});
  auto principal = conn.Query("SELECT id FROM users WHERE username = 'mb.principal'");
  if (store.empty() || principal.empty()) return;
  const int64_t store_id = store.Int(0, "id"), by = principal.Int(0, "id");
  const auto row = magazine::FindMagazine(conn, magazine::AllScope(), store_id);
  if (!row) return;
  const std::string at = core::IsoFromUnix(now - 2 * 86400);
  const auto file = files::InsertFile(conn, by, "2号雷管库扩建工程安全设计.pdf", "application/pdf",
                                      DesignPdf("HA-2026-004 detonator store extension"), at);
  magazine::CapacityRequestRow r;
  r.store_id = store_id;
  r.enterprise_id = mb;
  r.region_path = row->region_path;
  r.kind = "change";
  r.old_limits = row->limits;
  r.new_limits = row->limits;
  r.new_limits.pieces = row->limits.pieces.value_or(0) + 10'000;
  r.design_file_id = file.id;
  r.reason = "2号雷管库扩建工程竣工（设计编号 HA-2026-004），按批准的设计申请核定储量";
  r.requested_by = by;
  r.requested_at = at;
  magazine::InsertCapacityRequest(conn, r);

  // The production licence was issued for the extended design (库房设计容量 60,000 发): the store
  // page shows it beside the rating and warns until the regulator approves the request. Written
  // only where the licence lists no design capacity for the store yet.
  auto licence = conn.Query(
      "SELECT id FROM licences WHERE enterprise_id = ? AND kind = 'explosives_production' AND "
      "status = 'valid' ORDER BY id DESC LIMIT 1",
      {mb});
  if (licence.empty()) return;
  const int64_t licence_id = licence.Int(0, "id");
  if (!conn.Query("SELECT 1 AS x FROM licence_magazines WHERE licence_id = ? AND store_id = ?",
                  {licence_id, store_id})
           .empty())
    return;
  conn.Exec("INSERT INTO licence_magazines (licence_id, store_id, net_mass_g, pieces) "
            "VALUES (?, ?, NULL, ?)",
            {licence_id, store_id, *r.new_limits.pieces});
}

}  // namespace anjian::demo
