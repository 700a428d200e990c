// The dishonesty list (严重失信主体名单, 应急管理部令第11号, issue 15 §4) on both databases.
#include "api_harness.hpp"
#include "core/clock.hpp"
#include "credit/dishonesty_list/dishonesty_listing_repository.hpp"

namespace anjian::test {
namespace {

class DishonestyListTest : public ApiTest {};

// ListedOn / ListedAmong / ListedSql agree on the term's first and last day and on an early
// removal (a removed_on day is no longer listed).
TEST_P(DishonestyListTest, ListedOnCountsTheTermAndAnEarlyRemoval) {
  const int64_t mb = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  auto db = app().Db();
  const auto path = db->Query("SELECT region_path FROM enterprises WHERE id = ?", {mb})
                        .Text(0, "region_path");
  const int64_t id =
      db->Query("INSERT INTO dishonesty_entries (enterprise_id, region_path, criterion, state, "
                "decision_number, listed_from, listed_until, created_at, updated_at) VALUES "
                "(?, ?, 'major_accident', 'listed', '测试决定-1', '2020-03-02', '2023-03-01', "
                "'2020-03-01T00:00:00Z', '2020-03-01T00:00:00Z') RETURNING id",
                {mb, path})
          .Int(0, "id");
  using dishonesty_list::ListedAmong;
  using dishonesty_list::ListedOn;
  EXPECT_FALSE(ListedOn(*db, mb, "2020-03-01"));
  ASSERT_TRUE(ListedOn(*db, mb, "2020-03-02"));
  EXPECT_EQ(ListedOn(*db, mb, "2020-03-02")->entry_id, id);
  EXPECT_EQ(ListedOn(*db, mb, "2023-03-01")->decision_number, "测试决定-1");
  EXPECT_FALSE(ListedOn(*db, mb, "2023-03-02"));
  auto among = ListedAmong(*db, {mb, mb + 100000}, "2021-01-01");
  ASSERT_EQ(among.size(), 1u);
  EXPECT_EQ(among.begin()->first, mb);
  auto in_sql = [&](const std::string& day) {
    return db->Query("SELECT COUNT(*) AS n FROM enterprises e WHERE e.id = ? AND " +
                         dishonesty_list::ListedSql("e.id"),
                     {mb, day})
        .Int(0, "n");
  };
  EXPECT_EQ(in_sql("2021-01-01"), 1);
  EXPECT_EQ(in_sql("2019-01-01"), 0);
  db->Exec("UPDATE dishonesty_entries SET removed_on = '2021-06-01' WHERE id = ?", {id});
  EXPECT_TRUE(ListedOn(*db, mb, "2021-05-31"));
  EXPECT_FALSE(ListedOn(*db, mb, "2021-06-01"));
  EXPECT_EQ(in_sql("2021-06-01"), 0);
  EXPECT_TRUE(ListedAmong(*db, {mb}, "2021-06-01").empty());
  db->Exec("DELETE FROM dishonesty_entries WHERE id = ?", {id});
}

}  // namespace

ANJIAN_BACKENDS(DishonestyListTest);

}  // namespace anjian::test
