#include "app/bootstrap_repository.hpp"

#include <boost/json.hpp>
#include <algorithm>
#include <set>

namespace anjian::app {

namespace json = boost::json;
using storage::Value;

std::set<std::string> RegionCodes(storage::Connection& conn) {
  auto rs = conn.Query("SELECT code FROM regions");
  std::set<std::string> out;
  for (size_t i = 0; i < rs.size(); ++i) out.insert(rs.Text(i, "code"));
  return out;
}

void InsertRegions(storage::Connection& conn, const std::vector<RegionRow>& rows) {
  constexpr size_t kPerStatement = 200;  // 1,400 parameters: inside both databases' limits
  for (size_t begin = 0; begin < rows.size(); begin += kPerStatement) {
    const size_t end = std::min(rows.size(), begin + kPerStatement);
    std::string sql =
        "INSERT INTO regions (code, name, name_en, kind, parent_code, path, level) VALUES ";
    std::vector<Value> params;
    for (size_t i = begin; i < end; ++i) {
      const RegionRow& r = rows[i];
      sql += i == begin ? "(?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?)";
      for (Value v : {Value(r.code), Value(r.name), Value(r.name_en), Value(r.kind),
                      r.parent_code.empty() ? Value(nullptr) : Value(r.parent_code),
                      Value(r.path), Value(r.level)})
        params.push_back(std::move(v));
    }
    conn.Exec(sql, params);
  }
}

void LinkInspectionPhotos(storage::Connection& conn) {
  if (!conn.Query("SELECT 1 AS x FROM inspection_record_photos LIMIT 1").empty()) return;
  auto rs = conn.Query("SELECT record_id, position, photo_ids_json FROM inspection_record_items "
                       "WHERE photo_ids_json <> '[]'");
  for (size_t i = 0; i < rs.size(); ++i) {
    boost::system::error_code ec;
    auto ids = json::parse(rs.Text(i, "photo_ids_json"), ec);
    if (ec || !ids.is_array()) continue;
    std::set<int64_t> unique;
    for (const auto& v : ids.as_array())
      if (v.is_int64()) unique.insert(v.as_int64());
    for (int64_t file : unique)
      conn.Exec("INSERT INTO inspection_record_photos (record_id, position, file_id) SELECT ?, ?, "
                "id FROM files WHERE id = ?",
                {rs.Int(i, "record_id"), rs.Int(i, "position"), file});
  }
}

}  // namespace anjian::app
