#include "registry/uscc_rules.hpp"

#include "core/text.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::registry {
namespace {

// Weight of position i (1-based) is 3^(i-1) mod 31 (GB 32100 §4.3).
constexpr int kUsccWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
// GB 11714 weights for the 8 body characters of an organisation code.
constexpr int kOrgWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};

constexpr char kField[] = "uscc";

int OrgCharValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string NormalizeUscc(std::string_view raw) {
  return core::AsciiUpper(core::TrimView(raw));
}

int UsccCharValue(char c) {
  const auto pos = kUsccCharset.find(c);
  return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

char UsccCheckChar(std::string_view first17) {
  if (first17.size() != 17) return '\0';
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) {
    const int v = UsccCharValue(first17[i]);
    if (v < 0) return '\0';
    sum += v * kUsccWeights[i];
  }
  const int check = (31 - sum % 31) % 31;  // a result of 31 becomes 0
  return kUsccCharset[static_cast<std::size_t>(check)];
}

std::string MakeUscc(std::string_view first17) {
  const char check = UsccCheckChar(first17);
  if (check == '\0') return {};
  std::string out(first17);
  out.push_back(check);
  return out;
}

char OrgCodeCheckChar(std::string_view first8) {
  if (first8.size() != 8) return '\0';
  int sum = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    const int v = OrgCharValue(first8[i]);
    if (v < 0) return '\0';
    sum += v * kOrgWeights[i];
  }
  const int check = 11 - sum % 11;
  if (check == 10) return 'X';
  if (check == 11) return '0';
  return static_cast<char>('0' + check);
}

std::optional<FieldError> UsccCheckCharError(std::string_view normalized) {
  if (normalized.size() != kUsccLength) return std::nullopt;
  for (char c : normalized) {
    if (UsccCharValue(c) < 0) return std::nullopt;
  }
  const char expected = UsccCheckChar(normalized.substr(0, 17));
  if (expected == normalized[17]) return std::nullopt;
  return Err("uscc_check_char").At(kField, expected);
}

std::vector<FieldError> ValidateUscc(std::string_view normalized, bool accept_check_warning) {
  std::vector<FieldError> errors;
  if (normalized.empty()) {
    errors.push_back(Err("uscc_required").At(kField));
    return errors;
  }
  if (normalized.size() != kUsccLength) {
    errors.push_back(Err("uscc_length").At(kField, normalized.size()));
  }
  bool charset_ok = true;
  for (char c : normalized) {
    if (UsccCharValue(c) < 0) {
      charset_ok = false;
      break;
    }
  }
  if (!charset_ok) {
    errors.push_back(Err("uscc_charset").At(kField));
  }
  if (normalized.size() == kUsccLength && !core::IsAsciiDigits(normalized.substr(2, 6))) {
    errors.push_back(Err("uscc_region").At(kField));
  }
  if (!accept_check_warning && charset_ok) {
    if (auto err = UsccCheckCharError(normalized)) errors.push_back(std::move(*err));
  }
  return errors;
}

}  // namespace anjian::registry
