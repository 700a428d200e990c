#include "explosives/voucher/code_set_rules.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "explosives/voucher/detonator_code_rules.hpp"

namespace anjian::voucher {
namespace {

constexpr std::size_t kRadixThreshold = 4096;  // below this std::sort is as fast
constexpr std::size_t kFreeCodeMax = 64;

template <typename T>
std::size_t SortUniqueSmall(std::vector<T>& values) {
  std::sort(values.begin(), values.end());
  const auto end = std::unique(values.begin(), values.end());
  const auto removed = static_cast<std::size_t>(values.end() - end);
  values.erase(end, values.end());
  return removed;
}

std::string_view Trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '"' || c == '\''; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string> Merge(std::vector<std::string> a, std::vector<std::string> b) {
  std::vector<std::string> out;
  out.reserve(a.size() + b.size());
  std::merge(std::make_move_iterator(a.begin()), std::make_move_iterator(a.end()),
             std::make_move_iterator(b.begin()), std::make_move_iterator(b.end()),
             std::back_inserter(out));
  return out;
}

template <typename T, typename OnlyA, typename OnlyB>
void SortedDifference(const std::vector<T>& a, const std::vector<T>& b, OnlyA only_a,
                      OnlyB only_b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      only_a(a[i++]);
    } else if (b[j] < a[i]) {
      only_b(b[j++]);
    } else {
      ++i;
      ++j;
    }
  }
  for (; i < a.size(); ++i) only_a(a[i]);
  for (; j < b.size(); ++j) only_b(b[j]);
}

template <typename T>
std::vector<T> ApplySorted(const std::vector<T>& base, const std::vector<T>& removed,
                           const std::vector<T>& added) {
  std::vector<T> kept;
  kept.reserve(base.size() + added.size());
  std::set_difference(base.begin(), base.end(), removed.begin(), removed.end(),
                      std::back_inserter(kept));
  std::vector<T> out;
  out.reserve(kept.size() + added.size());
  std::set_union(kept.begin(), kept.end(), added.begin(), added.end(), std::back_inserter(out));
  return out;
}

}  // namespace

std::size_t SortUniquePacked(std::vector<std::uint64_t>& values) {
  if (values.size() < kRadixThreshold) return SortUniqueSmall(values);
  if (!std::is_sorted(values.begin(), values.end())) {
    // Three stable counting passes over 16-bit digits, counts of all three taken in one scan.
    constexpr int kPasses = 3;
    std::vector<std::array<std::uint32_t, 65536>> counts(kPasses);
    for (auto& c : counts) c.fill(0);
    for (std::uint64_t v : values)
      for (int p = 0; p < kPasses; ++p) ++counts[p][(v >> (16 * p)) & 0xFFFF];
    std::vector<std::uint64_t> buffer(values.size());
    for (int p = 0; p < kPasses; ++p) {
      std::uint32_t sum = 0;
      for (auto& c : counts[p]) {
        const std::uint32_t n = c;
        c = sum;
        sum += n;
      }
      for (std::uint64_t v : values) buffer[counts[p][(v >> (16 * p)) & 0xFFFF]++] = v;
      values.swap(buffer);
    }
    // Values above 2^48 (never produced by PackDetonatorCode) would be out of order: fall back.
    if (!std::is_sorted(values.begin(), values.end())) std::sort(values.begin(), values.end());
  }
  const auto end = std::unique(values.begin(), values.end());
  const auto removed = static_cast<std::size_t>(values.end() - end);
  values.erase(end, values.end());
  return removed;
}

std::size_t Normalise(CodeSet& set) {
  return SortUniquePacked(set.packed) + SortUniqueSmall(set.other);
}

CodeSetDifference Difference(const CodeSet& a, const CodeSet& b) {
  CodeSetDifference packed, other;
  SortedDifference(
      a.packed, b.packed, [&](std::uint64_t c) { packed.only_a.push_back(UnpackDetonatorCode(c)); },
      [&](std::uint64_t c) { packed.only_b.push_back(UnpackDetonatorCode(c)); });
  SortedDifference(
      a.other, b.other, [&](const std::string& c) { other.only_a.push_back(c); },
      [&](const std::string& c) { other.only_b.push_back(c); });
  // Both parts are sorted as text (packed order equals text order): one merge each.
  CodeSetDifference out;
  out.only_a = Merge(std::move(packed.only_a), std::move(other.only_a));
  out.only_b = Merge(std::move(packed.only_b), std::move(other.only_b));
  return out;
}

CodeSet Apply(const CodeSet& base, const CodeSet& removed, const CodeSet& added) {
  return CodeSet{ApplySorted(base.packed, removed.packed, added.packed),
                 ApplySorted(base.other, removed.other, added.other)};
}

bool IsCountableCode(std::string_view token) noexcept {
  if (IsValidDetonatorCode(token)) return true;
  return !token.empty() && token.size() <= kFreeCodeMax &&
         std::all_of(token.begin(), token.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

void AddCode(CodeSet& set, std::string_view token) {
  if (auto p = PackDetonatorCode(token)) set.packed.push_back(*p);
  else set.other.emplace_back(token);
}

bool IsCodeHeader(std::string_view cell) {
  std::string lower;
  for (char c : Trim(cell)) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  // Column titles a scanner or spreadsheet export puts above the codes (not messages).
  static const char* kHeaders[] = {"编码", "条码", "雷管编码", "管壳码", "code",
                                   "codes", "barcode", "detonator_code", "uid"};
  return std::any_of(std::begin(kHeaders), std::end(kHeaders),
                     [&](const char* h) { return lower == h; });
}

ScannedCodes ParseScannedText(std::string_view text, std::size_t max_errors) {
  ScannedCodes out;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 BOM
  out.codes.packed.reserve(text.size() / 14 + 1);
  std::size_t line_no = 0;
  bool first = true;  // a header may only be the first non-blank line
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++line_no;
    // The common case first: a line that is exactly one GA 441 code (a scanner file).
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.size() == kDetonatorCodeLength) {
      if (auto p = PackDetonatorCode(line)) {
        out.codes.packed.push_back(*p);
        ++out.tokens;
        first = false;
        continue;
      }
    }
    bool header = false;
    while (!line.empty() && !header) {
      const std::size_t sep = line.find_first_of(",;\t");
      std::string_view token = Trim(line.substr(0, sep));
      line.remove_prefix(sep == std::string_view::npos ? line.size() : sep + 1);
      if (token.empty()) continue;
      if (auto p = token.size() == kDetonatorCodeLength ? PackDetonatorCode(token) : std::nullopt) {
        out.codes.packed.push_back(*p);
        ++out.tokens;
      } else if (first && IsCodeHeader(token)) {
        header = true;
      } else if (IsCountableCode(token)) {
        out.codes.other.emplace_back(token);
        ++out.tokens;
      } else {
        if (out.invalid.size() < max_errors) out.invalid.emplace_back(line_no, std::string(token));
        ++out.invalid_count;
      }
      first = false;
    }
  }
  return out;
}

}  // namespace anjian::voucher
