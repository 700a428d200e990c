// The static file decision on its own: path syntax table, and Serve over a temporary web root
// with symlinks that point out of it. The same forms run against the real binary in
// server/test/static_traversal_test.cpp.
#include "platform/http/static_files.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace anjian::http {
namespace {

namespace fs = std::filesystem;

TEST(ParseStaticPath, AcceptsPlainPaths) {
  struct Case {
    const char* raw;
    std::vector<std::string> segments;
    bool trailing;
  };
  for (const Case& c : std::vector<Case>{
           {"/", {}, false},
           {"/index.html", {"index.html"}, false},
           {"/assets/index-3f2a.js", {"assets", "index-3f2a.js"}, false},
           {"/enterprises/12", {"enterprises", "12"}, false},
           {"/enterprises/", {"enterprises"}, true},
           {"/%E4%B8%AD%E6%96%87", {"中文"}, false},
           {"/a%20b", {"a b"}, false},
           {"/a+b", {"a+b"}, false},
       }) {
    ParsedPath p = ParseStaticPath(c.raw);
    EXPECT_EQ(p.syntax, PathSyntax::kOk) << c.raw;
    EXPECT_EQ(p.segments, c.segments) << c.raw;
    EXPECT_EQ(p.trailing_slash, c.trailing) << c.raw;
  }
}

TEST(ParseStaticPath, RefusesTraversalForms) {
  for (const char* raw : {
           "//etc/passwd", "///etc/passwd", "//etc//passwd", "/./etc/passwd", "/..",
           "/../etc/passwd", "/assets/../index.html", "/%2e%2e/etc/passwd", "/%2E%2e/etc",
           "/.%2e/etc", "/%2e./etc", "/..%2fetc", "/%2fetc/passwd", "/assets%2findex.js",
           "/%252e%252e/etc", "/%25", "/..\\etc", "/%5c..%5cetc", "/a%5cb", "/C:/Windows",
           "/c%3a/x", "/file:/etc/passwd", "/..;/etc", "/assets;/x", "/.env", "/.git/config",
           "/...", "/a..b", "/assets//x", "/a//", "//",
       }) {
    ParsedPath p = ParseStaticPath(raw);
    EXPECT_EQ(p.syntax, PathSyntax::kRefused) << raw;
    EXPECT_TRUE(p.segments.empty()) << raw;
  }
}

TEST(ParseStaticPath, RejectsMalformedInput) {
  using namespace std::string_literals;
  for (const std::string& raw : {
           "/%"s, "/%2"s, "/%zz"s, "/%u002e"s, "/%%32%65"s, "/%00"s, "/index.html%00"s,
           "/a\0b"s, "/%0a"s, "/%0d%0aSet-Cookie:x"s, "/%7f"s, "/%09"s,
           "/%c0%ae%c0%ae/etc"s, "/%c0%af"s, "/%e0%80%ae"s, "/%f0%80%80%ae"s, "/%c1%9c"s,
           "/%c0%2e"s, "/%fe%ff"s, "/%ed%a0%80"s, "/%f4%90%80%80"s, "/%80"s, "/%e4%b8"s,
           "/\xc0\xae"s, ""s, "*"s, "http://127.0.0.1/etc/passwd"s, "etc/passwd"s,
       }) {
    EXPECT_EQ(ParseStaticPath(raw).syntax, PathSyntax::kMalformed) << raw;
  }
}

TEST(ParseStaticPath, BoundsLength) {
  EXPECT_EQ(ParseStaticPath("/" + std::string(300, 'a')).syntax, PathSyntax::kRefused);
  std::string deep;
  for (int i = 0; i < 100; ++i) deep += "/a";
  EXPECT_EQ(ParseStaticPath(deep).syntax, PathSyntax::kRefused);
  EXPECT_EQ(ParseStaticPath("/" + std::string(kMaxStaticPathBytes, 'a')).syntax,
            PathSyntax::kRefused);
}

TEST(IsWithin, ComparesWholeComponents) {
  EXPECT_TRUE(IsWithin("/srv/web/a.js", "/srv/web"));
  EXPECT_TRUE(IsWithin("/srv/web", "/srv/web"));
  EXPECT_FALSE(IsWithin("/srv/web2/a.js", "/srv/web"));
  EXPECT_FALSE(IsWithin("/srv", "/srv/web"));
  EXPECT_FALSE(IsWithin("/etc/passwd", "/srv/web"));
}

class StaticRootTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("anjian_static_unit_" + std::to_string(getpid()));
    fs::remove_all(base_);
    fs::create_directories(base_ / "web/assets");
    fs::create_directories(base_ / "outside");
    fs::create_directories(base_ / "web2");
    Write(base_ / "web/index.html", "<!doctype html><title>app</title>");
    Write(base_ / "web/assets/app-1.js", "console.log(1)");
    Write(base_ / "web/.env", "SECRET_IN_ROOT");
    Write(base_ / "outside/secret.txt", "CANARY-outside");
    Write(base_ / "web2/x.js", "CANARY-sibling");
    fs::create_symlink("../../outside/secret.txt", base_ / "web/assets/leak.js");
    fs::create_symlink("../../outside", base_ / "web/assets/out");
    fs::create_symlink("app-1.js", base_ / "web/assets/alias.js");
    fs::create_symlink("/etc/passwd", base_ / "web/passwd.txt");
    fs::create_symlink("web", base_ / "web-link");
  }
  void TearDown() override { fs::remove_all(base_); }
  static void Write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }
  fs::path base_;
};

TEST_F(StaticRootTest, ServesFilesAndClientRoutes) {
  for (const fs::path& root : {base_ / "web", base_ / "web-link", base_ / "web/../web"}) {
    StaticRoot sr(root);
    ASSERT_TRUE(sr.enabled());
    EXPECT_EQ(sr.root(), fs::canonical(base_ / "web"));
    auto r = sr.Serve("/");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, "<!doctype html><title>app</title>");
    EXPECT_EQ(r.cache_control, "no-cache");
    r = sr.Serve("/assets/app-1.js");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, "console.log(1)");
    EXPECT_EQ(r.content_type, "text/javascript; charset=utf-8");
    EXPECT_EQ(r.cache_control, "public, max-age=31536000, immutable");
    EXPECT_EQ(sr.Serve("/assets/alias.js").body, "console.log(1)");  // a symlink inside the root
    for (const char* route : {"/enterprises", "/ledger/stores/12", "/enterprises/", "/etc/passwd"}) {
      r = sr.Serve(route);
      EXPECT_EQ(r.status, 200) << route;
      EXPECT_EQ(r.body, "<!doctype html><title>app</title>") << route;
      EXPECT_EQ(r.cache_control, "no-cache") << route;
    }
  }
}

TEST_F(StaticRootTest, RefusesEverythingOutsideTheRoot) {
  StaticRoot sr(base_ / "web");
  const std::string b = base_.string();
  for (const std::string& path : std::vector<std::string>{
           "/assets/leak.js", "/assets/out/secret.txt", "/passwd.txt", "/assets/missing.js",
           "/missing.png", "/assets", "/assets/", "/index.html/", "/.env", "//" + b + "/outside/secret.txt",
           "/" + b + "/outside/secret.txt", "/../outside/secret.txt", "/../web2/x.js",
           "/%2e%2e/web2/x.js", "//etc/passwd", "/assets/%2e%2e/%2e%2e/outside/secret.txt",
       }) {
    auto r = sr.Serve(path);
    EXPECT_TRUE(r.status == 404 || r.status == 400) << path << " -> " << r.status;
    EXPECT_EQ(r.body.find("CANARY"), std::string::npos) << path;
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << path;
    EXPECT_EQ(r.body.find("SECRET_IN_ROOT"), std::string::npos) << path;
  }
}

TEST_F(StaticRootTest, MissingRootServesNothing) {
  for (const fs::path& root : {fs::path(), base_ / "nope", base_ / "web/index.html"}) {
    StaticRoot sr(root);
    EXPECT_FALSE(sr.enabled());
    EXPECT_EQ(sr.Serve("/").status, 404);
    EXPECT_EQ(sr.Serve("/etc/passwd").status, 404);
  }
}

TEST_F(StaticRootTest, WithoutIndexClientRoutesAre404) {
  fs::remove(base_ / "web/index.html");
  StaticRoot sr(base_ / "web");
  EXPECT_EQ(sr.Serve("/").status, 404);
  EXPECT_EQ(sr.Serve("/enterprises").status, 404);
  EXPECT_EQ(sr.Serve("/assets/app-1.js").status, 200);
}

}  // namespace
}  // namespace anjian::http
