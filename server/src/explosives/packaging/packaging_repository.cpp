#include "explosives/packaging/packaging_repository.hpp"

#include <algorithm>

#include "platform/storage/sql.hpp"

namespace anjian::packaging {

using storage::Value;

namespace {

constexpr size_t kChunk = 500;

// `each(in_list, params)` for `values` in chunks: in_list is "?,?,…".
template <typename Each>
void ForChunks(const std::vector<std::string>& values, Each each) {
  for (size_t start = 0; start < values.size(); start += kChunk) {
    const size_t end = std::min(values.size(), start + kChunk);
    std::vector<Value> params(values.begin() + static_cast<std::ptrdiff_t>(start),
                              values.begin() + static_cast<std::ptrdiff_t>(end));
    each(storage::Placeholders(end - start), params);
  }
}

}  // namespace

std::vector<std::string> RegisteredPackages(storage::Connection& conn,
                                            const std::vector<std::string>& codes) {
  std::vector<std::string> out;
  ForChunks(codes, [&](const std::string& list, const std::vector<Value>& params) {
    auto rs = conn.Query("SELECT code FROM packages WHERE code IN (" + list + ")", params);
    for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Text(i, "code"));
  });
  return out;
}

std::vector<std::pair<std::string, std::string>> PackagedCodes(
    storage::Connection& conn, const std::vector<std::string>& codes) {
  std::vector<std::pair<std::string, std::string>> out;
  ForChunks(codes, [&](const std::string& list, const std::vector<Value>& params) {
    auto rs = conn.Query("SELECT code, box_code FROM package_codes WHERE code IN (" + list + ")",
                         params);
    for (size_t i = 0; i < rs.size(); ++i)
      out.emplace_back(rs.Text(i, "code"), rs.Text(i, "box_code"));
  });
  return out;
}

void InsertPackage(storage::Connection& conn, const PackageRow& row) {
  conn.Exec(
      "INSERT INTO packages (code, kind, case_code, enterprise_id, region_path, product_id, "
      "code_count, registered_by_user_id, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {row.code, row.kind, row.case_code ? Value(*row.case_code) : Value(nullptr),
       row.enterprise_id, row.region_path, row.product_id, row.code_count, row.registered_by,
       row.registered_at});
}

void InsertBoxCodes(storage::Connection& conn, const std::string& box_code,
                    const std::vector<std::string>& codes) {
  for (size_t start = 0; start < codes.size(); start += 200) {
    const size_t end = std::min(codes.size(), start + 200);
    std::string sql = "INSERT INTO package_codes (code, box_code) VALUES ";
    std::vector<Value> params;
    params.reserve(2 * (end - start));
    for (size_t i = start; i < end; ++i) {
      sql += i == start ? "(?,?)" : ",(?,?)";
      params.insert(params.end(), {codes[i], box_code});
    }
    conn.Exec(sql, params);
  }
}

std::optional<PackageRow> FindPackage(storage::Connection& conn, const api::Scope& scope,
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
  PackageRow row;
  row.code = rs.Text(0, "code");
  row.kind = rs.Text(0, "kind");
  if (!rs.IsNull(0, "case_code")) row.case_code = rs.Text(0, "case_code");
  row.product_id = rs.Text(0, "product_id");
  row.code_count = rs.Int(0, "code_count");
  row.enterprise_id = rs.Int(0, "enterprise_id");
  row.registered_at = rs.Text(0, "registered_at");
  row.enterprise_name = rs.Text(0, "enterprise_name");
  return row;
}

std::vector<std::pair<std::string, int64_t>> BoxesOf(storage::Connection& conn,
                                                     const std::string& case_code) {
  auto rs = conn.Query("SELECT code, code_count FROM packages WHERE case_code = ? ORDER BY code",
                       {case_code});
  std::vector<std::pair<std::string, int64_t>> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.emplace_back(rs.Text(i, "code"), rs.Int(i, "code_count"));
  return out;
}

std::map<std::string, std::vector<std::string>> CodesInside(
    storage::Connection& conn, const std::vector<std::string>& packages) {
  std::map<std::string, std::vector<std::string>> out;
  ForChunks(packages, [&](const std::string& list, const std::vector<Value>& params) {
    // A box directly, or every box of a case.
    std::vector<Value> both = params;
    both.insert(both.end(), params.begin(), params.end());
    auto rs = conn.Query(
        "SELECT p.code AS package, c.code FROM packages p JOIN package_codes c "
        "ON c.box_code = p.code WHERE p.code IN (" + list + ") "
        "UNION ALL SELECT p.case_code AS package, c.code FROM packages p JOIN package_codes c "
        "ON c.box_code = p.code WHERE p.case_code IN (" + list + ") ORDER BY 2",
        both);
    for (size_t i = 0; i < rs.size(); ++i) out[rs.Text(i, "package")].push_back(rs.Text(i, "code"));
  });
  return out;
}

}  // namespace anjian::packaging
