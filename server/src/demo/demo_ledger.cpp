#include "demo/demo_ledger.hpp"

#include "core/error.hpp"
#include "explosives/voucher/detonator_code_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "core/china_time.hpp"
#include "explosives/daily_close/daily_close_service.hpp"
#include "demo/demo_history.hpp"
#include "explosives/voucher/ledger_service.hpp"

namespace anjian::ledger {

namespace {

void AssignDemoStorekeeper(storage::Connection& conn, int64_t store_id, int64_t keeper) {
  conn.Exec(
      "INSERT INTO store_storekeepers (store_id, user_id, assigned_at, assigned_by_user_id) "
      "VALUES (?, ?, ?, NULL)",
      {store_id, keeper, storage::NowIso()});
}

// Every day with movements signed by the storekeeper at 09:00 the next morning, except the
// last `unsigned_days` days, so the overview shows the missing-daily-close alert.
void SignDemoDailyCloses(storage::Connection& conn, int64_t store_id, int64_t keeper,
                         int64_t unsigned_days) {
  auto store = FindStore(conn, AllScope(), store_id);
  const int64_t now = storage::NowUnix();
  const std::string until = storage::IsoFromUnix(now - unsigned_days * 86400);
  for (const auto& [day, _] : daily_close::StoreMovementDays(conn, store_id, "0000", until)) {
    // 09:00 in China the next morning.
    const int64_t next_morning = core::ChinaDayEnd(*core::ParseIsoDate(day)) + 9 * 3600;
    if (next_morning >= now) continue;
    daily_close::SignDailyClose(conn, *store, day, "", audit::Actor{keeper, "demo", ""},
                                "storekeeper", storage::IsoFromUnix(next_morning), now);
  }
}

}  // namespace

void SeedDemoLedger(storage::Connection& conn, int64_t enterprise_id,
                    const std::vector<DemoSeller>& sellers) {
  auto user_id = [&](const char* name) {
    auto rs = conn.Query("SELECT id FROM users WHERE username = ?", {std::string(name)});
    return rs.Int(0, "id");
  };
  const int64_t keeper = user_id("mb.keeper"), safety = user_id("mb.safety");

  auto store = [&](const char* name, ex::StoreKind kind, std::optional<int64_t> net_mass_g,
                   std::optional<int64_t> pieces) {
    StoreInput in;
    in.name = name;
    in.kind = kind;
    in.limits.net_mass_g = net_mass_g;
    in.limits.pieces = pieces;
    return InsertStore(conn, enterprise_id, in);
  };
  const int64_t main = store("1号总库（工业炸药）", ex::StoreKind::kMainMagazine, 10'000'000, std::nullopt);
  const int64_t det = store("2号雷管库", ex::StoreKind::kMainMagazine, std::nullopt, 50'000);
  const int64_t raw = store("原材料库（硝酸铵）", ex::StoreKind::kRawMaterialStore, 60'000'000,
                            std::nullopt);
  const int64_t quarantine = store("隔离库", ex::StoreKind::kQuarantineStore, std::nullopt,
                                   std::nullopt);
  for (int64_t s : {main, det, raw, quarantine}) AssignDemoStorekeeper(conn, s, keeper);

  // A year of history first, so voucher ids follow the posting times.
  std::vector<demo::DemoParty> parties;
  for (size_t i = 0; i < sellers.size(); ++i) {
    auto seller_store = [&](const char* name, ex::StoreKind kind, std::optional<int64_t> g,
                            std::optional<int64_t> pieces) {
      StoreInput in;
      in.name = name;
      in.kind = kind;
      in.limits.net_mass_g = g;
      in.limits.pieces = pieces;
      return InsertStore(conn, sellers[i].enterprise_id, in);
    };
    demo::DemoParty party{sellers[i].enterprise_id, sellers[i].keeper, sellers[i].safety, 0, 0, 0};
    party.explosive_store = seller_store("炸药库", ex::StoreKind::kMainMagazine, 5'000'000, std::nullopt);
    party.detonator_store = seller_store("雷管库", ex::StoreKind::kMainMagazine, std::nullopt, 10'000);
    AssignDemoStorekeeper(conn, party.explosive_store, party.keeper);
    AssignDemoStorekeeper(conn, party.detonator_store, party.keeper);
    parties.push_back(party);
  }
  demo::SeedDemoHistory(conn, demo::DemoParty{enterprise_id, keeper, safety, det, main, raw},
                        parties, storage::NowUnix());

  // Demo codes: enterprise 37, 2025-11-20, feature B (tests use other dates).
  auto codes = ex::ExpandSerialRange("3751120B00001", 200).codes;
  audit::Actor actor{keeper, "mb.keeper", ""};
  auto line = [](const char* product, int64_t milli, std::vector<std::string> c = {},
                 ex::Condition condition = ex::Condition::kNormal) {
    ex::VoucherLine l;
    l.product = product;
    l.quantity_milli = milli;
    l.codes = std::move(c);
    l.condition = condition;
    l.batch = "2511-01";
    return l;
  };
  auto post = [&](ex::Direction d, ex::Reason r, int64_t store_id,
                  std::vector<ex::VoucherLine> lines) {
    PostInput in;
    in.voucher.direction = d;
    in.voucher.reason = r;
    in.voucher.store_id = store_id;
    in.voucher.lines = std::move(lines);
    in.enterprise_id = enterprise_id;
    in.storekeeper_id = keeper;
    in.second_person_id = safety;
    PostVoucher(conn, in, actor);
  };
  using ex::Direction;
  using ex::Milli;
  using ex::Reason;
  post(Direction::kIn, Reason::kPurchase, raw, {line("ammonium_nitrate", Milli(20'000))});
  post(Direction::kIn, Reason::kProduction, main,
       {line("industrial_explosive", Milli(3'000)), line("detonating_cord", Milli(1'000))});
  post(Direction::kIn, Reason::kProduction, det, {line("electronic_detonator", Milli(200), codes)});
  post(Direction::kOut, Reason::kSale, main, {line("industrial_explosive", Milli(500))});
  post(Direction::kOut, Reason::kIssue, det,
       {line("electronic_detonator", Milli(20),
             std::vector<std::string>(codes.begin(), codes.begin() + 20))});
  post(Direction::kIn, Reason::kReturn, quarantine,
       {line("industrial_explosive", 12'500, {}, ex::Condition::kWaste)});

  // 购买备案: the sellers' purchases are filed with the county police (recorded at the purchase),
  // except the latest four weeks' (both sellers), so the list and the overview show late ones.
  conn.Exec(
      "INSERT INTO purchase_filings (voucher_id, filed_at, reference, by_user_id, recorded_at) "
      "SELECT v.id, v.posted_at, 'DEMO-' || v.number, v.storekeeper_user_id, v.posted_at "
      "FROM vouchers v WHERE v.direction = 'in' AND v.reason = 'purchase' AND v.enterprise_id <> ? "
      "AND v.posted_at < ?",
      {enterprise_id, storage::IsoFromUnix(storage::NowUnix() - 29 * 86400)});

  // 日清: signed up to fifteen days ago; the latest fortnight's days stay unsigned.
  for (int64_t s : {main, det, raw}) SignDemoDailyCloses(conn, s, keeper, 15);
  for (const auto& party : parties)
    for (int64_t s : {party.explosive_store, party.detonator_store})
      SignDemoDailyCloses(conn, s, party.keeper, 15);
}

}  // namespace anjian::ledger
