// libFuzzer target: the static UI file handler's whole answer (platform/http/static_files.hpp:
// ParseStaticPath and StaticRoot::Serve) for any request path, over a temporary web root whose
// symlinks lead out of it (to a secret file, a folder, the root's parent, /etc, /proc/self).
// Oracle (abort = finding):
//  - a 200 must carry exactly the bytes of a regular file that lies under the web root (the
//    files are listed once at start without following symlinks), and name that file;
//  - no answer may contain the secret placed outside the root;
//  - statuses are 200, 400 or 404 only;
//  - a path the parser accepts has only plain segments (no '/', '\', '%', NUL, no dot first,
//    no "..").
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "platform/http/static_files.hpp"

namespace fs = std::filesystem;
using anjian::http::ParsedPath;
using anjian::http::ParseStaticPath;
using anjian::http::PathSyntax;
using anjian::http::StaticResult;
using anjian::http::StaticRoot;

namespace {

const char kSecret[] = "FUZZ-SECRET-OUTSIDE-THE-WEB-ROOT";

fs::path g_base;
const StaticRoot* g_root = nullptr;
std::map<fs::path, std::string>* g_files = nullptr;  // canonical path -> content

void Write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

void RemoveBase() {
  std::error_code ec;
  if (!g_base.empty()) fs::remove_all(g_base, ec);
}

[[noreturn]] void Fail(const char* what, const std::string& path, const StaticResult& r) {
  std::fprintf(stderr, "ORACLE: %s\n  path (%zu bytes): ", what, path.size());
  for (unsigned char c : path) std::fprintf(stderr, c >= 0x20 && c < 0x7f ? "%c" : "\\x%02x", c);
  std::fprintf(stderr, "\n  status %d, file '%s', body %zu bytes\n", r.status, r.file.c_str(),
               r.body.size());
  std::abort();
}

void Check(const std::string& path) {
  const StaticResult r = g_root->Serve(path);
  if (r.body.find(kSecret) != std::string::npos) Fail("secret in the answer", path, r);
  if (r.status == 200) {
    auto it = g_files->find(r.file);
    if (it == g_files->end()) Fail("200 for a file not under the web root", path, r);
    if (it->second != r.body) Fail("200 body differs from the file under the web root", path, r);
  } else if (r.status != 400 && r.status != 404) {
    Fail("unexpected status", path, r);
  } else if (!r.file.empty()) {
    Fail("a refusal names a file", path, r);
  }

  const ParsedPath p = ParseStaticPath(path);
  if (p.syntax != PathSyntax::kOk) {
    if (!p.segments.empty()) Fail("refused path kept segments", path, r);
    return;
  }
  for (const auto& s : p.segments) {
    if (s.empty() || s.front() == '.' || s.find("..") != std::string::npos ||
        s.find_first_of(std::string("/\\%:;\0", 6)) != std::string::npos)
      Fail("parser accepted a segment that is not plain", path, r);
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  char tmpl[] = "/tmp/anjian_fuzz_static_XXXXXX";
  if (!mkdtemp(tmpl)) std::abort();
  g_base = tmpl;
  std::atexit(RemoveBase);
  const fs::path web = g_base / "web";
  fs::create_directories(web / "assets");
  fs::create_directories(web / "a/b");
  fs::create_directories(g_base / "outside");
  fs::create_directories(g_base / "web2");
  Write(web / "index.html", "<!doctype html><title>fuzz</title>");
  Write(web / "assets/app.js", "console.log('app')");
  Write(web / "assets/app.css", "body{}");
  Write(web / "a/b/c.txt", "abc");
  Write(web / "favicon.svg", "<svg/>");
  Write(web / "中文.txt", "utf-8 name");
  Write(web / ".env", kSecret);  // inside, but a dotfile: never served
  Write(g_base / "outside/secret", kSecret);
  Write(g_base / "web2/x.js", kSecret);  // a sibling whose name starts like the root's
  fs::create_symlink("../../outside/secret", web / "assets/leak.js");
  fs::create_symlink(g_base / "outside/secret", web / "leak");
  fs::create_symlink("../outside", web / "out");
  fs::create_symlink("..", web / "up");
  fs::create_symlink(".", web / "self");
  fs::create_symlink("/etc", web / "etc");
  fs::create_symlink("/proc/self", web / "proc");
  fs::create_symlink("app.js", web / "assets/alias.js");
  fs::create_symlink("loop", web / "loop");

  static const StaticRoot root(web);
  g_root = &root;
  // A relative path becomes absolute under the *real* root; the files must be secret-free.
  static std::map<fs::path, std::string> files;
  for (auto it = fs::recursive_directory_iterator(root.root()); it != fs::recursive_directory_iterator(); ++it) {
    if (it->is_symlink() || !it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    if (content.str().find(kSecret) != std::string::npos) continue;  // .env: must never be served
    files[fs::canonical(it->path())] = content.str();
  }
  g_files = &files;
  if (!root.enabled() || files.size() != 6) std::abort();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string path(reinterpret_cast<const char*>(data), size);
  Check(path);
  if (path.empty() || path.front() != '/') Check("/" + path);
  return 0;
}
