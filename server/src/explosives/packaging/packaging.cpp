#include "explosives/packaging/packaging.hpp"

#include <boost/json.hpp>
#include <map>
#include <set>

#include "core/error.hpp"
#include "explosives/voucher/detonator_code_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/voucher/ledger_service.hpp"

namespace anjian::ledger {

namespace json = boost::json;
using storage::Value;

namespace {

constexpr size_t kChunk = 500;

bool IsPackageCode(std::string_view code) {
  return ex::IsCountableCode(code) && !ex::IsValidDetonatorCode(code);
}

// Rows of `sql_prefix` + "(?,?,...)" for `values` in chunks.
template <typename Row>
void ForChunks(const std::vector<std::string>& values, Row row) {
  for (size_t start = 0; start < values.size(); start += kChunk) {
    const size_t end = std::min(values.size(), start + kChunk);
    std::string list;
    std::vector<Value> params;
    for (size_t i = start; i < end; ++i) {
      list += i == start ? "?" : ",?";
      params.emplace_back(values[i]);
    }
    row(list, params);
  }
}

}  // namespace

std::string RegisterPackaging(storage::Connection& conn, int64_t enterprise_id,
                              const PackagingInput& in, int64_t user_id,
                              const audit::Actor& actor) {
  std::vector<FieldError> errors;
  auto add = [&](std::string field, std::string rule, std::string en, std::string zh) {
    if (errors.size() < 50) errors.push_back({std::move(field), std::move(rule), std::move(en), std::move(zh)});
  };
  const ex::Product* product = Catalogue().Find(in.product_id);
  if (!product || !product->coded)
    add("product_id", "product_unknown", "not a coded product of the catalogue",
        "不是产品目录中的编码产品");
  std::vector<std::string> package_codes;
  if (!in.case_code.empty()) package_codes.push_back(in.case_code);
  if (in.boxes.empty()) add("boxes", "boxes_required", "a package holds at least one box", "至少需要一盒");
  std::vector<std::string> all;
  std::set<std::string> seen;
  for (size_t b = 0; b < in.boxes.size(); ++b) {
    const auto& box = in.boxes[b];
    const std::string prefix = "boxes[" + std::to_string(b) + "]";
    package_codes.push_back(box.box_code);
    if (box.codes.empty()) add(prefix + ".codes", "codes_required", "a box holds codes", "盒内须有编码");
    for (size_t i = 0; i < box.codes.size(); ++i) {
      const auto& c = box.codes[i];
      const bool valid = product && product->ga441_codes ? ex::IsValidDetonatorCode(c)
                                                         : ex::IsCountableCode(c);
      if (!valid)
        add(prefix + ".codes[" + std::to_string(i) + "]", "code_invalid", "'" + c + "' is not a code",
            "“" + c + "”不是有效编码");
      else if (!seen.insert(c).second)
        add(prefix + ".codes[" + std::to_string(i) + "]", "code_duplicate",
            "'" + c + "' appears twice", "编码“" + c + "”重复");
      else
        all.push_back(c);
    }
  }
  std::set<std::string> seen_packages;
  for (size_t i = 0; i < package_codes.size(); ++i) {
    const std::string field = !in.case_code.empty() && i == 0
                                  ? "case_code"
                                  : "boxes[" + std::to_string(i - (in.case_code.empty() ? 0 : 1)) + "].box_code";
    if (!IsPackageCode(package_codes[i]))
      add(field, "package_code_invalid",
          "a case or box code is 1-64 printable characters and not a detonator code",
          "箱码、盒码应为 1 至 64 个可打印字符，且不能与雷管编码相同");
    else if (!seen_packages.insert(package_codes[i]).second)
      add(field, "package_duplicate", "used twice", "重复");
  }
  if (!errors.empty()) throw ApiException{Error::Validation(std::move(errors))};
  ForChunks(package_codes, [&](const std::string& list, const std::vector<Value>& params) {
    auto rs = conn.Query("SELECT code FROM packages WHERE code IN (" + list + ")", params);
    for (size_t i = 0; i < rs.size(); ++i)
      add("case_code", "package_exists", "package " + rs.Text(i, "code") + " is already registered",
          "包装 " + rs.Text(i, "code") + " 已登记");
  });
  ForChunks(all, [&](const std::string& list, const std::vector<Value>& params) {
    auto rs = conn.Query("SELECT code, box_code FROM package_codes WHERE code IN (" + list + ")", params);
    for (size_t i = 0; i < rs.size(); ++i)
      add("boxes", "code_packaged",
          "code " + rs.Text(i, "code") + " is already in box " + rs.Text(i, "box_code"),
          "编码 " + rs.Text(i, "code") + " 已装入盒 " + rs.Text(i, "box_code"));
  });
  if (!errors.empty()) throw ApiException{Error::Validation(std::move(errors))};

  auto ent = conn.Query("SELECT region_path FROM enterprises WHERE id = ?", {enterprise_id});
  const std::string path = ent.Text(0, "region_path");
  const std::string now = storage::NowIso();
  auto insert = [&](const std::string& code, const char* kind, const std::string& case_code,
                    int64_t count) {
    conn.Exec(
        "INSERT INTO packages (code, kind, case_code, enterprise_id, region_path, product_id, "
        "code_count, registered_by_user_id, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {code, std::string(kind), case_code.empty() ? Value(nullptr) : Value(case_code),
         enterprise_id, path, in.product_id, count, user_id, now});
  };
  if (!in.case_code.empty())
    insert(in.case_code, "case", "", static_cast<int64_t>(all.size()));
  json::array boxes;
  for (const auto& box : in.boxes) {
    insert(box.box_code, "box", in.case_code, static_cast<int64_t>(box.codes.size()));
    for (size_t start = 0; start < box.codes.size(); start += 200) {
      const size_t end = std::min(box.codes.size(), start + 200);
      std::string sql = "INSERT INTO package_codes (code, box_code) VALUES ";
      std::vector<Value> params;
      for (size_t i = start; i < end; ++i) {
        sql += i == start ? "(?,?)" : ",(?,?)";
        params.insert(params.end(), {box.codes[i], box.box_code});
      }
      conn.Exec(sql, params);
    }
    boxes.push_back(json::object{{"code", box.box_code}, {"code_count", box.codes.size()}});
  }
  const std::string top = in.case_code.empty() ? in.boxes.front().box_code : in.case_code;
  audit::Append(conn, actor, "register", "package", top, nullptr,
                json::object{{"case_code", in.case_code},
                             {"product_id", in.product_id},
                             {"boxes", std::move(boxes)},
                             {"code_count", all.size()}});
  return top;
}

std::optional<json::object> GetPackage(storage::Connection& conn, const api::Scope& scope,
                                       const std::string& code) {
  auto sf = api::ScopeSql(scope, "p.region_path", "p.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), code);
  auto rs = conn.Query(
      "SELECT p.code, p.kind, p.case_code, p.product_id, p.code_count, p.enterprise_id, "
      "p.registered_at, e.name AS enterprise_name FROM packages p "
      "JOIN enterprises e ON e.id = p.enterprise_id WHERE p.code = ? AND " + sf.sql,
      params);
  if (rs.empty()) return std::nullopt;
  json::object o{{"code", rs.Text(0, "code")},
                 {"kind", rs.Text(0, "kind")},
                 {"case_code", rs.IsNull(0, "case_code") ? json::value(nullptr)
                                                         : json::value(rs.Text(0, "case_code"))},
                 {"product_id", rs.Text(0, "product_id")},
                 {"code_count", rs.Int(0, "code_count")},
                 {"enterprise_id", rs.Int(0, "enterprise_id")},
                 {"enterprise_name", rs.Text(0, "enterprise_name")},
                 {"registered_at", rs.Text(0, "registered_at")}};
  if (rs.Text(0, "kind") == "case") {
    auto b = conn.Query("SELECT code, code_count FROM packages WHERE case_code = ? ORDER BY code", {code});
    json::array boxes;
    for (size_t i = 0; i < b.size(); ++i)
      boxes.push_back(json::object{{"code", b.Text(i, "code")}, {"code_count", b.Int(i, "code_count")}});
    o["boxes"] = std::move(boxes);
  }
  json::array codes;
  auto contents = PackageContents(conn, {code});
  for (const auto& c : contents[code]) codes.emplace_back(c);
  o["codes"] = std::move(codes);
  return o;
}

std::map<std::string, std::vector<std::string>> PackageContents(
    storage::Connection& conn, const std::vector<std::string>& tokens) {
  std::map<std::string, std::vector<std::string>> out;
  std::vector<std::string> candidates;
  for (const auto& t : tokens)
    if (IsPackageCode(t)) candidates.push_back(t);
  if (candidates.empty()) return out;
  ForChunks(candidates, [&](const std::string& list, const std::vector<Value>& params) {
    // A box directly, or every box of a case.
    auto rs = conn.Query(
        "SELECT p.code AS package, c.code FROM packages p JOIN package_codes c "
        "ON c.box_code = p.code WHERE p.code IN (" + list + ") "
        "UNION ALL SELECT p.case_code AS package, c.code FROM packages p JOIN package_codes c "
        "ON c.box_code = p.code WHERE p.case_code IN (" + list + ") ORDER BY 2",
        [&] {
          auto both = params;
          both.insert(both.end(), params.begin(), params.end());
          return both;
        }());
    for (size_t i = 0; i < rs.size(); ++i) out[rs.Text(i, "package")].push_back(rs.Text(i, "code"));
  });
  return out;
}

void ExpandVoucherPackages(storage::Connection& conn, ex::Voucher& v) {
  for (auto& line : v.lines) {
    auto contents = PackageContents(conn, line.codes);
    if (contents.empty()) continue;
    const bool defaulted = line.quantity_milli == ex::Milli(static_cast<int64_t>(line.codes.size()));
    std::vector<std::string> codes;
    for (auto& c : line.codes) {
      auto it = contents.find(c);
      if (it == contents.end()) codes.push_back(std::move(c));
      else codes.insert(codes.end(), it->second.begin(), it->second.end());
    }
    line.codes = std::move(codes);
    if (defaulted) line.quantity_milli = ex::Milli(static_cast<int64_t>(line.codes.size()));
  }
}

void ExpandCountedPackages(storage::Connection& conn, ex::CodeSet& counted, std::size_t& scans) {
  auto contents = PackageContents(conn, counted.other);
  if (contents.empty()) return;
  std::vector<std::string> other = std::move(counted.other);
  counted.other.clear();
  for (auto& c : other) {
    auto it = contents.find(c);
    if (it == contents.end()) {
      counted.other.push_back(std::move(c));
      continue;
    }
    scans += it->second.size() - 1;  // one scan stood for every code inside
    for (const auto& code : it->second) ex::AddCode(counted, code);
  }
}

}  // namespace anjian::ledger
