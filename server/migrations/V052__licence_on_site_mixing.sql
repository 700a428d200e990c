-- Issue 15 行业结构 (seed 003 §6(14)): a production licence's licensed on-site mixing (现场混装炸药)
-- capacity in tonnes a year, part of its scope, so the industry structure derives the on-site
-- mixing capacity per region from the licences in force instead of a typed figure. NULL = the
-- licence covers no on-site mixing.
ALTER TABLE licences ADD COLUMN on_site_mixing_t BIGINT;
