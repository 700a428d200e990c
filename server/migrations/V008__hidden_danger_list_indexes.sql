-- Regulator lists over a city of ~100,000 hidden dangers (bench/dual_prevention).
--
-- A list page first picks its ids from ix_hd_list alone: the region-subtree range plus every
-- equality filter of the list (state, level, industry, source, hazard factor, open, listed,
-- overdue via effective_deadline) are checked inside the index, so no table row is read for the
-- rows filtered out, skipped or sorted. It starts with ix_hd_path_state's columns, which it
-- replaces.
CREATE INDEX ix_hd_list ON hidden_dangers(region_path, state, level, industry, source,
  hazard_factor, is_open, under_listed_supervision, effective_deadline, id);
DROP INDEX ix_hd_path_state;
-- Lists of open or overdue hidden dangers ("open", "overdue", "listed + open"): equality on
-- is_open, then the region range, then the other filters, all inside the index. Without it
-- SQLite took ix_hd_open_deadline for these and read every open row of the province. The
-- deadline job's "is_open = 1 AND effective_deadline < today" is answered by it too.
CREATE INDEX ix_hd_open_list ON hidden_dangers(is_open, region_path, effective_deadline, state,
  level, industry, source, hazard_factor, under_listed_supervision, id);
DROP INDEX ix_hd_open_deadline;
