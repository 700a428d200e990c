-- Issue 11 §3: the common-risk analysis of seed 003 §3(3) counts hidden dangers by GB/T 13861
-- hazard factor (now any code of the four-level tree, stored as given) and by GB 6441 accident
-- type. The accident type ("01"-"20", risk's code list; "" = not classified) is set at reporting
-- or at assessment, or copied from the risk event of the inspection task that found it.
ALTER TABLE hidden_dangers ADD COLUMN accident_type TEXT NOT NULL DEFAULT '';
-- The statistics' breakdowns by hazard factor and by accident type over a subtree and a period
-- read only this index (covering), like ix_hd_stats for the other breakdowns.
CREATE INDEX ix_hd_stats_cause ON hidden_dangers(region_path, found_on, hazard_factor,
  accident_type, level, is_open, closed_on_time, under_listed_supervision, effective_deadline);
