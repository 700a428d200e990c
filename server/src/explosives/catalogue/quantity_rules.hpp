// Fixed-point quantities for the stores ledger. Every quantity is an integer count of thousandths
// of its unit (grams for kg, millimetres for m, 1/1000 piece), and net explosive mass is integer
// grams, so sums are exact: a store filled to exactly its rated capacity is exactly at capacity,
// never 0.000000001 kg over it as binary floating point would make it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace anjian::catalogue {

inline constexpr std::int64_t kMilliPerUnit = 1000;

// Whole units to thousandths, e.g. Milli(5000) == 5'000'000.
constexpr std::int64_t Milli(std::int64_t whole_units) { return whole_units * kMilliPerUnit; }

// Decimal text without trailing zeros: 12500 -> "12.5", 5000000 -> "5000", 1 -> "0.001",
// -2500 -> "-2.5". Used in messages and in the ledger's canonical text.
std::string FormatMilli(std::int64_t milli);

// A decimal number from a client (JSON) to thousandths, rounded to the nearest thousandth;
// nullopt when not finite or beyond ±9e12 units (far above any real stock, and safely inside
// int64 after scaling).
std::optional<std::int64_t> MilliFromDouble(double value);

}  // namespace anjian::catalogue
