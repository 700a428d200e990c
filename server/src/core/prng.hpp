// Deterministic pseudo-random numbers for demo data. SplitMix64 (Steele, Lea, Flood 2014): tiny,
// fast, and identical on every platform, unlike std:: distributions whose output is
// implementation-defined. Never use it for anything secret.
#pragma once

#include <cstdint>
#include <string_view>

namespace anjian::core {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

  // Uniform in [0, n); the modulo bias is irrelevant for demo data. n must be > 0.
  std::uint64_t Below(std::uint64_t n) { return Next() % n; }

  // Uniform in [lo, hi] inclusive.
  std::int64_t Between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(Below(static_cast<std::uint64_t>(hi - lo) + 1));
  }

  // Uniform in [0, 1).
  double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

 private:
  std::uint64_t state_;
};

// FNV-1a, to derive per-item seeds from stable strings (codes, names).
constexpr std::uint64_t Fnv1a64(std::string_view s) {
  std::uint64_t h = 0xCBF29CE484222325ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001B3ULL;
  }
  return h;
}

}  // namespace anjian::core
