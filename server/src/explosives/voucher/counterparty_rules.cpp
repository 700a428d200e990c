#include "explosives/voucher/counterparty_rules.hpp"

#include "core/core_errors.hpp"
#include "explosives/voucher/voucher_errors.hpp"
#include "registry/uscc_rules.hpp"

namespace anjian::voucher {

std::string_view CounterpartyRoleValue(CounterpartyRole role) {
  switch (role) {
    case CounterpartyRole::kBuyer: return "buyer";
    case CounterpartyRole::kSeller: return "seller";
    case CounterpartyRole::kTransport: return "transport";
    case CounterpartyRole::kNone: break;
  }
  return "";
}

std::string_view CounterpartyRoleLabelZh(CounterpartyRole role) {
  switch (role) {
    case CounterpartyRole::kBuyer: return "购买单位";
    case CounterpartyRole::kSeller: return "销售单位";
    case CounterpartyRole::kTransport: return "运输";
    case CounterpartyRole::kNone: break;
  }
  return "";
}

CounterpartyRole CounterpartyRoleOf(Direction direction, Reason reason, bool reversal) {
  if (reversal) return CounterpartyRole::kNone;
  if (direction == Direction::kOut && reason == Reason::kSale) return CounterpartyRole::kBuyer;
  if (direction == Direction::kIn && reason == Reason::kPurchase) return CounterpartyRole::kSeller;
  if ((direction == Direction::kIn && reason == Reason::kTransferIn) ||
      (direction == Direction::kOut && reason == Reason::kTransferOut))
    return CounterpartyRole::kTransport;
  return CounterpartyRole::kNone;
}

std::vector<FieldError> CheckCounterparty(CounterpartyRole role,
                                          const std::optional<Counterparty>& c) {
  std::vector<FieldError> errors;
  if (role == CounterpartyRole::kNone) {
    if (c) errors.push_back(Err("counterparty_unexpected").At("counterparty"));
    return errors;
  }
  if (!c) {
    errors.push_back(Err("counterparty_required")
                         .At("counterparty", CounterpartyRoleValue(role),
                             CounterpartyRoleLabelZh(role)));
    return errors;
  }
  auto require = [&](const std::string& value, const char* field) {
    if (value.empty())
      errors.push_back(core::CoreErr("required").At(std::string("counterparty.") + field));
  };
  require(c->name, "name");
  if (role == CounterpartyRole::kTransport) {
    require(c->transport_licence_no, "transport_licence_no");
  } else {
    require(c->uscc, "uscc");
    require(c->licence_no, "licence_no");
  }
  if (!c->uscc.empty())
    for (auto& e : registry::ValidateUscc(c->uscc, false)) {
      e.field = "counterparty.uscc";
      errors.push_back(std::move(e));
    }
  return errors;
}

}  // namespace anjian::voucher
