// A generated site plan (厂区平面图) for the demo risk maps: a PNG of buildings on a yard with
// roads, and the buildings' rectangles as fractions of the image so that risk-unit polygons sit
// on them. Deterministic per layout number.
#pragma once

#include <string>
#include <vector>

namespace anjian::demo {

struct PlanRect {
  double x0, y0, x1, y1;  // fractions of width/height
};

struct SitePlan {
  int width = 0, height = 0;
  std::string png;
  std::vector<PlanRect> buildings;
};

SitePlan DemoSitePlan(int layout);

}  // namespace anjian::demo
