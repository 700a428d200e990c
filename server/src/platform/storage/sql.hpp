// SQL spelled once for both databases: the dialect differences a repository may need, so that
// no business module branches on the dialect itself (the lint test looks for such branches).
// Lists of texts bound as one parameter are in text_list.hpp, search patterns in like.hpp.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "platform/storage/db.hpp"
#include "platform/storage/text_list.hpp"

namespace anjian::storage {

// "SQLite" / "PostgreSQL", for logs.
std::string_view DialectName(Dialect dialect);

// "?,?,?": placeholders for an IN list of `n` values (n ≥ 1).
std::string Placeholders(std::size_t n);

// " FOR UPDATE OF <alias>" on PostgreSQL, where a read that decides a write must lock its rows;
// "" on SQLite, whose BEGIN IMMEDIATE already holds the database's write lock. Without an alias,
// " FOR UPDATE".
std::string ForUpdate(const Connection& conn, std::string_view alias = {});

// The 1-based position of `needle` in `haystack` (two SQL expressions), 0 when absent:
// STRPOS(haystack, needle) on PostgreSQL, INSTR(haystack, needle) on SQLite.
std::string Position(const Connection& conn, std::string_view haystack, std::string_view needle);

// Serialises the transactions that pass the same `key` until they end: a transaction-scoped
// advisory lock on PostgreSQL; nothing on SQLite, where the transaction holds the write lock.
void LockKeyForTransaction(Connection& conn, std::int64_t key);

// A list of texts bound as ONE parameter (text_list.hpp), for statements that take a voucher's
// thousand codes in one bind: TextListParam(conn, items) is the parameter and
// TextListRows(conn, alias) the FROM item yielding the items, in order, as rows of one column
// `alias.value` — `json_each(?) AS alias` on SQLite, `unnest(CAST(? AS TEXT[])) AS alias(value)`
// on PostgreSQL. (On PostgreSQL, parameters in a SELECT list need a CAST to their column's type.)
std::string TextListRows(const Connection& conn, std::string_view alias);
template <typename Strings>
Value TextListParam(const Connection& conn, const Strings& items) {
  if (conn.dialect() == Dialect::kPostgres) return PgTextArray(items);
  return JsonTextArray(items);
}

// `column IN (…)` against a long list of texts, as statements each database plans well. Each
// chunk is the condition, its parameters and how many items it covers, in the items' order:
// SQLite takes the whole list in one chunk (`column IN (SELECT value FROM json_each(?))`);
// PostgreSQL gets chunks of at most `max_placeholders` placeholders — an array parameter there is
// planned as a sequential scan comparing every row with the whole array while the table is young
// (0.5 s a voucher at 30,000 codes).
struct InChunk {
  std::string sql;
  std::vector<Value> params;
  std::size_t items = 0;
};
template <typename Strings>
std::vector<InChunk> TextIn(const Connection& conn, std::string_view column,
                            const Strings& items, std::size_t max_placeholders) {
  std::vector<InChunk> chunks;
  if (items.empty()) return chunks;
  if (conn.dialect() != Dialect::kPostgres) {
    chunks.push_back({std::string(column) + " IN (SELECT value FROM json_each(?))",
                      {JsonTextArray(items)}, items.size()});
    return chunks;
  }
  for (std::size_t start = 0; start < items.size(); start += max_placeholders) {
    const std::size_t end = std::min(items.size(), start + max_placeholders);
    InChunk c{std::string(column) + " IN (" + Placeholders(end - start) + ")", {}, end - start};
    c.params.reserve(end - start);
    for (std::size_t i = start; i < end; ++i) c.params.emplace_back(std::string(items[i]));
    chunks.push_back(std::move(c));
  }
  return chunks;
}

}  // namespace anjian::storage
