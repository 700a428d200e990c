-- Issue 16 (scale): statistics without a region condition (the ministry's scope, path "/") and
-- by industry select on found_on alone, and every index on hidden_dangers led with region_path
-- or enterprise_id, so PostgreSQL read the whole of ix_hd_stats (or the table) to keep one year.
-- This index leads with the period, then the industry filter, and carries every column the
-- figures group and count (as ix_hd_stats does for a region's subtree), so the ministry's
-- statistics read only the period's entries, index-only. bench/national, SCALE 0.1 (1,006,341
-- hidden dangers), one year at the ministry: 16,571 -> 7,649 buffers, 412-509 -> 335-379 ms; with
-- an industry: 14,744 -> 4,654 buffers, 193-253 -> 128-197 ms (3 runs each, warm, 2 busy cores).
-- A province's statistics keep ix_hd_stats.
CREATE INDEX ix_hd_stats_period ON hidden_dangers(found_on, industry, found_month, region_path,
  level, is_open, closed_on_time, under_listed_supervision, effective_deadline);
