// What a spreadsheet cell of an enterprise import tells beyond its text.
#pragma once

#include <string_view>

namespace anjian::registry {

// A cell whose text is what a spreadsheet writes for a NUMBER cell: digits only, digits with a
// ".0" tail, or scientific notation (1.23708E+17). A USCC or a phone typed into a number-formatted
// column arrives like this, rounded to 15 digits or without its leading 0; the import reports
// such a value as stored as a number (rule stored_as_number) instead of as a wrong length.
bool LooksLikeSpreadsheetNumber(std::string_view cell);

}  // namespace anjian::registry
