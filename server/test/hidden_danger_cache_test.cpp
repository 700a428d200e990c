// The cached hidden-danger reads (statistics, list totals;
// dual_prevention/hidden_danger/read_cache.hpp) never serve an answer older than the last write: reporting and transitions show at the next read.
#include <boost/json.hpp>

#include "api_harness.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_repository.hpp"

namespace anjian::test {
namespace {

class HiddenDangerCacheTest : public ApiTest {
 protected:
  int64_t Found() {
    auto r = app().As("jining", "GET", "/api/v1/hidden-dangers/statistics");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.obj().at("totals").as_object().at("found").as_int64();
  }
  int64_t ListTotal(const std::string& filter) {
    auto r = app().As("jining", "GET", "/api/v1/hidden-dangers?page_size=5&" + filter);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.obj().at("total").as_int64();
  }
  int64_t Revision() {
    auto conn = app().Db();
    return hidden_danger::HiddenDangerRevision(*conn);
  }
};

TEST_P(HiddenDangerCacheTest, WritesShowAtTheNextRead) {
  const int64_t found = Found(), reported = ListTotal("state=reported&hazard_factor=3");
  const int64_t assessed = ListTotal("state=assessed&hazard_factor=3");
  EXPECT_EQ(Found(), found);  // served from the cache: same answer
  const int64_t revision = Revision();

  json::object body{{"title", "缓存测试：通道堵塞"}, {"hazard_factor", "3"}};
  auto created = app().As("hc.safety", "POST", "/api/v1/hidden-dangers", json::serialize(body));
  ASSERT_EQ(created.status, 201) << created.body;
  const int64_t id = created.obj().at("id").as_int64();
  EXPECT_GT(Revision(), revision);
  EXPECT_EQ(Found(), found + 1);
  EXPECT_EQ(ListTotal("state=reported&hazard_factor=3"), reported + 1);

  auto moved = app().As("hc.safety", "POST",
                        "/api/v1/hidden-dangers/" + std::to_string(id) + "/transitions",
                        R"({"action":"assess","level":"ordinary"})");
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(ListTotal("state=reported&hazard_factor=3"), reported);
  EXPECT_EQ(ListTotal("state=assessed&hazard_factor=3"), assessed + 1);
}

TEST_P(HiddenDangerCacheTest, KeysSeparateScopesAndParameters) {
  // The county regulator must not get the city's cached figures, nor a filter another's total.
  auto city = app().As("jining", "GET", "/api/v1/hidden-dangers/statistics");
  auto county = app().As("rencheng", "GET", "/api/v1/hidden-dangers/statistics");
  ASSERT_EQ(city.status, 200);
  ASSERT_EQ(county.status, 200);
  EXPECT_NE(city.obj().at("region").as_object().at("code"),
            county.obj().at("region").as_object().at("code"));
  EXPECT_GE(city.obj().at("totals").as_object().at("found").as_int64(),
            county.obj().at("totals").as_object().at("found").as_int64());
  auto all = app().As("jining", "GET", "/api/v1/hidden-dangers?page_size=1");
  auto open = app().As("jining", "GET", "/api/v1/hidden-dangers?page_size=1&open=true");
  EXPECT_GT(all.obj().at("total").as_int64(), open.obj().at("total").as_int64());
}

ANJIAN_BACKENDS(HiddenDangerCacheTest);

}  // namespace
}  // namespace anjian::test
