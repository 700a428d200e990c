#include "registry/enterprise_rules.hpp"


#include "registry/industry_rules.hpp"
#include "registry/region_rules.hpp"
#include "core/text.hpp"
#include "registry/uscc_rules.hpp"

namespace anjian::domain {
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
  const char* label_en;
  const char* label_zh;
  std::size_t min;  // 0 = optional
  std::size_t max;
};

// Checks presence, UTF-8 validity and length in characters of one text field.
void CheckText(const TextField& f, std::string_view value, std::vector<FieldError>& errors) {
  const std::string field = f.field;
  if (value.empty()) {
    if (f.min > 0) {
      errors.push_back({field, field + "_required", std::string(f.label_en) + " is required",
                        std::string(f.label_zh) + "为必填项"});
    }
    return;
  }
  // The one control-character rule (text.hpp): the import reaches this without JsonInput.
  if (CheckControlChars(value, ShapeForLimit(f.max), field, errors)) return;
  const auto length = Utf8Length(value);
  if (!length) {
    errors.push_back({field, field + "_encoding",
                      std::string(f.label_en) + " is not valid UTF-8 text",
                      std::string(f.label_zh) + "包含无效字符编码"});
    return;
  }
  if (*length < f.min || *length > f.max) {
    const std::string range = std::to_string(f.min) + "-" + std::to_string(f.max);
    const std::string range_zh = std::to_string(f.min) + "至" + std::to_string(f.max);
    errors.push_back(
        {field, field + "_length",
         std::string(f.label_en) + " must be " +
             (f.min > 0 ? range : "at most " + std::to_string(f.max)) + " characters (got " +
             std::to_string(*length) + ")",
         std::string(f.label_zh) + "长度应" +
             (f.min > 0 ? "为" + range_zh : "不超过" + std::to_string(f.max)) + "个字符（当前" +
             std::to_string(*length) + "个）"});
  }
}

bool IsDigitRun(std::string_view s, std::size_t min, std::size_t max) {
  return s.size() >= min && s.size() <= max && IsAsciiDigits(s);
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
      IsAsciiDigits(phone)) {
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
  in.name = Trim(in.name);
  in.uscc = NormalizeUscc(in.uscc);
  in.region_code = Trim(in.region_code);
  in.industry = Trim(in.industry);
  in.industry_code = Trim(in.industry_code);
  in.scale = AsciiLower(TrimView(in.scale));
  in.address = Trim(in.address);
  in.legal_representative = Trim(in.legal_representative);
  in.contact_phone = Trim(in.contact_phone);
  in.park_name = Trim(in.park_name);

  std::vector<FieldError> errors;

  CheckText({"name", "enterprise name", "企业名称", kEnterpriseNameMin, kEnterpriseNameMax},
            in.name, errors);

  for (auto& e : ValidateUscc(in.uscc, in.accept_uscc_warning)) errors.push_back(std::move(e));

  if (in.region_code.empty()) {
    errors.push_back({"region_code", "region_required", "region is required",
                      "所属行政区划为必填项"});
  } else if (!IsValidRegionCodeFormat(in.region_code)) {
    errors.push_back({"region_code", "region_format",
                      "region code must be six digits (GB/T 2260) or a zone code such as "
                      "370800Z1",
                      "行政区划代码应为6位数字（GB/T 2260）或功能区代码（如 370800Z1）"});
  } else if (!region_exists || !region_exists(in.region_code)) {
    errors.push_back({"region_code", "region_unknown",
                      "region " + in.region_code + " does not exist",
                      "行政区划 " + in.region_code + " 不存在"});
  }

  std::optional<Industry> industry;
  if (in.industry.empty()) {
    errors.push_back({"industry", "industry_required", "industry category is required",
                      "行业类别为必填项"});
  } else {
    industry = ParseIndustry(in.industry);
    if (!industry) {
      errors.push_back({"industry", "industry_invalid",
                        "industry category '" + in.industry +
                            "' is not one of civil_explosives_production, "
                            "civil_explosives_sales, civil_aircraft, civil_ship, "
                            "hazardous_chemicals, general",
                        "行业类别“" + in.industry + "”无效"});
    }
  }

  if (!in.industry_code.empty()) {
    if (!IsDigitRun(in.industry_code, 4, 4)) {
      errors.push_back({"industry_code", "industry_code_format",
                        "industry code must be a four-digit GB/T 4754 class",
                        "国民经济行业代码应为4位数字（GB/T 4754 小类）"});
    } else if (!FindIndustryCode(in.industry_code)) {
      errors.push_back({"industry_code", "industry_code_unknown",
                        "industry code " + in.industry_code + " is not in the GB/T 4754 table",
                        "国民经济行业代码 " + in.industry_code + " 不在行业分类表中"});
    } else if (industry) {
      for (auto& e : CheckIndustryConsistency(*industry, in.industry_code)) {
        errors.push_back(std::move(e));
      }
    }
  }

  if (!in.scale.empty() && !ParseScale(in.scale)) {
    errors.push_back({"scale", "scale_invalid",
                      "scale must be one of large, medium, small, micro",
                      "企业规模应为大型、中型、小型或微型"});
  }

  if (in.employees && (*in.employees < 0 || *in.employees > kEmployeesMax)) {
    errors.push_back({"employees", "employees_range",
                      "number of employees must be between 0 and 1000000",
                      "从业人数应在0至1000000之间"});
  }

  if (!in.contact_phone.empty() && !IsValidPhone(in.contact_phone)) {
    errors.push_back({"contact_phone", "phone_format",
                      "contact phone must be a mobile number (11 digits starting 13-19) or a "
                      "landline such as 0537-2345678",
                      "联系电话应为11位手机号码或固定电话（如 0537-2345678）"});
  }

  CheckText({"address", "address", "地址", 0, kAddressMax}, in.address, errors);
  CheckText({"legal_representative", "legal representative", "法定代表人", 0, kPersonNameMax},
            in.legal_representative, errors);
  CheckText({"park_name", "park name", "所在园区", 0, kParkNameMax}, in.park_name, errors);

  // !(x >= lo && x <= hi) also rejects NaN.
  if (in.latitude && !(*in.latitude >= -90.0 && *in.latitude <= 90.0)) {
    errors.push_back({"latitude", "latitude_range", "latitude must be between -90 and 90",
                      "纬度应在-90至90之间"});
  }
  if (in.longitude && !(*in.longitude >= -180.0 && *in.longitude <= 180.0)) {
    errors.push_back({"longitude", "longitude_range", "longitude must be between -180 and 180",
                      "经度应在-180至180之间"});
  }
  // A lone coordinate cannot be placed on the map; demand both or neither.
  if (in.latitude.has_value() != in.longitude.has_value()) {
    errors.push_back({in.latitude ? "longitude" : "latitude", "coordinates_pair",
                      "latitude and longitude must be given together",
                      "经度和纬度须同时填写"});
  }
  return errors;
}

}  // namespace anjian::domain
