// Error catalogue of core/: the text input rules every area applies (core/text.hpp).
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::core {

inline constexpr Rule kCoreErrors[] = {
    {"control_character", "must not contain control characters (found {})",
     "不能包含控制字符（发现 {}）"},
    {"single_line", "must be a single line of text (no line breaks or tabs)",
     "须为单行文本，不能包含换行或制表符"},
};
static_assert(UniqueIds(kCoreErrors));

consteval const Rule& CoreErr(std::string_view id) { return FindRule(kCoreErrors, id); }

}  // namespace anjian::core
