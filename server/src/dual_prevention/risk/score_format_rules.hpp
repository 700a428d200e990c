// Shortest decimal spelling of a score for messages ("0.5", "320", not "320.000000").
#pragma once

#include <string>
#include <vector>

namespace anjian::risk {

std::string FormatScore(double value);
// "10, 6, 3" for listing the allowed choices in a refusal.
std::string FormatScores(const std::vector<double>& values);

}  // namespace anjian::risk
