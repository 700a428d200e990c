// The SQL of packaging: tables `packages` (cases and boxes, with the enterprise that registered
// them) and `package_codes` (the codes in each box). Package lookups for expansion run across
// enterprises (a seller scans the producer's case); a package read for display takes the scope.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::packaging {

// The package codes among `codes` that are registered already.
std::vector<std::string> RegisteredPackages(storage::Connection& conn,
                                            const std::vector<std::string>& codes);
// The codes among `codes` that are in some box already: (code, box).
std::vector<std::pair<std::string, std::string>> PackagedCodes(
    storage::Connection& conn, const std::vector<std::string>& codes);

struct PackageRow {
  std::string code, kind;  // kind: case | box
  std::optional<std::string> case_code;
  int64_t enterprise_id = 0;
  std::string region_path, product_id;
  int64_t code_count = 0;
  int64_t registered_by = 0;
  std::string registered_at;
  std::string enterprise_name;  // FindPackage only
};
void InsertPackage(storage::Connection& conn, const PackageRow& row);
void InsertBoxCodes(storage::Connection& conn, const std::string& box_code,
                    const std::vector<std::string>& codes);

std::optional<PackageRow> FindPackage(storage::Connection& conn, const api::Scope& scope,
                                      const std::string& code);
// The boxes of a case, by code: (box, code count).
std::vector<std::pair<std::string, int64_t>> BoxesOf(storage::Connection& conn,
                                                     const std::string& case_code);
// Package code → the codes inside it (a box's own, or every box's of a case), in code order,
// for those of `packages` that are registered.
std::map<std::string, std::vector<std::string>> CodesInside(
    storage::Connection& conn, const std::vector<std::string>& packages);

}  // namespace anjian::packaging
