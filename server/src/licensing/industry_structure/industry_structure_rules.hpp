// Industry structure (行业结构, seed 003 §6(14): 普通雷管转型升级为数码电子雷管), derived, never typed:
// the electronic-detonator share of detonator output — production vouchers of products the
// catalogue marks electronic_detonator against those it marks detonator (other industrial
// detonators) — per child region of the caller's scope and calendar year. Pure.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace anjian::industry_structure {

// Production booked under one enterprise region path, in thousandths of a piece.
struct OutputAt {
  std::string region_path;  // the enterprise's full path, e.g. /370000/370800/370811/
  std::int64_t electronic_milli = 0;
  std::int64_t other_milli = 0;
};

struct ShareRow {
  std::string region_path;  // the child region of the scope ("/370000/370800/")
  std::int64_t electronic = 0, other = 0;  // whole pieces (thousandths rounded down)
  std::optional<std::int64_t> share_permille;  // electronic / (electronic + other) in ‰, rounded; none without output
};

// The child region of `scope_path` that `path` lies in: scope_path plus its next segment
// ("/370000/" + "/370000/370800/370811/" → "/370000/370800/"); `path` itself when it has none;
// "" when `path` is outside the scope. scope_path "" is the whole country ("/370000/").
std::string ChildRegionOf(const std::string& scope_path, const std::string& path);

// Electronic share in per mille, rounded half up; nullopt when there was no detonator output.
std::optional<std::int64_t> SharePermille(std::int64_t electronic, std::int64_t other);

// Rolls the per-path output up to the scope's child regions (ordered by path) and the total.
struct Structure {
  std::vector<ShareRow> regions;
  ShareRow total;
};
Structure RollUp(const std::string& scope_path, const std::vector<OutputAt>& output);

// 现场混装 capacity (tonnes a year, from the licences in force) summed per child region of
// `scope_path`; the key "" holds the total.
struct CapacityAt {
  std::string region_path;
  std::int64_t tonnes = 0;
  std::int64_t licences = 0;
};
std::map<std::string, CapacityAt> SumCapacityByChild(const std::string& scope_path,
                                                     const std::vector<CapacityAt>& capacity);

}  // namespace anjian::industry_structure
