// Vouchers (出入库单): the only way goods enter or leave a store. A voucher is posted whole or not
// at all, and once posted never changes; a mistake is undone by a reversal voucher.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace anjian::voucher {

enum class Direction { kIn, kOut, kTransfer };
const std::vector<Direction>& AllDirections();
std::string_view DirectionValue(Direction d);  // "in" | "out" | "transfer"
std::optional<Direction> ParseDirection(std::string_view value);

enum class Reason {
  kProduction,   // in: from the production line
  kPurchase,     // in: bought
  kReturn,       // in: leftovers returned the same shift (当班清退回库, Art.37)
  kTransferIn,   // in: received from another enterprise or site outside this ledger
  kSale,         // out
  kIssue,        // out: issued for blasting (领用)
  kTransferOut,  // out: sent outside this ledger; transfer: moved to another store of ours
  kDestruction,  // out: destroyed under supervision (Art.43)
  // Adjustments an approved stocktake posts (盘盈 / 盘亏); the voucher route refuses them, only
  // stocktake approval books them.
  kStocktakeGain,  // in
  kStocktakeLoss,  // out
};
const std::vector<Reason>& AllReasons();
// "production" | "purchase" | "return" | "transfer_in" | "sale" | "issue" | "transfer_out" |
// "destruction" | "stocktake_gain" | "stocktake_loss"
std::string_view ReasonValue(Reason r);
std::optional<Reason> ParseReason(std::string_view value);
std::string_view ReasonLabelZh(Reason r);

// The reasons a voucher of that direction may carry: in {production, purchase, return,
// transfer_in, stocktake_gain}, out {sale, issue, transfer_out, destruction, stocktake_loss},
// transfer {transfer_out} (a transfer is written at the sending store).
const std::vector<Reason>& ReasonsFor(Direction d);

// Condition of the goods on a line. Only normal goods may be stored with civil explosives
// (Art.41(二), seed 000 §3(2)); the others go to a quarantine store.
enum class Condition { kNormal, kWaste, kSeized, kUnidentified };
const std::vector<Condition>& AllConditions();
// "normal" | "waste" (废旧) | "seized" (缴获) | "unidentified" (来路不明)
std::string_view ConditionValue(Condition c);
std::optional<Condition> ParseCondition(std::string_view value);
std::string_view ConditionLabelZh(Condition c);

struct VoucherLine {
  std::string product;                // catalogue product id
  std::int64_t quantity_milli = 0;    // thousandths of the product's unit (quantity.hpp)
  std::vector<std::string> codes;     // one per piece for coded products, else empty
  Condition condition = Condition::kNormal;
  std::string batch;
};

// Who is on the other side of a voucher (条例 art. 24): a sale's buyer, a purchase's seller, or
// for a transfer to or from outside the ledger the transport licence (counterparty_rules.hpp).
struct Counterparty {
  std::string name;
  std::string uscc;                  // GB 32100, normalised
  std::string licence_no;            // buyer: 购买许可证号; seller: 销售许可证号
  std::string transport_licence_no;  // 运输许可证号
};

struct Voucher {
  Direction direction = Direction::kIn;
  Reason reason = Reason::kPurchase;
  std::int64_t magazine_id = 0;                    // the store booked (the sender of a transfer)
  std::optional<std::int64_t> target_magazine_id;  // transfers only
  // A reversal undoes a posted voucher: it keeps the original's reason and runs the opposite
  // direction (in <-> out; a transfer reverses as a transfer back).
  bool reversal = false;
  std::vector<VoucherLine> lines;
  // Stored beside the voucher (voucher_counterparties), not part of its chain hash.
  std::optional<Counterparty> counterparty;
};

}  // namespace anjian::voucher
