-- Issue 14 §1 bullet 5: regulator spot checks of duty (值班抽查：电话抽查/视频抽查). A round is made
-- by one agency over units in its scope: enterprises, or the agencies below it (a city checks its
-- counties' own duty). A random draw (双随机) records its seed, its count and the sorted pool it
-- drew from, so anyone re-runs it. Each call is appended (never updated): the phone called, the
-- method, answered or not, rings and seconds, who answered and who the roster had on duty, the
-- result. A failed call opens a finding the checked unit must answer (整改说明) by a due day
-- counted on the working-day calendar; every answer, acceptance and return is appended to
-- duty_spot_check_finding_events.
CREATE TABLE duty_spot_check_rounds (
  id              @ID@,
  agency_id       BIGINT NOT NULL REFERENCES agencies(id),
  region_path     @CTEXT@ NOT NULL,          -- the checking agency's region (scope)
  title           TEXT NOT NULL,
  target_kind     TEXT NOT NULL,             -- enterprise | agency
  selection       TEXT NOT NULL,             -- manual | random
  seed            TEXT NOT NULL DEFAULT '',  -- 16 hex digits (random only)
  draw_count      BIGINT NOT NULL DEFAULT 0,
  pool_ids        TEXT NOT NULL DEFAULT '',  -- the sorted pool drawn from, "1,2,3"
  filter_region_code TEXT NOT NULL DEFAULT '',
  filter_industries  TEXT NOT NULL DEFAULT '',  -- "a,b"
  planned_on      TEXT NOT NULL,             -- China day of the checks
  created_by      BIGINT NOT NULL REFERENCES users(id),
  created_at      TEXT NOT NULL
);
CREATE INDEX ix_dsc_rounds_path ON duty_spot_check_rounds (region_path, id);

CREATE TABLE duty_spot_check_items (
  id              @ID@,
  round_id        BIGINT NOT NULL REFERENCES duty_spot_check_rounds(id),
  position        BIGINT NOT NULL,
  enterprise_id   BIGINT REFERENCES enterprises(id),
  agency_id       BIGINT REFERENCES agencies(id),
  region_path     @CTEXT@ NOT NULL           -- the checked unit's region
);
CREATE UNIQUE INDEX ux_dsc_items_position ON duty_spot_check_items (round_id, position);
CREATE INDEX ix_dsc_items_enterprise ON duty_spot_check_items (enterprise_id);

CREATE TABLE duty_spot_check_calls (
  id              @ID@,
  round_id        BIGINT NOT NULL REFERENCES duty_spot_check_rounds(id),
  item_id         BIGINT NOT NULL REFERENCES duty_spot_check_items(id),
  called_at       TEXT NOT NULL,
  method          TEXT NOT NULL,             -- phone | video
  phone           TEXT NOT NULL DEFAULT '',
  answered        INTEGER NOT NULL,
  rings           BIGINT,
  seconds         BIGINT,
  answerer_name   TEXT NOT NULL DEFAULT '',
  on_duty_names   TEXT NOT NULL DEFAULT '',  -- the roster's people on duty at called_at ("、")
  answerer_on_duty INTEGER,                  -- 1/0; NULL when nobody answered or no roster
  result          TEXT NOT NULL,             -- pass | fail
  notes           TEXT NOT NULL DEFAULT '',
  by_user_id      BIGINT NOT NULL REFERENCES users(id),
  at              TEXT NOT NULL
);
CREATE INDEX ix_dsc_calls_item ON duty_spot_check_calls (item_id, id);
CREATE INDEX ix_dsc_calls_round ON duty_spot_check_calls (round_id, id);

CREATE TABLE duty_spot_check_findings (
  id              @ID@,
  round_id        BIGINT NOT NULL REFERENCES duty_spot_check_rounds(id),
  item_id         BIGINT NOT NULL REFERENCES duty_spot_check_items(id),
  call_id         BIGINT NOT NULL REFERENCES duty_spot_check_calls(id),
  enterprise_id   BIGINT REFERENCES enterprises(id),
  agency_id       BIGINT REFERENCES agencies(id),
  region_path     @CTEXT@ NOT NULL,          -- the checked unit's region (scope)
  state           TEXT NOT NULL,             -- open | answered | accepted | returned
  due_on          TEXT NOT NULL,             -- the last day of the answer period (China day)
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_dsc_findings_call ON duty_spot_check_findings (call_id);
CREATE INDEX ix_dsc_findings_path ON duty_spot_check_findings (region_path, id);
CREATE INDEX ix_dsc_findings_enterprise ON duty_spot_check_findings (enterprise_id, id);

CREATE TABLE duty_spot_check_finding_events (
  id              @ID@,
  finding_id      BIGINT NOT NULL REFERENCES duty_spot_check_findings(id),
  kind            TEXT NOT NULL,             -- opened | answered | accepted | returned
  text            TEXT NOT NULL DEFAULT '',
  by_user_id      BIGINT NOT NULL REFERENCES users(id),
  at              TEXT NOT NULL
);
CREATE INDEX ix_dsc_finding_events ON duty_spot_check_finding_events (finding_id, id);

-- Existing databases get the new permissions; a fresh database is filled by start-up
-- (which only fills an empty role_permissions table, hence the EXISTS guard).
INSERT INTO role_permissions (role, permission)
  SELECT r.role, r.permission FROM (
    SELECT 'regulator_rw' AS role, 'duty_spot_check:read' AS permission
    UNION ALL SELECT 'regulator_rw', 'duty_spot_check:write'
    UNION ALL SELECT 'regulator_rw', 'duty_spot_check:answer'
    UNION ALL SELECT 'regulator_ro', 'duty_spot_check:read'
    UNION ALL SELECT 'ent_principal', 'duty_spot_check:read'
    UNION ALL SELECT 'ent_principal', 'duty_spot_check:answer'
    UNION ALL SELECT 'ent_safety_officer', 'duty_spot_check:read'
    UNION ALL SELECT 'ent_safety_officer', 'duty_spot_check:answer'
    UNION ALL SELECT 'ent_duty_officer', 'duty_spot_check:read'
  ) r
  WHERE EXISTS (SELECT 1 FROM role_permissions)
    AND NOT EXISTS (SELECT 1 FROM role_permissions p
                    WHERE p.role = r.role AND p.permission = r.permission);
