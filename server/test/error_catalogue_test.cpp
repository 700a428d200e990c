// Every rule id exists once in the whole server, with one message pair whose two languages carry
// the same placeholders, and every area's catalogue file is listed in app/error_catalogues.cpp.
// (layout_lint_test checks that no code spells a message outside a catalogue.)
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "app/error_catalogues.hpp"

namespace {

int Placeholders(std::string_view text) {
  static const std::regex p(R"(\{[0-9]*\})");
  std::string s(text);
  return static_cast<int>(std::distance(std::sregex_iterator(s.begin(), s.end(), p), {}));
}

TEST(ErrorCatalogue, EveryRuleIdOnceWithOneMessagePair) {
  std::map<std::string, std::string> owner;  // rule id → area
  int rules = 0;
  for (const auto& cat : anjian::app::AllErrorCatalogues()) {
    EXPECT_FALSE(cat.rules.empty()) << cat.area;
    for (const auto& r : cat.rules) {
      ++rules;
      const std::string id(r.id);
      EXPECT_TRUE(std::regex_match(id, std::regex("[a-z][a-z0-9_]*"))) << cat.area << ": " << id;
      auto [it, fresh] = owner.emplace(id, std::string(cat.area));
      EXPECT_TRUE(fresh) << "rule " << id << " is in the catalogues of " << it->second << " and "
                         << cat.area << ": one rule, one message pair (move it to the area "
                         << "both use, or give the two meanings two ids)";
      EXPECT_FALSE(r.en.empty()) << id;
      EXPECT_FALSE(r.zh.empty()) << id;
      EXPECT_EQ(Placeholders(r.en), Placeholders(r.zh)) << id << ": " << r.en << " / " << r.zh;
    }
  }
  EXPECT_GT(rules, 0);
}

TEST(ErrorCatalogue, EveryCatalogueFileIsListed) {
  namespace fs = std::filesystem;
  std::set<std::string> listed;
  for (const auto& cat : anjian::app::AllErrorCatalogues()) listed.insert(std::string(cat.area));
  const fs::path src = fs::path(ANJIAN_SOURCE_DIR) / "server" / "src";
  for (const auto& e : fs::recursive_directory_iterator(src)) {
    const std::string name = e.path().filename().string();
    if (!name.ends_with("_errors.hpp")) continue;
    const std::string area = name.substr(0, name.size() - std::string("_errors.hpp").size());
    EXPECT_TRUE(listed.count(area))
        << e.path() << " is not listed in server/src/app/error_catalogues.cpp (area \"" << area
        << "\")";
  }
}

}  // namespace
