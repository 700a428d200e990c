#include "app/bootstrap_repository.hpp"

#include <boost/json.hpp>
#include <set>

namespace anjian::app {

namespace json = boost::json;
using storage::Value;

bool RegionExists(storage::Connection& conn, const std::string& code) {
  return !conn.Query("SELECT 1 AS x FROM regions WHERE code = ?", {code}).empty();
}

void InsertRegion(storage::Connection& conn, const RegionRow& r) {
  conn.Exec(
      "INSERT INTO regions (code, name, name_en, kind, parent_code, path, level) VALUES "
      "(?, ?, ?, ?, ?, ?, ?)",
      {r.code, r.name, r.name_en, r.kind,
       r.parent_code.empty() ? Value(nullptr) : Value(r.parent_code), r.path, r.level});
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
