// libFuzzer target: request bodies through strict JSON decoding and enterprise validation.
// Any input must end in a value or an ApiException, never a crash or a sanitizer report.
// Oracle: a body the parser accepts holds no control character the text rule refuses
// (core/text.hpp), in any key or string at any depth.
#include <cstddef>
#include <cstdint>
#include <string>

#include "platform/api/json.hpp"
#include "registry/enterprise_rules.hpp"
#include "core/text.hpp"

namespace {

void CheckNoControlChars(const boost::json::value& v) {
  using anjian::core::FindControlChar;
  using anjian::core::TextShape;
  if (v.is_string()) {
    if (FindControlChar(v.as_string(), TextShape::kMultiLine)) __builtin_trap();
  } else if (v.is_array()) {
    for (const auto& e : v.as_array()) CheckNoControlChars(e);
  } else if (v.is_object()) {
    for (const auto& kv : v.as_object()) {
      if (FindControlChar(kv.key(), TextShape::kSingleLine)) __builtin_trap();
      CheckNoControlChars(kv.value());
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string body(reinterpret_cast<const char*>(data), size);
  try {
    CheckNoControlChars(anjian::api::ParseJsonBody(body));
  } catch (const anjian::ApiException&) {
  }
  try {
    anjian::api::JsonInput in(body);
    anjian::registry::EnterpriseInput e;
    e.name = in.Str("name");
    e.uscc = in.Str("uscc", false, 40);
    e.region_code = in.Str("region_code");
    e.industry = in.Str("industry");
    e.industry_code = in.Str("industry_code");
    e.contact_phone = in.Str("contact_phone");
    e.employees = in.Int("employees");
    e.latitude = in.Num("latitude");
    e.longitude = in.Num("longitude");
    e.accept_uscc_warning = in.Bool("accept_uscc_warning");
    in.IdList("ids");
    in.StrList("tags");
    anjian::registry::ValidateEnterprise(e, [](std::string_view c) { return c == "370811"; });
    in.Finish();
  } catch (const anjian::ApiException&) {
  }
  return 0;
}
