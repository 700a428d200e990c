#include "registry/import_cell_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::registry {
namespace {

TEST(ImportCellTest, SpreadsheetNumbers) {
  struct Case {
    const char* cell;
    bool number;
  };
  const Case cases[] = {
      {"1.23708000043457E+17", true}, {"9.1370811E+17", true},  {"1E+17", true},
      {"5372345678", true},           {"13912345678.0", true},  {"913708117856341234", true},
      {"91370811MA3C5R8X2T", false},  {"0537-2345678", false},  {"", false},
      {"1.5", false},                 {"E+17", false},          {"1.2E", false},
      {"12a", false},                 {"１３９", false},
  };
  for (const auto& c : cases) EXPECT_EQ(LooksLikeSpreadsheetNumber(c.cell), c.number) << c.cell;
}

}  // namespace
}  // namespace anjian::registry
