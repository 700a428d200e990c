// A1-style cell references shared by the xlsx writer and reader.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "platform/office/table_limits.hpp"

namespace anjian::office {

// 0 → "A", 25 → "Z", 26 → "AA". column must be below kMaxSheetColumns.
std::string ColumnName(std::uint32_t column);

struct CellRef {
  std::uint32_t column = 0;  // zero-based
  std::uint32_t row = 0;     // one-based, as written in the sheet; 0 when the ref has no digits
};

// Parses "C5" (also "$C$5" and a bare "C"). Returns false for anything else or for positions
// beyond the sheet limits.
bool ParseCellRef(std::string_view ref, CellRef& out);

}  // namespace anjian::office
