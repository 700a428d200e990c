// The hidden danger's business number (隐患编号): what a person reads, searches and quotes
// instead of the internal id.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace anjian::hidden_danger {

// "YH" (隐患), the found date as YYYYMMDD, "-", the id in at least six digits:
// YH20261206-000042. Assigned when the hidden danger is reported and never changed (a later
// correction of the found date keeps the number); unique because the id is. Migration V033
// gave existing rows the same number in SQL (kNumberSql in hidden_danger_repository.cpp).
std::string HiddenDangerNumber(std::string_view found_on, std::int64_t id);

// The shape shared with other dated business numbers (enforcement inspections' ZF…): prefix,
// the date "YYYY-MM-DD" as YYYYMMDD, "-", the id in at least six digits.
std::string DatedNumber(std::string_view prefix, std::string_view date, std::int64_t id);

}  // namespace anjian::hidden_danger
