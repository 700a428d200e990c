// The one source of "now". Every service reads the time from the clock it is given
// (api::Services::clock); nothing else asks the system, so tests set the time (ManualClock)
// instead of rewriting rows, and `anjian serve --clock-start` can start a process at a fixed
// instant (demos, the replay proof in scripts/replay/).
//
// Instants are seconds (or milliseconds) since the Unix epoch, UTC, and are stored as UTC text
// ("2026-11-22T05:56:25Z", IsoFromUnix); China's calendar day of an instant is in china_time.hpp.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

namespace anjian::core {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::int64_t NowMillis() const = 0;
  std::int64_t Now() const { return NowMillis() / 1000; }  // unix seconds
  std::string NowIso() const;                             // UTC, "YYYY-MM-DDTHH:MM:SSZ"
};

// The system's real-time clock.
class SystemClock final : public Clock {
 public:
  std::int64_t NowMillis() const override;
};
const Clock& SystemClockInstance();

// A clock moved by hand (tests). Thread-safe.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(std::int64_t unix_seconds) : millis_(unix_seconds * 1000) {}
  std::int64_t NowMillis() const override { return millis_.load(std::memory_order_relaxed); }
  void Set(std::int64_t unix_seconds) { millis_.store(unix_seconds * 1000); }
  void Advance(std::int64_t seconds) { millis_.fetch_add(seconds * 1000); }

 private:
  std::atomic<std::int64_t> millis_;
};

// The system clock shifted so that it reads `start_unix` when constructed and then runs on
// (`anjian serve --clock-start`, the integration tests' TestApp). Set and Advance move it while
// it keeps running. Thread-safe.
class ShiftedClock final : public Clock {
 public:
  explicit ShiftedClock(std::int64_t start_unix);
  std::int64_t NowMillis() const override;
  void Set(std::int64_t unix_seconds);
  void Advance(std::int64_t seconds) { shift_millis_.fetch_add(seconds * 1000); }

 private:
  std::atomic<std::int64_t> shift_millis_;
};

// A simulated clock for cluster tests and demos (`anjian serve --clock-start S --clock-rate R
// --clock-epoch E --clock-until U`): at the real instant E (unix milliseconds) it reads S, and it
// runs R simulated seconds per real second; it stops at U (0 = never). It holds no state of its
// own, so several processes given the same S, R and E read the same simulated time (up to
// their system clocks' agreement) — three cluster nodes share one simulated day.
// ReadingAt is the pure rule (table-tested); NowMillis applies it to the system clock.
class ScaledClock final : public Clock {
 public:
  ScaledClock(std::int64_t start_unix, double rate, std::int64_t epoch_unix_millis,
              std::int64_t until_unix = 0)
      : start_millis_(start_unix * 1000),
        rate_(rate),
        epoch_millis_(epoch_unix_millis),
        until_millis_(until_unix * 1000) {}
  std::int64_t NowMillis() const override;
  // The simulated reading at the real instant `real_unix_millis`.
  std::int64_t ReadingAt(std::int64_t real_unix_millis) const;

 private:
  std::int64_t start_millis_;
  double rate_;
  std::int64_t epoch_millis_;
  std::int64_t until_millis_;
};

// Fixed-width UTC text of an instant ("2026-11-22T05:56:25Z"); sorts as time.
std::string IsoFromUnix(std::int64_t unix_seconds);
// The instant of "YYYY-MM-DD[THH:MM[:SS]]" read as UTC (a trailing "Z" is allowed); 0 when
// malformed.
std::int64_t UnixFromIso(std::string_view iso);

}  // namespace anjian::core
