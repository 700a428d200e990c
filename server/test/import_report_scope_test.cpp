// The error report of an enterprise import is the author's alone: another regulator, a
// superior one, other roles and forged ids get nothing (404/403, never the file). Reports
// expire and are swept within their room budget. Security stage (issue 10 D).
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "api_harness.hpp"
#include "registry/enterprise_import_service.hpp"
#include "registry/import_report_repository.hpp"
#include "platform/office/zip.hpp"

namespace anjian::test {
namespace {

namespace fs = std::filesystem;

class ImportReportScopeTest : public ApiTest {};

std::string ReportOf(TestApp& app, const std::string& user) {
  const std::string csv =
      "企业名称,统一社会信用代码,行政区划代码,行业类别\n坏企业甲,BAD,370811,general\n";
  auto r = app.Call("POST", "/api/v1/enterprises/import", csv, app.Token(user),
                    {{"X-Filename", "bad.csv"}});
  if (r.status != 200 || !r.obj().at("report_id").is_string()) {
    ADD_FAILURE() << "import as " << user << ": " << r.status << " " << r.body.substr(0, 300);
    return "";
  }
  return std::string(r.obj().at("report_id").as_string());
}

TEST_P(ImportReportScopeTest, OnlyTheAuthorCanDownloadTheErrorReport) {
  const std::string id = ReportOf(app(), "rencheng");
  ASSERT_EQ(id.size(), 32u);
  const std::string path = "/api/v1/enterprises/import-reports/" + id;
  auto own = app().As("rencheng", "GET", path);
  ASSERT_EQ(own.status, 200);
  ASSERT_GT(own.body.size(), 100u);

  // Another county's regulator and the city above hold enterprise:import too: 404 for both,
  // the same answer as for an id that does not exist.
  for (const char* other : {"zoucheng", "jining"}) {
    auto r = app().As(other, "GET", path);
    EXPECT_EQ(r.status, 404) << other;
    EXPECT_EQ(r.body.find(own.body.substr(0, 64)), std::string::npos) << other;
  }
  // Roles without the import permission are refused before the report is looked up.
  for (const char* other : {"jining.viewer", "mb.principal", "sysadmin", "secadmin", "auditadmin"}) {
    EXPECT_EQ(app().As(other, "GET", path).status, 403) << other;
  }
  EXPECT_EQ(app().Call("GET", path).status, 401);

  // Forged ids never reach the file system.
  std::string upper = id;
  for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const std::string& forged :
       {std::string(32, '0'), id.substr(0, 31), id + "0", upper, id + ".json", id + ".xlsx",
        std::string("..%2F..%2Fanjian.db"), std::string(".."), std::string("%00") + id,
        id.substr(0, 30) + "%2e"}) {
    auto r = app().As("rencheng", "GET", "/api/v1/enterprises/import-reports/" + forged);
    EXPECT_EQ(r.status, 404) << forged;
  }
}

// Hostile uploads: an xlsx that expands past the unzip budget and a CSV row wider than a sheet
// are refused with a named rule before they cost memory, and write nothing.
TEST_P(ImportReportScopeTest, BombsAndOverwideRowsAreRefusedAndWriteNothing) {
  office::ZipWriter zip;
  zip.Add("[Content_Types].xml", "<Types/>");
  zip.Add("xl/workbook.xml",
          "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
  zip.Add("xl/_rels/workbook.xml.rels",
          "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
  std::string sheet = "<worksheet><sheetData>";
  sheet.append((201u << 20), ' ');  // 201 MiB of blanks deflate to about 200 KiB
  sheet += "</sheetData></worksheet>";
  zip.Add("xl/worksheets/sheet1.xml", sheet);
  std::string().swap(sheet);
  const std::string bomb = zip.Finish();
  ASSERT_LT(bomb.size(), 1u << 20);
  auto conn = app().Db();
  const int64_t before = conn->Query("SELECT COUNT(*) AS n FROM enterprises").Int(0, "n");
  auto r = app().Call("POST", "/api/v1/enterprises/import?mode=valid_only", bomb,
                      app().Token("rencheng"), {{"X-Filename", "bomb.xlsx"}});
  EXPECT_EQ(r.status, 422) << r.body.substr(0, 300);
  EXPECT_EQ(FieldRulesOf(r), (std::set<std::string>{"file:file_format"}));
  EXPECT_NE(r.body.find("文件解压后过大"), std::string::npos) << r.body.substr(0, 300);

  std::string wide = "企业名称,统一社会信用代码,行政区划代码,行业类别\n";
  wide.append(20000, ',');
  auto w = app().Call("POST", "/api/v1/enterprises/import?mode=valid_only", wide,
                      app().Token("rencheng"), {{"X-Filename", "wide.csv"}});
  EXPECT_EQ(w.status, 422) << w.body.substr(0, 300);
  EXPECT_NE(w.body.find("第 2 行的列数超过 16384 列"), std::string::npos) << w.body.substr(0, 300);
  EXPECT_EQ(conn->Query("SELECT COUNT(*) AS n FROM enterprises").Int(0, "n"), before);
}

TEST(ImportReportRepositoryTest, ReportsExpireAndAreSweptWithinTheirRoomBudget) {
  const std::string dir = (fs::temp_directory_path() /
                           ("anjian_import_reports_" + std::to_string(getpid())))
                              .string();
  fs::remove_all(dir);
  const registry::ImportReportOwner owner{7, "1|/370000/|0"};
  const int64_t ttl = 3600;
  auto write = [&](int64_t at, int rows) {
    registry::ImportReportWriter w(dir, "明细", registry::ImportReportHeaders(),
                                   registry::ImportReportWidths(), 1000);
    for (int i = 0; i < rows; ++i) w.AddRow({i + 2, "统一社会信用代码", "BAD", "格式不正确", "bad"});
    return w.Commit(owner, at);
  };
  {
    registry::ImportReportWriter none(dir, "明细", registry::ImportReportHeaders(),
                                      registry::ImportReportWidths(), 10);
    EXPECT_EQ(none.Commit(owner, 1000), "");  // no rows, no file
  }
  const std::string old_id = write(1000, 5);
  const std::string new_id = write(2000, 5);
  ASSERT_FALSE(old_id.empty());
  ASSERT_FALSE(new_id.empty());
  EXPECT_TRUE(registry::LoadImportReport(dir, old_id, owner, 1000 + ttl - 1, ttl));
  EXPECT_FALSE(registry::LoadImportReport(dir, old_id, owner, 1000 + ttl, ttl));
  EXPECT_FALSE(registry::LoadImportReport(dir, old_id, {8, owner.scope}, 1001, ttl));
  EXPECT_FALSE(registry::LoadImportReport(dir, old_id, {7, "1|/370000/370800/|0"}, 1001, ttl));

  // Past the first report's life: swept; the second stays.
  registry::SweepImportReports(dir, 1000 + ttl, ttl, 1u << 30);
  EXPECT_FALSE(fs::exists(fs::path(dir) / (old_id + ".xlsx")));
  EXPECT_FALSE(fs::exists(fs::path(dir) / (old_id + ".json")));
  EXPECT_TRUE(registry::LoadImportReport(dir, new_id, owner, 1000 + ttl, ttl));

  // Over the room budget: the oldest go first.
  const std::string newest = write(3000, 5);
  const auto one = fs::file_size(fs::path(dir) / (newest + ".xlsx"));
  registry::SweepImportReports(dir, 3000, ttl, one + one / 2);
  EXPECT_FALSE(registry::LoadImportReport(dir, new_id, owner, 3000, ttl));
  EXPECT_TRUE(registry::LoadImportReport(dir, newest, owner, 3000, ttl));

  // Rows beyond the writer's cap are counted, not written.
  registry::ImportReportWriter capped(dir, "明细", registry::ImportReportHeaders(),
                                      registry::ImportReportWidths(), 3);
  for (int i = 0; i < 10; ++i) capped.AddRow({i + 2, "字段", "", "说明", "message"});
  EXPECT_EQ(capped.written(), 3u);
  EXPECT_TRUE(capped.truncated());

  // A leftover of an interrupted import is removed once older than a report may live.
  { std::ofstream(fs::path(dir) / (std::string(32, 'a') + ".xlsx.part")) << "partial"; }
  fs::last_write_time(fs::path(dir) / (std::string(32, 'a') + ".xlsx.part"),
                      fs::file_time_type::clock::now() - std::chrono::hours(2));
  registry::SweepImportReports(dir, 3000, ttl, 1u << 30);
  EXPECT_FALSE(fs::exists(fs::path(dir) / (std::string(32, 'a') + ".xlsx.part")));
  fs::remove_all(dir);
}

ANJIAN_BACKENDS(ImportReportScopeTest);

}  // namespace
}  // namespace anjian::test
