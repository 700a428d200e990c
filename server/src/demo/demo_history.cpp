#include "demo/demo_history.hpp"

#include "core/clock.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/filing/filing_repository.hpp"
#include "explosives/loss_incident/loss_incident_service.hpp"
#include "explosives/stocktake/stocktake_service.hpp"
#include "explosives/voucher/detonator_code_rules.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"
#include "explosives/voucher/stock_code_index.hpp"
#include "registry/uscc_rules.hpp"

namespace anjian::demo {

namespace {

using core::IsoFromUnix;
using voucher::Direction;
using catalogue::Milli;
using voucher::Reason;

const char kDemoDatabase = 0;  // the code index key of the seeding connection

constexpr int64_t kDay = 86400;
constexpr int64_t kHour = 3600;

voucher::VoucherLine Line(const char* product, int64_t milli, std::vector<std::string> codes = {}) {
  voucher::VoucherLine l;
  l.product = product;
  l.quantity_milli = milli;
  l.codes = std::move(codes);
  l.batch = "DEMO";
  return l;
}

int64_t Post(storage::Connection& conn, int64_t now, const DemoParty& who, Direction d, Reason r,
             int64_t store, std::vector<voucher::VoucherLine> lines, int64_t at) {
  voucher::PostInput in;
  in.voucher.direction = d;
  in.voucher.reason = r;
  in.voucher.magazine_id = store;
  in.voucher.lines = std::move(lines);
  in.voucher.counterparty = DemoCounterparty(d, r);
  in.enterprise_id = who.enterprise_id;
  in.storekeeper_id = who.keeper;
  in.second_person_id = who.safety;
  in.posted_at = IsoFromUnix(at);
  return voucher::PostVoucher(conn, in, audit::Actor{who.keeper, "demo", "", now}, now);
}

// The seller's filings of a sale with the province and the county police, a day after it.
void File(storage::Connection& conn, int64_t voucher_id, const DemoParty& who, int64_t sold_at,
          int serial) {
  const std::string n = std::to_string(serial);
  for (const std::string office : {"province", "police"})
    filing::InsertFiling(conn, filing::SaleFiling(), voucher_id, office, IsoFromUnix(sold_at + kDay),
                         (office == "province" ? "鲁民爆销备-" : "公安销备-") + n, "", who.keeper,
                         IsoFromUnix(sold_at + kDay + 600));
}

// A detonator store counted at `at`, `missing` codes not found; approved an hour later.
int64_t CountAndApprove(storage::Connection& conn, int64_t now, const DemoParty& who,
                        int64_t store, size_t missing, int64_t at) {
  auto row = magazine::FindMagazine(conn, magazine::AllScope(), store);
  auto book = voucher::StockCodesNow(&kDemoDatabase, conn, store);
  stocktake::CountInput count;
  count.method = "scan";
  count.counted = book->codes;
  count.counted.packed.resize(count.counted.packed.size() - std::min(missing, count.counted.packed.size()));
  count.scans = count.counted.size();
  count.note = missing ? "季度盘点" : "季度盘点，账物一致";
  core::ManualClock clock(now);
  notifications::PendingPushes pushes(clock);  // nobody is connected while seeding
  const int64_t id = stocktake::RecordStocktake(&kDemoDatabase, conn, *row, count, who.keeper,
                                                {who.keeper, "demo", "", now}, IsoFromUnix(at),
                                                pushes);
  stocktake::ApprovalInput approval;
  approval.stocktake_id = id;
  approval.enterprise_id = who.enterprise_id;
  approval.approver_id = who.safety;
  approval.at = IsoFromUnix(at + kHour);
  approval.note = missing ? "复核确认缺失，立即报告" : "复核无误";
  stocktake::RecordApproval(conn, approval, {who.safety, "demo", "", now});
  return id;
}

}  // namespace

std::optional<voucher::Counterparty> DemoCounterparty(Direction d, Reason r) {
  if (d == Direction::kOut && r == Reason::kSale)
    return voucher::Counterparty{"济宁金桥矿业爆破工程有限公司",
                                 registry::MakeUscc("91370811MA3C12345"), "鲁公购(济)2026-0031",
                                 "鲁公运(济)2026-0112"};
  if (d == Direction::kIn && r == Reason::kPurchase)
    return voucher::Counterparty{"山东圣世达民用爆破器材有限公司",
                                 registry::MakeUscc("91370800MA3D54321"), "鲁民爆销2026-007", ""};
  if ((d == Direction::kIn && r == Reason::kTransferIn) ||
      (d == Direction::kOut && r == Reason::kTransferOut))
    return voucher::Counterparty{"兖州分库", "", "", "鲁公运(济)2026-0113"};
  return std::nullopt;
}

void SeedDemoHistory(storage::Connection& conn, const DemoParty& producer,
                     const std::vector<DemoParty>& sellers, int64_t now) {
  const int64_t today = now / kDay * kDay;
  const int64_t start = today - 364 * kDay;
  constexpr int kPeriods = 26;
  for (int p = 0; p < kPeriods; ++p) {
    const int64_t day = start + p * 14 * kDay;
    const std::string date = IsoFromUnix(day);  // YYYY-MM-DDT...
    // GA 441 codes of that day's production: enterprise 37, feature H.
    const std::string first = std::string("37") + date[3] + date.substr(5, 2) + date.substr(8, 2) + "H00001";
    auto codes = voucher::ExpandSerialRange(first, 120).codes;
    Post(conn, now, producer, Direction::kIn, Reason::kProduction, producer.detonator_store,
         {Line("electronic_detonator", Milli(120), codes)}, day + 8 * kHour);
    std::vector<voucher::VoucherLine> made{Line("industrial_explosive", Milli(600))};
    if (p % 4 == 0) made.push_back(Line("detonating_cord", Milli(200)));
    Post(conn, now, producer, Direction::kIn, Reason::kProduction, producer.explosive_store,
         std::move(made), day + 9 * kHour);
    Post(conn, now, producer, p % 2 == 0 ? Direction::kIn : Direction::kOut,
         p % 2 == 0 ? Reason::kPurchase : Reason::kIssue, producer.raw_store,
         {Line("ammonium_nitrate", Milli(p % 2 == 0 ? 3000 : 2500))}, day + 10 * kHour);
    if (sellers.empty()) continue;
    const DemoParty& seller = sellers[static_cast<size_t>(p) % sellers.size()];
    std::vector<std::string> sold(codes.begin(), codes.begin() + 100);
    // Sales are filed the next day, except in one period (flagged late ever since).
    const bool files = p != 23;
    auto sale = [&](const DemoParty& who, int64_t store, voucher::VoucherLine line, int64_t at) {
      const int64_t id = Post(conn, now, who, Direction::kOut, Reason::kSale, store, {std::move(line)}, at);
      if (files) File(conn, id, who, at, static_cast<int>(id));
    };
    sale(producer, producer.detonator_store, Line("electronic_detonator", Milli(100), sold),
         day + 13 * kHour);
    sale(producer, producer.explosive_store, Line("industrial_explosive", Milli(550)),
         day + 13 * kHour + 600);
    Post(conn, now, seller, Direction::kIn, Reason::kPurchase, seller.detonator_store,
         {Line("electronic_detonator", Milli(100), sold)}, day + 16 * kHour);
    Post(conn, now, seller, Direction::kIn, Reason::kPurchase, seller.explosive_store,
         {Line("industrial_explosive", Milli(550))}, day + 16 * kHour + 600);
    sale(seller, seller.detonator_store,
         Line("electronic_detonator", Milli(90), std::vector<std::string>(sold.begin(), sold.begin() + 90)),
         day + 3 * kDay + 10 * kHour);
    sale(seller, seller.explosive_store, Line("industrial_explosive", Milli(500)),
         day + 3 * kDay + 10 * kHour + 600);
    // Quarterly stocktakes of the producer's detonator store; the third finds two missing.
    const int64_t count_at = day + 5 * kDay + kHour;  // 09:00 Beijing time
    if (p == 6 || p == 13) CountAndApprove(conn, now, producer, producer.detonator_store, 0, count_at);
    if (p == 12) CountAndApprove(conn, now, sellers[0], sellers[0].detonator_store, 0, count_at);
    if (p == 20) {
      const int64_t at = count_at;
      const int64_t id = CountAndApprove(conn, now, producer, producer.detonator_store, 2, at);
      const int64_t incident_id = *loss_incident::IncidentOfStocktake(conn, id);
      const audit::Actor actor{producer.keeper, "demo", "", now};
      loss_incident::AppendLossEvent(
          conn, incident_id, "reported_police", IsoFromUnix(at + 2 * kHour),
          "邹公(治)受字〔" + date.substr(0, 4) + "〕0173号", "电话报告后书面报送", producer.keeper,
          actor, IsoFromUnix(at + 2 * kHour + 900));
      loss_incident::AppendLossEvent(conn, incident_id, "reported_regulator",
                                     IsoFromUnix(at + 3 * kHour),
                                     "邹工信民爆〔" + date.substr(0, 4) + "〕12号", "",
                                     producer.keeper, actor, IsoFromUnix(at + 3 * kHour + 600));
      loss_incident::AppendLossEvent(
          conn, incident_id, "closed", "", "",
          "经公安机关调查，2发雷管系试验领用未登记，已补办手续并追究保管员责任", producer.safety,
          {producer.safety, "demo", "", now}, IsoFromUnix(at + 6 * kDay));
    }
  }
}

}  // namespace anjian::demo
