// Small helpers shared by the ledger benchmark: clocks, percentiles, the benchmark's code
// generator, peak memory and machine load.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace anjian::bench {

double NowSeconds();  // monotonic

// Latency samples in milliseconds.
struct Samples {
  std::vector<double> ms;
  void Add(double v) { ms.push_back(v); }
  double Percentile(double p) const;  // nearest rank; 0 when empty
  double Max() const;
};

// The GA 441 code of piece `serial` (0..999) of voucher `voucher` in series `series` (1..9, one
// per data set so they never collide). Serials rise with the voucher number, as a production
// line labels them, so consecutive vouchers carry consecutive codes.
std::string BenchCode(int series, int64_t voucher, int serial, int per_voucher = 1000);

// VmHWM (peak resident set) of this process, in MiB; -1 when /proc is not readable.
double PeakRssMiB();
// "load average: 1.23 1.10 0.98 (2 cores)" from /proc/loadavg.
std::string LoadLine();

std::string Thousands(int64_t n);  // 10,000,000

}  // namespace anjian::bench
