#include "explosives/voucher/voucher_rules.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <unordered_map>

#include "explosives/voucher/detonator_code_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "core/test_util.hpp"

namespace anjian::voucher {
namespace {

using catalogue::Catalogue;
using catalogue::DefaultCatalogue;
using catalogue::FormatMilli;
using catalogue::kMilliPerUnit;
using catalogue::Milli;
using catalogue::Product;
using catalogue::ProductKind;
using catalogue::Unit;
using magazine::DefaultStorageRulesConfig;
using magazine::MagazineKind;
using magazine::MagazineLimits;
using magazine::MagazineState;
using magazine::StorageRulesConfig;

using core::testing::Rules;
using core::testing::WellFormed;
using Set = std::set<std::string>;
using magazine::Gb6722SmallMagazineLimits;

// The default catalogue plus a perforating charge and a raw material (to reach every class of the
// mixing matrix) and a detonator whose codes are chip UIDs, not GA 441.
const Catalogue& TestCatalogue() {
  static const Catalogue kCatalogue = [] {
    Catalogue c = DefaultCatalogue();
    c.products.push_back({"perforating_charge", ProductKind::kIndustrialExplosive, Unit::kPiece,
                          "perforating_charge", 0.03, false, false, "射孔弹", "Perforating charge"});
    c.products.push_back({"uid_detonator", ProductKind::kElectronicDetonator, Unit::kPiece,
                          "detonator", 0.001, true, false, "芯片雷管", "UID detonator"});
    c.products.push_back({"sodium_nitrate", ProductKind::kRawMaterial, Unit::kKg, "raw_material",
                          0.0, false, false, "硝酸钠（原材料）", "Sodium nitrate"});
    return c;
  }();
  return kCatalogue;
}

const StorageRulesConfig& Config() {
  static const StorageRulesConfig kConfig = DefaultStorageRulesConfig();
  return kConfig;
}

std::vector<std::string> Codes(const char* first, std::int64_t n) {
  auto range = ExpandSerialRange(first, n);
  EXPECT_TRUE(range.errors.empty()) << first;
  return range.codes;
}

VoucherLine Line(const char* product, std::int64_t milli, Condition c = Condition::kNormal) {
  return {product, milli, {}, c, "B1"};
}

VoucherLine Dets(std::vector<std::string> codes, Condition c = Condition::kNormal) {
  const auto n = static_cast<std::int64_t>(codes.size());
  return {"electronic_detonator", Milli(n), std::move(codes), c, "B2"};
}

// A small enterprise: 1 explosives magazine (5000 kg rated, 1000 kg of explosive in stock),
// 2 detonator magazine (15 pieces rated, 10 in stock, codes 3750101A00001-10), 3 empty
// quarantine store, 4 empty small magazine for detonators. Code 3750101B00001 is in store 9 of
// another enterprise.
MagazineState MakeMagazine(std::int64_t id, MagazineKind kind, std::int64_t net_mass_g = 0,
                     std::int64_t pieces = 0,
                     std::map<std::string, std::int64_t, std::less<>> quantities = {}) {
  MagazineState s;
  s.id = id;
  s.kind = kind;
  s.net_mass_g = net_mass_g;
  s.pieces = pieces;
  s.quantities = std::move(quantities);
  return s;
}

struct Scenario {
  Voucher voucher;
  std::map<std::int64_t, MagazineState> magazines;
  std::unordered_map<std::string, std::int64_t> located;

  Scenario() {
    MagazineState explosives = MakeMagazine(1, MagazineKind::kMainMagazine, Milli(1000), 0,
                                      {{"industrial_explosive", Milli(1000)}});
    explosives.limits.net_mass_g = Milli(5000);
    MagazineState detonators =
        MakeMagazine(2, MagazineKind::kMainMagazine, 10, 10, {{"electronic_detonator", Milli(10)}});
    detonators.limits.pieces = 15;
    detonators.limits.net_mass_g = Milli(20);
    MagazineState quarantine = MakeMagazine(3, MagazineKind::kQuarantineMagazine);
    MagazineState small = MakeMagazine(4, MagazineKind::kSmallMagazine);
    small.limits = Gb6722SmallMagazineLimits();
    for (auto& s : {explosives, detonators, quarantine, small}) magazines[s.id] = s;
    for (const auto& code : Codes("3750101A00001", 10)) located[code] = 2;
    located["3750101B00001"] = 9;
    voucher = {Direction::kIn, Reason::kPurchase, 1, std::nullopt, false,
               {Line("industrial_explosive", Milli(100))}};
  }

  CodeLookup Lookup() const {
    return [this](const std::vector<std::string_view>& codes) {
      CodeLocations where;
      for (auto code : codes) {
        const auto it = located.find(std::string(code));
        where.push_back(it == located.end() ? std::nullopt
                                            : std::optional<std::int64_t>(it->second));
      }
      return where;
    };
  }

  std::vector<FieldError> Check(const CheckOptions& options = {}) const {
    const MagazineState& booked = magazines.at(voucher.magazine_id);
    const MagazineState* target = nullptr;
    if (voucher.target_magazine_id) {
      const auto it = magazines.find(*voucher.target_magazine_id);
      if (it != magazines.end()) target = &it->second;
    }
    return CheckVoucher(voucher, booked, target, TestCatalogue(), Config(), Lookup(), options);
  }

  void Out(Reason reason, std::int64_t booked, std::vector<VoucherLine> lines) {
    voucher = {Direction::kOut, reason, booked, std::nullopt, false, std::move(lines)};
  }
  void In(Reason reason, std::int64_t booked, std::vector<VoucherLine> lines) {
    voucher = {Direction::kIn, reason, booked, std::nullopt, false, std::move(lines)};
  }
  void Transfer(std::int64_t from, std::int64_t to, std::vector<VoucherLine> lines) {
    voucher = {Direction::kTransfer, Reason::kTransferOut, from, to, false, std::move(lines)};
  }
};

struct Case {
  const char* name;
  std::function<void(Scenario&)> setup;
  Set expected;
  const char* field = "";  // of the first error, when given
};

// Cases listed here double as the proof that every documented rule is reachable.
const std::vector<Case>& AllCases() {
  using C = Condition;
  static const std::vector<Case> kCases = {
      {"valid inbound", [](Scenario&) {}, {}},
      {"valid outbound",
       [](Scenario& s) { s.Out(Reason::kSale, 1, {Line("industrial_explosive", Milli(100))}); },
       {}},
      {"valid detonator inbound",
       [](Scenario& s) { s.In(Reason::kProduction, 2, {Dets(Codes("3750101A00011", 5))}); }, {}},
      {"valid detonator outbound",
       [](Scenario& s) { s.Out(Reason::kIssue, 2, {Dets(Codes("3750101A00001", 3))}); }, {}},
      {"valid transfer",
       [](Scenario& s) { s.Transfer(2, 4, {Dets(Codes("3750101A00001", 3))}); }, {}},
      {"valid destruction from quarantine",
       [](Scenario& s) {
         s.magazines[3].quantities = {{"black_powder", Milli(5)}};
         s.magazines[3].holds_non_normal_goods = true;
         s.Out(Reason::kDestruction, 3, {Line("black_powder", Milli(5), C::kWaste)});
       },
       {}},

      // Header.
      {"in with an outbound reason", [](Scenario& s) { s.voucher.reason = Reason::kSale; },
       {"reason_direction_mismatch"}, "reason"},
      {"out with an inbound reason",
       [](Scenario& s) {
         s.Out(Reason::kProduction, 1, {Line("industrial_explosive", Milli(1))});
       },
       {"reason_direction_mismatch"}, "reason"},
      {"transfer with transfer_in",
       [](Scenario& s) {
         s.Transfer(2, 4, {Dets(Codes("3750101A00001", 1))});
         s.voucher.reason = Reason::kTransferIn;
       },
       {"reason_direction_mismatch"}, "reason"},
      {"reversal of a purchase runs out with reason purchase",
       [](Scenario& s) {
         s.Out(Reason::kPurchase, 1, {Line("industrial_explosive", Milli(100))});
         s.voucher.reversal = true;
       },
       {}},
      {"reversal of a sale runs in with reason sale",
       [](Scenario& s) {
         s.voucher.reason = Reason::kSale;
         s.voucher.reversal = true;
       },
       {}},
      {"reversal with the wrong side's reason",
       [](Scenario& s) { s.voucher.reversal = true; }, {"reason_direction_mismatch"}, "reason"},
      {"transfer without target",
       [](Scenario& s) {
         s.Transfer(2, 4, {Dets(Codes("3750101A00001", 1))});
         s.voucher.target_magazine_id.reset();
       },
       {"target_store_required"}, "target_store_id"},
      {"transfer to an unknown store",
       [](Scenario& s) { s.Transfer(2, 77, {Dets(Codes("3750101A00001", 1))}); },
       {"target_store_required"}, "target_store_id"},
      {"transfer to itself",
       [](Scenario& s) { s.Transfer(2, 2, {Dets(Codes("3750101A00001", 1))}); },
       {"target_store_same"}, "target_store_id"},
      {"inbound with a target", [](Scenario& s) { s.voucher.target_magazine_id = 4; },
       {"target_store_unexpected"}, "target_store_id"},
      {"no lines", [](Scenario& s) { s.voucher.lines.clear(); }, {"lines_required"}, "lines"},

      // Lines.
      {"unknown product", [](Scenario& s) { s.voucher.lines[0].product = "fireworks"; },
       {"product_unknown"}, "lines[0].product"},
      {"quantity zero", [](Scenario& s) { s.voucher.lines[0].quantity_milli = 0; },
       {"quantity_invalid"}, "lines[0].quantity"},
      {"quantity negative", [](Scenario& s) { s.voucher.lines[0].quantity_milli = -5; },
       {"quantity_invalid"}, "lines[0].quantity"},
      {"one gram is a quantity", [](Scenario& s) { s.voucher.lines[0].quantity_milli = 1; }, {}},
      {"fraction of a piece",
       [](Scenario& s) {
         s.In(Reason::kPurchase, 2, {Dets(Codes("3750101A00011", 1))});
         s.voucher.lines[0].quantity_milli = 1500;
       },
       {"quantity_invalid"}, "lines[0].quantity"},
      {"quantity and codes disagree",
       [](Scenario& s) {
         s.In(Reason::kPurchase, 2, {Dets(Codes("3750101A00011", 4))});
         s.voucher.lines[0].quantity_milli = Milli(5);
       },
       {"quantity_code_mismatch"}, "lines[0].quantity"},
      {"codes on an uncoded product",
       [](Scenario& s) { s.voucher.lines[0].codes = {"3750101A00011"}; }, {"codes_unexpected"},
       "lines[0].codes"},
      {"invalid GA 441 code",
       [](Scenario& s) {
         s.In(Reason::kPurchase, 2, {Dets({"3750101A00011", "3750431A00012"})});
       },
       {"code_invalid"}, "lines[0].codes[1]"},
      {"invalid free-scheme code",
       [](Scenario& s) {
         s.In(Reason::kPurchase, 2, {{"uid_detonator", Milli(3), {"UID-1", "", "a b"}, C::kNormal, ""}});
       },
       {"code_invalid"}, "lines[0].codes[1]"},
      {"free-scheme codes need not be GA 441",
       [](Scenario& s) {
         s.In(Reason::kPurchase, 2, {{"uid_detonator", Milli(2), {"UID-1", "F00D"}, C::kNormal, ""}});
       },
       {}},
      {"code twice in a line",
       [](Scenario& s) {
         s.In(Reason::kPurchase, 2, {Dets({"3750101A00011", "3750101A00011"})});
       },
       {"code_duplicate_in_voucher"}, "lines[0].codes[1]"},
      {"code in two lines",
       [](Scenario& s) {
         s.In(Reason::kPurchase, 2,
              {Dets({"3750101A00011"}), Dets({"3750101A00012", "3750101A00011"})});
       },
       {"code_duplicate_in_voucher"}, "lines[1].codes[1]"},
      {"inbound code already in this store",
       [](Scenario& s) { s.In(Reason::kReturn, 2, {Dets({"3750101A00011", "3750101A00003"})}); },
       {"code_in_stock"}, "lines[0].codes[1]"},
      {"inbound code in another enterprise's store",
       [](Scenario& s) { s.In(Reason::kPurchase, 4, {Dets({"3750101B00001"})}); },
       {"code_in_stock"}, "lines[0].codes[0]"},
      {"outbound code in no store",
       [](Scenario& s) { s.Out(Reason::kIssue, 2, {Dets({"3750101A00001", "3750101A00099"})}); },
       {"code_not_in_store"}, "lines[0].codes[1]"},
      {"outbound code in another store",
       [](Scenario& s) { s.Out(Reason::kIssue, 2, {Dets({"3750101B00001"})}); },
       {"code_not_in_store"}, "lines[0].codes[0]"},
      {"transferred code not in the sender",
       [](Scenario& s) { s.Transfer(2, 4, {Dets({"3750101B00001"})}); },
       {"code_not_in_store"}, "lines[0].codes[0]"},

      // Stock never negative.
      {"out exactly the stock",
       [](Scenario& s) { s.Out(Reason::kSale, 1, {Line("industrial_explosive", Milli(1000))}); },
       {}},
      {"out one gram more than the stock",
       [](Scenario& s) {
         s.Out(Reason::kSale, 1, {Line("industrial_explosive", Milli(1000) + 1)});
       },
       {"quantity_negative"}, "lines[0].quantity"},
      {"two lines together exceed the stock",
       [](Scenario& s) {
         s.Out(Reason::kSale, 1,
               {Line("industrial_explosive", Milli(600)), Line("industrial_explosive", Milli(401))});
       },
       {"quantity_negative"}, "lines[1].quantity"},
      {"out of a product not in store",
       [](Scenario& s) { s.Out(Reason::kSale, 1, {Line("detonating_cord", Milli(1))}); },
       {"quantity_negative"}, "lines[0].quantity"},
      {"transfer more than the sender holds",
       [](Scenario& s) {
         s.magazines[5] = MakeMagazine(5, MagazineKind::kMainMagazine);
         s.Transfer(1, 5, {Line("industrial_explosive", Milli(1001))});
       },
       {"quantity_negative"}, "lines[0].quantity"},

      // Condition of the goods.
      {"waste into a magazine",
       [](Scenario& s) { s.voucher.lines[0].condition = C::kWaste; },
       {"non_normal_goods_outside_quarantine"}, "lines[0].condition"},
      {"seized into a small magazine",
       [](Scenario& s) { s.In(Reason::kTransferIn, 4, {Dets(Codes("3750101A00011", 1), C::kSeized)}); },
       {"non_normal_goods_outside_quarantine"}, "lines[0].condition"},
      {"unidentified transferred into a magazine",
       [](Scenario& s) {
         s.Transfer(2, 4, {Dets(Codes("3750101A00001", 1), C::kUnidentified)});
       },
       {"non_normal_goods_outside_quarantine"}, "lines[0].condition"},
      {"waste into an empty quarantine store",
       [](Scenario& s) { s.In(Reason::kTransferIn, 3, {Line("black_powder", Milli(5), C::kWaste)}); },
       {}},
      {"seized into a quarantine store holding waste",
       [](Scenario& s) {
         s.magazines[3].quantities = {{"black_powder", Milli(5)}};
         s.magazines[3].holds_non_normal_goods = true;
         s.In(Reason::kTransferIn, 3, {Line("black_powder", Milli(1), C::kSeized)});
       },
       {}},
      {"normal goods into an empty quarantine store",
       [](Scenario& s) { s.In(Reason::kReturn, 3, {Line("black_powder", Milli(5))}); }, {}},
      {"normal goods into a quarantine store holding waste",
       [](Scenario& s) {
         s.magazines[3].quantities = {{"black_powder", Milli(5)}};
         s.magazines[3].holds_non_normal_goods = true;
         s.In(Reason::kReturn, 3, {Line("black_powder", Milli(1))});
       },
       {"normal_goods_into_contaminated_quarantine"}, "lines[0].condition"},
      {"normal and waste together into an empty quarantine store",
       [](Scenario& s) {
         s.In(Reason::kReturn, 3,
              {Line("black_powder", Milli(1)), Line("black_powder", Milli(1), C::kWaste)});
       },
       {"normal_goods_into_contaminated_quarantine"}, "lines[0].condition"},
      {"waste into a quarantine store holding normal goods",
       [](Scenario& s) {
         s.magazines[3].quantities = {{"black_powder", Milli(5)}};
         s.In(Reason::kTransferIn, 3, {Line("black_powder", Milli(1), C::kWaste)});
       },
       {"non_normal_goods_with_normal_goods"}, "lines[0].condition"},

      // Co-storage.
      {"detonators into the explosives magazine",
       [](Scenario& s) { s.In(Reason::kPurchase, 1, {Dets(Codes("3750101A00011", 1))}); },
       {"incompatible_storage"}, "lines[0].product"},
      {"cord and shock tube join explosives",
       [](Scenario& s) {
         s.In(Reason::kPurchase, 1,
              {Line("detonating_cord", Milli(100)), Line("shock_tube", Milli(100))});
       },
       {}},
      {"black powder and ammonium nitrate together into an empty store",
       [](Scenario& s) {
         s.In(Reason::kPurchase, 5,
              {Line("black_powder", Milli(1)), Line("ammonium_nitrate", Milli(1))});
         s.magazines[5] = MakeMagazine(5, MagazineKind::kRawMaterialMagazine);
       },
       {"incompatible_storage"}, "lines[1].product"},
      {"detonators transferred to the explosives magazine",
       [](Scenario& s) { s.Transfer(2, 1, {Dets(Codes("3750101A00001", 1))}); },
       {"incompatible_storage"}, "lines[0].product"},

      // Capacity.
      {"exactly at rated net mass",
       [](Scenario& s) { s.voucher.lines[0].quantity_milli = Milli(4000); }, {}},
      {"one gram over rated net mass",
       [](Scenario& s) { s.voucher.lines[0].quantity_milli = Milli(4000) + 1; },
       {"capacity_net_mass"}, "lines"},
      {"over rated net mass by cord mass equivalent",
       [](Scenario& s) {
         // 333 334 m x 12 g = 4000.008 kg
         s.In(Reason::kPurchase, 1, {Line("detonating_cord", Milli(333334))});
       },
       {"capacity_net_mass"}, "lines"},
      {"shock tube adds no mass to a full magazine",
       [](Scenario& s) {
         s.magazines[1].net_mass_g = Milli(5000);
         s.magazines[1].quantities["industrial_explosive"] = Milli(5000);
         s.In(Reason::kPurchase, 1, {Line("shock_tube", Milli(100000))});
       },
       {}},
      {"exactly at rated pieces",
       [](Scenario& s) { s.In(Reason::kProduction, 2, {Dets(Codes("3750101A00011", 5))}); }, {}},
      {"one piece over rated pieces",
       [](Scenario& s) { s.In(Reason::kProduction, 2, {Dets(Codes("3750101A00011", 6))}); },
       {"capacity_pieces"}, "lines"},
      {"exactly at a product limit",
       [](Scenario& s) { s.In(Reason::kPurchase, 4, {Line("shock_tube", Milli(100000))}); }, {}},
      {"one millimetre over a product limit",
       [](Scenario& s) {
         s.In(Reason::kPurchase, 4,
              {Line("shock_tube", Milli(60000)), Line("shock_tube", Milli(40000) + 1)});
       },
       {"capacity_product_quantity"}, "lines[0].quantity"},
      {"transfer over the target's rated pieces",
       [](Scenario& s) {
         s.magazines[4].limits.pieces = 2;
         s.Transfer(2, 4, {Dets(Codes("3750101A00001", 3))});
       },
       {"capacity_pieces"}, "lines"},
      {"outbound ignores capacity",
       [](Scenario& s) {
         s.magazines[1].limits.net_mass_g = Milli(10);  // rating lowered below the stock
         s.Out(Reason::kSale, 1, {Line("industrial_explosive", Milli(100))});
       },
       {}},
  };
  return kCases;
}

TEST(VoucherRulesTest, EveryRule) {
  for (const auto& c : AllCases()) {
    Scenario s;
    c.setup(s);
    const auto errors = s.Check();
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(WellFormed(errors)) << c.name;
    if (*c.field && !errors.empty()) {
      EXPECT_EQ(errors[0].field, c.field) << c.name;
    }
  }
}

TEST(VoucherRulesTest, EveryDocumentedRuleIsReachable) {
  const Set documented = {
      "reason_direction_mismatch", "target_store_required", "target_store_same",
      "target_store_unexpected", "lines_required", "product_unknown", "quantity_invalid",
      "quantity_code_mismatch", "codes_unexpected", "code_invalid", "code_duplicate_in_voucher",
      "code_in_stock", "code_not_in_store", "quantity_negative",
      "non_normal_goods_outside_quarantine", "normal_goods_into_contaminated_quarantine",
      "non_normal_goods_with_normal_goods", "incompatible_storage", "capacity_net_mass",
      "capacity_pieces", "capacity_product_quantity"};
  Set reached;
  for (const auto& c : AllCases()) reached.insert(c.expected.begin(), c.expected.end());
  EXPECT_EQ(reached, documented);
}

TEST(VoucherRulesTest, EveryViolationAtOnce) {
  Scenario s;
  s.magazines[1].limits.pieces = 0;
  s.In(Reason::kSale, 1,
       {Dets({"3750101A00001", "3750101A00001", "bad"}, Condition::kWaste),
        Line("industrial_explosive", Milli(4001)), Line("fireworks", 1)});
  const auto errors = s.Check();
  EXPECT_EQ(Rules(errors),
            (Set{"reason_direction_mismatch", "code_in_stock", "code_duplicate_in_voucher",
                 "code_invalid", "non_normal_goods_outside_quarantine", "incompatible_storage",
                 "capacity_net_mass", "capacity_pieces", "product_unknown"}));
}

TEST(VoucherRulesTest, MessagesCarryTheFigures) {
  Scenario s;
  s.voucher.lines[0].quantity_milli = Milli(4000) + 1;
  auto errors = s.Check();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message,
            "store 1 would hold 5000.001 kg net explosive mass, above its rated 5000 kg (now "
            "1000 kg + incoming 4000.001 kg)");
  EXPECT_EQ(errors[0].message_zh,
            "库房 1入库后净药量将达 5000.001 千克，超过核定储量 5000 千克（现存 1000 千克 + 本单 "
            "4000.001 千克）");

  s.In(Reason::kProduction, 2, {Dets(Codes("3750101A00011", 6))});
  errors = s.Check();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message, "store 2 would hold 16 pieces, above its rated 15 (now 10 + incoming 6)");

  s.In(Reason::kPurchase, 1, {Dets(Codes("3750101A00011", 1))});
  errors = s.Check();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message, "storage classes detonator and explosive may not share store 1 (mixing rules)");
  EXPECT_EQ(errors[0].message_zh, "储存类别“工业雷管”与“工业炸药及制品”不得同库存放（库房 1）");

  s.Out(Reason::kSale, 1, {Line("industrial_explosive", Milli(1000) + 500)});
  errors = s.Check();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message,
            "store 1 holds 1000 kg of industrial_explosive; taking out 1000.5 kg would leave -0.5 kg");

  s.In(Reason::kReturn, 2, {Dets({"3750101A00003"})});
  errors = s.Check();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message, "code 3750101A00003 is already in stock in store 2");

  s.Out(Reason::kIssue, 2, {Dets({"3750101B00001"})});
  errors = s.Check();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message, "code 3750101B00001 is not in store 2 (it is in store 9)");

  s.In(Reason::kPurchase, 4, {Dets({"3750431A00001"})});
  errors = s.Check();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("does not exist in month '04' (at most 30)"), std::string::npos)
      << errors[0].message;
}

// Every pair of storage classes: a store holding one receives the other.
TEST(VoucherRulesTest, MixingMatrixFromConfig) {
  const std::map<std::string, std::string> product_of = {
      {"explosive", "industrial_explosive"}, {"perforating_charge", "perforating_charge"},
      {"detonating_cord", "detonating_cord"}, {"shock_tube", "shock_tube"},
      {"detonator", "electronic_detonator"}, {"black_powder", "black_powder"},
      {"ammonium_nitrate", "ammonium_nitrate"}, {"semi_finished", "semi_finished"},
      {"raw_material", "sodium_nitrate"}};
  ASSERT_EQ(product_of.size(), Config().classes.size());
  auto line_of = [](const std::string& product, const char* first_code) {
    if (product == "electronic_detonator") return Dets(Codes(first_code, 1));
    return Line(product.c_str(), Milli(1));
  };
  int incompatible = 0;
  for (const auto& [held_class, held] : product_of) {
    for (const auto& [in_class, incoming] : product_of) {
      const bool allowed = MayShareMagazine(Config(), held_class, in_class);
      incompatible += allowed ? 0 : 1;
      const Set expected = allowed ? Set{} : Set{"incompatible_storage"};
      // Held in stock, then brought in.
      Scenario s;
      s.magazines[5] = MakeMagazine(5, MagazineKind::kMainMagazine, 1000, 0, {{held, Milli(1)}});
      s.In(Reason::kPurchase, 5, {line_of(incoming, "3750101C00001")});
      EXPECT_EQ(Rules(s.Check()), expected) << held << " held, " << incoming << " in";
      // Both brought in by one voucher into an empty store.
      s.magazines[5] = MakeMagazine(5, MagazineKind::kMainMagazine);
      s.In(Reason::kPurchase, 5, {line_of(held, "3750101C00001"), line_of(incoming, "3750101C00002")});
      EXPECT_EQ(Rules(s.Check()), expected) << held << " + " << incoming << " in one voucher";
    }
  }
  EXPECT_EQ(incompatible, 81 - 9 - 12);  // 9 same-class pairs, 4x3 ordered pairs in the group
}

TEST(VoucherRulesTest, UnknownStockedProductMixesWithNothing) {
  Scenario s;
  s.magazines[5] = MakeMagazine(5, MagazineKind::kMainMagazine, 0, 0, {{"retired_product", Milli(1)}});
  EXPECT_EQ(ClassesPresent(s.magazines[5], TestCatalogue()),
            (std::vector<std::string>{"product:retired_product"}));
  s.In(Reason::kPurchase, 5, {Line("industrial_explosive", Milli(1))});
  EXPECT_EQ(Rules(s.Check()), Set{"incompatible_storage"});
}

TEST(VoucherRulesTest, PreExistingMixIsNotBlamedOnTheVoucher) {
  Scenario s;
  s.magazines[1].quantities["electronic_detonator"] = Milli(1);  // already wrong
  s.voucher.lines[0].quantity_milli = Milli(1);
  EXPECT_TRUE(s.Check().empty());
  s.voucher.lines.push_back(Line("black_powder", Milli(1)));
  const auto errors = s.Check();
  EXPECT_EQ(errors.size(), 2u);  // black powder vs detonator, black powder vs explosive
  EXPECT_EQ(Rules(errors), Set{"incompatible_storage"});
}

TEST(VoucherRulesTest, CodeErrorsAreCappedPerRule) {
  Scenario s;
  auto codes = Codes("3750202D00000", 1000);
  for (const auto& c : codes) s.located[c] = 2;
  auto bad = codes;
  for (auto& c : bad) c[7] = 'o';  // excluded feature character
  s.In(Reason::kPurchase, 4, {Dets(codes), Dets(bad)});
  s.magazines[4].limits = {};
  const auto errors = s.Check();
  std::map<std::string, int> per_rule;
  for (const auto& e : errors) per_rule[e.rule]++;
  EXPECT_EQ(per_rule["code_in_stock"], 101);
  EXPECT_EQ(per_rule["code_invalid"], 101);
  EXPECT_EQ(errors.size(), 202u);
  EXPECT_EQ(errors[0].field, "lines[1].codes[0]");  // invalid codes are found first
  const auto summary = std::find_if(errors.begin(), errors.end(), [](const FieldError& e) {
    return e.rule == "code_in_stock" && e.field == "lines";
  });
  ASSERT_NE(summary, errors.end());
  EXPECT_EQ(summary->message,
            "and 900 more codes break rule code_in_stock (1000 in all; only the first 100 are "
            "listed)");
  EXPECT_EQ(errors[100].field, "lines[0].codes[0]");

  const auto few = s.Check({.max_code_errors_per_rule = 3});
  EXPECT_EQ(few.size(), 8u);
}

TEST(VoucherRulesTest, LookupIsAskedOnceWithDistinctValidCodes) {
  Scenario s;
  int calls = 0;
  std::size_t asked = 0;
  CodeLookup lookup = [&](const std::vector<std::string_view>& codes) {
    ++calls;
    asked = codes.size();
    return CodeLocations(codes.size());
  };
  const MagazineState& booked = s.magazines[2];
  Voucher v{Direction::kIn, Reason::kPurchase, 2, std::nullopt, false,
            {Dets({"3750101A00011", "3750101A00012", "3750101A00011", "x"})}};
  CheckVoucher(v, booked, nullptr, TestCatalogue(), Config(), lookup);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(asked, 2u);

  calls = 0;
  v.lines = {Line("electronic_detonator", 0)};
  CheckVoucher(v, booked, nullptr, TestCatalogue(), Config(), lookup);
  EXPECT_EQ(calls, 0);
  EXPECT_NO_THROW(CheckVoucher(v, booked, nullptr, TestCatalogue(), Config(), nullptr));
  v.lines = {Dets({"3750101A00011"})};
  EXPECT_THROW(CheckVoucher(v, booked, nullptr, TestCatalogue(), Config(), nullptr),
               std::logic_error);
  CodeLookup short_answer = [](const std::vector<std::string_view>&) { return CodeLocations{}; };
  EXPECT_THROW(CheckVoucher(v, booked, nullptr, TestCatalogue(), Config(), short_answer),
               std::logic_error);
}

// A 1,000-code voucher against 1,000,000 codes in stock: linear in the voucher, not quadratic.
TEST(VoucherRulesTest, ThousandCodeVoucherIsFast) {
  Scenario s;
  s.located.reserve(1'000'000);
  for (int day = 1; day <= 10; ++day) {
    char first[16];
    std::snprintf(first, sizeof first, "37501%02dE00000", day);
    for (auto& c : Codes(first, 100000)) s.located.emplace(std::move(c), 2);
  }
  ASSERT_GE(s.located.size(), 1'000'000u);
  s.magazines[2].limits = {};
  s.magazines[2].quantities["electronic_detonator"] = Milli(1'000'010);
  s.In(Reason::kProduction, 2, {Dets(Codes("3750301F00000", 1000))});
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 20; ++i) {
    const auto errors = s.Check();
    ASSERT_TRUE(errors.empty()) << errors[0].rule << ": " << errors[0].message;
  }
  const auto per_voucher = (std::chrono::steady_clock::now() - start) / 20;
  s.Out(Reason::kIssue, 2, {Dets(Codes("3750101E50000", 1000))});
  EXPECT_TRUE(s.Check().empty());
  std::cout << "1,000-code voucher against 1,000,000 codes: "
            << std::chrono::duration_cast<std::chrono::microseconds>(per_voucher).count()
            << " us\n";
}

TEST(VoucherRulesTest, ApplyVoucher) {
  const auto& cat = TestCatalogue();
  MagazineState a = MakeMagazine(1, MagazineKind::kMainMagazine);
  MagazineState b = MakeMagazine(2, MagazineKind::kSmallMagazine);
  MagazineState q = MakeMagazine(3, MagazineKind::kQuarantineMagazine);
  Voucher in{Direction::kIn, Reason::kPurchase, 1, std::nullopt, false,
             {Dets(Codes("3750101A00001", 20)), Line("detonating_cord", Milli(100))}};
  ApplyVoucher(in, a, nullptr, cat);
  EXPECT_EQ(a.pieces, 20);
  EXPECT_EQ(a.net_mass_g, 20 + 1200);
  EXPECT_EQ(a.quantities.at("electronic_detonator"), Milli(20));

  Voucher transfer{Direction::kTransfer, Reason::kTransferOut, 1, 2, false,
                   {Dets(Codes("3750101A00001", 5))}};
  ApplyVoucher(transfer, a, &b, cat);
  EXPECT_EQ(a.pieces, 15);
  EXPECT_EQ(b.pieces, 5);
  EXPECT_EQ(b.net_mass_g, 5);

  Voucher out{Direction::kOut, Reason::kSale, 1, std::nullopt, false,
              {Dets(Codes("3750101A00006", 15)), Line("detonating_cord", Milli(100))}};
  ApplyVoucher(out, a, nullptr, cat);
  EXPECT_TRUE(a.quantities.empty());
  EXPECT_EQ(a.net_mass_g, 0);
  EXPECT_EQ(a.pieces, 0);

  Voucher waste{Direction::kIn, Reason::kTransferIn, 3, std::nullopt, false,
                {Line("black_powder", Milli(2), Condition::kWaste)}};
  ApplyVoucher(waste, q, nullptr, cat);
  EXPECT_TRUE(q.holds_non_normal_goods);
  Voucher destroy_half{Direction::kOut, Reason::kDestruction, 3, std::nullopt, false,
                       {Line("black_powder", Milli(1), Condition::kWaste)}};
  ApplyVoucher(destroy_half, q, nullptr, cat);
  EXPECT_TRUE(q.holds_non_normal_goods);  // still contaminated until empty
  ApplyVoucher(destroy_half, q, nullptr, cat);
  EXPECT_FALSE(q.holds_non_normal_goods);
  EXPECT_TRUE(q.quantities.empty());
}

TEST(VoucherRulesTest, EnumValuesRoundTrip) {
  for (Direction d : AllDirections()) EXPECT_EQ(ParseDirection(DirectionValue(d)), d);
  for (Reason r : AllReasons()) {
    EXPECT_EQ(ParseReason(ReasonValue(r)), r);
    EXPECT_FALSE(ReasonLabelZh(r).empty());
  }
  for (Condition c : AllConditions()) {
    EXPECT_EQ(ParseCondition(ConditionValue(c)), c);
    EXPECT_FALSE(ConditionLabelZh(c).empty());
  }
  EXPECT_EQ(AllReasons().size(), 10u);
  // Each reason belongs to exactly one of in/out; transfer reuses transfer_out.
  for (Reason r : AllReasons()) {
    const auto& in = ReasonsFor(Direction::kIn);
    const auto& out = ReasonsFor(Direction::kOut);
    const bool is_in = std::find(in.begin(), in.end(), r) != in.end();
    const bool is_out = std::find(out.begin(), out.end(), r) != out.end();
    EXPECT_NE(is_in, is_out) << ReasonValue(r);
  }
  EXPECT_EQ(ReasonsFor(Direction::kTransfer), std::vector<Reason>{Reason::kTransferOut});
  EXPECT_EQ(ParseDirection("sideways"), std::nullopt);
  EXPECT_EQ(ParseCondition("broken"), std::nullopt);
}

}  // namespace
}  // namespace anjian::voucher
