// 统一社会信用代码 (unified social credit code, GB 32100-2015): normalisation, check character
// and validation. Layout of the 18 characters:
//   [1] registration department  [2] organisation category  [3..8] GB/T 2260 region of the
//   registering authority  [9..17] 主体标识码 (GB 11714 organisation code)  [18] check character.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace anjian::registry {

inline constexpr std::size_t kUsccLength = 18;
// The 31 characters of GB 32100, in value order (0..30). I, O, Z, S, V are left out because
// they are easily confused with 1, 0, 2, 5, U.
inline constexpr std::string_view kUsccCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// Trims (including U+3000) and upper-cases: users paste codes from PDFs and licences in any case.
std::string NormalizeUscc(std::string_view raw);

// Value 0..30 of a USCC character, or -1 when it is not in the 31-character set.
int UsccCharValue(char c);

// Check character for the first 17 characters. Precondition: first17 has 17 characters from
// kUsccCharset (anything else returns '\0', never a wrong but plausible character).
char UsccCheckChar(std::string_view first17);

// first17 + its check character; "" when first17 is not 17 valid characters.
std::string MakeUscc(std::string_view first17);

// GB 11714 organisation-code check character for the first 8 characters (0-9 and A-Z valued
// 0..35); returns '\0' for malformed input. Used to build realistic demo codes.
char OrgCodeCheckChar(std::string_view first8);

// The uscc_check_char error for a code that is otherwise well formed (18 characters of the set)
// and whose check character does not match; nullopt otherwise. Services keep it as the
// enterprise's `uscc_warning` when the user chose to accept the mismatch.
std::optional<FieldError> UsccCheckCharError(std::string_view normalized);

// Validates a normalised code. Rules: uscc_required, uscc_length, uscc_charset, uscc_region,
// uscc_check_char. The check-character rule is skipped when accept_check_warning is true because
// some legal early pilot-region codes fail it (rules.md §11): the UI warns, the user confirms.
//
// The embedded organisation code (characters 9..17) carries its own GB 11714 check digit, but it
// is deliberately NOT verified: 主体标识码 of individual businesses and some early codes do not
// follow GB 11714, so that check would reject real registrations.
std::vector<FieldError> ValidateUscc(std::string_view normalized, bool accept_check_warning);

}  // namespace anjian::registry

