// Hostile input (issue 10, findings E–I), on SQLite and PostgreSQL, in the `security` stage:
// uploads judged by content, control characters in text, duplicate JSON keys, LIKE wildcards
// in search text, concurrent wrong sign-ins against the lockout, accounts that must change
// their password, the password history, records cited across enterprises, and reads by a
// read-only account that must not write the sender's read receipt.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "api_harness.hpp"
#include "platform/storage/like.hpp"

namespace anjian::test {
namespace {

const std::string kPassword = "Demo@2026";
const std::string kPng("\x89PNG\r\n\x1a\n\0\0\0\rIHDR-test", 21);
const std::string kHtml = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script>";

class InputSecurityTest : public ApiTest {
 protected:
  Resp Upload(const std::string& user, const std::string& name, const std::string& mime,
              const std::string& bytes) {
    return app().Call("POST", "/api/v1/files", bytes, app().Token(user),
                      {{"X-Filename", name}, {"Content-Type", mime}});
  }
  int64_t Count(const std::string& sql, const std::vector<storage::Value>& params = {}) {
    auto db = app().Db();
    return db->Query(sql, params).Int(0, "n");
  }
  int64_t UserEnterprise(const std::string& username) {
    auto db = app().Db();
    return db->Query("SELECT enterprise_id FROM users WHERE username = ?", {username})
        .Int(0, "enterprise_id");
  }
  // A hidden-danger report by hc.safety with `extra` fields merged in.
  Resp Report(json::object extra) {
    json::object body{{"title", "储罐区阀门泄漏"}, {"description", "现场发现"}, {"location", "罐区"}};
    for (auto& kv : extra) body[kv.key()] = kv.value();
    return app().As("hc.safety", "POST", "/api/v1/hidden-dangers", json::serialize(body));
  }
};

// ---- G: uploads are judged by content ---------------------------------------------------

TEST_P(InputSecurityTest, UploadsAreJudgedByContent) {
  const int64_t files_before = Count("SELECT COUNT(*) AS n FROM files");
  struct Case {
    const char* name;
    const char* mime;
    std::string bytes;
  };
  const Case refused[] = {
      {"page.png", "image/png", kHtml},
      {"page.jpg", "image/jpeg", kHtml},
      {"page.pdf", "application/pdf", kHtml},
      {"page.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
       kHtml},
      {"page.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", kHtml},
      {"page.doc", "application/msword", kHtml},
      {"page.zip", "application/zip", kHtml},
      {"photo.jpg", "image/jpeg", kPng},  // a PNG declared as JPEG
      {"bin.txt", "text/plain", std::string("MZ\x90\0\x03\0", 6)},
  };
  for (const auto& c : refused) {
    auto r = Upload("hc.safety", c.name, c.mime, c.bytes);
    EXPECT_EQ(r.status, 422) << c.name << " " << r.body;
    EXPECT_EQ(FieldRulesOf(r), std::set<std::string>{"body:file_content"}) << c.name << r.body;
    EXPECT_NE(r.obj().at("message_zh").as_string().find("文件内容与声明的类型不符"),
              std::string::npos)
        << r.body;
  }
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM files"), files_before);  // nothing half-written
  auto svg = Upload("hc.safety", "x.svg", "image/svg+xml", "<svg onload=alert(1)>");
  EXPECT_EQ(FieldRulesOf(svg), std::set<std::string>{"content_type:file_type"}) << svg.body;

  // The real thing passes; so do the types whose signature is a container.
  EXPECT_EQ(Upload("hc.safety", "scene.png", "image/png", kPng).status, 201);
  EXPECT_EQ(Upload("hc.safety", "scene.jpg", "image/jpeg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10))
                .status,
            201);
  EXPECT_EQ(Upload("hc.safety", "a.docx",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   std::string("PK\x03\x04", 4) + "[Content_Types].xml word/document.xml")
                .status,
            201);
  EXPECT_EQ(Upload("hc.safety", "说明.txt", "text/plain", "第一行\r\n第二行\n").status, 201);
}

TEST_P(InputSecurityTest, PhotosAndSitePlansMustBeImages) {
  // A text file (allowed as an attachment) cannot be a hidden-danger photo.
  auto text = Upload("hc.safety", "note.txt", "text/plain", "<html>not a photo</html>");
  ASSERT_EQ(text.status, 201) << text.body;
  const int64_t text_id = text.obj().at("id").as_int64();
  const int64_t before = Count("SELECT COUNT(*) AS n FROM hidden_dangers");
  auto r = Report({{"photo_file_ids", json::array{text_id}}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(FieldRulesOf(r).count("photo_file_ids:image_required")) << r.body;
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM hidden_dangers"), before);
  // Nor a site plan.
  auto plan = app().As("hc.safety", "PUT", "/api/v1/risk-map",
                       R"({"file_id":)" + std::to_string(text_id) + R"(,"width":800,"height":500})");
  EXPECT_TRUE(FieldRulesOf(plan).count("file_id:image_required")) << plan.body;
  // An image is fine.
  auto png = Upload("hc.safety", "scene.png", "image/png", kPng);
  ASSERT_EQ(png.status, 201);
  auto ok = Report({{"photo_file_ids", json::array{png.obj().at("id").as_int64()}}});
  EXPECT_EQ(ok.status, 201) << ok.body;
}

// ---- H: control characters ----------------------------------------------------------------

TEST_P(InputSecurityTest, ControlCharactersAreRefusedInEveryTextField) {
  const int64_t hd_before = Count("SELECT COUNT(*) AS n FROM hidden_dangers");
  const std::string nul("\0", 1);
  // The three hidden-danger text fields of the finding, each with a NUL.
  for (const char* field : {"title", "description", "location"}) {
    auto r = Report({{field, json::string("罐区" + nul + "阀门")}});
    EXPECT_EQ(r.status, 422) << field << r.body;
    EXPECT_TRUE(FieldRulesOf(r).count(std::string(field) + ":control_character")) << r.body;
    EXPECT_NE(r.obj().at("message_zh").as_string().find("控制字符"), std::string::npos) << r.body;
  }
  // Other control characters (ESC, DEL, C1 NEL) are refused in long text too.
  for (const std::string bad : {std::string("\x1b[2J"), std::string("\x7f"), std::string("\xC2\x85")}) {
    auto r = Report({{"description", json::string("现场" + bad)}});
    EXPECT_TRUE(FieldRulesOf(r).count("description:control_character")) << r.body;
  }
  // Single-line fields (≤ 200 characters) refuse line breaks and tabs; long text keeps them.
  auto lf_title = Report({{"title", "第一行\n第二行"}});
  EXPECT_TRUE(FieldRulesOf(lf_title).count("title:single_line")) << lf_title.body;
  EXPECT_NE(lf_title.body.find("单行"), std::string::npos) << lf_title.body;
  auto tab_location = Report({{"location", "罐区\t东侧"}});
  EXPECT_TRUE(FieldRulesOf(tab_location).count("location:single_line")) << tab_location.body;
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM hidden_dangers"), hd_before);
  auto multi = Report({{"description", "第一行\r\n第二行\t说明"}});
  EXPECT_EQ(multi.status, 201) << multi.body;

  // The enterprise fields of the finding (name, address, ...), via the JSON API.
  const int64_t ent_before = Count("SELECT COUNT(*) AS n FROM enterprises");
  for (const char* field : {"name", "address", "legal_representative", "park_name"}) {
    json::object body{{"name", "济宁测试控制字符有限公司"}, {"uscc", "91370800MA3C0NTR0L"},
                      {"region_code", "370811"}, {"industry", "chemical"},
                      {"scale", "small"}};
    body[field] = json::string("任城" + nul + "区");
    auto r = app().As("jining", "POST", "/api/v1/enterprises", json::serialize(body));
    EXPECT_EQ(r.status, 422) << field << r.body;
    EXPECT_TRUE(FieldRulesOf(r).count(std::string(field) + ":control_character")) << r.body;
  }
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM enterprises"), ent_before);

  // Bodies read without JsonInput (the transition handler) and nested objects go through the
  // same parser.
  auto transition = app().As("hc.safety", "POST", "/api/v1/hidden-dangers/1/transitions",
                             json::serialize(json::object{{"action", "assess"},
                                                          {"reason", "x" + nul}}));
  EXPECT_TRUE(FieldRulesOf(transition).count("reason:control_character")) << transition.body;
  auto nested = app().As(
      "mb.keeper", "POST", "/api/v1/vouchers",
      json::serialize(json::object{{"second_person", json::object{{"username", "mb" + nul}}}}));
  EXPECT_TRUE(FieldRulesOf(nested).count("username:control_character")) << nested.body;
  // File names too (header X-Filename).
  auto name = Upload("hc.safety", "a%00b.png", "image/png", kPng);
  EXPECT_TRUE(FieldRulesOf(name).count("filename:control_character")) << name.body;

  // Nothing with a NUL was stored (SQLite would keep one; PostgreSQL text cannot hold it and
  // used to answer 500).
  if (app().svc.db->dialect() == storage::Dialect::kSqlite) {
    EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM hidden_dangers WHERE instr(title, char(0)) > 0 "
                    "OR instr(description, char(0)) > 0 OR instr(location, char(0)) > 0"),
              0);
    EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM enterprises WHERE instr(name, char(0)) > 0 OR "
                    "instr(address, char(0)) > 0"),
              0);
  }
}

// ---- I: duplicate JSON keys ---------------------------------------------------------------

TEST_P(InputSecurityTest, DuplicateJsonKeysAreRefused) {
  const int64_t before = Count("SELECT COUNT(*) AS n FROM hidden_dangers");
  auto top = app().As("hc.safety", "POST", "/api/v1/hidden-dangers",
                      R"({"title":"无害标题","description":"a","title":"替换的标题"})");
  EXPECT_EQ(top.status, 422) << top.body;
  EXPECT_EQ(FieldRulesOf(top), std::set<std::string>{"title:duplicate_key"}) << top.body;
  EXPECT_NE(top.obj().at("message_zh").as_string().find("重复"), std::string::npos);
  // The same key spelled with an escape is the same key.
  auto escaped = app().As("hc.safety", "POST", "/api/v1/hidden-dangers",
                          R"({"title":"a","\u0074itle":"b"})");
  EXPECT_TRUE(FieldRulesOf(escaped).count("title:duplicate_key")) << escaped.body;
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM hidden_dangers"), before);
  // Nested objects, the raw-object handlers and the sign-in go through the same parser.
  auto nested = app().As("mb.keeper", "POST", "/api/v1/vouchers",
                         R"({"second_person":{"username":"mb.safety","username":"mb.principal"}})");
  EXPECT_TRUE(FieldRulesOf(nested).count("username:duplicate_key")) << nested.body;
  auto raw = app().As("hc.safety", "POST", "/api/v1/hidden-dangers/1/transitions",
                      R"({"action":"assess","action":"close"})");
  EXPECT_TRUE(FieldRulesOf(raw).count("action:duplicate_key")) << raw.body;
  auto login = app().Call("POST", "/api/v1/auth/login",
                          R"({"username":"hc.safety","password":"x","password":")" + kPassword +
                              R"("})");
  EXPECT_EQ(login.status, 422) << login.body;
  EXPECT_TRUE(FieldRulesOf(login).count("password:duplicate_key")) << login.body;
  // Same key in two different objects is fine.
  auto twice = app().As("hc.safety", "POST", "/api/v1/hidden-dangers/999999999/transitions",
                        R"({"action":"assess","x":{"action":1}})");
  EXPECT_FALSE(RulesOf(twice).count("duplicate_key")) << twice.body;
}

// ---- I: LIKE wildcards --------------------------------------------------------------------

TEST_P(InputSecurityTest, LikeMatchesSearchTextLiterally) {
  auto db = app().Db();
  struct Case {
    std::string text, search;
    bool matches;
  };
  const Case cases[] = {
      {"储罐100%_区", "%", true},        {"储罐100%_区", "0%_", true},
      {"储罐100%_区", "_", true},        {"普通单元", "%", false},
      {"普通单元", "_", false},          {"普通单元", "普通", true},
      {"a\\b", "\\", true},              {"ab", "\\", false},
      {"abc", "a_c", false},             {"a_c", "a_c", true},
      {"abc", "a%c", false},             {"a%c", "a%c", true},
      {"", "", true},
  };
  for (const auto& c : cases) {
    auto rs = db->Query("SELECT CASE WHEN " + storage::LikeContains("CAST(? AS TEXT)") +
                            " THEN 1 ELSE 0 END AS n",
                        {c.text, storage::ContainsPattern(c.search)});
    EXPECT_EQ(rs.Int(0, "n") == 1, c.matches) << c.text << " / " << c.search;
  }
}

TEST_P(InputSecurityTest, WildcardsInSearchTextAreLiteral) {
  // risk-units?q=
  auto all = app().As("hc.safety", "GET", "/api/v1/risk-units?page_size=500");
  ASSERT_EQ(all.status, 200) << all.body;
  ASSERT_GT(all.obj().at("total").as_int64(), 0);
  for (const char* q : {"%25", "_", "%25%25", "__"}) {
    auto r = app().As("hc.safety", "GET", std::string("/api/v1/risk-units?page_size=500&q=") + q);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.obj().at("total").as_int64(), 0) << q;
  }
  auto o = app().As("hc.safety", "POST", "/api/v1/risk-objects",
                    R"({"name":"通配符对象","hazard_code":"HZ-WILD"})");
  ASSERT_EQ(o.status, 201) << o.body;
  auto u = app().As("hc.safety", "POST", "/api/v1/risk-units",
                    R"({"risk_object_id":)" + std::to_string(o.obj().at("id").as_int64()) +
                        R"(,"name":"储罐100%_区","unit_type":"equipment","department":"生产部",)"
                        R"("responsible_person":"王工"})");
  ASSERT_EQ(u.status, 201) << u.body;
  auto hit = app().As("hc.safety", "GET", "/api/v1/risk-units?page_size=500&q=0%25_");
  ASSERT_EQ(hit.status, 200);
  ASSERT_EQ(hit.obj().at("total").as_int64(), 1) << hit.body;
  EXPECT_EQ(hit.obj().at("items").as_array()[0].at("name").as_string(), "储罐100%_区");

  // inspection-records?inspector=
  auto records = app().As("jining", "GET", "/api/v1/inspection-records?page_size=5");
  ASSERT_EQ(records.status, 200) << records.body;
  for (const char* q : {"%25", "_"}) {
    auto r = app().As("jining", "GET", std::string("/api/v1/inspection-records?inspector=") + q);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.obj().at("total").as_int64(), 0) << q;
  }
  // Every other search box, too (one helper for all of them).
  for (const auto& [user, path] : std::vector<std::pair<std::string, std::string>>{
           {"jining", "/api/v1/enterprises?q=%25"}, {"jining", "/api/v1/hidden-dangers?q=%25"},
           {"jining", "/api/v1/notices?q=%25"}, {"jining", "/api/v1/inbox?q=_"},
           {"sysadmin", "/api/v1/users?q=%25"}, {"auditadmin", "/api/v1/audit-log?actor=_"},
           {"jining", "/api/v1/responsibilities?q=%25"}}) {
    auto r = app().As(user, "GET", path);
    ASSERT_EQ(r.status, 200) << path << r.body;
    EXPECT_EQ(r.obj().at("total").as_int64(), 0) << path;
  }
}

// Every LIKE in the server is written through platform/storage/like.hpp, so no search can forget the
// escaping again: the word LIKE appears in no other source file.
TEST(LikeUsage, LikeIsWrittenOnlyThroughTheHelper) {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(ANJIAN_SOURCE_DIR) / "server" / "src";
  const std::regex like("\\bLIKE\\b");
  std::string offenders;
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const auto ext = entry.path().extension();
    if (ext != ".cpp" && ext != ".hpp") continue;
    if (entry.path().filename() == "like.hpp" || entry.path().filename().string().ends_with("_test.cpp"))
      continue;
    ++files;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    if (std::regex_search(text.str(), like)) offenders += "\n  " + entry.path().string();
  }
  EXPECT_GT(files, 100);
  EXPECT_TRUE(offenders.empty()) << "LIKE written without platform/storage/like.hpp in:" << offenders;
}

// ---- F: concurrent wrong sign-ins ---------------------------------------------------------

TEST_P(InputSecurityTest, ConcurrentWrongSignInsEvaluateAtMostTheThreshold) {
  const std::string user = "zoucheng";
  const int threshold = 5;  // the default policy
  const int64_t audit_before = Count(
      "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'login_failed' AND actor_name = ?", {user});
  std::atomic<int> wrong{0}, locked{0}, other{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 40; ++i)
    threads.emplace_back([&, i] {
      auto r = app().Call("POST", "/api/v1/auth/login",
                          R"({"username":")" + user + R"(","password":"Guess#)" +
                              std::to_string(i) + R"("})");
      if (r.status == 401) ++wrong;
      else if (r.status == 423) ++locked;
      else ++other;
    });
  for (auto& t : threads) t.join();
  // Each evaluated guess answers 401; every later one is refused before the password is looked
  // at (423). The check and the count are one step, so exactly `threshold` were evaluated.
  EXPECT_EQ(other.load(), 0);
  EXPECT_LE(wrong.load(), threshold);
  EXPECT_EQ(wrong.load(), threshold);
  EXPECT_EQ(locked.load(), 40 - threshold);
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'login_failed' AND "
                  "actor_name = ?",
                  {user}) -
                audit_before,
            threshold);
  // Locked: even the right password is refused now.
  auto right = app().Call("POST", "/api/v1/auth/login",
                          R"({"username":")" + user + R"(","password":")" + kPassword + R"("})");
  EXPECT_EQ(right.status, 423) << right.body;
  // Unknown names lock the same way (no hint that the account does not exist).
  std::atomic<int> ghost_wrong{0};
  threads.clear();
  for (int i = 0; i < 12; ++i)
    threads.emplace_back([&] {
      auto r = app().Call("POST", "/api/v1/auth/login",
                          R"({"username":"no.such.user","password":"Guess#1"})");
      if (r.status == 401) ++ghost_wrong;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(ghost_wrong.load(), threshold);
}

// ---- F: accounts that must change their password -----------------------------------------

TEST_P(InputSecurityTest, MustChangePasswordAnswersOnlyThePasswordPage) {
  auto created = app().As("sysadmin", "POST", "/api/v1/users",
                          R"({"username":"must.change","display_name":"须改密码",)"
                          R"("phone":"13905370099","password":"Init@2026x"})");
  ASSERT_EQ(created.status, 201) << created.body;
  auto login = app().Call("POST", "/api/v1/auth/login",
                          R"({"username":"must.change","password":"Init@2026x"})");
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_TRUE(login.obj().at("must_change_password").as_bool());
  const std::string token(login.obj().at("token").as_string());

  // The change-password page: who am I (the UI reads must_change_password from it).
  auto me = app().Call("GET", "/api/v1/auth/me", "", token);
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_TRUE(me.obj().at("must_change_password").as_bool());
  // Everything else, signed-in-only routes included, answers 403 with the reason.
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"GET", "/api/v1/notifications"}, {"GET", "/api/v1/notifications/unread-count"},
           {"POST", "/api/v1/files"}, {"GET", "/api/v1/regions"}}) {
    auto r = app().Call(method, path, "", token);
    EXPECT_EQ(r.status, 403) << path << r.body;
    EXPECT_TRUE(RulesOf(r).count("password_change_required")) << path << r.body;
    EXPECT_NE(r.obj().at("message_zh").as_string().find("请先修改密码"), std::string::npos);
  }
  // The password change itself answers, and then everything does.
  auto changed = app().Call("POST", "/api/v1/auth/password",
                            R"({"old_password":"Init@2026x","new_password":"Mine#2026a"})", token);
  ASSERT_EQ(changed.status, 204) << changed.body;
  EXPECT_EQ(app().Call("GET", "/api/v1/notifications", "", token).status, 200);
  EXPECT_FALSE(app().Call("GET", "/api/v1/auth/me", "", token).obj().at("must_change_password").as_bool());
  // Sign-out always answers.
  auto login2 = app().Call("POST", "/api/v1/auth/login",
                           R"({"username":"must.change","password":"Mine#2026a"})");
  ASSERT_EQ(login2.status, 200);
  EXPECT_EQ(app().Call("POST", "/api/v1/auth/logout", "",
                       std::string(login2.obj().at("token").as_string()))
                .status,
            204);
}

// ---- F: password history ------------------------------------------------------------------

TEST_P(InputSecurityTest, RecentPasswordsCannotBeReused) {
  auto created = app().As("sysadmin", "POST", "/api/v1/users",
                          R"({"username":"history.user","display_name":"历史","phone":"13905370098",)"
                          R"("password":"Init@2026x"})");
  ASSERT_EQ(created.status, 201) << created.body;
  auto login = app().Call("POST", "/api/v1/auth/login",
                          R"({"username":"history.user","password":"Init@2026x"})");
  ASSERT_EQ(login.status, 200);
  const std::string token(login.obj().at("token").as_string());
  auto change = [&](const std::string& from, const std::string& to) {
    return app().Call("POST", "/api/v1/auth/password",
                      R"({"old_password":")" + from + R"(","new_password":")" + to + R"("})", token);
  };
  ASSERT_EQ(change("Init@2026x", "First#2026a").status, 204);
  ASSERT_EQ(change("First#2026a", "Second#2026b").status, 204);
  // Back to the previous one, or to the very first: refused, with a clear message.
  for (const std::string old : {"First#2026a", "Init@2026x"}) {
    auto r = change("Second#2026b", old);
    EXPECT_EQ(r.status, 422) << r.body;
    EXPECT_EQ(FieldRulesOf(r), std::set<std::string>{"new_password:password_reused"}) << r.body;
    EXPECT_NE(r.obj().at("message_zh").as_string().find("4 次"), std::string::npos) << r.body;
  }
  // The policy says how many: with 2, the password before the previous one is free again.
  auto policy = app().As("secadmin", "GET", "/api/v1/security-policy");
  ASSERT_EQ(policy.status, 200);
  EXPECT_EQ(policy.obj().at("password_history").as_int64(), 5);
  json::object p = policy.obj();
  p["password_history"] = 25;
  auto bad = app().As("secadmin", "PUT", "/api/v1/security-policy", json::serialize(p));
  EXPECT_TRUE(RulesOf(bad).count("password_history_range")) << bad.body;
  p["password_history"] = 2;
  ASSERT_EQ(app().As("secadmin", "PUT", "/api/v1/security-policy", json::serialize(p)).status, 200);
  EXPECT_EQ(change("Second#2026b", "First#2026a").status, 422);  // the previous one
  EXPECT_EQ(change("Second#2026b", "Init@2026x").status, 204);   // three back: allowed
  p["password_history"] = 5;
  ASSERT_EQ(app().As("secadmin", "PUT", "/api/v1/security-policy", json::serialize(p)).status, 200);
  // Only hashes are kept.
  auto db = app().Db();
  auto rows = db->Query(
      "SELECT h.password_hash FROM password_history h JOIN users u ON u.id = h.user_id WHERE "
      "u.username = 'history.user'");
  ASSERT_GE(rows.size(), 3u);
  for (size_t i = 0; i < rows.size(); ++i)
    EXPECT_EQ(rows.Text(i, "password_hash").rfind("$argon2id$", 0), 0u);
}

// ---- E: records cited across enterprises --------------------------------------------------

TEST_P(InputSecurityTest, HiddenDangersCiteOnlyTheirOwnEnterprisesRecords) {
  const int64_t hc = UserEnterprise("hc.safety");
  auto db = app().Db();
  auto foreign_record = db->Query(
      "SELECT id FROM inspection_records WHERE enterprise_id <> ? ORDER BY id LIMIT 1", {hc});
  auto foreign_unit =
      db->Query("SELECT id FROM risk_units WHERE enterprise_id <> ? ORDER BY id LIMIT 1", {hc});
  ASSERT_FALSE(foreign_record.empty());
  ASSERT_FALSE(foreign_unit.empty());
  const int64_t before = Count("SELECT COUNT(*) AS n FROM hidden_dangers");

  auto foreign = Report({{"source", "inspection"},
                         {"inspection_record_id", foreign_record.Int(0, "id")}});
  auto missing = Report({{"source", "inspection"}, {"inspection_record_id", 987654321}});
  EXPECT_EQ(foreign.status, 422) << foreign.body;
  EXPECT_EQ(FieldRulesOf(foreign),
            std::set<std::string>{"inspection_record_id:inspection_record_unknown"})
      << foreign.body;
  // Another enterprise's record and a missing one get one answer: no existence leak.
  EXPECT_EQ(foreign.body, missing.body);

  auto unit = Report({{"risk_unit_id", foreign_unit.Int(0, "id")}});
  auto no_unit = Report({{"risk_unit_id", 987654321}});
  EXPECT_EQ(FieldRulesOf(unit), std::set<std::string>{"risk_unit_id:risk_unit_unknown"}) << unit.body;
  EXPECT_EQ(unit.body, no_unit.body);
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM hidden_dangers"), before);

  // The enterprise's own record is accepted.
  auto own = db->Query("SELECT id FROM inspection_records WHERE enterprise_id = ? LIMIT 1", {hc});
  if (!own.empty()) {
    auto ok = Report({{"source", "inspection"}, {"inspection_record_id", own.Int(0, "id")}});
    EXPECT_EQ(ok.status, 201) << ok.body;
  }
}

// ---- I: a read-only account's read writes nothing ----------------------------------------

TEST_P(InputSecurityTest, ReadOnlyReadDoesNotGiveTheSendersReadReceipt) {
  auto db = app().Db();
  const int64_t jining_agency =
      db->Query("SELECT id FROM agencies WHERE region_code = '370800'").Int(0, "id");
  auto c = app().As("shandong", "POST", "/api/v1/notices",
                    R"({"title":"只读回执测试","body":"正文","recipients":{"agency_ids":[)" +
                        std::to_string(jining_agency) + "]}}");
  ASSERT_EQ(c.status, 201) << c.body;
  const int64_t notice = c.obj().at("id").as_int64();
  ASSERT_EQ(app().As("shandong", "POST", "/api/v1/notices/" + std::to_string(notice) + "/send").status,
            200);
  auto inbox = app().As("jining.viewer", "GET", "/api/v1/inbox?page_size=500&q=只读回执测试");
  ASSERT_EQ(inbox.status, 200) << inbox.body;
  ASSERT_EQ(inbox.obj().at("items").as_array().size(), 1u) << inbox.body;
  const std::string item =
      "/api/v1/inbox/" + std::to_string(inbox.obj().at("items").as_array()[0].at("id").as_int64());
  auto read_at = [&] {
    return db->Query("SELECT read_at FROM notice_recipients WHERE notice_id = ?", {notice})
        .IsNull(0, "read_at");
  };
  const int64_t audit_before = Count("SELECT COUNT(*) AS n FROM audit_log");
  auto viewed = app().As("jining.viewer", "GET", item);
  ASSERT_EQ(viewed.status, 200) << viewed.body;
  EXPECT_TRUE(read_at()) << "a read-only account marked the notice read for the sender";
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM audit_log"), audit_before);
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM notice_events WHERE notice_id = ? AND event = 'read'",
                  {notice}),
            0);
  // The account that answers for the agency gives the receipt.
  ASSERT_EQ(app().As("jining", "GET", item).status, 200);
  EXPECT_FALSE(read_at());
}

ANJIAN_BACKENDS(InputSecurityTest);

}  // namespace
}  // namespace anjian::test
