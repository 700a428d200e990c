-- Issue 14 §1 bullet 3: on shift (当班). Everything here is appended, never updated or deleted:
-- check-ins and check-outs (duty_shift_attendance: one of each per member and shift, lateness
-- and early leave in minutes), the duty log (duty_log_entries: 值班日志, a hash chain per shift;
-- a correction is a new entry referring to the earlier one, an entry may close one open item),
-- the handover (duty_shift_handovers, one per shift) with its open items
-- (duty_shift_open_items, open until a log entry closes them, carried from shift to shift), the
-- incoming shift's acknowledgement (duty_shift_handover_acks, 签收) and the absence alerts sent
-- to the unit's principal (duty_shift_alerts: the unique row keeps the periodic job idempotent).
-- A unit is an enterprise or an agency; every table carries the shift's unit and region_path
-- so the caller's scope is applied on the table itself. shift_id is duty_shifts.id (V037).
CREATE TABLE duty_shift_attendance (
  id             @ID@,
  shift_id       BIGINT NOT NULL REFERENCES duty_shifts(id),
  user_id        BIGINT NOT NULL REFERENCES users(id),
  role           TEXT NOT NULL,            -- leader | officer
  kind           TEXT NOT NULL,            -- check_in | check_out
  at             TEXT NOT NULL,
  late_minutes   BIGINT NOT NULL DEFAULT 0,
  early_minutes  BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX ux_duty_shift_attendance ON duty_shift_attendance (shift_id, user_id, kind);

CREATE TABLE duty_log_entries (
  id                 @ID@,
  shift_id           BIGINT NOT NULL REFERENCES duty_shifts(id),
  unit_kind          TEXT NOT NULL,        -- enterprise | agency
  unit_id            BIGINT NOT NULL,
  enterprise_id      BIGINT REFERENCES enterprises(id),
  region_path        @CTEXT@ NOT NULL,
  seq                BIGINT NOT NULL,
  kind               TEXT NOT NULL,        -- call | event | instruction | other
  at                 TEXT NOT NULL,
  caller             TEXT NOT NULL DEFAULT '',
  phone              TEXT NOT NULL DEFAULT '',
  content            TEXT NOT NULL,
  actions            TEXT NOT NULL DEFAULT '',
  corrects_entry_id  BIGINT REFERENCES duty_log_entries(id),
  closes_item_id     BIGINT,               -- duty_shift_open_items.id
  by_user_id         BIGINT NOT NULL REFERENCES users(id),
  prev_hash          TEXT NOT NULL,
  hash               TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_duty_log_entries_seq ON duty_log_entries (shift_id, seq);
CREATE INDEX ix_duty_log_entries_unit ON duty_log_entries (unit_kind, unit_id, at);
CREATE INDEX ix_duty_log_entries_path ON duty_log_entries (region_path, at);
CREATE UNIQUE INDEX ux_duty_log_entries_closes ON duty_log_entries (closes_item_id)
  WHERE closes_item_id IS NOT NULL;

CREATE TABLE duty_shift_handovers (
  id             @ID@,
  shift_id       BIGINT NOT NULL REFERENCES duty_shifts(id),
  to_shift_id    BIGINT REFERENCES duty_shifts(id),
  unit_kind      TEXT NOT NULL,
  unit_id        BIGINT NOT NULL,
  enterprise_id  BIGINT REFERENCES enterprises(id),
  region_path    @CTEXT@ NOT NULL,
  summary        TEXT NOT NULL DEFAULT '',
  carried_items  BIGINT NOT NULL DEFAULT 0, -- earlier items still open, carried on
  by_user_id     BIGINT NOT NULL REFERENCES users(id),
  at             TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_duty_shift_handovers_shift ON duty_shift_handovers (shift_id);
CREATE INDEX ix_duty_shift_handovers_to ON duty_shift_handovers (to_shift_id);
CREATE INDEX ix_duty_shift_handovers_path ON duty_shift_handovers (region_path, at);

CREATE TABLE duty_shift_open_items (
  id              @ID@,
  handover_id     BIGINT NOT NULL REFERENCES duty_shift_handovers(id),
  origin_shift_id BIGINT NOT NULL REFERENCES duty_shifts(id),
  unit_kind       TEXT NOT NULL,
  unit_id         BIGINT NOT NULL,
  from_entry_id   BIGINT REFERENCES duty_log_entries(id),
  text            TEXT NOT NULL,
  at              TEXT NOT NULL
);
CREATE INDEX ix_duty_shift_open_items_unit ON duty_shift_open_items (unit_kind, unit_id, id);

CREATE TABLE duty_shift_handover_acks (
  id             @ID@,
  handover_id    BIGINT NOT NULL REFERENCES duty_shift_handovers(id),
  by_user_id     BIGINT NOT NULL REFERENCES users(id),
  note           TEXT NOT NULL DEFAULT '',
  at             TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_duty_shift_handover_acks ON duty_shift_handover_acks (handover_id);

CREATE TABLE duty_shift_alerts (
  shift_id       BIGINT NOT NULL REFERENCES duty_shifts(id),
  role           TEXT NOT NULL,            -- leader | officer
  at             TEXT NOT NULL,
  recipients     BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (shift_id, role)
);

-- Existing databases get the new permissions; a fresh database is filled by start-up
-- (which only fills an empty role_permissions table, hence the EXISTS guard).
INSERT INTO role_permissions (role, permission)
  SELECT r.role, r.permission FROM (
    SELECT 'regulator_rw' AS role, 'duty_shift:read' AS permission
    UNION ALL SELECT 'regulator_rw', 'duty_shift:write'
    UNION ALL SELECT 'regulator_ro', 'duty_shift:read'
    UNION ALL SELECT 'ent_principal', 'duty_shift:read'
    UNION ALL SELECT 'ent_principal', 'duty_shift:write'
    UNION ALL SELECT 'ent_safety_officer', 'duty_shift:read'
    UNION ALL SELECT 'ent_safety_officer', 'duty_shift:write'
    UNION ALL SELECT 'ent_storekeeper', 'duty_shift:read'
    UNION ALL SELECT 'ent_storekeeper', 'duty_shift:write'
    UNION ALL SELECT 'ent_duty_officer', 'duty_shift:read'
    UNION ALL SELECT 'ent_duty_officer', 'duty_shift:write'
  ) r
  WHERE EXISTS (SELECT 1 FROM role_permissions)
    AND NOT EXISTS (SELECT 1 FROM role_permissions p
                    WHERE p.role = r.role AND p.permission = r.permission);
