-- A city regulator's hidden-danger list as an exact, ordered index scan (issue 3 performance).
--
-- A city's subtree used to be the region_path range [path, upper bound): an index led by that
-- range can deliver neither the id order nor seek the list's filters, so every page of a broad
-- filter pair read most of the city's ~100,000 index entries. Province and city codes are six
-- characters (domain/region.hpp: only level-3 zones have longer codes), so the first 15
-- characters of region_path ("/370000/370800/") name the city: an equality that these indexes
-- seek, followed by id, so a page reads its rows in list order and stops after offset + limit
-- matches, checking every other filter inside the index. hazard/hidden_danger_query.cpp writes
-- the same expression (the planners match it by its text). Being an expression of region_path,
-- every writer of hidden_dangers keeps the key right without knowing about it, and nothing is
-- backfilled. Counties keep the range on ix_hd_list (a county holds about a tenth of a city).
--
-- region_path itself is the last column: the planners only read an expression index without
-- the table (index-only / COVERING) when the column the expression is made of is in it too:
-- without it every entry scanned cost a table row, and PostgreSQL preferred other plans.
CREATE INDEX ix_hd_city_list ON hidden_dangers(SUBSTR(region_path, 1, 15), id, state, level,
  industry, source, hazard_factor, is_open, under_listed_supervision, effective_deadline,
  region_path);
-- Open hidden dangers are under a tenth of a city (8,594 of 108,202 in the largest generated
-- one, bench/dual_prevention): lists that ask for open ones (open, overdue,
-- an open state) scan only those, in id order. is_open is also a key column so that SQLite,
-- which plans without statistics, counts one more equality and prefers this index.
CREATE INDEX ix_hd_city_open_list ON hidden_dangers(SUBSTR(region_path, 1, 15), is_open, id,
  state, level, industry, source, hazard_factor, under_listed_supervision, effective_deadline,
  region_path) WHERE is_open = 1;
