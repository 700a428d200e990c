#include "demo/demo_ledger.hpp"

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "demo/demo_history.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/daily_close/daily_close_service.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/detonator_code_rules.hpp"
#include "explosives/voucher/voucher_service.hpp"

namespace anjian::demo {

namespace {

using voucher::Condition;
using voucher::Direction;
using voucher::PostInput;
using voucher::Reason;
using voucher::VoucherLine;

void AssignDemoStorekeeper(storage::Connection& conn, int64_t magazine_id, int64_t keeper,
                           int64_t now) {
  magazine::InsertAssignment(conn, magazine_id, keeper, std::nullopt, core::IsoFromUnix(now));
}

// Every day with movements signed by the storekeeper at 09:00 the next morning, except the
// last `unsigned_days` days, so the overview shows the missing-daily-close alert.
void SignDemoDailyCloses(storage::Connection& conn, int64_t magazine_id, int64_t keeper,
                         int64_t unsigned_days, int64_t now) {
  auto magazine = magazine::FindMagazine(conn, magazine::AllScope(), magazine_id);
  const std::string until = core::IsoFromUnix(now - unsigned_days * 86400);
  for (const auto& [day, _] : daily_close::StoreMovementDays(conn, magazine_id, "0000", until)) {
    const core::Date next_day = core::AddDays(*core::ParseIsoDate(day), 1);
    const int64_t next_morning = core::ChinaDayStart(next_day) + 9 * 3600;  // 09:00 China time
    if (next_morning >= now) continue;
    daily_close::SignDailyClose(conn, *magazine, day, "", audit::Actor{keeper, "demo", "", now},
                                "storekeeper", core::IsoFromUnix(next_morning), now);
  }
}

}  // namespace

void SeedDemoLedger(storage::Connection& conn, int64_t enterprise_id,
                    const std::vector<DemoSeller>& sellers, int64_t now) {
  auto user_id = [&](const char* name) {
    auto rs = conn.Query("SELECT id FROM users WHERE username = ?", {std::string(name)});
    return rs.Int(0, "id");
  };
  const int64_t keeper = user_id("mb.keeper"), safety = user_id("mb.safety");

  auto add_magazine = [&](const char* name, magazine::MagazineKind kind,
                          std::optional<int64_t> net_mass_g, std::optional<int64_t> pieces) {
    magazine::MagazineInput in;
    in.name = name;
    in.kind = kind;
    in.limits.net_mass_g = net_mass_g;
    in.limits.pieces = pieces;
    return magazine::AddMagazine(conn, enterprise_id, in, now);
  };
  const int64_t main = add_magazine("1号总库（工业炸药）", magazine::MagazineKind::kMainMagazine,
                                    10'000'000, std::nullopt);
  const int64_t det =
      add_magazine("2号雷管库", magazine::MagazineKind::kMainMagazine, std::nullopt, 50'000);
  const int64_t raw = add_magazine(
      "原材料库（硝酸铵）", magazine::MagazineKind::kRawMaterialMagazine, 60'000'000, std::nullopt);
  // Every store is rated, the quarantine store too (its approved design: 1 t net explosive mass).
  const int64_t quarantine = add_magazine("隔离库", magazine::MagazineKind::kQuarantineMagazine,
                                          1'000'000, std::nullopt);
  for (int64_t s : {main, det, raw, quarantine}) AssignDemoStorekeeper(conn, s, keeper, now);

  // A year of history first, so voucher ids follow the posting times.
  std::vector<DemoParty> parties;
  for (size_t i = 0; i < sellers.size(); ++i) {
    auto seller_magazine = [&](const char* name, magazine::MagazineKind kind,
                               std::optional<int64_t> g, std::optional<int64_t> pieces) {
      magazine::MagazineInput in;
      in.name = name;
      in.kind = kind;
      in.limits.net_mass_g = g;
      in.limits.pieces = pieces;
      return magazine::AddMagazine(conn, sellers[i].enterprise_id, in, now);
    };
    DemoParty party{
        sellers[i].enterprise_id, sellers[i].keeper, sellers[i].safety, 0, 0, 0};
    party.explosive_store =
        seller_magazine("炸药库", magazine::MagazineKind::kMainMagazine, 5'000'000, std::nullopt);
    party.detonator_store =
        seller_magazine("雷管库", magazine::MagazineKind::kMainMagazine, std::nullopt, 10'000);
    AssignDemoStorekeeper(conn, party.explosive_store, party.keeper, now);
    AssignDemoStorekeeper(conn, party.detonator_store, party.keeper, now);
    parties.push_back(party);
  }
  SeedDemoHistory(conn, DemoParty{enterprise_id, keeper, safety, det, main, raw}, parties, now);

  // Demo codes: enterprise 37, 2025-11-20, feature B (tests use other dates).
  auto codes = voucher::ExpandSerialRange("3751120B00001", 200).codes;
  audit::Actor actor{keeper, "mb.keeper", "", now};
  auto line = [](const char* product, int64_t milli, std::vector<std::string> c = {},
                 Condition condition = Condition::kNormal) {
    VoucherLine l;
    l.product = product;
    l.quantity_milli = milli;
    l.codes = std::move(c);
    l.condition = condition;
    l.batch = "2511-01";
    return l;
  };
  auto post = [&](Direction d, Reason r, int64_t magazine_id, std::vector<VoucherLine> lines) {
    PostInput in;
    in.voucher.direction = d;
    in.voucher.reason = r;
    in.voucher.magazine_id = magazine_id;
    in.voucher.lines = std::move(lines);
    in.voucher.counterparty = DemoCounterparty(d, r);
    in.enterprise_id = enterprise_id;
    in.storekeeper_id = keeper;
    in.second_person_id = safety;
    voucher::PostVoucher(conn, in, actor, now);
  };
  using catalogue::Milli;
  post(Direction::kIn, Reason::kPurchase, raw, {line("ammonium_nitrate", Milli(20'000))});
  post(Direction::kIn, Reason::kProduction, main,
       {line("industrial_explosive", Milli(3'000)), line("detonating_cord", Milli(1'000))});
  post(Direction::kIn, Reason::kProduction, det, {line("electronic_detonator", Milli(200), codes)});
  post(Direction::kOut, Reason::kSale, main, {line("industrial_explosive", Milli(500))});
  post(Direction::kOut, Reason::kIssue, det,
       {line("electronic_detonator", Milli(20),
             std::vector<std::string>(codes.begin(), codes.begin() + 20))});
  post(Direction::kIn, Reason::kReturn, quarantine,
       {line("industrial_explosive", 12'500, {}, Condition::kWaste)});

  // 购买备案: the sellers' purchases are filed with the county police (recorded at the purchase),
  // except the latest four weeks' (both sellers), so the list and the overview show late ones.
  conn.Exec(
      "INSERT INTO purchase_filings (voucher_id, filed_at, reference, by_user_id, recorded_at) "
      "SELECT v.id, v.posted_at, 'DEMO-' || v.number, v.storekeeper_user_id, v.posted_at "
      "FROM vouchers v WHERE v.direction = 'in' AND v.reason = 'purchase' AND v.enterprise_id <> ? "
      "AND v.posted_at < ?",
      {enterprise_id, core::IsoFromUnix(now - 29 * 86400)});

  // 日清: signed up to fifteen days ago; the latest fortnight's days stay unsigned.
  for (int64_t s : {main, det, raw}) SignDemoDailyCloses(conn, s, keeper, 15, now);
  for (const auto& party : parties)
    for (int64_t s : {party.explosive_store, party.detonator_store})
      SignDemoDailyCloses(conn, s, party.keeper, 15, now);
}

}  // namespace anjian::demo
