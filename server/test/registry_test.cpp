// Enterprise registry over the API: listing, filters, scoping, validation, writes, history,
// import and export — on SQLite and PostgreSQL.
#include "api_harness.hpp"
#include <map>
#include <set>

#include "core/text.hpp"
#include "registry/uscc_rules.hpp"
#include "platform/office/xlsx_reader.hpp"
#include "platform/office/xlsx_writer.hpp"
#include "registry/enterprise_import_service.hpp"
#include "registry/import_report_repository.hpp"

namespace anjian::test {
namespace {

class RegistryTest : public ApiTest {};

std::string NewUscc(int n) {
  // Region 370811 and a serial unlikely to clash with the demo data.
  char body[18];
  std::snprintf(body, sizeof body, "91370811MA%07d", n);
  return registry::MakeUscc(std::string(body, 17));
}

std::string EnterpriseBody(const std::string& name, const std::string& uscc,
                           const std::string& region = "370811",
                           const std::string& industry = "general") {
  return R"({"name":")" + name + R"(","uscc":")" + uscc + R"(","region_code":")" + region +
         R"(","industry":")" + industry + R"("})";
}

TEST_P(RegistryTest, CityRegulatorSeesWholeCity) {
  auto r = app().As("jining", "GET", "/api/v1/enterprises?page=1&page_size=50");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_GE(r.obj().at("total").as_int64(), 300);
  EXPECT_EQ(r.obj().at("items").as_array().size(), 50u);
  const auto& first = r.obj().at("items").as_array()[0].as_object();
  for (const char* k : {"id", "name", "uscc", "region_code", "industry", "supervision"})
    EXPECT_TRUE(first.contains(k)) << k;
}

TEST_P(RegistryTest, CountyRegulatorSeesOnlyItsCounty) {
  auto r = app().As("rencheng", "GET", "/api/v1/enterprises?page_size=500");
  ASSERT_EQ(r.status, 200);
  ASSERT_GT(r.obj().at("total").as_int64(), 0);
  for (const auto& e : r.obj().at("items").as_array())
    EXPECT_EQ(e.as_object().at("region_code").as_string(), "370811");
  // The same id outside the county answers 404, exactly like a missing id.
  auto zou = app().As("zoucheng", "GET", "/api/v1/enterprises?page_size=1");
  int64_t zou_id = zou.obj().at("items").as_array()[0].as_object().at("id").as_int64();
  auto cross = app().As("rencheng", "GET", "/api/v1/enterprises/" + std::to_string(zou_id));
  auto missing = app().As("rencheng", "GET", "/api/v1/enterprises/99999999");
  EXPECT_EQ(cross.status, 404);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(cross.body, missing.body);
}

TEST_P(RegistryTest, EnterpriseUserSeesOnlyItself) {
  auto r = app().As("hc.safety", "GET", "/api/v1/enterprises");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.obj().at("total").as_int64(), 1);
  int64_t own = r.obj().at("items").as_array()[0].as_object().at("id").as_int64();
  auto other = app().As("hc.safety", "GET", "/api/v1/enterprises/" + std::to_string(own + 1));
  EXPECT_EQ(other.status, 404);
}

TEST_P(RegistryTest, FiltersNarrowTheList) {
  auto all = app().As("jining", "GET", "/api/v1/enterprises?page_size=1");
  auto zou = app().As("jining", "GET", "/api/v1/enterprises?page_size=1&region_code=370883");
  auto chem = app().As("jining", "GET", "/api/v1/enterprises?page_size=1&industry=hazardous_chemicals");
  auto sup = app().As("jining", "GET", "/api/v1/enterprises?page_size=500&supervision=supervision");
  ASSERT_EQ(zou.status, 200);
  EXPECT_LT(zou.obj().at("total").as_int64(), all.obj().at("total").as_int64());
  EXPECT_GT(chem.obj().at("total").as_int64(), 0);
  for (const auto& e : sup.obj().at("items").as_array()) {
    auto ind = std::string(e.as_object().at("industry").as_string());
    EXPECT_TRUE(ind == "civil_explosives_production" || ind == "civil_explosives_sales" ||
                ind == "civil_aircraft" || ind == "civil_ship")
        << ind;
  }
  auto bad = app().As("jining", "GET", "/api/v1/enterprises?industry=bakery&sort=password");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.obj().at("errors").as_array().size(), 2u);
}

TEST_P(RegistryTest, SortingAndPaging) {
  auto a = app().As("jining", "GET", "/api/v1/enterprises?page=1&page_size=10&sort=-employees");
  ASSERT_EQ(a.status, 200);
  const auto& items = a.obj().at("items").as_array();
  for (size_t i = 1; i < items.size(); ++i) {
    auto prev = items[i - 1].as_object().at("employees");
    auto cur = items[i].as_object().at("employees");
    if (prev.is_int64() && cur.is_int64()) EXPECT_GE(prev.as_int64(), cur.as_int64());
  }
  auto p2 = app().As("jining", "GET", "/api/v1/enterprises?page=2&page_size=10&sort=-employees");
  EXPECT_NE(items[0].as_object().at("id"), p2.obj().at("items").as_array()[0].as_object().at("id"));
  EXPECT_EQ(app().As("jining", "GET", "/api/v1/enterprises?page_size=501").status, 422);
  EXPECT_EQ(app().As("jining", "GET", "/api/v1/enterprises?page=abc").status, 422);
}

TEST_P(RegistryTest, CreateValidatesEveryFieldAndNamesIt) {
  auto r = app().As("jining", "POST", "/api/v1/enterprises",
                    R"({"name":"X","uscc":"91350100M000100Y4I","region_code":"999999","industry":"bakery","employees":-1,"colour":"red"})");
  ASSERT_EQ(r.status, 422) << r.body;
  std::set<std::string> fields;
  for (const auto& e : r.obj().at("errors").as_array()) {
    fields.insert(std::string(e.as_object().at("field").as_string()));
    EXPECT_FALSE(e.as_object().at("message_zh").as_string().empty());
    EXPECT_FALSE(e.as_object().at("rule").as_string().empty());
  }
  for (const char* f : {"name", "uscc", "region_code", "industry", "employees", "colour"})
    EXPECT_TRUE(fields.count(f)) << f << " in " << r.body;
}

TEST_P(RegistryTest, CreateUpdateDeactivateKeepHistory) {
  std::string uscc = NewUscc(1);
  auto c = app().As("rencheng", "POST", "/api/v1/enterprises", EnterpriseBody("测试新材料有限公司", uscc));
  ASSERT_EQ(c.status, 201) << c.body;
  int64_t id = c.obj().at("id").as_int64();
  EXPECT_EQ(c.obj().at("supervision").as_string(), "industry_management");
  // Lower-case input is normalised.
  auto dup = app().As("rencheng", "POST", "/api/v1/enterprises",
                      EnterpriseBody("另一家公司", core::AsciiLower(uscc)));
  ASSERT_EQ(dup.status, 422);
  EXPECT_EQ(dup.obj().at("errors").as_array()[0].as_object().at("rule").as_string(), "uscc_duplicate");

  auto u = app().As("rencheng", "PUT", "/api/v1/enterprises/" + std::to_string(id),
                    EnterpriseBody("测试新材料股份有限公司", uscc, "370811", "civil_ship"));
  ASSERT_EQ(u.status, 200) << u.body;
  EXPECT_EQ(u.obj().at("supervision").as_string(), "supervision");

  EXPECT_EQ(app().As("rencheng", "POST", "/api/v1/enterprises/" + std::to_string(id) + "/deactivate", "{}").status, 422);
  auto d = app().As("rencheng", "POST", "/api/v1/enterprises/" + std::to_string(id) + "/deactivate",
                    R"({"reason":"已搬迁"})");
  ASSERT_EQ(d.status, 200) << d.body;
  EXPECT_EQ(d.obj().at("status").as_string(), "inactive");
  EXPECT_EQ(app().As("rencheng", "POST", "/api/v1/enterprises/" + std::to_string(id) + "/deactivate",
                     R"({"reason":"again"})").status, 409);

  auto h = app().As("jining", "GET", "/api/v1/enterprises/" + std::to_string(id) + "/history");
  ASSERT_EQ(h.status, 200);
  const auto& items = h.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].as_object().at("action").as_string(), "deactivate");
  EXPECT_EQ(items[1].as_object().at("before").as_object().at("name").as_string(), "测试新材料有限公司");
  EXPECT_EQ(items[2].as_object().at("action").as_string(), "create");
}

TEST_P(RegistryTest, ListReflectsWritesImmediately) {
  // The rendered-list cache must never serve a page from before a committed write.
  auto before = app().As("rencheng", "GET", "/api/v1/enterprises?page_size=5");
  auto again = app().As("rencheng", "GET", "/api/v1/enterprises?page_size=5");
  EXPECT_EQ(before.body, again.body);
  auto c = app().As("rencheng", "POST", "/api/v1/enterprises", EnterpriseBody("缓存测试有限公司", NewUscc(20)));
  ASSERT_EQ(c.status, 201);
  auto after = app().As("rencheng", "GET", "/api/v1/enterprises?page_size=5");
  EXPECT_EQ(after.obj().at("total").as_int64(), before.obj().at("total").as_int64() + 1);
}

TEST_P(RegistryTest, RegulatorCannotRegisterOutsideItsRegion) {
  auto r = app().As("rencheng", "POST", "/api/v1/enterprises", EnterpriseBody("邹城某公司", NewUscc(2), "370883"));
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(r.obj().at("errors").as_array()[0].as_object().at("rule").as_string(), "region_out_of_scope");
}

TEST_P(RegistryTest, ReadOnlyRegulatorAndEnterpriseCannotCreate) {
  EXPECT_EQ(app().As("jining.viewer", "POST", "/api/v1/enterprises", EnterpriseBody("甲公司", NewUscc(3))).status, 403);
  EXPECT_EQ(app().As("hc.principal", "POST", "/api/v1/enterprises", EnterpriseBody("乙公司", NewUscc(4))).status, 403);
}

TEST_P(RegistryTest, EnterpriseEditsOwnContactsButNotIdentity) {
  auto me = app().As("hc.principal", "GET", "/api/v1/enterprises");
  auto e = me.obj().at("items").as_array()[0].as_object();
  std::string id = std::to_string(e.at("id").as_int64());
  json::object body{{"name", e.at("name")}, {"uscc", e.at("uscc")}, {"region_code", e.at("region_code")},
                    {"industry", e.at("industry")}, {"contact_phone", "0537-7654321"}};
  auto ok = app().As("hc.principal", "PUT", "/api/v1/enterprises/" + id, json::serialize(body));
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.obj().at("contact_phone").as_string(), "0537-7654321");
  body["industry"] = "general";
  auto locked = app().As("hc.principal", "PUT", "/api/v1/enterprises/" + id, json::serialize(body));
  ASSERT_EQ(locked.status, 422);
  EXPECT_EQ(locked.obj().at("errors").as_array()[0].as_object().at("rule").as_string(), "field_locked");
}

TEST_P(RegistryTest, UsccCheckCharacterCanBeConfirmed) {
  std::string good = NewUscc(5);
  std::string bad = good.substr(0, 17) + (good[17] == '0' ? '1' : '0');
  auto r = app().As("jining", "POST", "/api/v1/enterprises", EnterpriseBody("校验位测试公司", bad));
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(r.obj().at("errors").as_array()[0].as_object().at("rule").as_string(), "uscc_check_char");
  std::string body = EnterpriseBody("校验位测试公司", bad);
  body.back() = ',';
  body += R"("accept_uscc_warning":true})";
  auto ok = app().As("jining", "POST", "/api/v1/enterprises", body);
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_TRUE(ok.obj().at("uscc_warning").is_string());
}

TEST_P(RegistryTest, ExportIsAnXlsxOfTheFilteredList) {
  auto r = app().As("zoucheng", "GET", "/api/v1/enterprises/export");
  ASSERT_EQ(r.status, 200);
  auto rows = office::ReadFirstSheet(r.body);
  auto list = app().As("zoucheng", "GET", "/api/v1/enterprises?page_size=1");
  EXPECT_EQ(static_cast<int64_t>(rows.size()) - 1, list.obj().at("total").as_int64());
  EXPECT_EQ(rows[0][0], "企业名称");
}

TEST_P(RegistryTest, ImportReportsEveryBadRowAndImportsNothing) {
  std::string csv = "企业名称,统一社会信用代码,行政区划代码,行业类别\n"
                    "导入甲有限公司," + NewUscc(10) + ",370811,一般工业\n"
                    "导入乙有限公司,BADCODE,370811,general\n"
                    "导入丙有限公司," + NewUscc(11) + ",123456,general\n"
                    "导入丁有限公司," + NewUscc(10) + ",370811,general\n";
  auto r = app().Call("POST", "/api/v1/enterprises/import", csv, app().Token("rencheng"),
                      {{"X-Filename", "list.csv"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("total_rows").as_int64(), 4);
  EXPECT_EQ(r.obj().at("imported").as_int64(), 0);
  std::set<int64_t> lines;
  for (const auto& e : r.obj().at("errors").as_array()) lines.insert(e.as_object().at("line").as_int64());
  EXPECT_EQ(lines, (std::set<int64_t>{3, 4, 5}));
  auto q = app().As("rencheng", "GET", "/api/v1/enterprises?q=" + api::PercentEncode("导入甲"));
  EXPECT_EQ(q.obj().at("total").as_int64(), 0);

  auto partial = app().Call("POST", "/api/v1/enterprises/import?mode=valid_only", csv,
                            app().Token("rencheng"), {{"X-Filename", "list.csv"}});
  ASSERT_EQ(partial.status, 200);
  EXPECT_EQ(partial.obj().at("imported").as_int64(), 1);
  auto q2 = app().As("rencheng", "GET", "/api/v1/enterprises?q=" + api::PercentEncode("导入甲"));
  EXPECT_EQ(q2.obj().at("total").as_int64(), 1);
}

TEST_P(RegistryTest, ImportRejectsUnreadableFiles) {
  auto r = app().Call("POST", "/api/v1/enterprises/import", "PK\x03\x04garbage", app().Token("jining"),
                      {{"X-Filename", "x.xlsx"}});
  EXPECT_EQ(r.status, 422);
  auto no_cols = app().Call("POST", "/api/v1/enterprises/import", "a,b\n1,2\n", app().Token("jining"),
                            {{"X-Filename", "x.csv"}});
  EXPECT_EQ(no_cols.status, 422);
}

const char* kImportHeader = "企业名称,统一社会信用代码,行政区划代码,行业类别\n";

Resp ImportCsv(TestApp& app, const std::string& user, const std::string& csv,
               const std::string& mode = "all") {
  return app.Call("POST", "/api/v1/enterprises/import?mode=" + mode, csv, app.Token(user),
                  {{"X-Filename", "list.csv"}});
}

int64_t CountRows(TestApp& app, const std::string& sql) {
  auto conn = app.Db();
  return conn->Query(sql).Int(0, "n");
}

int64_t SumCounts(const json::value& items) {
  int64_t n = 0;
  for (const auto& it : items.as_array()) n += it.as_object().at("count").as_int64();
  return n;
}

int64_t CountOf(const json::value& items, const std::string& key, const std::string& value) {
  for (const auto& it : items.as_array())
    if (it.as_object().at(key).as_string() == value) return it.as_object().at("count").as_int64();
  return 0;
}

// 150 rows with two errors each and 30 good rows: the answer lists the first 200 errors, counts
// all 300 by rule and by field, and the report holds every one of them.
TEST_P(RegistryTest, ImportListsTheFirstErrorsAndCountsEveryRuleAndField) {
  std::string csv = kImportHeader;
  for (int i = 0; i < 150; ++i) csv += "坏企业" + std::to_string(i) + ",BAD,999999,general\n";
  csv += ",,,\n";
  for (int i = 0; i < 30; ++i)
    csv += "计数导入" + std::to_string(i) + "有限公司," + NewUscc(5000 + i) + ",370811,general\n";
  auto r = ImportCsv(app(), "rencheng", csv, "valid_only");
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 500);
  const auto& o = r.obj();
  EXPECT_EQ(o.at("total_rows").as_int64(), 180);
  EXPECT_EQ(o.at("imported").as_int64(), 30);
  EXPECT_EQ(o.at("skipped").as_int64(), 150);
  EXPECT_EQ(o.at("error_rows").as_int64(), 150);
  EXPECT_EQ(o.at("error_count").as_int64(), 300);
  const auto& listed = o.at("errors").as_array();
  ASSERT_EQ(listed.size(), 200u);  // the default limit
  EXPECT_TRUE(o.at("errors_truncated").as_bool());
  EXPECT_EQ(listed[0].as_object().at("line").as_int64(), 2);
  EXPECT_FALSE(listed[0].as_object().at("message_zh").as_string().empty());
  EXPECT_EQ(SumCounts(o.at("errors_by_rule")), 300);
  EXPECT_EQ(SumCounts(o.at("errors_by_field")), 300);
  EXPECT_EQ(CountOf(o.at("errors_by_field"), "field", "uscc"), 150);
  EXPECT_EQ(CountOf(o.at("errors_by_field"), "field", "region_code"), 150);
  for (const auto& f : o.at("errors_by_field").as_array())
    EXPECT_FALSE(f.as_object().at("label_zh").as_string().empty());
  for (const auto& rule : o.at("errors_by_rule").as_array())
    EXPECT_FALSE(rule.as_object().at("message_zh").as_string().empty());

  ASSERT_TRUE(o.at("report_id").is_string()) << r.body.substr(0, 300);
  EXPECT_EQ(o.at("report_rows").as_int64(), 300);
  EXPECT_FALSE(o.at("report_truncated").as_bool());
  EXPECT_TRUE(o.at("report_expires_at").is_string());
  auto dl = app().As("rencheng", "GET",
                     "/api/v1/enterprises/import-reports/" + std::string(o.at("report_id").as_string()));
  ASSERT_EQ(dl.status, 200) << dl.body.substr(0, 300);
  EXPECT_NE(dl.Header("Content-Disposition").find("attachment"), std::string::npos);
  auto rows = office::ReadFirstSheet(dl.body);
  ASSERT_EQ(rows.size(), 301u);
  EXPECT_EQ(rows[0], registry::ImportReportHeaders());
  EXPECT_EQ(rows[1][0], "2");
  EXPECT_TRUE(rows[1][1] == "统一社会信用代码" || rows[1][1] == "行政区划代码") << rows[1][1];
  EXPECT_EQ(rows.back()[0], "151");
  std::set<std::string> values;
  for (size_t i = 1; i < rows.size(); ++i) values.insert(rows[i][2]);
  EXPECT_EQ(values, (std::set<std::string>{"BAD", "999999"}));

  // A clean import has no report.
  auto clean = ImportCsv(app(), "rencheng",
                         std::string(kImportHeader) + "计数导入干净有限公司," + NewUscc(5100) + ",370811,general\n");
  ASSERT_EQ(clean.status, 200);
  EXPECT_EQ(clean.obj().at("error_count").as_int64(), 0);
  EXPECT_TRUE(clean.obj().at("report_id").is_null());
  EXPECT_FALSE(clean.obj().at("errors_truncated").as_bool());
}

// One bad row among 80 good ones: all-or-nothing writes no enterprise and no audit entry,
// although rows before it had been written inside the (rolled back) transaction.
TEST_P(RegistryTest, AllOrNothingImportWithOneBadRowWritesNothing) {
  std::string csv = kImportHeader;
  for (int i = 0; i < 80; ++i) {
    if (i == 40) csv += "坏行企业,BAD,370811,general\n";
    csv += "整批导入" + std::to_string(i) + "有限公司," + NewUscc(6000 + i) + ",370811,general\n";
  }
  const std::string count_ent = "SELECT COUNT(*) AS n FROM enterprises";
  const std::string count_audit = "SELECT COUNT(*) AS n FROM audit_log";
  const int64_t ents = CountRows(app(), count_ent), audits = CountRows(app(), count_audit);
  auto all = ImportCsv(app(), "rencheng", csv);
  ASSERT_EQ(all.status, 200) << all.body.substr(0, 300);
  EXPECT_EQ(all.obj().at("imported").as_int64(), 0);
  EXPECT_EQ(all.obj().at("total_rows").as_int64(), 81);
  EXPECT_EQ(all.obj().at("error_rows").as_int64(), 1);
  EXPECT_EQ(all.obj().at("errors").as_array()[0].as_object().at("line").as_int64(), 42);
  EXPECT_EQ(CountRows(app(), count_ent), ents);
  EXPECT_EQ(CountRows(app(), count_audit), audits);

  auto some = ImportCsv(app(), "rencheng", csv, "valid_only");
  ASSERT_EQ(some.status, 200);
  EXPECT_EQ(some.obj().at("imported").as_int64(), 80);
  EXPECT_EQ(CountRows(app(), count_ent), ents + 80);
  EXPECT_EQ(CountRows(app(), count_audit), audits + 80);
}

TEST_P(RegistryTest, ImportReadsAnXlsxRowByRow) {
  office::XlsxWriter w("企业名录");
  w.AddHeaderRow(registry::EnterpriseExportHeaders());
  for (int i = 0; i < 300; ++i) {
    std::vector<office::Cell> row(registry::EnterpriseExportHeaders().size());
    row[0] = "表格导入" + std::to_string(i) + "有限公司";
    row[1] = i == 150 ? std::string("BAD") : NewUscc(7000 + i);
    row[2] = "370811";
    row[4] = "一般工业";
    row[11] = i;  // 从业人数 as a number cell
    w.AddRow(row);
  }
  auto r = app().Call("POST", "/api/v1/enterprises/import?mode=valid_only", w.Finish(),
                      app().Token("rencheng"), {{"X-Filename", "list.xlsx"}});
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 300);
  EXPECT_EQ(r.obj().at("imported").as_int64(), 299);
  ASSERT_EQ(r.obj().at("errors").as_array().size(), 1u);
  EXPECT_EQ(r.obj().at("errors").as_array()[0].as_object().at("line").as_int64(), 152);
}

TEST_P(RegistryTest, ImportsBeyondTheConcurrencyLimitAnswer429) {
  const int limit = app().svc.config.import_concurrency;
  ASSERT_GE(limit, 1);
  std::vector<registry::ImportSlots::Slot> running;  // imports "in progress" elsewhere
  for (int i = 0; i < limit; ++i) {
    auto slot = registry::ImportSlots::Global().TryTake(limit);
    ASSERT_TRUE(slot);
    running.push_back(std::move(*slot));
  }
  const std::string csv =
      std::string(kImportHeader) + "并发导入有限公司," + NewUscc(8000) + ",370811,general\n";
  const std::string count_ent = "SELECT COUNT(*) AS n FROM enterprises";
  const int64_t ents = CountRows(app(), count_ent);
  auto busy = ImportCsv(app(), "rencheng", csv);
  EXPECT_EQ(busy.status, 429) << busy.body;
  EXPECT_EQ(busy.obj().at("code").as_string(), "rate_limited");
  EXPECT_NE(std::string(busy.obj().at("message_zh").as_string()).find("导入"), std::string::npos);
  EXPECT_EQ(busy.Header("Retry-After"), "10");
  EXPECT_EQ(CountRows(app(), count_ent), ents);
  running.pop_back();
  auto ok = ImportCsv(app(), "rencheng", csv);
  EXPECT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.obj().at("imported").as_int64(), 1);
  EXPECT_EQ(registry::ImportSlots::Global().running(), limit - 1);  // its own slot was freed
}

TEST_P(RegistryTest, RegionsAreScoped) {
  auto city = app().As("jining", "GET", "/api/v1/regions");
  auto county = app().As("rencheng", "GET", "/api/v1/regions");
  EXPECT_GE(city.obj().at("items").as_array().size(), 15u);  // city + 11 counties + 3 zones
  ASSERT_EQ(county.obj().at("items").as_array().size(), 1u);
}

// What a person's spreadsheet gets wrong, reported in its terms (issue 11 §4): a repeated USCC
// is a duplicate even when the earlier row is bad for another reason; the industry column takes
// labels, synonyms and determining GB/T 4754 codes and names the accepted values when it refuses;
// a USCC or phone kept as a number says so.
TEST_P(RegistryTest, ImportReportsDuplicatesSynonymsAndNumbers) {
  const std::string a = NewUscc(20), b = NewUscc(21), c = NewUscc(22);
  std::string csv = "企业名称,统一社会信用代码,行政区划代码,行业类别,联系电话\n"
                    "重复甲有限公司," + a + ",999999,一般工业,\n"           // bad region
                    "重复乙有限公司," + a + ",370811,一般工业,\n"           // same USCC
                    "别名航空有限公司," + b + ",370811,民用航空器制造,\n"   // synonym
                    "代码船舶有限公司," + c + ",370811,3731,\n"             // GB/T 4754 code
                    "面包有限公司," + NewUscc(23) + ",370811,面包,\n"       // refused
                    "数字信用代码有限公司,9.13708110000000E+17,370811,一般工业,\n"
                    "数字电话有限公司," + NewUscc(24) + ",370811,一般工业,5372345678\n";
  auto r = app().Call("POST", "/api/v1/enterprises/import?mode=valid_only", csv,
                      app().Token("rencheng"), {{"X-Filename", "list.csv"}});
  ASSERT_EQ(r.status, 200) << r.body;
  std::map<int64_t, std::set<std::string>> rules;
  std::map<int64_t, std::string> zh;
  for (const auto& e : r.obj().at("errors").as_array()) {
    const auto& o = e.as_object();
    rules[o.at("line").as_int64()].insert(std::string(o.at("field").as_string()) + ":" +
                                          std::string(o.at("rule").as_string()));
    zh[o.at("line").as_int64()] += std::string(o.at("message_zh").as_string());
  }
  EXPECT_EQ(rules[2], (std::set<std::string>{"region_code:region_unknown"}));
  EXPECT_EQ(rules[3], (std::set<std::string>{"uscc:uscc_duplicate_in_file"}));
  EXPECT_FALSE(rules.count(4)) << r.body;
  EXPECT_FALSE(rules.count(5)) << r.body;
  EXPECT_EQ(rules[6], (std::set<std::string>{"industry:industry_unrecognised"}));
  EXPECT_NE(zh[6].find("民用飞机制造"), std::string::npos) << zh[6];
  EXPECT_EQ(rules[7], (std::set<std::string>{"uscc:stored_as_number"}));
  EXPECT_NE(zh[7].find("以数字格式存储"), std::string::npos) << zh[7];
  EXPECT_EQ(rules[8], (std::set<std::string>{"contact_phone:stored_as_number"}));
  EXPECT_EQ(r.obj().at("imported").as_int64(), 2);

  auto aircraft = app().As("rencheng", "GET", "/api/v1/enterprises?q=" + api::PercentEncode("别名航空"));
  ASSERT_EQ(aircraft.obj().at("total").as_int64(), 1);
  EXPECT_EQ(aircraft.obj().at("items").as_array()[0].as_object().at("industry").as_string(), "civil_aircraft");
  auto ship = app().As("rencheng", "GET", "/api/v1/enterprises?q=" + api::PercentEncode("代码船舶"));
  ASSERT_EQ(ship.obj().at("total").as_int64(), 1);
  const auto& s0 = ship.obj().at("items").as_array()[0].as_object();
  EXPECT_EQ(s0.at("industry").as_string(), "civil_ship");

  // The same from a real spreadsheet whose USCC and phone cells are number cells.
  office::XlsxWriter w("企业名录");
  w.AddHeaderRow(registry::EnterpriseExportHeaders());
  std::vector<office::Cell> row(registry::EnterpriseExportHeaders().size());
  row[0] = "表格数字代码有限公司";
  row[1] = 9.13708110000001e17;
  row[2] = "370811";
  row[4] = "一般工业";
  row[10] = int64_t{5372345678};
  w.AddRow(row);
  auto x = app().Call("POST", "/api/v1/enterprises/import", w.Finish(), app().Token("rencheng"),
                      {{"X-Filename", "list.xlsx"}});
  ASSERT_EQ(x.status, 200) << x.body;
  std::set<std::string> xr;
  for (const auto& e : x.obj().at("errors").as_array())
    xr.insert(std::string(e.as_object().at("field").as_string()) + ":" +
              std::string(e.as_object().at("rule").as_string()));
  EXPECT_EQ(xr, (std::set<std::string>{"uscc:stored_as_number", "contact_phone:stored_as_number"}))
      << x.body;
}

// The national GB/T 2260 list is data loaded at start-up: any city can register enterprises.
TEST_P(RegistryTest, NationalRegionsAreLoaded) {
  auto all = app().As("sysadmin", "GET", "/api/v1/regions");
  ASSERT_EQ(all.status, 200) << all.body;
  std::map<std::string, std::string> parent;
  for (const auto& r : all.obj().at("items").as_array())
    parent[std::string(r.as_object().at("code").as_string())] =
        std::string(r.as_object().at("parent_code").as_string());
  EXPECT_GE(parent.size(), 3222u + 3u);
  ASSERT_TRUE(parent.count("320506"));  // 苏州市吴中区
  EXPECT_EQ(parent["320506"], "320500");
  EXPECT_EQ(parent["320500"], "320000");
  // An enterprise in Suzhou is accepted (the city regulator of Jining cannot: out of scope).
  auto out = app().As("jining", "POST", "/api/v1/enterprises",
                      EnterpriseBody("苏州测试精密机械有限公司", NewUscc(90), "320506"));
  ASSERT_EQ(out.status, 422) << out.body;
  EXPECT_EQ(out.obj().at("errors").as_array()[0].as_object().at("rule").as_string(),
            "region_out_of_scope");
}

// Functional zones: the system administrator adds one under a city (next code of that city),
// renames, deactivates (refused while agencies or enterprises are registered there) and
// reactivates it; every change is appended to its history and audited.
TEST_P(RegistryTest, ZonesCreateRenameDeactivateWithHistory) {
  const std::string create = R"({"parent_code":"370800","name":"济宁新材料产业园区","name_en":"Jining New Materials Park"})";
  EXPECT_EQ(app().As("jining", "POST", "/api/v1/regions/zones", create).status, 403);
  auto z = app().As("sysadmin", "POST", "/api/v1/regions/zones", create);
  ASSERT_EQ(z.status, 201) << z.body;
  const std::string code(z.obj().at("code").as_string());
  EXPECT_EQ(code, "370800Z4");
  EXPECT_EQ(z.obj().at("kind").as_string(), "zone");
  EXPECT_EQ(z.obj().at("status").as_string(), "active");

  auto again = app().As("sysadmin", "POST", "/api/v1/regions/zones", create);
  ASSERT_EQ(again.status, 422) << again.body;
  EXPECT_EQ(RulesOf(again), std::set<std::string>{"zone_name_taken"}) << again.body;
  auto under_county = app().As("sysadmin", "POST", "/api/v1/regions/zones",
                               R"({"parent_code":"370811","name":"任城某园区"})");
  ASSERT_EQ(under_county.status, 422);
  EXPECT_EQ(RulesOf(under_county), std::set<std::string>{"zone_parent_not_city"}) << under_county.body;
  EXPECT_EQ(app().As("sysadmin", "POST", "/api/v1/regions/zones",
                     R"({"parent_code":"370800","name":"X"})").status, 422);

  // The city's regulator sees the new zone in its region tree at once.
  bool seen = false;
  const auto city_regions = app().As("jining", "GET", "/api/v1/regions");
  for (const auto& r : city_regions.obj().at("items").as_array())
    seen = seen || r.as_object().at("code").as_string() == code;
  EXPECT_TRUE(seen);

  // An agency bound to the zone keeps it from being deactivated.
  auto agency = app().As("sysadmin", "POST", "/api/v1/agencies",
                         R"({"name":"新材料产业园区经济发展局","region_code":")" + code + R"("})");
  ASSERT_EQ(agency.status, 201) << agency.body;
  auto busy = app().As("sysadmin", "POST", "/api/v1/regions/" + code + "/deactivate", "{}");
  ASSERT_EQ(busy.status, 409) << busy.body;
  const std::string agency_id = std::to_string(agency.obj().at("id").as_int64());
  ASSERT_EQ(app().As("sysadmin", "POST", "/api/v1/agencies/" + agency_id + "/deactivate", "{}").status, 200);

  auto renamed = app().As("sysadmin", "PUT", "/api/v1/regions/" + code,
                          R"({"name":"济宁新材料产业园","name_en":"Jining New Materials Park"})");
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.obj().at("name").as_string(), "济宁新材料产业园");
  auto gbt = app().As("sysadmin", "PUT", "/api/v1/regions/370811", R"({"name":"任城"})");
  ASSERT_EQ(gbt.status, 422);
  EXPECT_EQ(RulesOf(gbt), std::set<std::string>{"region_not_zone"}) << gbt.body;
  EXPECT_EQ(app().As("sysadmin", "PUT", "/api/v1/regions/370800Z99", R"({"name":"不存在"})").status, 404);

  ASSERT_EQ(app().As("sysadmin", "POST", "/api/v1/regions/" + code + "/deactivate", "{}").status, 200);
  EXPECT_EQ(app().As("sysadmin", "POST", "/api/v1/regions/" + code + "/deactivate", "{}").status, 409);
  // No new enterprise or agency in a deactivated zone.
  auto ent = app().As("jining", "POST", "/api/v1/enterprises",
                      EnterpriseBody("园区测试化工有限公司", NewUscc(91), code));
  ASSERT_EQ(ent.status, 422) << ent.body;
  EXPECT_EQ(RulesOf(ent), std::set<std::string>{"region_inactive"}) << ent.body;
  ASSERT_EQ(app().As("sysadmin", "POST", "/api/v1/regions/" + code + "/reactivate", "{}").status, 200);

  auto h = app().As("sysadmin", "GET", "/api/v1/regions/" + code + "/history");
  ASSERT_EQ(h.status, 200) << h.body;
  const auto& items = h.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 4u);
  const char* actions[] = {"create", "update", "deactivate", "reactivate"};
  for (size_t i = 0; i < 4; ++i)
    EXPECT_EQ(items[i].as_object().at("action").as_string(), actions[i]);
  EXPECT_EQ(items[0].as_object().at("name").as_string(), "济宁新材料产业园区");
  EXPECT_EQ(items[2].as_object().at("status").as_string(), "inactive");
  EXPECT_EQ(app().As("jining", "GET", "/api/v1/regions/" + code + "/history").status, 403);

  auto audit = app().As("auditadmin", "GET", "/api/v1/audit-log?entity=region&entity_id=" + code);
  ASSERT_EQ(audit.status, 200) << audit.body;
  EXPECT_EQ(audit.obj().at("items").as_array().size(), 4u) << audit.body;

  // The next zone of the city takes the next number.
  auto next = app().As("sysadmin", "POST", "/api/v1/regions/zones",
                       R"({"parent_code":"370800","name":"济宁港航物流园区"})");
  ASSERT_EQ(next.status, 201) << next.body;
  EXPECT_EQ(next.obj().at("code").as_string(), "370800Z5");
}

ANJIAN_BACKENDS(RegistryTest);

}  // namespace
}  // namespace anjian::test
