// A1-style cell references shared by the xlsx writer and reader, plus the sheet size limits
// Excel enforces (exceeding them makes Excel refuse or "repair" the file).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace anjian::office {

inline constexpr std::uint32_t kMaxSheetRows = 1'048'576;
inline constexpr std::uint32_t kMaxSheetColumns = 16'384;  // column XFD

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
