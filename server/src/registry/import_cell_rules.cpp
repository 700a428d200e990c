#include "registry/import_cell_rules.hpp"

#include <cctype>

namespace anjian::registry {

namespace {

bool Digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

bool LooksLikeSpreadsheetNumber(std::string_view cell) {
  if (Digits(cell)) return true;
  const size_t e = cell.find_first_of("eE");
  if (e != std::string_view::npos) {  // 1.23708E+17
    std::string_view mantissa = cell.substr(0, e), exponent = cell.substr(e + 1);
    if (!exponent.empty() && (exponent[0] == '+' || exponent[0] == '-')) exponent.remove_prefix(1);
    const size_t dot = mantissa.find('.');
    const bool mantissa_ok =
        dot == std::string_view::npos
            ? Digits(mantissa)
            : Digits(mantissa.substr(0, dot)) && Digits(mantissa.substr(dot + 1));
    return mantissa_ok && Digits(exponent);
  }
  const size_t dot = cell.find('.');  // 13912345678.0
  if (dot == std::string_view::npos || !Digits(cell.substr(0, dot))) return false;
  const std::string_view tail = cell.substr(dot + 1);
  return !tail.empty() && tail.find_first_not_of('0') == std::string_view::npos;
}

}  // namespace anjian::registry
