// Counted and booked detonator codes as compact sorted sets, for stocktakes of a store holding
// 1,000,000 codes: GA 441 codes packed into 64-bit integers (PackDetonatorCode, 8 bytes instead
// of a 32-byte string) and sorted by radix passes instead of comparisons; the rare coded product
// with its own numbering (free codes) stays as text beside them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace anjian::voucher {

struct CodeSet {
  std::vector<std::uint64_t> packed;  // sorted, unique
  std::vector<std::string> other;     // sorted, unique; codes that are not GA 441
  std::size_t size() const { return packed.size() + other.size(); }
};

// Sorts and removes duplicates; returns how many duplicates were removed. Three 16-bit LSD
// radix passes (packed codes are below 2^46), linear in the number of codes.
std::size_t SortUniquePacked(std::vector<std::uint64_t>& values);

// Sorts and dedups both parts of a set built in any order; returns the duplicates removed.
std::size_t Normalise(CodeSet& set);

// `a` minus `b` and `b` minus `a` of two normalised sets, each as sorted text.
struct CodeSetDifference {
  std::vector<std::string> only_a;
  std::vector<std::string> only_b;
};
CodeSetDifference Difference(const CodeSet& a, const CodeSet& b);

// `base` with `removed` taken out and `added` put in (all normalised): how a booked set moves
// forward by the code movements of the vouchers posted since it was read. A code both removed
// and added ends up present (a code that left and came back).
CodeSet Apply(const CodeSet& base, const CodeSet& removed, const CodeSet& added);

// A counted token is a code when it is GA 441 or, for products with their own numbering, 1-64
// printable ASCII characters without spaces (what the voucher rules accept).
bool IsCountableCode(std::string_view token) noexcept;
// Adds a countable token to the set (unsorted; Normalise afterwards).
void AddCode(CodeSet& set, std::string_view token);

// A scanner file or pasted scans as codes: one code per line (the scanner ends each scan with
// Enter), or several separated by commas, semicolons or tabs. Blank lines, surrounding
// whitespace and quotes and a header line (编码 / code / barcode ...) are skipped. Lines holding
// anything else are reported by line number (1-based), at most `max_errors` of them.
struct ScannedCodes {
  CodeSet codes;  // not yet normalised
  std::size_t tokens = 0;
  std::vector<std::pair<std::size_t, std::string>> invalid;  // line, token (first max_errors)
  std::size_t invalid_count = 0;
};
ScannedCodes ParseScannedText(std::string_view text, std::size_t max_errors = 20);

// True for the words a spreadsheet column header may use for the code column.
bool IsCodeHeader(std::string_view cell);

}  // namespace anjian::voucher
