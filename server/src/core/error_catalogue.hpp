// Error catalogues: every rule id a module reports, with its one field-independent message
// pair (English, 简体中文). Each area keeps its catalogue in `<area>_errors.hpp`:
//
//   inline constexpr core::Rule kHiddenDangerErrors[] = {
//       {"title_required", "a title is required", "请填写隐患名称"},
//       {"deadline_past", "the deadline {} is in the past", "整改期限 {} 早于今天"},
//   };
//   consteval const core::Rule& Err(std::string_view id) {
//     return core::FindRule(kHiddenDangerErrors, id);  // an unknown id does not compile
//   }
//   ... throw core::Invalid(Err("title_required").At("title"));
//
// Messages may carry {} placeholders (fmt syntax; {0}, {1} where the languages order them
// differently), filled by At(field, args...). app/error_catalogues.cpp lists every area's
// catalogue; error_catalogue_test checks that every id exists once in the whole server with one
// message pair and that no code spells a FieldError or an error message outside a catalogue.
#pragma once

#include <fmt/core.h>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "core/error.hpp"

namespace anjian::core {

struct Rule {
  std::string_view id;
  std::string_view en;
  std::string_view zh;

  // This rule on `field` ("" for the whole request), its messages as they are.
  FieldError At(std::string field = {}) const {
    return {std::move(field), std::string(id), std::string(en), std::string(zh)};
  }
  // This rule on `field`, its placeholders filled with `args` in both languages.
  template <typename... Args>
  FieldError At(std::string field, const Args&... args) const {
    return {std::move(field), std::string(id), fmt::format(fmt::runtime(en), args...),
            fmt::format(fmt::runtime(zh), args...)};
  }
  // The non-validation answers with this rule's messages (placeholders filled), shaped as
  // Error::Conflict and its siblings are (message only, no field errors).
  template <typename... Args>
  Error Conflict(const Args&... args) const {
    return WithCode(ErrorCode::kConflict, args...);
  }
  template <typename... Args>
  Error Forbidden(const Args&... args) const {
    return WithCode(ErrorCode::kForbidden, args...);
  }
  template <typename... Args>
  Error BadRequest(const Args&... args) const {
    return WithCode(ErrorCode::kBadRequest, args...);
  }
  template <typename... Args>
  Error WithCode(ErrorCode code, const Args&... args) const {
    FieldError f = At(std::string(), args...);
    return Error{code, std::move(f.message), std::move(f.message_zh), {}};
  }
};

// A named catalogue, as app/error_catalogues.cpp lists them.
struct Catalogue {
  std::string_view area;
  std::span<const Rule> rules;
};

// The rule `id` of `rules`, at compile time: an id missing from the catalogue is a build error.
template <std::size_t N>
consteval const Rule& FindRule(const Rule (&rules)[N], std::string_view id) {
  for (const Rule& r : rules)
    if (r.id == id) return r;
  throw "rule id not in the catalogue";  // not a constant expression: the build fails here
}

// True when no id appears twice (for a static_assert beside each catalogue).
template <std::size_t N>
consteval bool UniqueIds(const Rule (&rules)[N]) {
  for (std::size_t i = 0; i < N; ++i)
    for (std::size_t j = i + 1; j < N; ++j)
      if (rules[i].id == rules[j].id) return false;
  return true;
}

// Throws the validation answer (422) of one or more field errors.
[[noreturn]] void Invalid(FieldError error);
[[noreturn]] void Invalid(std::vector<FieldError> errors);

}  // namespace anjian::core
