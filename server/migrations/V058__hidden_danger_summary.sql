-- Issue 16 (scale): hidden-danger figures pre-aggregated, maintained in the writing transaction.
-- The statistics of an upper regulator (the ministry, a province) read every hidden danger of the
-- period in its subtree (1,000,000 rows at SCALE 0.1: about 6 ms of PostgreSQL CPU a request,
-- bench/national). These tables hold the same figures per region node, month and industry, so a
-- statistics request reads a few thousand summary rows instead.
--
-- hd_stats_month: for every region node (a region's path, and "/" for the whole country) the
-- figures of its subtree's hidden dangers per child (the child region a row belongs to, as
-- GetStatistics's by-region breakdown groups them: the node's own path for rows of the node
-- itself), industry and found month. A hidden danger counts once under each of its ancestors.
-- hd_stats_cause: per region node, industry, found month, hazard factor and accident type.
-- "overdue" depends on today: it is never stored, but counted from the open rows
-- (ix_hd_open_overdue). The figures are kFigures's of hidden_danger_query_repository.cpp.
--
-- Maintained by triggers on hidden_dangers (every write path: services, imports, jobs,
-- corrections): insert adds the row's figures, delete subtracts them, an update of a counted
-- column subtracts the old and adds the new; groups falling to 0 are deleted. Bulk loads with
-- triggers off (bench/national/gen.py) set hd_stats_state.needs_rebuild = 1: the next start-up
-- rebuilds both tables from the rows (RebuildStatisticsSummary, under the start-up lock). The
-- migration itself sets it, so an existing database is backfilled at its first start.
CREATE TABLE hd_stats_month (
  node_path          @CTEXT@ NOT NULL,
  child_path         @CTEXT@ NOT NULL,
  industry           TEXT NOT NULL,
  found_month        TEXT NOT NULL,
  found              BIGINT NOT NULL,
  closed             BIGINT NOT NULL,
  closed_on_time     BIGINT NOT NULL,
  open_count         BIGINT NOT NULL,
  major              BIGINT NOT NULL,
  major_listed_open  BIGINT NOT NULL,
  PRIMARY KEY (node_path, found_month, industry, child_path)
);
CREATE TABLE hd_stats_cause (
  node_path          @CTEXT@ NOT NULL,
  industry           TEXT NOT NULL,
  found_month        TEXT NOT NULL,
  hazard_factor      TEXT NOT NULL,
  accident_type      TEXT NOT NULL,
  found              BIGINT NOT NULL,
  closed             BIGINT NOT NULL,
  closed_on_time     BIGINT NOT NULL,
  open_count         BIGINT NOT NULL,
  major              BIGINT NOT NULL,
  major_listed_open  BIGINT NOT NULL,
  PRIMARY KEY (node_path, found_month, industry, hazard_factor, accident_type)
);
CREATE TABLE hd_stats_state (
  id            INTEGER PRIMARY KEY,
  needs_rebuild INTEGER NOT NULL
);
INSERT INTO hd_stats_state (id, needs_rebuild) VALUES (1, 1);
-- The open hidden dangers past a deadline, for the "overdue" figure of a statistics request
-- (the summary cannot hold it): the period's overdue rows of any subtree, index-only.
CREATE INDEX ix_hd_open_overdue ON hidden_dangers(effective_deadline, found_on, region_path,
  industry, found_month, hazard_factor, accident_type) WHERE is_open = 1;
--@postgres
CREATE FUNCTION hd_stats_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO hd_stats_month (node_path, child_path, industry, found_month, found, closed, closed_on_time, open_count, major, major_listed_open)
    SELECT a.path, SUBSTR(OLD.region_path, 1, LENGTH(a.path) + STRPOS(SUBSTR(OLD.region_path, LENGTH(a.path) + 1), '/')), OLD.industry, OLD.found_month, -1, -1 * (CASE WHEN OLD.closed_on_time IS NOT NULL THEN 1 ELSE 0 END), -1 * (CASE WHEN OLD.closed_on_time = 1 THEN 1 ELSE 0 END), -1 * OLD.is_open, -1 * (CASE WHEN OLD.level = 'major' THEN 1 ELSE 0 END), -1 * (CASE WHEN OLD.is_open = 1 AND OLD.under_listed_supervision = 1 THEN 1 ELSE 0 END)
    FROM (SELECT path FROM regions UNION SELECT '/') a WHERE a.path <= OLD.region_path AND SUBSTR(OLD.region_path, 1, LENGTH(a.path)) = a.path
    ON CONFLICT (node_path, found_month, industry, child_path) DO UPDATE SET found = hd_stats_month.found + excluded.found, closed = hd_stats_month.closed + excluded.closed, closed_on_time = hd_stats_month.closed_on_time + excluded.closed_on_time, open_count = hd_stats_month.open_count + excluded.open_count, major = hd_stats_month.major + excluded.major, major_listed_open = hd_stats_month.major_listed_open + excluded.major_listed_open;
    INSERT INTO hd_stats_cause (node_path, industry, found_month, hazard_factor, accident_type, found, closed, closed_on_time, open_count, major, major_listed_open)
    SELECT a.path, OLD.industry, OLD.found_month, OLD.hazard_factor, OLD.accident_type, -1, -1 * (CASE WHEN OLD.closed_on_time IS NOT NULL THEN 1 ELSE 0 END), -1 * (CASE WHEN OLD.closed_on_time = 1 THEN 1 ELSE 0 END), -1 * OLD.is_open, -1 * (CASE WHEN OLD.level = 'major' THEN 1 ELSE 0 END), -1 * (CASE WHEN OLD.is_open = 1 AND OLD.under_listed_supervision = 1 THEN 1 ELSE 0 END)
    FROM (SELECT path FROM regions UNION SELECT '/') a WHERE a.path <= OLD.region_path AND SUBSTR(OLD.region_path, 1, LENGTH(a.path)) = a.path
    ON CONFLICT (node_path, found_month, industry, hazard_factor, accident_type) DO UPDATE SET found = hd_stats_cause.found + excluded.found, closed = hd_stats_cause.closed + excluded.closed, closed_on_time = hd_stats_cause.closed_on_time + excluded.closed_on_time, open_count = hd_stats_cause.open_count + excluded.open_count, major = hd_stats_cause.major + excluded.major, major_listed_open = hd_stats_cause.major_listed_open + excluded.major_listed_open;
    DELETE FROM hd_stats_month WHERE found_month = OLD.found_month AND industry = OLD.industry AND found <= 0;
    DELETE FROM hd_stats_cause WHERE found_month = OLD.found_month AND industry = OLD.industry AND hazard_factor = OLD.hazard_factor AND accident_type = OLD.accident_type AND found <= 0;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO hd_stats_month (node_path, child_path, industry, found_month, found, closed, closed_on_time, open_count, major, major_listed_open)
    SELECT a.path, SUBSTR(NEW.region_path, 1, LENGTH(a.path) + STRPOS(SUBSTR(NEW.region_path, LENGTH(a.path) + 1), '/')), NEW.industry, NEW.found_month, 1, 1 * (CASE WHEN NEW.closed_on_time IS NOT NULL THEN 1 ELSE 0 END), 1 * (CASE WHEN NEW.closed_on_time = 1 THEN 1 ELSE 0 END), 1 * NEW.is_open, 1 * (CASE WHEN NEW.level = 'major' THEN 1 ELSE 0 END), 1 * (CASE WHEN NEW.is_open = 1 AND NEW.under_listed_supervision = 1 THEN 1 ELSE 0 END)
    FROM (SELECT path FROM regions UNION SELECT '/') a WHERE a.path <= NEW.region_path AND SUBSTR(NEW.region_path, 1, LENGTH(a.path)) = a.path
    ON CONFLICT (node_path, found_month, industry, child_path) DO UPDATE SET found = hd_stats_month.found + excluded.found, closed = hd_stats_month.closed + excluded.closed, closed_on_time = hd_stats_month.closed_on_time + excluded.closed_on_time, open_count = hd_stats_month.open_count + excluded.open_count, major = hd_stats_month.major + excluded.major, major_listed_open = hd_stats_month.major_listed_open + excluded.major_listed_open;
    INSERT INTO hd_stats_cause (node_path, industry, found_month, hazard_factor, accident_type, found, closed, closed_on_time, open_count, major, major_listed_open)
    SELECT a.path, NEW.industry, NEW.found_month, NEW.hazard_factor, NEW.accident_type, 1, 1 * (CASE WHEN NEW.closed_on_time IS NOT NULL THEN 1 ELSE 0 END), 1 * (CASE WHEN NEW.closed_on_time = 1 THEN 1 ELSE 0 END), 1 * NEW.is_open, 1 * (CASE WHEN NEW.level = 'major' THEN 1 ELSE 0 END), 1 * (CASE WHEN NEW.is_open = 1 AND NEW.under_listed_supervision = 1 THEN 1 ELSE 0 END)
    FROM (SELECT path FROM regions UNION SELECT '/') a WHERE a.path <= NEW.region_path AND SUBSTR(NEW.region_path, 1, LENGTH(a.path)) = a.path
    ON CONFLICT (node_path, found_month, industry, hazard_factor, accident_type) DO UPDATE SET found = hd_stats_cause.found + excluded.found, closed = hd_stats_cause.closed + excluded.closed, closed_on_time = hd_stats_cause.closed_on_time + excluded.closed_on_time, open_count = hd_stats_cause.open_count + excluded.open_count, major = hd_stats_cause.major + excluded.major, major_listed_open = hd_stats_cause.major_listed_open + excluded.major_listed_open;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER tr_hd_stats_insert AFTER INSERT ON hidden_dangers
  FOR EACH ROW EXECUTE FUNCTION hd_stats_maintain();
CREATE TRIGGER tr_hd_stats_delete AFTER DELETE ON hidden_dangers
  FOR EACH ROW EXECUTE FUNCTION hd_stats_maintain();
CREATE TRIGGER tr_hd_stats_update AFTER UPDATE OF region_path, industry, found_month, hazard_factor, accident_type, closed_on_time, is_open, level, under_listed_supervision ON hidden_dangers
  FOR EACH ROW EXECUTE FUNCTION hd_stats_maintain();
--@end
--@sqlite
CREATE TRIGGER tr_hd_stats_insert AFTER INSERT ON hidden_dangers BEGIN
  INSERT INTO hd_stats_month (node_path, child_path, industry, found_month, found, closed, closed_on_time, open_count, major, major_listed_open)
    SELECT a.path, SUBSTR(NEW.region_path, 1, LENGTH(a.path) + INSTR(SUBSTR(NEW.region_path, LENGTH(a.path) + 1), '/')), NEW.industry, NEW.found_month, 1, 1 * (CASE WHEN NEW.closed_on_time IS NOT NULL THEN 1 ELSE 0 END), 1 * (CASE WHEN NEW.closed_on_time = 1 THEN 1 ELSE 0 END), 1 * NEW.is_open, 1 * (CASE WHEN NEW.level = 'major' THEN 1 ELSE 0 END), 1 * (CASE WHEN NEW.is_open = 1 AND NEW.under_listed_supervision = 1 THEN 1 ELSE 0 END)
    FROM (SELECT path FROM regions UNION SELECT '/') a WHERE a.path <= NEW.region_path AND SUBSTR(NEW.region_path, 1, LENGTH(a.path)) = a.path
    ON CONFLICT (node_path, found_month, industry, child_path) DO UPDATE SET found = hd_stats_month.found + excluded.found, closed = hd_stats_month.closed + excluded.closed, closed_on_time = hd_stats_month.closed_on_time + excluded.closed_on_time, open_count = hd_stats_month.open_count + excluded.open_count, major = hd_stats_month.major + excluded.major, major_listed_open = hd_stats_month.major_listed_open + excluded.major_listed_open;
  INSERT INTO hd_stats_cause (node_path, industry, found_month, hazard_factor, accident_type, found, closed, closed_on_time, open_count, major, major_listed_open)
    SELECT a.path, NEW.industry, NEW.found_month, NEW.hazard_factor, NEW.accident_type, 1, 1 * (CASE WHEN NEW.closed_on_time IS NOT NULL THEN 1 ELSE 0 END), 1 * (CASE WHEN NEW.closed_on_time = 1 THEN 1 ELSE 0 END), 1 * NEW.is_open, 1 * (CASE WHEN NEW.level = 'major' THEN 1 ELSE 0 END), 1 * (CASE WHEN NEW.is_open = 1 AND NEW.under_listed_supervision = 1 THEN 1 ELSE 0 END)
    FROM (SELECT path FROM regions UNION SELECT '/') a WHERE a.path <= NEW.region_path AND SUBSTR(NEW.region_path, 1, LENGTH(a.path)) = a.path
    ON CONFLICT (node_path, found_month, industry, hazard_factor, accident_type) DO UPDATE SET found = hd_stats_cause.found + excluded.found, closed = hd_stats_cause.closed + excluded.closed, closed_on_time = hd_stats_cause.closed_on_time + excluded.closed_on_time, open_count = hd_stats_cause.open_count + excluded.open_count, major = hd_stats_cause.major + excluded.major, major_listed_open = hd_stats_cause.major_listed_open + excluded.major_listed_open;
END;
CREATE TRIGGER tr_hd_stats_delete AFTER DELETE ON hidden_dangers BEGIN
  INSERT INTO hd_stats_month (node_path, child_path, industry, found_month, found, closed, closed_on_time, open_count, major, major_listed_open)
    SELECT a.path, SUBSTR(OLD.region_path, 1, LENGTH(a.path) + INSTR(SUBSTR(OLD.region_path, LENGTH(a.path) + 1), '/')), OLD.industry, OLD.found_month, -1, -1 * (CASE WHEN OLD.closed_on_time IS NOT NULL THEN 1 ELSE 0 END), -1 * (CASE WHEN OLD.closed_on_time = 1 THEN 1 ELSE 0 END), -1 * OLD.is_open, -1 * (CASE WHEN OLD.level = 'major' THEN 1 ELSE 0 END), -1 * (CASE WHEN OLD.is_open = 1 AND OLD.under_listed_supervision = 1 THEN 1 ELSE 0 END)
    FROM (SELECT path FROM regions UNION SELECT '/') a WHERE a.path <= OLD.region_path AND SUBSTR(OLD.region_path, 1, LENGTH(a.path)) = a.path
    ON CONFLICT (node_path, found_month, industry, child_path) DO UPDATE SET found = hd_stats_month.found + excluded.found, closed = hd_stats_month.closed + excluded.closed, closed_on_time = hd_stats_month.closed_on_time + excluded.closed_on_time, open_count = hd_stats_month.open_count + excluded.open_count, major = hd_stats_month.major + excluded.major, major_listed_open = hd_stats_month.major_listed_open + excluded.major_listed_open;
  INSERT INTO hd_stats_cause (node_path, industry, found_month, hazard_factor, accident_type, found, closed, closed_on_time, open_count, major, major_listed_open)
    SELECT a.path, OLD.industry, OLD.found_month, OLD.hazard_factor, OLD.accident_type, -1, -1 * (CASE WHEN OLD.closed_on_time IS NOT NULL THEN 1 ELSE 0 END), -1 * (CASE WHEN OLD.closed_on_time = 1 THEN 1 ELSE 0 END), -1 * OLD.is_open, -1 * (CASE WHEN OLD.level = 'major' THEN 1 ELSE 0 END), -1 * (CASE WHEN OLD.is_open = 1 AND OLD.under_listed_supervision = 1 THEN 1 ELSE 0 END)
    FROM (SELECT path FROM regions UNION SELECT '/') a WHERE a.path <= OLD.region_path AND SUBSTR(OLD.region_path, 1, LENGTH(a.path)) = a.path
    ON CONFLICT (node_path, found_month, industry, hazard_factor, accident_type) DO UPDATE SET found = hd_stats_cause.found + excluded.found, closed = hd_stats_cause.closed + excluded.closed, closed_on_time = hd_stats_cause.closed_on_time + excluded.closed_on_time, open_count = hd_stats_cause.open_count + excluded.open_count, major = hd_stats_cause.major + excluded.major, major_listed_open = hd_stats_cause.major_listed_open + excluded.major_listed_open;
  DELETE FROM hd_stats_month WHERE found_month = OLD.found_month AND industry = OLD.industry AND found <= 0;
  DELETE FROM hd_stats_cause WHERE found_month = OLD.found_month AND industry = OLD.industry AND hazard_factor = OLD.hazard_factor AND accident_type = OLD.accident_type AND found <= 0;
END;
CREATE TRIGGER tr_hd_stats_update AFTER UPDATE OF region_path, industry, found_month, hazard_factor, accident_type, closed_on_time, is_open, level, under_listed_supervision ON hidden_dangers BEGIN
  INSERT INTO hd_stats_month (node_path, child_path, industry, found_month, found, closed, closed_on_time, open_count, major, major_listed_open)
    SELECT a.path, SUBSTR(OLD.region_path, 1, LENGTH(a.path) + INSTR(SUBSTR(OLD.region_path, LENGTH(a.path) + 1), '/')), OLD.industry, OLD.found_month, -1, -1 * (CASE WHEN OLD.closed_on_time IS NOT NULL THEN 1 ELSE 0 END), -1 * (CASE WHEN OLD.closed_on_time = 1 THEN 1 ELSE 0 END), -1 * OLD.is_open, -1 * (CASE WHEN OLD.level = 'major' THEN 1 ELSE 0 END), -1 * (CASE WHEN OLD.is_open = 1 AND OLD.under_listed_supervision = 1 THEN 1 ELSE 0 END)
    FROM (SELECT path FROM regions UNION SELECT '/') a WHERE a.path <= OLD.region_path AND SUBSTR(OLD.region_path, 1, LENGTH(a.path)) = a.path
    ON CONFLICT (node_path, found_month, industry, child_path) DO UPDATE SET found = hd_stats_month.found + excluded.found, closed = hd_stats_month.closed + excluded.closed, closed_on_time = hd_stats_month.closed_on_time + excluded.closed_on_time, open_count = hd_stats_month.open_count + excluded.open_count, major = hd_stats_month.major + excluded.major, major_listed_open = hd_stats_month.major_listed_open + excluded.major_listed_open;
  INSERT INTO hd_stats_cause (node_path, industry, found_month, hazard_factor, accident_type, found, closed, closed_on_time, open_count, major, major_listed_open)
    SELECT a.path, OLD.industry, OLD.found_month, OLD.hazard_factor, OLD.accident_type, -1, -1 * (CASE WHEN OLD.closed_on_time IS NOT NULL THEN 1 ELSE 0 END), -1 * (CASE WHEN OLD.closed_on_time = 1 THEN 1 ELSE 0 END), -1 * OLD.is_open, -1 * (CASE WHEN OLD.level = 'major' THEN 1 ELSE 0 END), -1 * (CASE WHEN OLD.is_open = 1 AND OLD.under_listed_supervision = 1 THEN 1 ELSE 0 END)
    FROM (SELECT path FROM regions UNION SELECT '/') a WHERE a.path <= OLD.region_path AND SUBSTR(OLD.region_path, 1, LENGTH(a.path)) = a.path
    ON CONFLICT (node_path, found_month, industry, hazard_factor, accident_type) DO UPDATE SET found = hd_stats_cause.found + excluded.found, closed = hd_stats_cause.closed + excluded.closed, closed_on_time = hd_stats_cause.closed_on_time + excluded.closed_on_time, open_count = hd_stats_cause.open_count + excluded.open_count, major = hd_stats_cause.major + excluded.major, major_listed_open = hd_stats_cause.major_listed_open + excluded.major_listed_open;
  DELETE FROM hd_stats_month WHERE found_month = OLD.found_month AND industry = OLD.industry AND found <= 0;
  DELETE FROM hd_stats_cause WHERE found_month = OLD.found_month AND industry = OLD.industry AND hazard_factor = OLD.hazard_factor AND accident_type = OLD.accident_type AND found <= 0;
  INSERT INTO hd_stats_month (node_path, child_path, industry, found_month, found, closed, closed_on_time, open_count, major, major_listed_open)
    SELECT a.path, SUBSTR(NEW.region_path, 1, LENGTH(a.path) + INSTR(SUBSTR(NEW.region_path, LENGTH(a.path) + 1), '/')), NEW.industry, NEW.found_month, 1, 1 * (CASE WHEN NEW.closed_on_time IS NOT NULL THEN 1 ELSE 0 END), 1 * (CASE WHEN NEW.closed_on_time = 1 THEN 1 ELSE 0 END), 1 * NEW.is_open, 1 * (CASE WHEN NEW.level = 'major' THEN 1 ELSE 0 END), 1 * (CASE WHEN NEW.is_open = 1 AND NEW.under_listed_supervision = 1 THEN 1 ELSE 0 END)
    FROM (SELECT path FROM regions UNION SELECT '/') a WHERE a.path <= NEW.region_path AND SUBSTR(NEW.region_path, 1, LENGTH(a.path)) = a.path
    ON CONFLICT (node_path, found_month, industry, child_path) DO UPDATE SET found = hd_stats_month.found + excluded.found, closed = hd_stats_month.closed + excluded.closed, closed_on_time = hd_stats_month.closed_on_time + excluded.closed_on_time, open_count = hd_stats_month.open_count + excluded.open_count, major = hd_stats_month.major + excluded.major, major_listed_open = hd_stats_month.major_listed_open + excluded.major_listed_open;
  INSERT INTO hd_stats_cause (node_path, industry, found_month, hazard_factor, accident_type, found, closed, closed_on_time, open_count, major, major_listed_open)
    SELECT a.path, NEW.industry, NEW.found_month, NEW.hazard_factor, NEW.accident_type, 1, 1 * (CASE WHEN NEW.closed_on_time IS NOT NULL THEN 1 ELSE 0 END), 1 * (CASE WHEN NEW.closed_on_time = 1 THEN 1 ELSE 0 END), 1 * NEW.is_open, 1 * (CASE WHEN NEW.level = 'major' THEN 1 ELSE 0 END), 1 * (CASE WHEN NEW.is_open = 1 AND NEW.under_listed_supervision = 1 THEN 1 ELSE 0 END)
    FROM (SELECT path FROM regions UNION SELECT '/') a WHERE a.path <= NEW.region_path AND SUBSTR(NEW.region_path, 1, LENGTH(a.path)) = a.path
    ON CONFLICT (node_path, found_month, industry, hazard_factor, accident_type) DO UPDATE SET found = hd_stats_cause.found + excluded.found, closed = hd_stats_cause.closed + excluded.closed, closed_on_time = hd_stats_cause.closed_on_time + excluded.closed_on_time, open_count = hd_stats_cause.open_count + excluded.open_count, major = hd_stats_cause.major + excluded.major, major_listed_open = hd_stats_cause.major_listed_open + excluded.major_listed_open;
END;
--@end
