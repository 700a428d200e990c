// The layout's rules, checked on the source tree (docs/architecture.md, "How to add a business
// area"): SQL only in repositories, "now" only from the clock, China time only through
// core/china_time.hpp, dialect differences only in platform/storage, error messages only in
// catalogues, route tables in routes.cpp, no delivery-batch names. A file that breaks a rule
// fails the test with the rule and where; kNotYet lists what the layout move has not converted
// yet and only ever shrinks.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path kSrc = fs::path(ANJIAN_SOURCE_DIR) / "server" / "src";

struct Check {
  const char* name;
  const char* why;
  std::regex pattern;
  // Files (paths relative to server/src, prefix match) where the pattern belongs.
  std::vector<std::string> home;
};

std::string Read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Source text without comments and with whitespace runs collapsed to one space, so a pattern
// may span lines.
std::string Code(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool in_str = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_str) {
      out += c;
      if (c == '\\' && i + 1 < text.size()) out += text[++i];
      else if (c == '"') in_str = false;
      continue;
    }
    if (c == '"') {
      in_str = true;
      out += c;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      while (i < text.size() && text[i] != '\n') ++i;
      out += ' ';
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      i = text.find("*/", i + 2);
      if (i == std::string::npos) break;
      ++i;
      out += ' ';
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      if (out.empty() || out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

bool StartsWithAny(const std::string& path, const std::vector<std::string>& prefixes) {
  for (const auto& p : prefixes)
    if (path.rfind(p, 0) == 0) return true;
  return false;
}

// Not converted yet by the layout move: check name → path prefixes. Remove an entry when its
// files follow the rule; never add one.
const std::map<std::string, std::vector<std::string>>& NotYet() {
  static const std::map<std::string, std::vector<std::string>> m = {
  };
  return m;
}

const std::vector<Check>& Checks() {
  static const std::vector<Check> c = {
      {"sql_outside_repository",
       "SQL runs only in an area's *_repository.cpp (and platform/storage, demo/ seeders)",
       // (a request's query parameters, req.Query(...), are not SQL)
       std::regex(R"(\b(?!req\b|request\b)[A-Za-z_]\w*(\.|->)(Query|Exec|ExecScript)\()"),
       {"platform/storage/", "demo/"}},
      {"now_outside_clock",
       "\"now\" comes from the injected core::Clock (api::Services::clock), never the system",
       // (a member call, clock.NowIso() or clock->Now(), is the injected clock itself)
       std::regex(R"((^|[^.>\w])(NowUnix|NowIso)\(\)|system_clock::now|\btime\(nullptr\)|\btime\(NULL\))"),
       {"core/clock.", "platform/storage/db."}},
      {"system_clock_outside_wiring",
       "the system clock is chosen once, where the process is wired (app/, the services' "
       "default, the schema's own history); areas read the injected core::Clock",
       std::regex(R"(SystemClockInstance)"),
       {"core/clock.", "app/", "platform/api/context.hpp", "platform/storage/migrations.cpp"}},
      {"china_offset_spelled_out",
       "China time goes through core/china_time.hpp (kChinaUtcOffsetSeconds, ChinaDate, ...)",
       std::regex(R"(\b8 ?\* ?3600\b|\b28800\b|\b480 ?\* ?60\b)"),
       {"core/china_time."}},
      {"dialect_branch",
       "dialect differences live in platform/storage (sql.hpp: ForUpdate, Position, "
       "Placeholders, LockKeyForTransaction; text_list.hpp; like.hpp)",
       std::regex(R"(Dialect::k(Postgres|Sqlite))"),
       {"platform/storage/"}},
      {"message_outside_catalogue",
       "error messages live in the area's catalogue (<area>_errors.hpp, core/error_catalogue.hpp)",
       std::regex(R"(FieldError ?\{|Error::(Conflict|BadRequest|Forbidden|Unauthenticated) ?\( ?")"
                  R"(|\{ ?[^{};]{0,60}?, ?"[a-z][a-z0-9_]*" ?, ?"[^"]*" ?, ?"[^"]*[\x80-\xff])"),
       {"core/error.", "core/error_catalogue.hpp"}},
      {"placeholder_list_by_hand",
       "IN lists use storage::Placeholders (platform/storage/sql.hpp) or a text list",
       std::regex(R"(\? ?" ?: ?" ?,\?"|",\?" ?: ?"\?")"),
       {"platform/storage/"}},
  };
  return c;
}

bool IsCatalogue(const std::string& rel) { return rel.ends_with("_errors.hpp"); }
bool IsRepository(const std::string& rel) { return rel.ends_with("_repository.cpp"); }

TEST(LayoutLint, EveryFileFollowsTheLayoutRules) {
  std::map<std::string, std::set<std::string>> offenders;  // check → files
  std::map<std::string, std::set<std::string>> stale;      // check → kNotYet prefixes unused
  for (const auto& [name, prefixes] : NotYet()) stale[name].insert(prefixes.begin(), prefixes.end());
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kSrc)) {
    const auto ext = entry.path().extension();
    if (ext != ".cpp" && ext != ".hpp") continue;
    const std::string rel = fs::relative(entry.path(), kSrc).generic_string();
    if (rel.ends_with("_test.cpp")) continue;
    ++files;
    const std::string code = Code(Read(entry.path()));
    for (const auto& check : Checks()) {
      if (StartsWithAny(rel, check.home)) continue;
      // An area's repository is where its SQL lives.
      if (std::string(check.name) == "sql_outside_repository" && rel.ends_with("_repository.cpp"))
        continue;
      if (std::string(check.name) == "message_outside_catalogue" && IsCatalogue(rel)) continue;
      if (std::string(check.name) == "sql_outside_repository" && IsRepository(rel)) continue;
      if (!std::regex_search(code, check.pattern)) continue;
      bool excused = false;
      auto it = NotYet().find(check.name);
      if (it != NotYet().end())
        for (const auto& p : it->second)
          if (rel.rfind(p, 0) == 0) {
            excused = true;
            stale[check.name].erase(p);
          }
      if (!excused) offenders[check.name].insert(rel);
    }
  }
  EXPECT_GT(files, 150);
  for (const auto& check : Checks()) {
    const auto& files_of = offenders[check.name];
    std::string list;
    for (const auto& f : files_of) list += "\n  server/src/" + f;
    EXPECT_TRUE(files_of.empty()) << check.name << ": " << check.why << "; found in:" << list;
    std::string unused;
    for (const auto& p : stale[check.name]) unused += " " + p;
    EXPECT_TRUE(stale[check.name].empty())
        << check.name << ": kNotYet excuses" << unused
        << " but nothing there breaks the rule any more: remove them from NotYet()";
  }
}

// Delivery-batch names say when code was written, not what it does: none in file names.
TEST(LayoutLint, NoDeliveryBatchNames) {
  const std::regex batch(R"((^|[_/-])(gaps?|signoff|batch\d*|wave\d*|phase\d*)([_./-]|$))");
  std::string found;
  for (const auto& root : {fs::path(ANJIAN_SOURCE_DIR) / "server" / "src",
                           fs::path(ANJIAN_SOURCE_DIR) / "server" / "test"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      const std::string rel = fs::relative(entry.path(), root).generic_string();
      if (std::regex_search(rel, batch)) found += "\n  " + entry.path().string();
    }
  }
  EXPECT_TRUE(found.empty()) << "batch names in file names:" << found;
}

// Top-level arguments of the call whose '(' is at `open`, as source text (strings, parentheses and
// braces respected); stops at the matching ')'.
std::vector<std::string> CallArgs(const std::string& code, size_t open) {
  std::vector<std::string> args(1);
  int depth = 0;
  bool in_str = false;
  for (size_t i = open + 1; i < code.size(); ++i) {
    char c = code[i];
    if (in_str) {
      args.back() += c;
      if (c == '\\' && i + 1 < code.size()) args.back() += code[++i];
      else if (c == '"') in_str = false;
      continue;
    }
    if (c == '"') in_str = true;
    if (c == '(' || c == '{' || c == '[') ++depth;
    if (c == ')' || c == '}' || c == ']') {
      if (depth == 0) break;
      --depth;
    }
    if (c == ',' && depth == 0) {
      args.emplace_back();
      continue;
    }
    args.back() += c;
  }
  return args;
}

// Issue 12: the audit log shows every operation and object type in words and filters by each:
// every action and entity an audit call writes as a literal (or a choice of literals) is in the
// catalogue, audit/audit_catalogue_rules.cpp.
TEST(LayoutLint, EveryAuditedActionAndEntityIsInTheCatalogue) {
  std::set<std::string> catalogue;
  const std::string cat = Read(kSrc / "audit" / "audit_catalogue_rules.cpp");
  const std::regex entry(R"re(\{"([a-z_:]+)", ")re");
  for (auto it = std::sregex_iterator(cat.begin(), cat.end(), entry); it != std::sregex_iterator(); ++it)
    catalogue.insert((*it)[1]);
  ASSERT_GT(catalogue.size(), 40u);
  const std::regex call(R"((\baudit::Append|[^\w:.>]Append|[^\w:.>]Audit)\()");
  const std::regex pure_literals(R"re(^ ?(?:[^?]*\? ?)?"([a-z_:]*)"(?: ?: ?"([a-z_:]*)")? ?$)re");
  std::vector<std::string> missing;
  size_t calls = 0;
  for (const auto& f : fs::recursive_directory_iterator(kSrc)) {
    const std::string rel = fs::relative(f.path(), kSrc).string();
    if (!f.is_regular_file() || f.path().extension() != ".cpp" || rel.ends_with("_test.cpp")) continue;
    const std::string code = Code(Read(f.path()));
    for (auto it = std::sregex_iterator(code.begin(), code.end(), call); it != std::sregex_iterator(); ++it) {
      const size_t open = static_cast<size_t>(it->position(0) + it->length(0) - 1);
      const auto args = CallArgs(code, open);
      if (args.size() < 4) continue;  // a declaration's parameter list or another Append
      ++calls;
      for (size_t i = 0; i < args.size() && i < 5; ++i) {
        std::smatch m;
        if (!std::regex_match(args[i], m, pure_literals)) continue;
        for (int g = 1; g <= 2; ++g)
          if (m[g].matched && m[g].length() > 0 && !catalogue.count(m[g]))
            missing.push_back(rel + ": " + std::string(m[g]));
      }
    }
  }
  EXPECT_GT(calls, 30u);
  EXPECT_TRUE(missing.empty()) << "audited but not in audit/audit_catalogue_rules.cpp:\n  "
                               << [&] {
                                    std::string s;
                                    for (const auto& m : missing) s += m + "\n  ";
                                    return s;
                                  }();
}

}  // namespace
