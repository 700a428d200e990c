// The account form's text rules, as pure functions (the user administration applies them).
#pragma once

#include <string_view>

namespace anjian::identity {

// Rule username_format: 3–32 characters of a-z 0-9 . _ -.
bool IsValidUsername(std::string_view username);

// Rule email_format: one '@' with text on both sides, and no spaces, quotes, angle brackets,
// commas or semicolons (what a mail header would misread).
bool IsValidEmail(std::string_view email);

}  // namespace anjian::identity
