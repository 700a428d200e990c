#include "explosives/voucher/voucher_kind_rules.hpp"

namespace anjian::voucher {
namespace {

template <typename E>
struct Named {
  E value;
  std::string_view text, label_zh;
};

constexpr Named<Direction> kDirections[] = {
    {Direction::kIn, "in", "入库"},
    {Direction::kOut, "out", "出库"},
    {Direction::kTransfer, "transfer", "移库"},
};
constexpr Named<Reason> kReasons[] = {
    {Reason::kProduction, "production", "生产入库"},  {Reason::kPurchase, "purchase", "购买入库"},
    {Reason::kReturn, "return", "退库"},              {Reason::kTransferIn, "transfer_in", "调入"},
    {Reason::kSale, "sale", "销售出库"},              {Reason::kIssue, "issue", "领用出库"},
    {Reason::kTransferOut, "transfer_out", "调出"},   {Reason::kDestruction, "destruction", "销毁"},
    {Reason::kStocktakeGain, "stocktake_gain", "盘盈入库"},
    {Reason::kStocktakeLoss, "stocktake_loss", "盘亏出库"},
};
constexpr Named<Condition> kConditions[] = {
    {Condition::kNormal, "normal", "正常"},
    {Condition::kWaste, "waste", "废旧"},
    {Condition::kSeized, "seized", "缴获"},
    {Condition::kUnidentified, "unidentified", "来路不明"},
};

template <typename E, std::size_t N>
const Named<E>& Find(const Named<E> (&table)[N], E value) {
  for (const auto& entry : table) {
    if (entry.value == value) return entry;
  }
  return table[0];
}

template <typename E, std::size_t N>
std::optional<E> Parse(const Named<E> (&table)[N], std::string_view text) {
  for (const auto& entry : table) {
    if (entry.text == text) return entry.value;
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::vector<E> All(const Named<E> (&table)[N]) {
  std::vector<E> all;
  for (const auto& entry : table) all.push_back(entry.value);
  return all;
}

}  // namespace

const std::vector<Direction>& AllDirections() {
  static const auto kAll = All(kDirections);
  return kAll;
}
std::string_view DirectionValue(Direction d) { return Find(kDirections, d).text; }
std::optional<Direction> ParseDirection(std::string_view v) { return Parse(kDirections, v); }

const std::vector<Reason>& AllReasons() {
  static const auto kAll = All(kReasons);
  return kAll;
}
std::string_view ReasonValue(Reason r) { return Find(kReasons, r).text; }
std::optional<Reason> ParseReason(std::string_view v) { return Parse(kReasons, v); }
std::string_view ReasonLabelZh(Reason r) { return Find(kReasons, r).label_zh; }

const std::vector<Reason>& ReasonsFor(Direction d) {
  static const std::vector<Reason> kIn = {Reason::kProduction, Reason::kPurchase, Reason::kReturn,
                                          Reason::kTransferIn, Reason::kStocktakeGain};
  static const std::vector<Reason> kOut = {Reason::kSale, Reason::kIssue, Reason::kTransferOut,
                                           Reason::kDestruction, Reason::kStocktakeLoss};
  static const std::vector<Reason> kTransfer = {Reason::kTransferOut};
  switch (d) {
    case Direction::kIn: return kIn;
    case Direction::kOut: return kOut;
    case Direction::kTransfer: return kTransfer;
  }
  return kIn;
}

const std::vector<Condition>& AllConditions() {
  static const auto kAll = All(kConditions);
  return kAll;
}
std::string_view ConditionValue(Condition c) { return Find(kConditions, c).text; }
std::optional<Condition> ParseCondition(std::string_view v) { return Parse(kConditions, v); }
std::string_view ConditionLabelZh(Condition c) { return Find(kConditions, c).label_zh; }

}  // namespace anjian::voucher
