#include "platform/office/cell_ref.hpp"

namespace anjian::office {

std::string ColumnName(std::uint32_t column) {
  std::string name;
  std::uint32_t n = column + 1;  // bijective base 26: there is no zero digit
  while (n > 0) {
    const std::uint32_t rem = (n - 1) % 26;
    name.insert(name.begin(), static_cast<char>('A' + rem));
    n = (n - 1) / 26;
  }
  return name;
}

bool ParseCellRef(std::string_view ref, CellRef& out) {
  std::size_t i = 0;
  if (i < ref.size() && ref[i] == '$') ++i;
  std::uint32_t col = 0;
  const std::size_t letters_start = i;
  while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
    const char up = static_cast<char>(ref[i] & ~0x20);
    col = col * 26 + static_cast<std::uint32_t>(up - 'A' + 1);
    if (col > kMaxSheetColumns) return false;
    ++i;
  }
  if (i == letters_start) return false;
  if (i < ref.size() && ref[i] == '$') ++i;
  std::uint32_t row = 0;
  const std::size_t digits_start = i;
  while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9') {
    row = row * 10 + static_cast<std::uint32_t>(ref[i] - '0');
    if (row > kMaxSheetRows) return false;
    ++i;
  }
  if (i != ref.size()) return false;
  if (i > digits_start && row == 0) return false;
  out.column = col - 1;
  out.row = row;
  return true;
}

}  // namespace anjian::office
