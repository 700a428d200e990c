// Path traversal against the real binary (issue 10 A): a temporary web root with symlinks that
// point out of it, a canary file beside it, the server's own data folder and environment as
// targets, and more than 50 traversal forms sent as raw request lines (http_client.hpp does not
// normalise the target, like curl --path-as-is). Every form must answer 404 or 400, and no
// answer may carry a byte of a file outside the web root.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include "anjian_process.hpp"
#include "http_client.hpp"

namespace anjian::test {
namespace {

namespace fs = std::filesystem;

std::string RandomToken() {
  std::random_device rd;
  std::ostringstream out;
  for (int i = 0; i < 4; ++i) out << std::hex << rd();
  return out.str();
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

const std::string kIndex = "<!doctype html><title>anjian traversal index</title>";
const std::string kAsset = "console.log('anjian asset')";

class StaticTraversalTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    base_ = fs::temp_directory_path() / ("anjian_traversal_" + std::to_string(getpid()));
    fs::remove_all(base_);
    fs::create_directories(base_ / "web/assets");
    fs::create_directories(base_ / "outside");
    fs::create_directories(base_ / "web-sibling");
    file_canary_ = "CANARY-FILE-" + RandomToken();
    env_canary_ = "CANARY-ENV-" + RandomToken();
    dot_canary_ = "CANARY-DOT-" + RandomToken();
    Write(base_ / "web/index.html", kIndex);
    Write(base_ / "web/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    Write(base_ / "web/assets/app-4f1c2b.js", kAsset);
    Write(base_ / "web/.env", dot_canary_);
    Write(base_ / "outside/canary.txt", file_canary_);
    Write(base_ / "web-sibling/canary.txt", file_canary_);
    // Symlinks inside the web root that lead out of it (absolute, relative, to a folder), and
    // one that stays inside (served).
    fs::create_symlink(base_ / "outside/canary.txt", base_ / "web/assets/leak.js");
    fs::create_symlink("../../outside/canary.txt", base_ / "web/assets/rel-leak.js");
    fs::create_symlink("../../outside", base_ / "web/assets/out");
    fs::create_symlink("../data", base_ / "web/data");
    fs::create_symlink("/etc", base_ / "web/etc");
    fs::create_symlink("/proc/self", base_ / "web/self");
    fs::create_symlink("app-4f1c2b.js", base_ / "web/assets/alias.js");
    fs::create_symlink("web", base_ / "web-link");
  }
  static void TearDownTestSuite() { fs::remove_all(base_); }
  static void Write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }

  // The server, its data folder beside the web root (anjian.db and its -wal are live targets).
  static AnjianProcess Start(const fs::path& web_root) {
    return AnjianProcess({"--data", (base_ / "data").string()},
                         {"--web-root", web_root.string()}, {{"ANJIAN_ENV_CANARY", env_canary_}},
                         (base_ / "server.log").string());
  }

  // The bytes no answer may contain: the canary files, the server's environment, /etc/passwd,
  // the SQLite database and its WAL (header, password hashes), a dotfile inside the root.
  static void ExpectNoSecret(const std::string& what, const HttpResult& r) {
    const std::string all = r.headers + "\n" + r.body;
    for (const std::string& secret :
         {file_canary_, env_canary_, dot_canary_, std::string("CANARY-"), std::string("root:x:0:0"),
          std::string("root:*:0:0"), std::string("SQLite format 3"), std::string("$argon2id$"),
          std::string("ANJIAN_ENV_CANARY")})
      EXPECT_EQ(all.find(secret), std::string::npos) << what << " leaked " << secret;
  }

  // Every traversal form; B is the absolute base folder, D the data folder.
  static std::vector<std::string> Corpus() {
    const std::string B = base_.string();
    const std::string D = (base_ / "data").string();
    std::vector<std::string> c = {
        // doubled and tripled slashes: an absolute right-hand side used to drop the root
        "//etc/passwd", "///etc/passwd", "////etc/passwd", "//etc//passwd", "//./etc/passwd",
        "//etc/./passwd", "//proc/self/environ", "///proc/self/environ", "//proc/self/cmdline",
        "/" + B + "/outside/canary.txt", "/" + B + "/web-sibling/canary.txt",
        "/" + D + "/anjian.db", "/" + D + "/anjian.db-wal", "/" + D + "/anjian.db-shm",
        "//" + B + "//outside//canary.txt",
        // dot segments
        "/./etc/passwd", "/../etc/passwd", "/../../../../../../etc/passwd",
        "/..//..//..//..//etc/passwd", "/assets/../../../../../etc/passwd",
        "/assets/app-4f1c2b.js/../../../../etc/passwd", "/../outside/canary.txt",
        "/../web-sibling/canary.txt", "/../data/anjian.db", "/../data/anjian.db-wal",
        "/assets/./app-4f1c2b.js", "/./index.html", "/.../.../etc/passwd",
        "/../../../../proc/self/environ",
        // percent-encoded dots and slashes, mixed case
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
        "/%2e%2E/%2E%2e/%2e%2e/etc/passwd", "/.%2e/.%2e/.%2e/etc/passwd",
        "/%2e./%2e./%2e./etc/passwd", "/%2e%2e/outside/canary.txt", "/%2e%2e/data/anjian.db-wal",
        "/..%2f..%2f..%2f..%2fetc%2fpasswd", "/%2fetc%2fpasswd", "/%2F%2Fetc/passwd",
        "/%2E%2e%2F%2e%2E%2Fetc%2Fpasswd", "/assets%2f..%2f..%2foutside%2fcanary.txt",
        "/%2f" + B.substr(1) + "/outside/canary.txt",
        // double and triple encoding
        "/%252e%252e/%252e%252e/etc/passwd", "/%252fetc/passwd", "/%25252e%25252e/etc/passwd",
        "/%25%32%65%25%32%65/etc/passwd", "/%%32%65%%32%65/etc/passwd", "/%u002e%u002e/etc/passwd",
        // overlong and other invalid UTF-8 for '.', '/' and '\'
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/%c0%af..%c0%afetc%c0%afpasswd",
        "/%e0%80%ae%e0%80%ae/etc/passwd", "/%f0%80%80%ae%f0%80%80%ae/etc/passwd",
        "/%c1%9c..%c1%9cetc/passwd", "/%c0%2e%c0%2e/etc/passwd", "/%ef%bc%8f..%ef%bc%8fetc/passwd",
        // backslashes
        "/..\\..\\..\\etc\\passwd", "/\\etc\\passwd", "/assets\\..\\..\\outside\\canary.txt",
        "/..%5c..%5c..%5cetc%5cpasswd", "/%5c%5cetc%5cpasswd", "/assets/%5c..%5c..%5coutside",
        // NUL and control bytes
        "/etc/passwd%00.html", "/index.html%00", "/%00/etc/passwd", "/%00//etc/passwd",
        "/assets/leak.js%00.js", "/%0a/etc/passwd", std::string("/etc/passwd\0.html", 17),
        "/a\tb/../etc/passwd",
        // semicolons, drive letters, schemes
        "/..;/..;/..;/etc/passwd", "/assets;/../../outside/canary.txt", "/assets/..;/..;/etc/passwd",
        "/C:/Windows/win.ini", "/c:%5cwindows%5cwin.ini", "/file:///etc/passwd",
        "http://127.0.0.1//etc/passwd", "file:///etc/passwd", "*",
        // symlinks inside the web root pointing out of it
        "/assets/leak.js", "/assets/rel-leak.js", "/assets/out/canary.txt",
        "/assets/out/../out/canary.txt", "/data/anjian.db", "/data/anjian.db-wal", "/etc/passwd.txt",
        "/etc/hostname", "/self/environ", "/self/cmdline",
        // dotfiles, queries and fragments that hide a traversal
        "/.env", "/%2eenv", "//etc/passwd?x=1", "/%3f/../etc/passwd", "/#/../../etc/passwd",
        // very long forms (under the 8 KiB URI limit)
        "/" + Repeat("../", 2000) + "etc/passwd", "/" + Repeat("%2e%2e/", 1000) + "etc/passwd",
        "/" + Repeat("a/", 3000) + "x", "/" + std::string(7000, 'a'),
        "/" + Repeat("./", 3000) + "etc/passwd",
    };
    return c;
  }

  // Client-route look-alikes: the app (exactly index.html) or 404, never a file outside.
  static std::vector<std::string> RouteLookalikes() {
    return {"/etc/passwd", "/proc/self/environ", "/root", "/index.html?/../../etc/passwd",
            "/" + base_.string().substr(1) + "/outside/canary"};
  }

  static void RunCorpus(int port) {
    const auto corpus = Corpus();
    ASSERT_GE(corpus.size(), 50u);
    std::cout << "[ corpus   ] " << corpus.size() << " traversal forms, GET and HEAD\n";
    for (const auto& target : corpus) {
      for (const char* method : {"GET", "HEAD"}) {
        HttpResult r = HttpRequest(port, method, target, "", "", 5000);
        EXPECT_TRUE(r.status == 404 || r.status == 400)
            << method << " " << target.substr(0, 200) << " -> " << r.status;
        ExpectNoSecret(std::string(method) + " " + target.substr(0, 200), r);
      }
    }
    for (const auto& target : RouteLookalikes()) {
      HttpResult r = HttpRequest(port, "GET", target, "", "", 5000);
      EXPECT_TRUE(r.status == 404 || (r.status == 200 && r.body == kIndex))
          << target << " -> " << r.status << " " << r.body.substr(0, 200);
      ExpectNoSecret(target, r);
    }
  }

  static void ExpectStillServes(int port) {
    HttpResult r = HttpRequest(port, "GET", "/");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, kIndex);
    r = HttpRequest(port, "GET", "/index.html");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, kIndex);
    r = HttpRequest(port, "GET", "/assets/app-4f1c2b.js");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, kAsset);
    EXPECT_NE(r.headers.find("text/javascript"), std::string::npos) << r.headers;
    EXPECT_NE(r.headers.find("immutable"), std::string::npos) << r.headers;
    r = HttpRequest(port, "GET", "/assets/alias.js");  // a symlink that stays inside
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, kAsset);
    r = HttpRequest(port, "GET", "/favicon.svg");
    EXPECT_EQ(r.status, 200);
    EXPECT_NE(r.headers.find("image/svg+xml"), std::string::npos);
    for (const char* route : {"/enterprises", "/ledger/stores/12", "/admin/users", "/login",
                              "/enterprises/", "/inbox/7?tab=all", "/%E4%B8%AD%E6%96%87"}) {
      r = HttpRequest(port, "GET", route);
      EXPECT_EQ(r.status, 200) << route;
      EXPECT_EQ(r.body, kIndex) << route;
      EXPECT_NE(r.headers.find("no-cache"), std::string::npos) << route;
    }
    for (const char* missing : {"/assets/missing-123.js", "/robots.txt", "/assets/", "/assets"}) {
      r = HttpRequest(port, "GET", missing);
      EXPECT_EQ(r.status, 404) << missing;
    }
    EXPECT_EQ(HttpRequest(port, "GET", "/api/v1/enterprises").status, 401);  // the API is not static
  }

  static inline fs::path base_;
  static inline std::string file_canary_, env_canary_, dot_canary_;
};

TEST_F(StaticTraversalTest, EveryTraversalFormIsRefusedAndNothingOutsideTheRootLeaks) {
  AnjianProcess s = Start(base_ / "web");
  ASSERT_TRUE(s.ready()) << "see " << (base_ / "server.log");
  // The targets exist: the database and its WAL are there, /etc/passwd has a root line.
  ASSERT_TRUE(fs::exists(base_ / "data/anjian.db"));
  ExpectStillServes(s.port());
  RunCorpus(s.port());
  ExpectStillServes(s.port());  // still serving after the corpus
}

TEST_F(StaticTraversalTest, AWebRootGivenThroughASymlinkIsCheckedTheSameWay) {
  AnjianProcess s = Start(base_ / "web-link");
  ASSERT_TRUE(s.ready()) << "see " << (base_ / "server.log");
  ExpectStillServes(s.port());
  RunCorpus(s.port());
}

TEST_F(StaticTraversalTest, ADataFolderInsideTheWebRootIsRefusedAtStartUp) {
  AnjianProcess s({"--data", (base_ / "web/db").string()}, {"--web-root", (base_ / "web").string()},
                  {}, (base_ / "server.log").string());
  EXPECT_FALSE(s.ready());
  EXPECT_EQ(s.exit_status(), 2);
  EXPECT_FALSE(fs::exists(base_ / "web/db/anjian.db"));
}

}  // namespace
}  // namespace anjian::test
