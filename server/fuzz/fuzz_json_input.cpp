// libFuzzer target: request bodies through strict JSON decoding and enterprise validation.
// Any input must end in a value or an ApiException, never a crash or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string>

#include "api/json.hpp"
#include "domain/enterprise_rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string body(reinterpret_cast<const char*>(data), size);
  try {
    anjian::api::JsonInput in(body);
    anjian::domain::EnterpriseInput e;
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
    anjian::domain::ValidateEnterprise(e, [](std::string_view c) { return c == "370811"; });
    in.Finish();
  } catch (const anjian::ApiException&) {
  }
  return 0;
}
