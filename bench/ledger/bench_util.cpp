#include "bench_util.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>

namespace anjian::bench {

double NowSeconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

double Samples::Percentile(double p) const {
  if (ms.empty()) return 0;
  std::vector<double> s = ms;
  std::sort(s.begin(), s.end());
  size_t rank = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(s.size())));
  return s[std::clamp<size_t>(rank, 1, s.size()) - 1];
}

double Samples::Max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }

std::string BenchCode(int series, int64_t voucher, int serial, int per_voucher) {
  // 100,000 serials per (date, feature) block; 20 feature letters per day, 28 days a month.
  static constexpr char kFeatures[] = "ABCDEFGHJKLMNPQRTUVW";
  const int64_t n = voucher * per_voucher + serial;
  const int64_t block = n / 100000;
  const int feature = static_cast<int>(block % 20);
  const int64_t day_index = block / 20;
  const int day = static_cast<int>(day_index % 28) + 1;
  const int month = static_cast<int>((day_index / 28) % 12) + 1;
  const int year = static_cast<int>((day_index / 336) % 10);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d%d%d%02d%02d%c%05d", 6, series, year, month, day,
                kFeatures[feature], static_cast<int>(n % 100000));
  return buf;
}

double PeakRssMiB() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) {
      std::istringstream s(line.substr(6));
      double kb = 0;
      s >> kb;
      return kb / 1024.0;
    }
  return -1;
}

std::string LoadLine() {
  std::ifstream in("/proc/loadavg");
  double a = 0, b = 0, c = 0;
  in >> a >> b >> c;
  char buf[96];
  std::snprintf(buf, sizeof buf, "load average %.2f %.2f %.2f (%u cores)", a, b, c,
                std::thread::hardware_concurrency());
  return buf;
}

std::string Thousands(int64_t n) {
  std::string s = std::to_string(n < 0 ? -n : n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
  return n < 0 ? "-" + s : s;
}

}  // namespace anjian::bench
