// Validation of one enterprise record (一企一档), shared by the form, the API and the
// spreadsheet import so the three can never disagree.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace anjian::registry {

// Enterprise size class (企业规模), following the statistical 大中小微 split.
enum class Scale { kLarge, kMedium, kSmall, kMicro };

const std::vector<Scale>& AllScales();
std::string_view ScaleValue(Scale scale);  // "large" | "medium" | "small" | "micro"
std::optional<Scale> ParseScale(std::string_view value);
std::string_view ScaleLabelZh(Scale scale);
std::string_view ScaleLabelEn(Scale scale);

inline constexpr std::size_t kEnterpriseNameMin = 2;
inline constexpr std::size_t kEnterpriseNameMax = 100;
inline constexpr std::size_t kAddressMax = 200;
inline constexpr std::size_t kPersonNameMax = 50;
inline constexpr std::size_t kParkNameMax = 100;
inline constexpr std::int64_t kEmployeesMax = 1'000'000;

struct EnterpriseInput {
  std::string name, uscc, region_code, industry, industry_code, scale, address,
      legal_representative, contact_phone, park_name;
  std::optional<std::int64_t> employees;
  std::optional<double> latitude, longitude;
  bool accept_uscc_warning = false;
};

// Mobile (1[3-9] + 9 digits) or landline (0 + 2-3 digit area code, optional '-', 7-8 digits,
// optional "-extension" of 1-6 digits), e.g. 0537-2345678.
bool IsValidPhone(std::string_view phone);

// Normalises `in` in place (trims every string, upper-cases the USCC, lower-cases the scale) and
// returns every violated rule, not just the first, so a form or an import row shows all problems
// at once. region_exists is asked only about well-formed codes.
//
// Rules: name_required, name_length, name_encoding; uscc_* (see uscc.hpp); region_required,
// region_format, region_unknown; industry_required, industry_invalid; industry_code_format,
// industry_code_unknown, industry_code_mismatch; scale_invalid; employees_range; phone_format;
// address_length, address_encoding, legal_representative_length, legal_representative_encoding,
// park_name_length, park_name_encoding; control_character (text.hpp: the text fields are
// single-line, so no control character at all); latitude_range, longitude_range, coordinates_pair.
//
// The USCC's embedded region (characters 3-8) is deliberately not compared with region_code: it
// is the region of the registering authority, which differs from where the enterprise operates
// (city-level registration, zones without own codes, enterprises that moved).
std::vector<FieldError> ValidateEnterprise(
    EnterpriseInput& in, const std::function<bool(std::string_view)>& region_exists);

}  // namespace anjian::registry

