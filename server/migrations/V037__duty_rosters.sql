-- Issue 14 §1: duty rosters (值班排班) of a unit — an enterprise or an agency (监管部门).
-- A unit is (unit_kind, unit_id): unit_kind 'enterprise' (unit_id = enterprises.id, also copied
-- into enterprise_id so the enterprise scope applies in SQL) or 'agency' (unit_id = agencies.id,
-- enterprise_id NULL). region_path is a copy of the unit's region path (the regulator scope).
-- Instants are UTC text ("2026-12-06T00:00:00Z", sorts as time); duty_date is the China
-- calendar day the shift belongs to (its start's day).

-- The unit's shift pattern (班次设置): one row per unit, its slots in duty_pattern_slots.
CREATE TABLE duty_patterns (
  id             @ID@,
  unit_kind      TEXT NOT NULL,
  unit_id        BIGINT NOT NULL,
  enterprise_id  BIGINT REFERENCES enterprises(id),
  region_path    @CTEXT@ NOT NULL,
  phone          TEXT NOT NULL DEFAULT '',   -- the unit's default duty phone
  version        BIGINT NOT NULL DEFAULT 1,
  updated_by     BIGINT NOT NULL REFERENCES users(id),
  updated_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_duty_patterns_unit ON duty_patterns (unit_kind, unit_id);

-- One slot of a day: starts at start_minute (China time, minutes after midnight) and lasts
-- duration_minutes (may run past midnight: 20:00 + 720 = next day 08:00).
CREATE TABLE duty_pattern_slots (
  pattern_id        BIGINT NOT NULL REFERENCES duty_patterns(id),
  seq               BIGINT NOT NULL,
  label             TEXT NOT NULL,
  start_minute      BIGINT NOT NULL,
  duration_minutes  BIGINT NOT NULL,
  PRIMARY KEY (pattern_id, seq)
);

-- A shift (班次). status 'active' or 'cancelled' (a cancelled shift is kept, never deleted).
CREATE TABLE duty_shifts (
  id             @ID@,
  unit_kind      TEXT NOT NULL,
  unit_id        BIGINT NOT NULL,
  enterprise_id  BIGINT REFERENCES enterprises(id),
  region_path    @CTEXT@ NOT NULL,
  duty_date      TEXT NOT NULL,
  slot_seq       BIGINT,
  label          TEXT NOT NULL DEFAULT '',
  starts_at      TEXT NOT NULL,
  ends_at        TEXT NOT NULL,
  phone          TEXT NOT NULL,              -- the duty phone that must be reachable
  note           TEXT NOT NULL DEFAULT '',
  status         TEXT NOT NULL DEFAULT 'active',
  version        BIGINT NOT NULL DEFAULT 1,
  created_by     BIGINT NOT NULL REFERENCES users(id),
  created_at     TEXT NOT NULL,
  updated_by     BIGINT NOT NULL REFERENCES users(id),
  updated_at     TEXT NOT NULL
);
CREATE INDEX ix_duty_shifts_unit ON duty_shifts (unit_kind, unit_id, starts_at);
CREATE INDEX ix_duty_shifts_path ON duty_shifts (region_path, starts_at);
CREATE INDEX ix_duty_shifts_date ON duty_shifts (unit_kind, unit_id, duty_date);

-- Who is on a shift: role 'leader' (带班领导) or 'officer' (值班员); a user of the unit.
CREATE TABLE duty_shift_members (
  shift_id     BIGINT NOT NULL REFERENCES duty_shifts(id),
  user_id      BIGINT NOT NULL REFERENCES users(id),
  role         TEXT NOT NULL,
  assigned_by  BIGINT NOT NULL REFERENCES users(id),
  assigned_at  TEXT NOT NULL,
  PRIMARY KEY (shift_id, user_id)
);
CREATE INDEX ix_duty_shift_members_user ON duty_shift_members (user_id, shift_id);

-- A swap (换班): from_user_id (a member of shift_id) asks to be replaced by to_user_id; with
-- with_shift_id set, it is an exchange (to_user_id leaves with_shift_id, from_user_id takes
-- that place). status 'requested' → 'approved' | 'refused' | 'withdrawn'. Every step is
-- appended to duty_swap_events (history never lost).
CREATE TABLE duty_swap_requests (
  id             @ID@,
  unit_kind      TEXT NOT NULL,
  unit_id        BIGINT NOT NULL,
  enterprise_id  BIGINT REFERENCES enterprises(id),
  region_path    @CTEXT@ NOT NULL,
  shift_id       BIGINT NOT NULL REFERENCES duty_shifts(id),
  from_user_id   BIGINT NOT NULL REFERENCES users(id),
  to_user_id     BIGINT NOT NULL REFERENCES users(id),
  with_shift_id  BIGINT REFERENCES duty_shifts(id),
  reason         TEXT NOT NULL DEFAULT '',
  status         TEXT NOT NULL,
  requested_by   BIGINT NOT NULL REFERENCES users(id),
  requested_at   TEXT NOT NULL,
  decided_by     BIGINT REFERENCES users(id),
  decided_at     TEXT,
  decision_note  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_duty_swaps_unit ON duty_swap_requests (unit_kind, unit_id, status, id);

CREATE TABLE duty_swap_events (
  id          @ID@,
  swap_id     BIGINT NOT NULL REFERENCES duty_swap_requests(id),
  event       TEXT NOT NULL,             -- requested | approved | refused | withdrawn
  by_user_id  BIGINT NOT NULL REFERENCES users(id),
  note        TEXT NOT NULL DEFAULT '',
  at          TEXT NOT NULL
);
CREATE INDEX ix_duty_swap_events_swap ON duty_swap_events (swap_id, id);

-- A coverage gap alerted ahead (once per gap: the unique key makes the job idempotent).
-- gap_kind 'leader' | 'officer'; gap_start/gap_end UTC instants of the uncovered hours.
CREATE TABLE duty_coverage_alerts (
  id             @ID@,
  unit_kind      TEXT NOT NULL,
  unit_id        BIGINT NOT NULL,
  enterprise_id  BIGINT REFERENCES enterprises(id),
  region_path    @CTEXT@ NOT NULL,
  gap_kind       TEXT NOT NULL,
  gap_start      TEXT NOT NULL,
  gap_end        TEXT NOT NULL,
  alerted_at     TEXT NOT NULL,
  recipients     BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX ux_duty_coverage_alerts_gap
  ON duty_coverage_alerts (unit_kind, unit_id, gap_kind, gap_start);

-- Existing databases get the new permissions; a fresh database is filled by start-up
-- (which only fills an empty role_permissions table, hence the EXISTS guard).
INSERT INTO role_permissions (role, permission)
  SELECT r.role, r.permission FROM (
    SELECT 'regulator_rw' AS role, 'duty_roster:read' AS permission
    UNION ALL SELECT 'regulator_rw', 'duty_roster:manage'
    UNION ALL SELECT 'regulator_rw', 'duty_roster:swap'
    UNION ALL SELECT 'regulator_ro', 'duty_roster:read'
    UNION ALL SELECT 'regulator_ro', 'duty_roster:swap'
    UNION ALL SELECT 'ent_principal', 'duty_roster:read'
    UNION ALL SELECT 'ent_principal', 'duty_roster:manage'
    UNION ALL SELECT 'ent_principal', 'duty_roster:swap'
    UNION ALL SELECT 'ent_safety_officer', 'duty_roster:read'
    UNION ALL SELECT 'ent_safety_officer', 'duty_roster:manage'
    UNION ALL SELECT 'ent_safety_officer', 'duty_roster:swap'
    UNION ALL SELECT 'ent_storekeeper', 'duty_roster:read'
    UNION ALL SELECT 'ent_storekeeper', 'duty_roster:swap'
    UNION ALL SELECT 'ent_duty_officer', 'duty_roster:read'
    UNION ALL SELECT 'ent_duty_officer', 'duty_roster:swap'
  ) r
  WHERE EXISTS (SELECT 1 FROM role_permissions)
    AND NOT EXISTS (SELECT 1 FROM role_permissions p
                    WHERE p.role = r.role AND p.permission = r.permission);
