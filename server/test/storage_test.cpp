// Storage behaviour shared by both databases: migrations are idempotent, transactions roll
// back, the audit chain detects tampering, and backups round-trip.
#include <filesystem>

#include "api_harness.hpp"
#include "audit/audit_service.hpp"
#include "platform/storage/backup.hpp"
#include "platform/storage/migrations.hpp"
#include "platform/storage/text_list.hpp"

namespace anjian::test {
namespace {

class StorageTest : public ApiTest {};

TEST_P(StorageTest, MigrationsAreIdempotent) {
  auto conn = app().Db();
  int v1 = storage::Migrate(*conn);
  int v2 = storage::Migrate(*conn);
  EXPECT_EQ(v1, v2);
  EXPECT_GE(v1, 1);
}

TEST_P(StorageTest, UncommittedTransactionLeavesNoTrace) {
  auto conn = app().Db();
  {
    storage::Transaction tx(*conn);
    conn->Exec("INSERT INTO settings (key, value) VALUES ('tx_probe', 'x')");
  }
  EXPECT_TRUE(conn->Query("SELECT value FROM settings WHERE key = 'tx_probe'").empty());
}

TEST_P(StorageTest, AuditChainVerifiesAndDetectsTampering) {
  TestApp app(GetParam());
  app.As("jining", "GET", "/api/v1/auth/me");  // a login appends entries
  auto conn = app.Db();
  auto ok = audit::Verify(*conn);
  ASSERT_TRUE(ok.ok) << ok.reason;
  EXPECT_GE(ok.checked, 3);
  auto mid = conn->Query("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 1");
  int64_t id = mid.Int(0, "id");
  conn->Exec("UPDATE audit_log SET actor_name = 'mallory' WHERE id = ?", {id});
  auto bad = audit::Verify(*conn);
  EXPECT_FALSE(bad.ok);
  EXPECT_EQ(bad.first_broken_id, id);
}

TEST_P(StorageTest, AuditChainDetectsDeletedTail) {
  TestApp app(GetParam());
  app.As("rencheng", "GET", "/api/v1/auth/me");
  auto conn = app.Db();
  auto last = conn->Query("SELECT MAX(id) AS id FROM audit_log");
  conn->Exec("DELETE FROM audit_log WHERE id = ?", {last.Int(0, "id")});
  auto r = audit::Verify(*conn);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_broken_id, last.Int(0, "id"));
}

TEST_P(StorageTest, BackupRoundTrips) {
  if (GetParam() != "sqlite") GTEST_SKIP() << "PostgreSQL backup is covered by the process test";
  TestApp app(GetParam());
  std::string file = app.url + ".bak";
  storage::BackupTo(app.url, file);
  int64_t before;
  {
    auto conn = app.Db();
    before = conn->Query("SELECT COUNT(*) AS n FROM enterprises").Int(0, "n");
    conn->Exec("DELETE FROM responsibilities");
    conn->Exec("UPDATE enterprises SET name = 'changed'");
  }
  app.svc.db.reset();
  storage::RestoreFrom(app.url, file);
  storage::Pool pool(app.url, 1);
  auto conn = pool.Acquire();
  EXPECT_EQ(conn->Query("SELECT COUNT(*) AS n FROM enterprises WHERE name <> 'changed'").Int(0, "n"), before);
  EXPECT_TRUE(audit::Verify(*conn).ok);
  std::filesystem::remove(file);
  app.svc.db = std::make_unique<storage::Pool>(app.url, 2);
}

// A list bound as one parameter arrives whole and unchanged, whatever the texts hold.
TEST_P(StorageTest, TextListParameterRoundTrips) {
  auto conn = app().Db();
  const std::vector<std::string> items{"6100101A00001", "say \"hi\"", "back\\slash", "{braces}",
                                       "a,b", "tab\there", "新华", "", "NULL", "x'y"};
  const bool pg = conn->dialect() == storage::Dialect::kPostgres;
  auto rs = pg ? conn->Query("SELECT t.c AS v, t.n FROM unnest(?::text[]) WITH ORDINALITY "
                             "AS t(c, n) ORDER BY t.n",
                             {storage::PgTextArray(items)})
               : conn->Query("SELECT value AS v FROM json_each(?) ORDER BY key",
                             {storage::JsonTextArray(items)});
  ASSERT_EQ(rs.size(), items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    EXPECT_FALSE(rs.IsNull(i, "v")) << i;
    EXPECT_EQ(rs.Text(i, "v"), items[i]) << i;
  }
}

ANJIAN_BACKENDS(StorageTest);

}  // namespace
}  // namespace anjian::test
