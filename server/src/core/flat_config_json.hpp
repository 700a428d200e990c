// JSON text of a flat configuration struct (numbers only) from ONE list of its fields, so the
// serializer and the parser cannot drift apart and a new field is one line in that list.
#pragma once

#include <boost/json.hpp>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/core_errors.hpp"

namespace anjian::core {

template <class Config>
struct FlatField {
  std::string_view name;
  std::variant<int Config::*, std::int64_t Config::*, double Config::*> member;
};

template <class Config>
std::string FlatConfigToJson(const Config& c, const std::vector<FlatField<Config>>& fields) {
  boost::json::object o;
  for (const auto& f : fields)
    std::visit(
        [&](auto m) {
          using T = std::remove_cvref_t<decltype(c.*m)>;
          // A whole double is written as an integer: people read the stored text ("80", not "8E1").
          if constexpr (std::is_same_v<T, double>) {
            const double v = c.*m;
            if (std::trunc(v) == v && std::fabs(v) < 1e15)
              o[f.name] = static_cast<std::int64_t>(v);
            else
              o[f.name] = v;
          } else {
            o[f.name] = c.*m;
          }
        },
        f.member);
  return boost::json::serialize(o);
}

// Fills `out` (which holds the defaults) from `text`. A missing key keeps its default, so values
// stored before a field existed stay readable. Rules: config_json_invalid (not a JSON object,
// field ""), config_field_unknown, config_field_type (a whole number expected, or any finite
// number for double fields). The caller validates the result.
template <class Config>
std::vector<FieldError> FlatConfigFromJson(std::string_view text,
                                           const std::vector<FlatField<Config>>& fields,
                                           Config& out) {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(text, ec);
  if (ec || !v.is_object())
    return {core::CoreErr("config_json_invalid").At("")};
  std::vector<FieldError> errors;
  const auto& o = v.as_object();
  for (const auto& [key, _] : o) {
    bool known = false;
    for (const auto& f : fields) known = known || f.name == std::string_view(key);
    if (!known) {
      std::string k(key);
      errors.push_back(core::CoreErr("config_field_unknown").At(k, k));
    }
  }
  for (const auto& f : fields) {
    const auto* p = o.if_contains(f.name);
    if (p == nullptr) continue;
    const std::string name(f.name);
    std::visit(
        [&](auto m) {
          using T = std::remove_reference_t<decltype(out.*m)>;
          if constexpr (std::is_same_v<T, double>) {
            if (p->is_number() && std::isfinite(p->template to_number<double>())) {
              out.*m = p->template to_number<double>();
              return;
            }
            errors.push_back(core::CoreErr("config_field_type")
                                 .At(name, name, core::kConfigNumber.en, core::kConfigNumber.zh));
          } else {
            // 3.0 from a JavaScript client is a whole number too.
            if (p->is_int64()) {
              out.*m = static_cast<T>(p->as_int64());
              if (static_cast<std::int64_t>(out.*m) == p->as_int64()) return;
            } else if (p->is_double() && std::trunc(p->as_double()) == p->as_double() &&
                       std::fabs(p->as_double()) < 1e9) {
              out.*m = static_cast<T>(p->as_double());
              return;
            }
            errors.push_back(core::CoreErr("config_field_type")
                                 .At(name, name, core::kConfigWholeNumber.en,
                                     core::kConfigWholeNumber.zh));
          }
        },
        f.member);
  }
  return errors;
}

}  // namespace anjian::core
