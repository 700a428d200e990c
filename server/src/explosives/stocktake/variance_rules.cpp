#include "explosives/stocktake/variance_rules.hpp"

#include <algorithm>
#include <optional>

#include "explosives/voucher/detonator_code_rules.hpp"

namespace anjian::stocktake {
namespace {

using voucher::PackDetonatorCode;
using voucher::UnpackDetonatorCode;

// Packed form of all codes, or nullopt when any is not GA 441 (then strings are compared).
std::optional<std::vector<std::uint64_t>> PackAll(const std::vector<std::string>& codes) {
  std::vector<std::uint64_t> packed;
  packed.reserve(codes.size());
  for (const auto& code : codes) {
    const auto p = voucher::PackDetonatorCode(code);
    if (!p) return std::nullopt;
    packed.push_back(*p);
  }
  return packed;
}

template <typename T>
std::size_t SortUnique(std::vector<T>& values) {
  std::sort(values.begin(), values.end());
  const auto end = std::unique(values.begin(), values.end());
  const auto removed = static_cast<std::size_t>(values.end() - end);
  values.erase(end, values.end());
  return removed;
}

// Merge of two sorted unique ranges into a-only and b-only.
template <typename T, typename EmitA, typename EmitB>
void Difference(const std::vector<T>& a, const std::vector<T>& b, EmitA only_a, EmitB only_b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i] < b[j])) {
      only_a(a[i++]);
    } else if (i == a.size() || b[j] < a[i]) {
      only_b(b[j++]);
    } else {
      ++i;
      ++j;
    }
  }
}

}  // namespace

std::vector<std::string> SortedUnique(std::vector<std::string> codes, std::size_t* duplicates) {
  const std::size_t removed = SortUnique(codes);
  if (duplicates) *duplicates = removed;
  return codes;
}

Variance ComputeVariance(std::vector<std::string> book_codes,
                         std::vector<std::string> counted_codes,
                         const std::map<std::string, std::int64_t, std::less<>>& book_quantities,
                         const std::map<std::string, std::int64_t, std::less<>>& counted_quantities) {
  Variance variance;
  auto book_packed = PackAll(book_codes);
  auto counted_packed = book_packed ? PackAll(counted_codes) : std::nullopt;
  if (book_packed && counted_packed) {
    // Valid GA 441 codes: integer order equals text order, so the output stays sorted.
    SortUnique(*book_packed);
    variance.duplicate_scans = SortUnique(*counted_packed);
    Difference(
        *book_packed, *counted_packed,
        [&](std::uint64_t c) { variance.missing_codes.push_back(voucher::UnpackDetonatorCode(c)); },
        [&](std::uint64_t c) { variance.extra_codes.push_back(voucher::UnpackDetonatorCode(c)); });
  } else {
    SortUnique(book_codes);
    variance.duplicate_scans = SortUnique(counted_codes);
    Difference(
        book_codes, counted_codes,
        [&](const std::string& c) { variance.missing_codes.push_back(c); },
        [&](const std::string& c) { variance.extra_codes.push_back(c); });
  }

  auto b = book_quantities.begin();
  auto c = counted_quantities.begin();
  auto emit = [&](const std::string& product, std::int64_t book, std::int64_t counted) {
    if (book != counted) variance.quantity_differences.push_back({product, book, counted, counted - book});
  };
  while (b != book_quantities.end() || c != counted_quantities.end()) {
    if (c == counted_quantities.end() || (b != book_quantities.end() && b->first < c->first)) {
      emit(b->first, b->second, 0);
      ++b;
    } else if (b == book_quantities.end() || c->first < b->first) {
      emit(c->first, 0, c->second);
      ++c;
    } else {
      emit(b->first, b->second, c->second);
      ++b;
      ++c;
    }
  }
  return variance;
}

}  // namespace anjian::stocktake
