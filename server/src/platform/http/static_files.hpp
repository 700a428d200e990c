// The built web UI's static files: which file (if any) a request path may read. Beast-free and
// free of the rest of the server so the decision can be unit-tested and fuzzed on its own.
//
// A request path is hostile. It is percent-decoded exactly once and refused when the result is
// not plain: malformed escapes, control characters (NUL included), backslashes, colons (drive
// letters, `file:`), semicolons, an escaped `/` or `%` (double encoding), invalid or overlong
// UTF-8, empty segments (`//`), and segments that start with a dot (`.`, `..`, `..;`, dotfiles)
// or contain `..`. The file is then looked up segment by segment under the canonical web root
// (computed once), resolved with every symlink followed, and served only when the resolved path
// still lies inside that root and is a regular file. Paths that are not files fall back to
// index.html (the single-page app's client routes) unless they are under /assets/ or their last
// segment has a dot (a missing file, not a route), and unless the path names something that
// exists but may not be served (a symlink out of the root, a folder): that is a 404.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace anjian::http {

// The syntactic check of a request path (no file system access).
enum class PathSyntax {
  kOk,
  kMalformed,  // not a usable path at all: bad escape, control byte, invalid UTF-8 -> 400
  kRefused,    // well-formed but never served: traversal forms, dotfiles, `\`, `:` ... -> 404
};

struct ParsedPath {
  PathSyntax syntax = PathSyntax::kRefused;
  std::vector<std::string> segments;  // decoded, each non-empty; empty for "/"
  bool trailing_slash = false;        // "/enterprises/": a client route, never a file
};

// Longest request path the static handler looks at (bytes, before decoding).
inline constexpr size_t kMaxStaticPathBytes = 4096;

// Decodes `raw` (the request target up to '?') once and splits it into checked segments.
ParsedPath ParseStaticPath(std::string_view raw);

// True when `inner` is `root` or lies below it, compared component by component (so
// /srv/web2 is not inside /srv/web). Both must be canonical.
bool IsWithin(const std::filesystem::path& inner, const std::filesystem::path& root);

struct StaticResult {
  int status = 404;  // 200, 400 or 404
  std::string content_type = "text/plain; charset=utf-8";
  std::string cache_control;  // set on 200 only
  std::string body;
  std::filesystem::path file;  // the canonical file read (200 only)
};

class StaticRoot {
 public:
  // Canonicalises `root` once. An empty, missing or non-directory root disables serving:
  // every path answers 404 "web UI not built".
  explicit StaticRoot(const std::filesystem::path& root);

  bool enabled() const { return !root_.empty(); }
  const std::filesystem::path& root() const { return root_; }

  // What checked segments name under the root.
  enum class Found {
    kFile,     // `file`: a canonical regular file inside the root
    kMissing,  // nothing there (a client route may fall back to index.html)
    kRefused,  // something is there but it is outside the root once resolved, or not a file
  };
  struct LookupResult {
    Found found = Found::kMissing;
    std::filesystem::path file;
  };
  LookupResult Lookup(const std::vector<std::string>& segments) const;

  // The whole answer for a GET/HEAD of `raw_path` (the target without the query).
  StaticResult Serve(std::string_view raw_path) const;

 private:
  std::filesystem::path root_;  // canonical; empty = disabled
};

}  // namespace anjian::http
