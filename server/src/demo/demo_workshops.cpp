#include "demo/demo_workshops.hpp"

#include <string>

#include "core/clock.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/magazine/magazine_repository.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"
#include "explosives/workshops/four_over_service.hpp"
#include "explosives/workshops/workshop_repository.hpp"
#include "explosives/workshops/workshop_service.hpp"
#include "files/file_repository.hpp"

namespace anjian::demo {

namespace {

// A one-page PDF (the design document's cover), so the file is what its type says.
std::string DemoPdf(const std::string& title) {
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

void SeedDemoWorkshops(storage::Connection& conn, int64_t mb, int64_t now) {
  auto user_id = [&](const char* name) {
    return conn.Query("SELECT id FROM users WHERE username = ?", {std::string(name)}).Int(0, "id");
  };
  const int64_t keeper = user_id("mb.keeper"), safety = user_id("mb.safety");
  const int64_t principal = user_id("mb.principal");
  const std::string at = core::IsoFromUnix(now);
  const auto region = magazine::EnterpriseRegionPath(conn, mb).value_or("");

  // The intermediate stores (中转库) of the two lines, rated by their design.
  auto add_store = [&](const char* name, std::optional<int64_t> g, std::optional<int64_t> pieces) {
    magazine::MagazineInput in;
    in.name = name;
    in.kind = magazine::MagazineKind::kIntermediateMagazine;
    in.limits.net_mass_g = g;
    in.limits.pieces = pieces;
    const int64_t id = magazine::AddMagazine(conn, mb, in, now);
    magazine::InsertAssignment(conn, id, keeper, std::nullopt, at);
    return id;
  };
  const int64_t charging_store = add_store("乳化炸药装药工房中转库", 500'000, std::nullopt);
  const int64_t assembly_store = add_store("电子雷管装配工房中转库", std::nullopt, 3'000);

  const auto file = files::InsertFile(
      conn, principal, "恒安民爆生产线安全设计（定员定量）.pdf", "application/pdf",
      DemoPdf("HA-2024-017 design: staffing and quantity limits"), at);

  struct Demo {
    workshops::WorkshopFacts facts;
    int64_t store = 0;
    int64_t people = 0;
  };
  auto facts = [&](const char* name, const char* building, const char* line, int64_t staff,
                   int64_t max, int64_t quantity, const char* unit, const char* annex) {
    workshops::WorkshopFacts f;
    f.name = name;
    f.building_number = building;
    f.hazard_class = "1.1";
    f.production_line = line;
    f.operating_staff = staff;
    f.max_allowed_people = max;
    f.quantity_limit = quantity;
    f.quantity_unit = unit;
    f.standard_annex = annex;
    f.design_document = "恒安民爆生产线安全设计（设计编号 HA-2024-017）";
    f.design_file_id = file.id;
    return f;
  };
  const Demo demos[] = {
      {facts("乳化炸药装药工房", "A-03", "乳化炸药生产线 1", 4, 6, 100'000, "kg", "D"),
       charging_store, 5},
      {facts("电子雷管装配工房", "B-01", "电子雷管装配线", 3, 5, 2'000, "pieces", "C"),
       assembly_store, 3},
  };
  for (const auto& d : demos) {
    const int64_t id = workshops::InsertWorkshop(conn, mb, region, d.facts, at);
    workshops::InsertWorkshopVersion(
        conn, id, {1, safety, workshops::FactsJson(d.facts, {d.store}), at, "", d.facts.design_file_id});
    workshops::LinkStore(conn, id, d.store, safety, at);
    workshops::Headcount h;
    h.workshop_id = id;
    h.people = d.people;
    h.source = "manual";
    h.counted_at = core::IsoFromUnix(now - 3600);
    h.by_user_id = keeper;
    workshops::InsertHeadcount(conn, h);
  }

  // 150 kg moved into the charging workshop's intermediate store: within the store's rating
  // (500 kg) but over the workshop's 定量 (100 kg) — the open over-storage case.
  auto main = conn.Query("SELECT id FROM stores WHERE enterprise_id = ? AND name = ?",
                         {mb, std::string("1号总库（工业炸药）")});
  if (!main.empty()) {
    voucher::PostInput in;
    in.voucher.direction = voucher::Direction::kTransfer;
    in.voucher.reason = voucher::Reason::kTransferOut;
    in.voucher.magazine_id = main.Int(0, "id");
    in.voucher.target_magazine_id = charging_store;
    voucher::VoucherLine l;
    l.product = "industrial_explosive";
    l.quantity_milli = catalogue::Milli(150);
    l.batch = "2511-01";
    in.voucher.lines.push_back(l);
    in.enterprise_id = mb;
    in.storekeeper_id = keeper;
    in.second_person_id = safety;
    voucher::PostVoucher(conn, in, audit::Actor{keeper, "mb.keeper", "", now - 1800}, now - 1800);
  }
  const core::ManualClock clock(now);
  notifications::PendingPushes pushes(clock);  // rows only: nobody is connected while seeding
  workshops::CheckEnterprise(conn, mb, pushes, now);
}

}  // namespace anjian::demo
