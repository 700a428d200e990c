#include "registry/enterprise_rules.hpp"

#include "registry/industry_rules.hpp"
#include "core/core_errors.hpp"
#include "registry/registry_errors.hpp"
#include "registry/region_rules.hpp"
#include "core/text.hpp"
#include "registry/uscc_rules.hpp"

namespace anjian::registry {
namespace {

struct ScaleInfo {
  Scale scale;
  std::string_view value, label_zh, label_en;
};

constexpr ScaleInfo kScaleInfo[] = {
    {Scale::kLarge, "large", "大型", "Large"},
    {Scale::kMedium, "medium", "中型", "Medium"},
    {Scale::kSmall, "small", "小型", "Small"},
    {Scale::kMicro, "micro", "微型", "Micro"},
};

const ScaleInfo& Info(Scale scale) {
  for (const auto& info : kScaleInfo) {
    if (info.scale == scale) return info;
  }
  return kScaleInfo[0];
}

struct TextField {
  const char* field;
  const core::Rule* required;  // nullptr: optional
  const core::Rule& encoding;
  const core::Rule& length;
  std::size_t min;  // 0 = optional
  std::size_t max;
};

// Checks presence, UTF-8 validity and length in characters of one text field.
void CheckText(const TextField& f, std::string_view value, std::vector<FieldError>& errors) {
  const std::string field = f.field;
  if (value.empty()) {
    if (f.required) errors.push_back(f.required->At(field));
    return;
  }
  // The one control-character rule (text.hpp): the import reaches this without JsonInput.
  if (core::CheckControlChars(value, core::ShapeForLimit(f.max), field, errors)) return;
  const auto length = core::Utf8Length(value);
  if (!length) {
    errors.push_back(f.encoding.At(field));
    return;
  }
  if (*length < f.min || *length > f.max) {
    errors.push_back(f.min > 0 ? f.length.At(field, f.min, f.max, *length)
                               : f.length.At(field, f.max, *length));
  }
}

bool IsDigitRun(std::string_view s, std::size_t min, std::size_t max) {
  return s.size() >= min && s.size() <= max && core::IsAsciiDigits(s);
}

}  // namespace

const std::vector<Scale>& AllScales() {
  static const std::vector<Scale> kAll = {Scale::kLarge, Scale::kMedium, Scale::kSmall,
                                          Scale::kMicro};
  return kAll;
}

std::string_view ScaleValue(Scale scale) { return Info(scale).value; }
std::string_view ScaleLabelZh(Scale scale) { return Info(scale).label_zh; }
std::string_view ScaleLabelEn(Scale scale) { return Info(scale).label_en; }

std::optional<Scale> ParseScale(std::string_view value) {
  for (const auto& info : kScaleInfo) {
    if (info.value == value) return info.scale;
  }
  return std::nullopt;
}

bool IsValidPhone(std::string_view phone) {
  // Mobile: 11 digits starting 13..19.
  if (phone.size() == 11 && phone[0] == '1' && phone[1] >= '3' && phone[1] <= '9' &&
      core::IsAsciiDigits(phone)) {
    return true;
  }
  // Landline: area code 0xx or 0xxx, optional hyphen, 7-8 digit number, optional -extension.
  if (phone.empty() || phone[0] != '0') return false;
  std::string_view rest = phone;
  std::string_view extension;
  if (const auto dash = rest.find('-'); dash != std::string_view::npos) {
    const auto area = rest.substr(0, dash);
    if (!IsDigitRun(area, 3, 4)) return false;
    rest = rest.substr(dash + 1);
    if (const auto dash2 = rest.find('-'); dash2 != std::string_view::npos) {
      extension = rest.substr(dash2 + 1);
      rest = rest.substr(0, dash2);
      if (!IsDigitRun(extension, 1, 6)) return false;
    }
    return IsDigitRun(rest, 7, 8);
  }
  // Without a hyphen the split is ambiguous; accept 10-12 digits in total (area + number).
  return IsDigitRun(rest, 10, 12);
}

std::vector<FieldError> ValidateEnterprise(
    EnterpriseInput& in, const std::function<bool(std::string_view)>& region_exists) {
  in.name = core::Trim(in.name);
  in.uscc = NormalizeUscc(in.uscc);
  in.region_code = core::Trim(in.region_code);
  in.industry = core::Trim(in.industry);
  in.industry_code = core::Trim(in.industry_code);
  in.scale = core::AsciiLower(core::TrimView(in.scale));
  in.address = core::Trim(in.address);
  in.legal_representative = core::Trim(in.legal_representative);
  in.contact_phone = core::Trim(in.contact_phone);
  in.park_name = core::Trim(in.park_name);

  std::vector<FieldError> errors;

  CheckText({"name", &Err("name_required"), Err("name_encoding"), Err("name_length"),
             kEnterpriseNameMin, kEnterpriseNameMax},
            in.name, errors);

  for (auto& e : ValidateUscc(in.uscc, in.accept_uscc_warning)) errors.push_back(std::move(e));

  if (in.region_code.empty()) {
    errors.push_back(Err("region_required").At("region_code"));
  } else if (!IsValidRegionCodeFormat(in.region_code)) {
    errors.push_back(Err("region_format").At("region_code"));
  } else if (!region_exists || !region_exists(in.region_code)) {
    errors.push_back(Err("region_unknown").At("region_code", in.region_code));
  }

  std::optional<Industry> industry;
  if (in.industry.empty()) {
    errors.push_back(Err("industry_required").At("industry"));
  } else {
    industry = ParseIndustry(in.industry);
    if (!industry) errors.push_back(Err("industry_invalid").At("industry", in.industry));
  }

  if (!in.industry_code.empty()) {
    if (!IsDigitRun(in.industry_code, 4, 4)) {
      errors.push_back(Err("industry_code_format").At("industry_code"));
    } else if (!FindIndustryCode(in.industry_code)) {
      errors.push_back(Err("industry_code_unknown").At("industry_code", in.industry_code));
    } else if (industry) {
      for (auto& e : CheckIndustryConsistency(*industry, in.industry_code)) {
        errors.push_back(std::move(e));
      }
    }
  }

  if (!in.scale.empty() && !ParseScale(in.scale)) {
    errors.push_back(Err("scale_invalid").At("scale"));
  }

  if (in.employees && (*in.employees < 0 || *in.employees > kEmployeesMax)) {
    errors.push_back(Err("employees_range").At("employees"));
  }

  if (!in.contact_phone.empty() && !IsValidPhone(in.contact_phone)) {
    errors.push_back(core::CoreErr("phone_format").At("contact_phone"));
  }

  CheckText({"address", nullptr, Err("address_encoding"), Err("address_length"), 0, kAddressMax},
            in.address, errors);
  CheckText({"legal_representative", nullptr, Err("legal_representative_encoding"),
             Err("legal_representative_length"), 0, kPersonNameMax},
            in.legal_representative, errors);
  CheckText({"park_name", nullptr, Err("park_name_encoding"), Err("park_name_length"), 0,
             kParkNameMax},
            in.park_name, errors);

  // !(x >= lo && x <= hi) also rejects NaN.
  if (in.latitude && !(*in.latitude >= -90.0 && *in.latitude <= 90.0)) {
    errors.push_back(Err("latitude_range").At("latitude"));
  }
  if (in.longitude && !(*in.longitude >= -180.0 && *in.longitude <= 180.0)) {
    errors.push_back(Err("longitude_range").At("longitude"));
  }
  // A lone coordinate cannot be placed on the map; demand both or neither.
  if (in.latitude.has_value() != in.longitude.has_value()) {
    errors.push_back(Err("coordinates_pair").At(in.latitude ? "longitude" : "latitude"));
  }
  return errors;
}

}  // namespace anjian::registry
