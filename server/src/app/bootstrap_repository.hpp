// The SQL of start-up data that belongs to no single area's use cases: the built-in regions of
// a new installation and the one-time link of inspection photos stored before migration V020.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::app {

struct RegionRow {
  std::string code, name, name_en, kind, parent_code;  // parent_code "" for a province
  std::string path;                                      // "/370000/370800/"
  int64_t level = 0;
};
std::set<std::string> RegionCodes(storage::Connection& conn);
// Inserts the rows in order (a parent before its children), several per statement.
void InsertRegions(storage::Connection& conn, const std::vector<RegionRow>& rows);

// Inspection record photos stored before the link table (migration V020) get their links, so
// the file route can find the record they belong to. Does nothing once the table has rows.
void LinkInspectionPhotos(storage::Connection& conn);

}  // namespace anjian::app
