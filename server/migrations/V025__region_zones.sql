-- Regions as data (issue 11 §4): the national GB/T 2260 list is loaded at start-up from
-- server/data/regions_gbt2260.tsv (app/bootstrap.cpp inserts the codes a database lacks).
-- Functional zones (功能区: 开发区、高新区; kind 'zone', code <city>Z<n>) are added, renamed,
-- deactivated and reactivated by the system administrator; a region is never deleted
-- (enterprises, agencies and hidden dangers keep its code), it is deactivated.
ALTER TABLE regions ADD COLUMN status TEXT NOT NULL DEFAULT 'active';

-- Every change to a zone, appended (never updated): what it was called and its status after the
-- change, who changed it and when.
CREATE TABLE region_changes (
  id              @ID@,
  region_code     TEXT NOT NULL REFERENCES regions(code),
  action          TEXT NOT NULL,           -- create | update | deactivate | reactivate
  name            TEXT NOT NULL,
  name_en         TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL,
  changed_by      BIGINT REFERENCES users(id),
  changed_by_name TEXT NOT NULL DEFAULT '',
  changed_at      TEXT NOT NULL
);
CREATE INDEX region_changes_code ON region_changes (region_code, id);
