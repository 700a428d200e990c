// The four-colour map's input rules (四色安全风险空间分布图): a site plan's pixel size, and a
// risk unit's polygon on it, whose points are fractions of the plan's width and height (0-1) so
// that the polygon scales with the image on any screen.
#pragma once

#include <array>
#include <cstdint>
#include <boost/json/array.hpp>
#include <optional>
#include <vector>

#include "core/error.hpp"

namespace anjian::risk {

inline constexpr int64_t kMaxPlanPixels = 20000;

// Rule size_invalid on "width" / "height" for a given size outside 1-20000 pixels (a missing one
// is the caller's "required").
std::vector<FieldError> CheckPlanSize(std::optional<int64_t> width, std::optional<int64_t> height);

struct PolygonCheck {
  std::vector<std::array<double, 2>> points;  // the valid points, in order
  std::vector<FieldError> errors;
};

// Each item must be [x, y] with both numbers in 0-1 (rule point_invalid on "points[i]"); a
// polygon has at least 3 points or none (polygon_too_small on "points", judged on the valid
// points).
PolygonCheck CheckPolygon(const boost::json::array& points);

}  // namespace anjian::risk
