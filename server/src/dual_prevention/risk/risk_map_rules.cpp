#include "dual_prevention/risk/risk_map_rules.hpp"

#include <boost/json.hpp>
#include <string>

#include "dual_prevention/risk/risk_errors.hpp"

namespace anjian::risk {

std::vector<FieldError> CheckPlanSize(std::optional<int64_t> width, std::optional<int64_t> height) {
  std::vector<FieldError> errors;
  for (auto [field, v] : {std::pair{"width", width}, std::pair{"height", height}})
    if (v && (*v < 1 || *v > kMaxPlanPixels)) errors.push_back(Err("size_invalid").At(field));
  return errors;
}

PolygonCheck CheckPolygon(const boost::json::array& points) {
  PolygonCheck out;
  for (size_t i = 0; i < points.size(); ++i) {
    const auto& p = points[i];
    const bool ok = p.is_array() && p.as_array().size() == 2 && p.as_array()[0].is_number() &&
                    p.as_array()[1].is_number();
    const double x = ok ? p.as_array()[0].to_number<double>() : -1;
    const double y = ok ? p.as_array()[1].to_number<double>() : -1;
    if (!ok || x < 0 || x > 1 || y < 0 || y > 1) {
      out.errors.push_back(Err("point_invalid").At("points[" + std::to_string(i) + "]"));
      continue;
    }
    out.points.push_back({x, y});
  }
  if (!out.points.empty() && out.points.size() < 3)
    out.errors.push_back(Err("polygon_too_small").At("points"));
  return out;
}

}  // namespace anjian::risk
