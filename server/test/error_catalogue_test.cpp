// Every rule id exists once in the whole server, with one message pair whose two languages carry
// the same placeholders, and every area's catalogue file is listed in app/error_catalogues.cpp.
// (layout_lint_test checks that no code spells a message outside a catalogue.)
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
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

// Rule::At and its siblings fill the placeholders at run time (fmt::runtime): a call with fewer
// arguments than its message pair needs would answer 500. Every call written
// `Err("id").At(field, args...)` (or CoreErr, Conflict, Forbidden, BadRequest, WithCode) is
// checked here against its pair. (Rules picked at run time, as QueryFilter::OneOf does, are
// covered by their own tests.)
int Needed(std::string_view text) {
  static const std::regex p(R"(\{([0-9]*)\})");
  std::string s(text);
  int automatic = 0, highest = -1;
  for (auto it = std::sregex_iterator(s.begin(), s.end(), p); it != std::sregex_iterator(); ++it) {
    if ((*it)[1].length() == 0) ++automatic;
    else highest = std::max(highest, std::stoi((*it)[1].str()));
  }
  return std::max(automatic, highest + 1);
}

// The arguments of the call whose '(' is at `open`: their count, or -1 when unbalanced.
int ArgumentCount(const std::string& src, size_t open) {
  int depth = 0, commas = 0;
  bool any = false;
  char quote = 0;
  for (size_t i = open; i < src.size(); ++i) {
    char c = src[i];
    if (quote) {
      if (c == '\\') ++i;
      else if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') { quote = c; any = true; continue; }
    if (c == '(' || c == '{' || c == '[') { ++depth; if (depth > 1) any = true; continue; }
    if (c == ')' || c == '}' || c == ']') {
      if (--depth == 0) return any ? commas + 1 : 0;
      continue;
    }
    if (depth == 1 && c == ',') ++commas;
    else if (depth >= 1 && !std::isspace(static_cast<unsigned char>(c))) any = true;
  }
  return -1;
}

TEST(ErrorCatalogue, EveryCallPassesTheArgumentsItsMessagesNeed) {
  namespace fs = std::filesystem;
  std::map<std::string, int> needed;  // rule id → arguments its pair needs
  for (const auto& cat : anjian::app::AllErrorCatalogues())
    for (const auto& r : cat.rules)
      needed[std::string(r.id)] = std::max(Needed(r.en), Needed(r.zh));
  static const std::regex call(
      R"re(\b(?:CoreErr|Err)\("([a-z][a-z0-9_]*)"\)\.(At|Conflict|Forbidden|BadRequest|WithCode)\()re");
  int calls = 0;
  const fs::path src = fs::path(ANJIAN_SOURCE_DIR) / "server" / "src";
  for (const auto& e : fs::recursive_directory_iterator(src)) {
    const std::string ext = e.path().extension().string();
    if (ext != ".cpp" && ext != ".hpp") continue;
    std::ifstream in(e.path());
    std::stringstream buf;
    buf << in.rdbuf();
    const std::string text = buf.str();
    for (auto it = std::sregex_iterator(text.begin(), text.end(), call);
         it != std::sregex_iterator(); ++it) {
      const std::string id = (*it)[1].str(), method = (*it)[2].str();
      auto rule = needed.find(id);
      if (rule == needed.end()) continue;  // an area's own Err of an unlisted catalogue: the
                                           // EveryCatalogueFileIsListed test reports it
      ++calls;
      int args = ArgumentCount(text, static_cast<size_t>(it->position() + it->length() - 1));
      ASSERT_GE(args, 0) << e.path() << ": unbalanced call of rule " << id;
      // At(field, args...) and WithCode(code, args...) take one leading non-message argument.
      int message_args = (method == "At" || method == "WithCode") ? std::max(args - 1, 0) : args;
      const auto line = std::count(text.begin(), text.begin() + it->position(), '\n') + 1;
      EXPECT_GE(message_args, rule->second)
          << e.path().lexically_relative(src) << ":" << line << ": rule " << id << " needs "
          << rule->second << " message argument(s), the call passes " << message_args;
    }
  }
  EXPECT_GT(calls, 200);
}

}  // namespace
