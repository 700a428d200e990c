// Query-string filters: every bad value is one FieldError of the catalogue, all reported at once.
#include "registry/query_filter.hpp"

#include <gtest/gtest.h>

#include <set>

#include "registry/registry_errors.hpp"

namespace anjian::registry {
namespace {

std::vector<FieldError> ErrorsOf(const QueryMap& query,
                                 const std::function<void(QueryFilter&)>& read) {
  QueryFilter qf(query);
  read(qf);
  try {
    qf.Finish();
  } catch (const ApiException& e) {
    return e.error.errors;
  }
  return {};
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(QueryFilterTest, EveryParameterOneOfReportsItsOwnCatalogueRule) {
  // The parameters the registry, users and audit lists read with OneOf.
  for (const char* key : {"status", "kind", "owner_kind"}) {
    auto errs = ErrorsOf({{key, "bogus"}}, [&](QueryFilter& qf) { qf.OneOf(key, {"a", "b"}); });
    ASSERT_EQ(errs.size(), 1u) << key;
    EXPECT_EQ(errs[0].field, key);
    EXPECT_EQ(errs[0].rule, std::string(key) + "_invalid");
    EXPECT_EQ(errs[0].message, "must be one of: a, b");
    EXPECT_EQ(errs[0].message_zh, "取值无效，可选：a, b");
  }
  EXPECT_TRUE(ErrorsOf({{"status", " a "}}, [](QueryFilter& qf) {
                EXPECT_EQ(qf.OneOf("status", {"a", "b"}), "a");
              }).empty());
}

TEST(QueryFilterTest, TextIdsAndDates) {
  struct Case {
    const char* name;
    QueryMap query;
    std::set<std::string> rules;
  };
  const Case cases[] = {
      {"nothing given", {}, {}},
      {"good values", {{"q", "济宁"}, {"id", "12"}, {"from", "2024-02-29"}}, {}},
      {"text too long", {{"q", std::string(101, 'x')}}, {"max_length"}},
      {"100 Chinese characters", {{"q", Repeat("济", 100)}}, {}},
      {"101 Chinese characters", {{"q", Repeat("济", 101)}}, {"max_length"}},
      {"id zero", {{"id", "0"}}, {"id_format"}},
      {"id with leading zero", {{"id", "012"}}, {"id_format"}},
      {"id not a number", {{"id", "1e3"}}, {"id_format"}},
      {"no such date", {{"from", "2023-02-29"}}, {"date_format"}},
      {"all at once", {{"q", std::string(101, 'x')}, {"id", "-1"}, {"from", "2024-13-01"}},
       {"max_length", "id_format", "date_format"}},
  };
  for (const auto& c : cases) {
    auto errs = ErrorsOf(c.query, [](QueryFilter& qf) {
      qf.Text("q");
      qf.Id("id");
      qf.Date("from");
    });
    std::set<std::string> rules;
    for (const auto& e : errs) {
      rules.insert(e.rule);
      EXPECT_FALSE(e.message_zh.empty()) << c.name;
    }
    EXPECT_EQ(rules, c.rules) << c.name;
  }
  auto errs = ErrorsOf({{"q", std::string(101, 'x')}}, [](QueryFilter& qf) { qf.Text("q"); });
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0].message, "must be at most 100 characters");
  EXPECT_EQ(errs[0].message_zh, "长度不能超过 100 个字符");
}

}  // namespace
}  // namespace anjian::registry
