#include "explosives/magazine/magazine_storage_rules.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "core/test_util.hpp"

namespace anjian::magazine {
namespace {

using core::testing::Rules;
using core::testing::WellFormed;
using Set = std::set<std::string>;

TEST(StorageRulesTest, DefaultsAreValid) {
  EXPECT_TRUE(ValidateStorageRulesConfig(DefaultStorageRulesConfig()).empty());
}

// rules.md §2a as a full matrix: explosives, perforating charges, cord and shock tube together;
// detonators alone; black powder alone; ammonium nitrate with nothing; semi-finished alone; other
// raw materials alone.
TEST(StorageRulesTest, DefaultMixingMatrix) {
  const auto config = DefaultStorageRulesConfig();
  const Set together = {"explosive", "perforating_charge", "detonating_cord", "shock_tube"};
  ASSERT_EQ(config.classes.size(), 9u);
  int pairs = 0;
  for (const auto& a : config.classes) {
    for (const auto& b : config.classes) {
      const bool expected = a.id == b.id || (together.count(a.id) && together.count(b.id));
      EXPECT_EQ(MayShareMagazine(config, a.id, b.id), expected) << a.id << " + " << b.id;
      ++pairs;
    }
  }
  EXPECT_EQ(pairs, 81);
  EXPECT_FALSE(MayShareMagazine(config, "detonator", "unknown_class"));
  EXPECT_TRUE(MayShareMagazine(config, "unknown_class", "unknown_class"));
}

TEST(StorageRulesTest, GroupsArePairwiseNotTransitive) {
  StorageRulesConfig config;
  config.classes = {{"a", "甲", "A"}, {"b", "乙", "B"}, {"x", "丙", "X"}};
  config.mixing_groups = {{"a", "x"}, {"b", "x"}};
  EXPECT_TRUE(ValidateStorageRulesConfig(config).empty());
  EXPECT_TRUE(MayShareMagazine(config, "a", "x"));
  EXPECT_TRUE(MayShareMagazine(config, "x", "b"));
  EXPECT_FALSE(MayShareMagazine(config, "a", "b"));
}

TEST(StorageRulesTest, EveryValidationRule) {
  struct Case {
    const char* name;
    void (*mutate)(StorageRulesConfig&);
    Set expected;
    const char* field;
  };
  const Case cases[] = {
      {"id empty", [](auto& c) { c.classes[4].id = ""; }, {"storage_class_id"}, "classes[4].id"},
      {"id upper case", [](auto& c) { c.classes[4].id = "Detonator"; }, {"storage_class_id"},
       "classes[4].id"},
      {"id starts with digit", [](auto& c) { c.classes[4].id = "1x"; }, {"storage_class_id"},
       "classes[4].id"},
      {"id 41 chars", [](auto& c) { c.classes[4].id = std::string(41, 'a'); },
       {"storage_class_id"}, "classes[4].id"},
      {"id 40 chars", [](auto& c) { c.classes[4].id = std::string(40, 'a'); }, {}, ""},
      {"renaming a grouped class orphans the group", [](auto& c) { c.classes[0].id = "explosives"; },
       {"mixing_group_unknown_class"}, "mixing_groups[0][0]"},
      {"duplicate", [](auto& c) { c.classes.push_back(c.classes[4]); },
       {"storage_class_duplicate"}, "classes[9].id"},
      {"no zh label", [](auto& c) { c.classes[2].label_zh.clear(); }, {"storage_class_label"},
       "classes[2].label_zh"},
      {"no en label", [](auto& c) { c.classes[2].label_en.clear(); }, {"storage_class_label"},
       "classes[2].label_en"},
      {"group of one", [](auto& c) { c.mixing_groups.push_back({"detonator"}); },
       {"mixing_group_size"}, "mixing_groups[1]"},
      {"empty group", [](auto& c) { c.mixing_groups.push_back({}); }, {"mixing_group_size"},
       "mixing_groups[1]"},
      {"unknown class", [](auto& c) { c.mixing_groups[0].push_back("fireworks"); },
       {"mixing_group_unknown_class"}, "mixing_groups[0][4]"},
      {"class twice", [](auto& c) { c.mixing_groups[0].push_back("explosive"); },
       {"mixing_group_duplicate_class"}, "mixing_groups[0][4]"},
  };
  for (const auto& c : cases) {
    auto config = DefaultStorageRulesConfig();
    c.mutate(config);
    const auto errors = ValidateStorageRulesConfig(config);
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(WellFormed(errors)) << c.name;
    if (!errors.empty()) {
      EXPECT_EQ(errors[0].field, c.field) << c.name;
    }
  }
}

TEST(StorageRulesTest, JsonRoundTrip) {
  const auto config = DefaultStorageRulesConfig();
  const auto json = StorageRulesConfigToJson(config);
  const auto text = boost::json::serialize(json);
  std::vector<FieldError> errors;
  const auto back = StorageRulesConfigFromJson(boost::json::parse(text), errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(back.classes.size(), config.classes.size());
  for (std::size_t i = 0; i < back.classes.size(); ++i) {
    EXPECT_EQ(back.classes[i].id, config.classes[i].id);
    EXPECT_EQ(back.classes[i].label_zh, config.classes[i].label_zh);
    EXPECT_EQ(back.classes[i].label_en, config.classes[i].label_en);
  }
  EXPECT_EQ(back.mixing_groups, config.mixing_groups);
  EXPECT_EQ(boost::json::serialize(StorageRulesConfigToJson(back)), text);
}

TEST(StorageRulesTest, JsonShapeErrors) {
  struct Case {
    const char* name;
    const char* json;
    Set expected;
    const char* field;
  };
  const Case cases[] = {
      {"not an object", "[]", {"config_format"}, "config"},
      {"classes missing", R"({"mixing_groups":[]})", {"config_format"}, "classes"},
      {"groups missing", R"({"classes":[]})", {"config_format"}, "mixing_groups"},
      {"class not object", R"({"classes":[1],"mixing_groups":[]})", {"config_format"},
       "classes[0]"},
      {"id not string", R"({"classes":[{"id":1,"label_zh":"a","label_en":"a"}],"mixing_groups":[]})",
       {"config_format"}, "classes[0].id"},
      {"group not array", R"({"classes":[],"mixing_groups":["x"]})", {"config_format"},
       "mixing_groups[0]"},
      {"member not string", R"({"classes":[],"mixing_groups":[[1,2]]})", {"config_format"},
       "mixing_groups[0][0]"},
      {"valid shape, invalid content",
       R"({"classes":[{"id":"a","label_zh":"甲","label_en":"A"}],"mixing_groups":[["a","b"]]})",
       {"mixing_group_unknown_class"}, "mixing_groups[0][1]"},
      {"empty config is valid", R"({"classes":[],"mixing_groups":[]})", {}, ""},
  };
  for (const auto& c : cases) {
    std::vector<FieldError> errors;
    StorageRulesConfigFromJson(boost::json::parse(c.json), errors);
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(WellFormed(errors)) << c.name;
    if (!errors.empty()) {
      EXPECT_EQ(errors[0].field, c.field) << c.name;
    }
  }
}

}  // namespace
}  // namespace anjian::magazine
