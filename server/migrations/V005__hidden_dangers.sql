-- Hidden dangers (隐患治理) and regulator enforcement inspections (执法检查).
--
-- hidden_dangers holds the current facts of each hidden danger (the FSM snapshot) plus copies of
-- the enterprise's region_path and industry, so regulator lists and statistics filter and group
-- on one table through its indexes (a province holds about a million rows). The history is
-- hidden_danger_transitions: appended, never updated or deleted.

CREATE TABLE enforcement_inspections (
  id             @ID@,
  enterprise_id  BIGINT NOT NULL REFERENCES enterprises(id),
  region_path    @CTEXT@ NOT NULL,
  agency_id      BIGINT REFERENCES agencies(id),
  inspected_on   TEXT NOT NULL,
  inspectors     TEXT NOT NULL DEFAULT '',
  summary        TEXT NOT NULL DEFAULT '',
  -- 责令整改: the order's number, text and deadline (every finding shares the deadline).
  order_no       TEXT NOT NULL DEFAULT '',
  order_text     TEXT NOT NULL DEFAULT '',
  order_deadline TEXT NOT NULL,
  created_by     BIGINT NOT NULL REFERENCES users(id),
  created_at     TEXT NOT NULL
);
CREATE INDEX ix_enforcement_path ON enforcement_inspections(region_path, id);
CREATE INDEX ix_enforcement_ent ON enforcement_inspections(enterprise_id, id);

-- Penalties and suspensions decided on an enforcement inspection (appended, never edited).
CREATE TABLE enforcement_actions (
  id                        @ID@,
  enforcement_inspection_id BIGINT NOT NULL REFERENCES enforcement_inspections(id),
  kind                      TEXT NOT NULL,
  amount_fen                BIGINT,
  suspension_from           TEXT,
  suspension_to             TEXT,
  decision_no               TEXT NOT NULL DEFAULT '',
  description               TEXT NOT NULL DEFAULT '',
  decided_on                TEXT NOT NULL,
  created_by                BIGINT NOT NULL REFERENCES users(id),
  created_at                TEXT NOT NULL
);
CREATE INDEX ix_enforcement_actions ON enforcement_actions(enforcement_inspection_id);

CREATE TABLE hidden_dangers (
  id                        @ID@,
  enterprise_id             BIGINT NOT NULL REFERENCES enterprises(id),
  region_path               @CTEXT@ NOT NULL,
  industry                  TEXT NOT NULL,
  -- inspection | ad_hoc | enforcement | referral
  source                    TEXT NOT NULL,
  -- The inspection record (V006) a failed checklist item came from; no foreign key because
  -- the inspection tables are created by a later migration.
  inspection_record_id      BIGINT,
  enforcement_inspection_id BIGINT REFERENCES enforcement_inspections(id),
  risk_unit_id              BIGINT,
  referral_department       TEXT NOT NULL DEFAULT '',
  title                     TEXT NOT NULL,
  description               TEXT NOT NULL DEFAULT '',
  location                  TEXT NOT NULL DEFAULT '',
  latitude                  @REAL@,
  longitude                 @REAL@,
  -- GB/T 13861 class: 1 person, 2 material, 3 environment, 4 management.
  hazard_factor             TEXT NOT NULL DEFAULT '',
  found_on                  TEXT NOT NULL,
  -- "YYYY-MM" of found_on: trends by month group on an indexed column.
  found_month               TEXT NOT NULL,
  -- The reporting account; NULL for records imported or seeded without one (reporter_name
  -- always holds the name as it was at the time).
  reported_by               BIGINT REFERENCES users(id),
  reporter_name             TEXT NOT NULL DEFAULT '',
  reported_at               TEXT NOT NULL,
  registered_by_regulator   INTEGER NOT NULL DEFAULT 0,
  -- FSM snapshot (domain/dual_prevention/hidden_danger_fsm.hpp)
  state                     TEXT NOT NULL,
  level                     TEXT NOT NULL,
  is_open                   INTEGER NOT NULL DEFAULT 1,
  owner_user_id             BIGINT REFERENCES users(id),
  owner_name                TEXT NOT NULL DEFAULT '',
  measures                  TEXT NOT NULL DEFAULT '',
  funds_fen                 BIGINT,
  deadline                  TEXT,
  regulator_deadline        TEXT,
  -- The earlier of deadline and regulator_deadline: "overdue" is is_open = 1 AND
  -- effective_deadline < today, answered by an index.
  effective_deadline        TEXT,
  plan                      TEXT NOT NULL DEFAULT '',
  has_plan                  INTEGER NOT NULL DEFAULT 0,
  under_listed_supervision  INTEGER NOT NULL DEFAULT 0,
  evidence                  TEXT NOT NULL DEFAULT '',
  rectified_by_user_id      BIGINT,
  verified_by_user_id       BIGINT,
  closed_on                 TEXT,
  -- 1 closed by the effective deadline, 0 closed late; NULL while open (on-time rate).
  closed_on_time            INTEGER,
  created_at                TEXT NOT NULL,
  updated_at                TEXT NOT NULL
);
-- Regulator lists: region subtree range, newest first, and the common filters.
CREATE INDEX ix_hd_path ON hidden_dangers(region_path, id);
CREATE INDEX ix_hd_path_state ON hidden_dangers(region_path, state, level, id);
CREATE INDEX ix_hd_path_open ON hidden_dangers(region_path, is_open, effective_deadline);
CREATE INDEX ix_hd_enterprise ON hidden_dangers(enterprise_id, id);
CREATE INDEX ix_hd_owner ON hidden_dangers(owner_user_id, is_open);
CREATE INDEX ix_hd_open_deadline ON hidden_dangers(is_open, effective_deadline);
-- Statistics over a subtree read only this index (covering): the region range, the period
-- (found_on), month, industry and every outcome column the figures count.
CREATE INDEX ix_hd_stats ON hidden_dangers(region_path, found_on, found_month, industry, level,
  is_open, closed_on_time, under_listed_supervision, effective_deadline);
CREATE INDEX ix_hd_inspection_record ON hidden_dangers(inspection_record_id);
CREATE INDEX ix_hd_enforcement ON hidden_dangers(enforcement_inspection_id);

-- Every transition: who, when, why, and the action's details (JSON). Append-only.
CREATE TABLE hidden_danger_transitions (
  id               @ID@,
  hidden_danger_id BIGINT NOT NULL REFERENCES hidden_dangers(id),
  action           TEXT NOT NULL,
  from_state       TEXT NOT NULL,
  to_state         TEXT NOT NULL,
  actor_user_id    BIGINT REFERENCES users(id),
  actor_name       TEXT NOT NULL,
  at               TEXT NOT NULL,
  reason           TEXT NOT NULL DEFAULT '',
  details_json     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX ix_hd_transitions ON hidden_danger_transitions(hidden_danger_id, id);

-- Photos: phase 'before' (reported) or 'after' (rectified), via the files module.
CREATE TABLE hidden_danger_photos (
  hidden_danger_id BIGINT NOT NULL REFERENCES hidden_dangers(id),
  file_id          BIGINT NOT NULL REFERENCES files(id),
  phase            TEXT NOT NULL,
  transition_id    BIGINT,
  PRIMARY KEY (hidden_danger_id, file_id)
);

-- Deadline reminders and escalations already sent: one row per hidden danger, stage and
-- deadline, so the periodic job can run any number of times a day and a new deadline starts
-- a fresh round.
CREATE TABLE hidden_danger_deadline_notices (
  hidden_danger_id BIGINT NOT NULL REFERENCES hidden_dangers(id),
  stage            TEXT NOT NULL,
  deadline         TEXT NOT NULL,
  sent_at          TEXT NOT NULL,
  PRIMARY KEY (hidden_danger_id, stage, deadline)
);

-- Where deadline reminders and escalations are e-mailed ('' = in-app only).
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';

-- Existing databases get the hidden-danger and enforcement permissions; a fresh database is
-- filled by start-up (which only fills an empty role_permissions table, hence the EXISTS guard).
INSERT INTO role_permissions (role, permission)
  SELECT r.role, r.permission FROM (
    SELECT 'regulator_rw' AS role, 'hidden_danger:read' AS permission
    UNION ALL SELECT 'regulator_rw', 'hidden_danger:supervise'
    UNION ALL SELECT 'regulator_rw', 'enforcement:write'
    UNION ALL SELECT 'regulator_ro', 'hidden_danger:read'
    UNION ALL SELECT 'ent_principal', 'hidden_danger:read'
    UNION ALL SELECT 'ent_principal', 'hidden_danger:report'
    UNION ALL SELECT 'ent_principal', 'hidden_danger:handle'
    UNION ALL SELECT 'ent_safety_officer', 'hidden_danger:read'
    UNION ALL SELECT 'ent_safety_officer', 'hidden_danger:report'
    UNION ALL SELECT 'ent_safety_officer', 'hidden_danger:handle'
    UNION ALL SELECT 'ent_storekeeper', 'hidden_danger:read'
    UNION ALL SELECT 'ent_storekeeper', 'hidden_danger:report'
    UNION ALL SELECT 'ent_duty_officer', 'hidden_danger:read'
    UNION ALL SELECT 'ent_duty_officer', 'hidden_danger:report'
  ) r
  WHERE EXISTS (SELECT 1 FROM role_permissions)
    AND NOT EXISTS (SELECT 1 FROM role_permissions p
                    WHERE p.role = r.role AND p.permission = r.permission);
