#include "platform/http/static_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <unordered_map>

namespace anjian::http {

namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxSegmentBytes = 255;  // NAME_MAX
constexpr size_t kMaxSegments = 64;
constexpr off_t kMaxFileBytes = 256 << 20;

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Strict UTF-8: no overlong forms (so %c0%ae is not a dot), no surrogates, nothing above
// U+10FFFF, no truncated sequences.
bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp;
    uint32_t min;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4, cp = c & 0x07, min = 0x10000;
    } else {
      return false;  // continuation byte first, 0xC0/0xC1 (always overlong) or 0xF5..0xFF
    }
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

// Decodes one segment (no '/' in it) exactly once. A decoded '/' or '%' is refused: an escaped
// separator, or an escape that would decode again (double encoding).
PathSyntax DecodeSegment(std::string_view raw, std::string& out) {
  out.clear();
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '%') {
      if (i + 2 >= raw.size()) return PathSyntax::kMalformed;  // '%' needs two hex digits
      const int hi = HexValue(raw[i + 1]);
      const int lo = HexValue(raw[i + 2]);
      if (hi < 0 || lo < 0) return PathSyntax::kMalformed;
      c = static_cast<char>(hi * 16 + lo);
      i += 2;
      if (c == '/' || c == '%') return PathSyntax::kRefused;
    }
    out.push_back(c);
  }
  for (char ch : out) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x20 || b == 0x7F) return PathSyntax::kMalformed;  // NUL, CR, LF, TAB, DEL ...
    if (ch == '\\' || ch == ':' || ch == ';') return PathSyntax::kRefused;
  }
  if (!IsValidUtf8(out)) return PathSyntax::kMalformed;
  if (out.empty() || out.size() > kMaxSegmentBytes) return PathSyntax::kRefused;
  // ".", "..", "..;" (refused above), ".env", ".git": nothing in a built UI starts with a dot.
  if (out.front() == '.' || out.find("..") != std::string::npos) return PathSyntax::kRefused;
  return PathSyntax::kOk;
}

std::string MimeFor(const fs::path& p) {
  static const std::unordered_map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json"},
      {".svg", "image/svg+xml"},             {".png", "image/png"},
      {".ico", "image/x-icon"},              {".woff2", "font/woff2"},
      {".woff", "font/woff"},                {".ttf", "font/ttf"},
      {".jpg", "image/jpeg"},                {".txt", "text/plain; charset=utf-8"}};
  auto it = kTypes.find(p.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

// Reads a regular file without following a symlink in its last component (the path is
// canonical, so there should be none; this closes the window between check and open).
bool ReadRegularFile(const fs::path& file, std::string& out) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) return false;
  struct stat st {};
  bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size <= kMaxFileBytes;
  if (ok) {
    out.resize(static_cast<size_t>(st.st_size));
    size_t got = 0;
    while (got < out.size()) {
      const ssize_t n = ::read(fd, out.data() + got, out.size() - got);
      if (n < 0) {
        ok = false;
        break;
      }
      if (n == 0) break;
      got += static_cast<size_t>(n);
    }
    out.resize(got);
  }
  ::close(fd);
  return ok;
}

StaticResult Plain(int status, std::string body) {
  StaticResult r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

}  // namespace

ParsedPath ParseStaticPath(std::string_view raw) {
  ParsedPath p;
  if (raw.empty() || raw.front() != '/') {  // absolute-form, "*" or garbage
    p.syntax = PathSyntax::kMalformed;
    return p;
  }
  if (raw.size() > kMaxStaticPathBytes) return p;  // refused
  raw.remove_prefix(1);
  if (raw.empty()) {  // "/"
    p.syntax = PathSyntax::kOk;
    return p;
  }
  if (raw.back() == '/') {
    p.trailing_slash = true;
    raw.remove_suffix(1);
  }
  std::string seg;
  PathSyntax worst = PathSyntax::kOk;
  for (;;) {
    const size_t slash = raw.find('/');
    const PathSyntax s = DecodeSegment(raw.substr(0, slash), seg);
    // A malformed segment anywhere makes the request a 400, even after a refused one.
    if (s == PathSyntax::kMalformed) {
      p.segments.clear();
      p.trailing_slash = false;
      p.syntax = PathSyntax::kMalformed;
      return p;
    }
    if (s == PathSyntax::kRefused) worst = PathSyntax::kRefused;
    p.segments.push_back(seg);
    if (slash == std::string_view::npos) break;
    raw.remove_prefix(slash + 1);
  }
  if (worst != PathSyntax::kOk || p.segments.size() > kMaxSegments) {
    p.segments.clear();
    p.trailing_slash = false;
    p.syntax = PathSyntax::kRefused;
    return p;
  }
  p.syntax = PathSyntax::kOk;
  return p;
}

bool IsWithin(const fs::path& inner, const fs::path& root) {
  auto r = root.begin();
  auto i = inner.begin();
  for (; r != root.end(); ++r, ++i) {
    if (i == inner.end() || *i != *r) return false;
  }
  return true;
}

StaticRoot::StaticRoot(const fs::path& root) {
  if (root.empty()) return;
  std::error_code ec;
  fs::path canonical = fs::canonical(root, ec);
  if (ec || !fs::is_directory(canonical, ec)) return;
  root_ = std::move(canonical);
}

StaticRoot::LookupResult StaticRoot::Lookup(const std::vector<std::string>& segments) const {
  LookupResult out;
  if (root_.empty() || segments.empty()) return out;
  // Built from the segments one name at a time: never `root / "<absolute path>"`, which would
  // drop the root.
  fs::path candidate = root_;
  for (const auto& s : segments) {
    const fs::path name(s);
    if (s.empty() || s == "." || s == ".." || name.has_root_path() || name.has_parent_path() ||
        name.filename() != name) {
      out.found = Found::kRefused;
      return out;
    }
    candidate /= name;
  }
  std::error_code ec;
  fs::path real = fs::canonical(candidate, ec);  // every symlink resolved
  if (ec) {
    const bool missing = ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory;
    out.found = missing ? Found::kMissing : Found::kRefused;
    return out;
  }
  if (real == root_ || !IsWithin(real, root_) || !fs::is_regular_file(fs::symlink_status(real, ec)) || ec) {
    out.found = Found::kRefused;
    return out;
  }
  out.found = Found::kFile;
  out.file = std::move(real);
  return out;
}

StaticResult StaticRoot::Serve(std::string_view raw_path) const {
  if (!enabled()) return Plain(404, "web UI not built (run make run)");
  ParsedPath p = ParseStaticPath(raw_path);
  if (p.syntax == PathSyntax::kMalformed) return Plain(400, "bad request");
  if (p.syntax == PathSyntax::kRefused) return Plain(404, "not found");

  const bool trailing_slash = p.trailing_slash;
  const bool under_assets = !p.segments.empty() && p.segments.front() == "assets";
  LookupResult found = Lookup(p.segments.empty() ? std::vector<std::string>{"index.html"} : p.segments);
  bool spa = false;
  if (trailing_slash && found.found == Found::kFile) found = {};  // "/index.html/" is no file
  if (found.found == Found::kRefused) return Plain(404, "not found");
  if (found.found == Found::kMissing && !p.segments.empty()) {
    // Nothing there: a client route gets the app, unless it is an asset or names a file.
    const bool names_file = p.segments.back().find('.') != std::string::npos;
    if (under_assets || names_file) return Plain(404, "not found");
    found = Lookup({"index.html"});
    spa = true;
  }
  if (found.found != Found::kFile) return Plain(404, "not found");
  fs::path file = std::move(found.file);

  StaticResult r;
  if (!ReadRegularFile(file, r.body)) return Plain(404, "not found");
  r.status = 200;
  r.content_type = MimeFor(file);
  // Hashed asset names never change content, so they may be cached for long.
  r.cache_control = under_assets && !spa ? "public, max-age=31536000, immutable" : "no-cache";
  r.file = std::move(file);
  return r;
}

}  // namespace anjian::http
