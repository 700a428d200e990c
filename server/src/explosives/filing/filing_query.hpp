// The SQL shared by the filing routes and the overview's late count (filing_query.cpp).
#pragma once

#include <boost/json.hpp>
#include <string>

#include "explosives/filing/filing_kind.hpp"

namespace anjian::ledger {

// "(EXISTS … AND EXISTS …)" over `vouchers v`: filed with every office of the kind.
std::string AllFiled(const FilingKind& kind);

// SELECT … FROM vouchers v … with each office's latest filing; append " WHERE …".
std::string FilingSelect(const FilingKind& kind);

// The list item of row i of a FilingSelect result.
boost::json::object FilingItem(const FilingKind& kind, const storage::ResultSet& rs, size_t i);

// Vouchers posted before this (ISO time) are past their filing deadline.
std::string FilingCutoff();

}  // namespace anjian::ledger
