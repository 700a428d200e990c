// docs/openapi.yaml against the real route table: every Router route is documented with the
// permission it declares, and the spec documents no /api/v1 operation the router lacks (the
// WebSocket /api/v1/ws is served by the HTTP server, not the router). The YAML is read with a
// small line-based parser that relies on the file's layout: under `paths:`, path keys are
// indented exactly 2 spaces and method keys exactly 4.
#include <cctype>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "api_harness.hpp"

#ifndef ANJIAN_OPENAPI
#error "ANJIAN_OPENAPI (path of docs/openapi.yaml) must be defined"
#endif

namespace anjian::test {
namespace {

struct SpecOperation {
  std::string method;  // upper case, like Route::method
  std::string path;
  std::string permission;  // x-permission, "" when absent
  std::string operation_id;
  int line = 0;
};

struct Spec {
  std::vector<SpecOperation> operations;
  std::vector<std::pair<std::string, int>> operation_ids;  // every operationId in the file
  std::vector<int> tab_lines;
  bool has_paths = false;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

size_t Indent(const std::string& line) {
  size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  return s.substr(b);
}

// A scalar value with optional surrounding quotes removed.
std::string Unquote(std::string s) {
  s = Trim(s);
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front())
    return s.substr(1, s.size() - 2);
  return s;
}

// "key: value" at the given indentation → value (unquoted), or nullopt.
std::optional<std::string> KeyValue(const std::string& line, size_t indent, const std::string& key) {
  if (Indent(line) != indent) return std::nullopt;
  std::string rest = line.substr(indent);
  std::string prefix = key + ":";
  if (rest.rfind(prefix, 0) != 0) return std::nullopt;
  return Unquote(rest.substr(prefix.size()));
}

Spec ParseSpec(const std::string& text) {
  static const std::set<std::string> kMethods = {"get", "post", "put", "delete", "patch"};
  Spec spec;
  std::istringstream in(text);
  std::string line;
  int n = 0;
  bool in_paths = false;
  std::string path;
  SpecOperation* op = nullptr;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find('\t') != std::string::npos) spec.tab_lines.push_back(n);
    std::string trimmed = Trim(line);
    if (trimmed.rfind("operationId:", 0) == 0)
      spec.operation_ids.emplace_back(Unquote(trimmed.substr(12)), n);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    size_t indent = Indent(line);
    if (indent == 0) {
      in_paths = trimmed == "paths:";
      spec.has_paths = spec.has_paths || in_paths;
      path.clear();
      op = nullptr;
      continue;
    }
    if (!in_paths) continue;
    if (indent == 2 && trimmed.back() == ':') {
      path = Unquote(trimmed.substr(0, trimmed.size() - 1));
      op = nullptr;
    } else if (indent == 4) {
      op = nullptr;
      std::string key = trimmed.back() == ':' ? trimmed.substr(0, trimmed.size() - 1) : "";
      if (!path.empty() && kMethods.count(key)) {
        std::string upper;
        for (char c : key) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        spec.operations.push_back({upper, path, "", "", n});
        op = &spec.operations.back();
      }
    } else if (op && indent == 6) {
      if (auto v = KeyValue(line, 6, "x-permission")) op->permission = *v;
      if (auto v = KeyValue(line, 6, "operationId")) op->operation_id = *v;
    }
  }
  return spec;
}

std::string Key(const std::string& method, const std::string& path) { return method + " " + path; }

class OpenApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    text_ = new std::string(ReadFile(ANJIAN_OPENAPI));
    spec_ = new Spec(ParseSpec(*text_));
  }
  static void TearDownTestSuite() {
    delete spec_;
    delete text_;
  }
  static const Spec& spec() { return *spec_; }
  static const std::string& text() { return *text_; }

 private:
  static inline std::string* text_ = nullptr;
  static inline Spec* spec_ = nullptr;
};

TEST_F(OpenApiTest, FileIsReadableAndHasPaths) {
  ASSERT_FALSE(text().empty()) << "cannot read " << ANJIAN_OPENAPI;
  EXPECT_EQ(text().rfind("openapi: 3.0.3", 0), 0u) << "the file must start with 'openapi: 3.0.3'";
  EXPECT_TRUE(spec().has_paths) << "no top-level 'paths:' key";
  EXPECT_GT(spec().operations.size(), 50u);
}

TEST_F(OpenApiTest, NoTabCharacters) {
  std::string lines;
  for (int l : spec().tab_lines) lines += " " + std::to_string(l);
  EXPECT_TRUE(spec().tab_lines.empty()) << "tab characters on lines:" << lines;
}

TEST_F(OpenApiTest, OperationIdsAreUniqueAndPresent) {
  std::map<std::string, std::vector<int>> seen;
  for (const auto& [id, line] : spec().operation_ids) seen[id].push_back(line);
  std::string dups;
  for (const auto& [id, lines] : seen) {
    if (lines.size() < 2) continue;
    dups += "\n  " + id + " on lines";
    for (int l : lines) dups += " " + std::to_string(l);
  }
  EXPECT_TRUE(dups.empty()) << "duplicate operationIds:" << dups;
  std::string missing;
  for (const auto& op : spec().operations)
    if (op.operation_id.empty()) missing += "\n  " + Key(op.method, op.path);
  EXPECT_TRUE(missing.empty()) << "operations without operationId:" << missing;
}

TEST_F(OpenApiTest, SpecMatchesRouterAndPermissions) {
  TestApp app("sqlite");
  const auto& routes = app.router.routes();
  ASSERT_FALSE(routes.empty());

  std::map<std::string, const SpecOperation*> documented;
  std::string duplicated;
  for (const auto& op : spec().operations) {
    if (!documented.emplace(Key(op.method, op.path), &op).second)
      duplicated += "\n  " + Key(op.method, op.path);
  }
  EXPECT_TRUE(duplicated.empty()) << "operations documented twice:" << duplicated;

  std::set<std::string> routed;
  std::string missing, wrong_permission;
  for (const auto& route : routes) {
    std::string key = Key(route->method, route->pattern);
    routed.insert(key);
    auto it = documented.find(key);
    if (it == documented.end()) {
      missing += "\n  " + key + " (x-permission: " + route->permission + ")";
      continue;
    }
    if (it->second->permission != route->permission)
      wrong_permission += "\n  " + key + ": spec says '" + it->second->permission +
                          "', router declares '" + route->permission + "'";
  }

  std::string extra;
  for (const auto& op : spec().operations) {
    if (op.path.rfind("/api/v1/", 0) != 0) continue;
    if (op.path == "/api/v1/ws") continue;  // WebSocket upgrade, served by the HTTP server
    if (!routed.count(Key(op.method, op.path)))
      extra += "\n  " + Key(op.method, op.path) + " (line " + std::to_string(op.line) + ")";
  }

  EXPECT_TRUE(missing.empty()) << "router routes missing from docs/openapi.yaml:" << missing;
  EXPECT_TRUE(extra.empty()) << "documented /api/v1 operations the router does not have:" << extra;
  EXPECT_TRUE(wrong_permission.empty()) << "x-permission differs from the route:" << wrong_permission;
  std::cout << "[ openapi  ] " << routes.size() << " router routes, " << spec().operations.size()
            << " documented operations\n";
}

// The spec is served at a stable URL to signed-in users, exactly as the repository has it (the
// server compiles docs/openapi.yaml in, so the description matches the routes it serves).
TEST_F(OpenApiTest, ServedAtApiV1OpenapiYaml) {
  TestApp app("sqlite");
  EXPECT_EQ(app.Call("GET", "/api/v1/openapi.yaml", "", "").status, 401);
  auto r = app.As("jining.viewer", "GET", "/api/v1/openapi.yaml");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(r.body == text()) << "served spec differs from docs/openapi.yaml (" << r.body.size()
                                << " vs " << text().size() << " bytes)";
}

TEST_F(OpenApiTest, NonRouterOperationsAreDocumented) {
  std::set<std::string> keys;
  for (const auto& op : spec().operations) keys.insert(Key(op.method, op.path));
  for (const char* k : {"GET /healthz", "GET /metrics", "GET /api/v1/ws"})
    EXPECT_TRUE(keys.count(k)) << k << " is not documented";
}

TEST_F(OpenApiTest, ParserFindsPermissionsOnEveryOperation) {
  std::string missing;
  for (const auto& op : spec().operations)
    if (op.permission.empty()) missing += "\n  " + Key(op.method, op.path);
  EXPECT_TRUE(missing.empty()) << "operations without x-permission:" << missing;
}

}  // namespace
}  // namespace anjian::test
