#include "core/clock.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace anjian::core {

std::string Clock::NowIso() const { return IsoFromUnix(Now()); }

std::int64_t SystemClock::NowMillis() const {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

const Clock& SystemClockInstance() {
  static const SystemClock clock;
  return clock;
}

ShiftedClock::ShiftedClock(std::int64_t start_unix)
    : shift_millis_(start_unix * 1000 - SystemClockInstance().NowMillis()) {}

std::int64_t ShiftedClock::NowMillis() const {
  return SystemClockInstance().NowMillis() + shift_millis_.load(std::memory_order_relaxed);
}

void ShiftedClock::Set(std::int64_t unix_seconds) {
  shift_millis_.store(unix_seconds * 1000 - SystemClockInstance().NowMillis());
}

std::int64_t ScaledClock::ReadingAt(std::int64_t real_unix_millis) const {
  const double elapsed = static_cast<double>(real_unix_millis - epoch_millis_) * rate_;
  std::int64_t t = start_millis_ + static_cast<std::int64_t>(elapsed);
  if (until_millis_ > 0 && t > until_millis_) t = until_millis_;
  return t;
}

std::int64_t ScaledClock::NowMillis() const {
  return ReadingAt(SystemClockInstance().NowMillis());
}

std::string IsoFromUnix(std::int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::int64_t UnixFromIso(std::string_view iso) {
  std::tm tm{};
  int y, mo, d, h = 0, mi = 0, s = 0;
  std::string str(iso);
  int n = std::sscanf(str.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s);
  if (n < 3) return 0;
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = s;
  return static_cast<std::int64_t>(timegm(&tm));
}

}  // namespace anjian::core
