// Size limits shared by the table readers and the xlsx writer. The sheet limits are Excel's own
// (beyond them Excel refuses or "repairs" a file); the cell cap bounds memory for hostile input
// such as a 50 KB sheet addressing column XFD on every row, or a CSV made only of commas.
#pragma once

#include <cstddef>
#include <cstdint>

namespace anjian::office {

inline constexpr std::uint32_t kMaxSheetRows = 1'048'576;
inline constexpr std::uint32_t kMaxSheetColumns = 16'384;  // column XFD

// Cells a reader will materialise, counting the empty strings that pad gaps before a value.
// Five million is far above any real registry (100k enterprises x 30 columns = 3M) and caps
// the std::string headers alone at about 160 MB.
inline constexpr std::size_t kMaxTableCells = 5'000'000;

}  // namespace anjian::office
