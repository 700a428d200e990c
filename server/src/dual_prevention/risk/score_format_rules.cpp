#include "dual_prevention/risk/score_format_rules.hpp"

#include <charconv>

namespace anjian::risk {

std::string FormatScore(double value) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, r.ptr);
}

std::string FormatScores(const std::vector<double>& values) {
  std::string out;
  for (double v : values) {
    if (!out.empty()) out += ", ";
    out += FormatScore(v);
  }
  return out;
}

}  // namespace anjian::risk
