-- Issue 14 §2 and §4 (helper emergency-resources).
-- 1. Accident investigation (事故调查, 493号令 art. 19, 29, 32): one record per accident with the
--    team, the extension (at most 60 days), the report (submitted on, file), the approval (批复),
--    the cause and the measures; every change appended to accident_investigation_changes. The
--    deadlines are computed (accident_deadline_rules), not stored. Each finding may become a hidden
--    danger through ReportHiddenDanger (hidden_danger_id) and is flagged for the credit list.
CREATE TABLE accident_investigations (
  id                 @ID@,
  accident_id        BIGINT NOT NULL REFERENCES accidents(id),
  enterprise_id      BIGINT NOT NULL REFERENCES enterprises(id),
  region_path        @CTEXT@ NOT NULL,
  lead_agency_id     BIGINT REFERENCES agencies(id),
  team_leader        TEXT NOT NULL DEFAULT '',
  team_members       TEXT NOT NULL DEFAULT '',
  started_on         TEXT NOT NULL,
  extension_days     BIGINT NOT NULL DEFAULT 0,
  extension_reason   TEXT NOT NULL DEFAULT '',
  report_submitted_on TEXT NOT NULL DEFAULT '',
  report_file_id     BIGINT REFERENCES files(id),
  approved_on        TEXT NOT NULL DEFAULT '',
  approval_document  TEXT NOT NULL DEFAULT '',
  cause              TEXT NOT NULL DEFAULT '',
  measures           TEXT NOT NULL DEFAULT '',
  version            BIGINT NOT NULL DEFAULT 1,
  created_by         BIGINT NOT NULL REFERENCES users(id),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_accident_investigations_accident ON accident_investigations (accident_id);
CREATE INDEX ix_accident_investigations_path ON accident_investigations (region_path);

-- The report file as an owner link of the files area (file_id), visible with accident:read in scope.
CREATE TABLE accident_investigation_files (
  id                 @ID@,
  investigation_id   BIGINT NOT NULL REFERENCES accident_investigations(id),
  file_id            BIGINT NOT NULL REFERENCES files(id),
  at                 TEXT NOT NULL
);
CREATE INDEX ix_accident_investigation_files_file ON accident_investigation_files (file_id);

CREATE TABLE accident_investigation_changes (
  id                 @ID@,
  investigation_id   BIGINT NOT NULL REFERENCES accident_investigations(id),
  version            BIGINT NOT NULL,
  action             TEXT NOT NULL,
  data_json          TEXT NOT NULL,
  by_user_id         BIGINT NOT NULL REFERENCES users(id),
  at                 TEXT NOT NULL
);
CREATE INDEX ix_accident_investigation_changes ON accident_investigation_changes (investigation_id, id);

CREATE TABLE accident_investigation_findings (
  id                 @ID@,
  investigation_id   BIGINT NOT NULL REFERENCES accident_investigations(id),
  accident_id        BIGINT NOT NULL REFERENCES accidents(id),
  kind               TEXT NOT NULL,             -- direct_cause | indirect_cause | violation | management
  title              TEXT NOT NULL,
  description        TEXT NOT NULL DEFAULT '',
  responsible        TEXT NOT NULL DEFAULT '',
  credit_relevant    INTEGER NOT NULL DEFAULT 0, -- feeds the 严重失信主体名单 later (11号令)
  hidden_danger_id   BIGINT REFERENCES hidden_dangers(id),
  created_by         BIGINT NOT NULL REFERENCES users(id),
  created_at         TEXT NOT NULL,
  converted_by       BIGINT REFERENCES users(id),
  converted_at       TEXT
);
CREATE INDEX ix_accident_investigation_findings ON accident_investigation_findings (accident_id, id);

-- 2. Emergency resources (应急资源, 88号令 应急资源调查清单): teams, experts, equipment and
--    materials of an enterprise or of an agency (exactly one owner); every change appended to
--    emergency_resource_changes; an alert (expiry or inspection due, per threshold) is sent once
--    per item, kind and due date (the unique index makes the job idempotent).
CREATE TABLE emergency_resources (
  id                 @ID@,
  category           TEXT NOT NULL,             -- team | expert | material
  enterprise_id      BIGINT REFERENCES enterprises(id),
  agency_id          BIGINT REFERENCES agencies(id),
  region_path        @CTEXT@ NOT NULL,
  name               TEXT NOT NULL,
  kind               TEXT NOT NULL DEFAULT '',  -- team: full_time | part_time; material: equipment | material
  members            BIGINT NOT NULL DEFAULT 0,
  leader             TEXT NOT NULL DEFAULT '',
  phone              TEXT NOT NULL DEFAULT '',
  field              TEXT NOT NULL DEFAULT '',
  title              TEXT NOT NULL DEFAULT '',
  unit               TEXT NOT NULL DEFAULT '',
  material_type      TEXT NOT NULL DEFAULT '',
  quantity           @REAL@ NOT NULL DEFAULT 0,
  quantity_unit      TEXT NOT NULL DEFAULT '',
  location           TEXT NOT NULL DEFAULT '',
  expires_on         TEXT NOT NULL DEFAULT '',
  last_inspected_on  TEXT NOT NULL DEFAULT '',
  next_inspection_on TEXT NOT NULL DEFAULT '',
  note               TEXT NOT NULL DEFAULT '',
  status             TEXT NOT NULL DEFAULT 'active', -- active | deleted
  version            BIGINT NOT NULL DEFAULT 1,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
);
CREATE INDEX ix_emergency_resources_path ON emergency_resources (region_path, category);
CREATE INDEX ix_emergency_resources_enterprise ON emergency_resources (enterprise_id, category);

CREATE TABLE emergency_resource_changes (
  id                 @ID@,
  resource_id        BIGINT NOT NULL REFERENCES emergency_resources(id),
  version            BIGINT NOT NULL,
  action             TEXT NOT NULL,
  data_json          TEXT NOT NULL,
  by_user_id         BIGINT NOT NULL REFERENCES users(id),
  at                 TEXT NOT NULL
);
CREATE INDEX ix_emergency_resource_changes ON emergency_resource_changes (resource_id, id);

CREATE TABLE emergency_resource_alerts (
  id                 @ID@,
  resource_id        BIGINT NOT NULL REFERENCES emergency_resources(id),
  kind               TEXT NOT NULL,             -- expiry | inspection
  due_on             TEXT NOT NULL,
  threshold          TEXT NOT NULL,             -- due_soon | past_due
  sent_at            TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_emergency_resource_alerts ON emergency_resource_alerts (resource_id, kind, due_on, threshold);

INSERT INTO role_permissions (role, permission)
  SELECT r.role, r.permission FROM (
    SELECT 'regulator_rw' AS role, 'accident:investigate' AS permission
    UNION ALL SELECT 'regulator_rw', 'emergency_resource:read'
    UNION ALL SELECT 'regulator_rw', 'emergency_resource:write'
    UNION ALL SELECT 'regulator_ro', 'emergency_resource:read'
    UNION ALL SELECT 'ent_principal', 'emergency_resource:read'
    UNION ALL SELECT 'ent_principal', 'emergency_resource:write'
    UNION ALL SELECT 'ent_safety_officer', 'emergency_resource:read'
    UNION ALL SELECT 'ent_safety_officer', 'emergency_resource:write'
    UNION ALL SELECT 'ent_storekeeper', 'emergency_resource:read'
    UNION ALL SELECT 'ent_duty_officer', 'emergency_resource:read'
  ) r
  WHERE EXISTS (SELECT 1 FROM role_permissions)
    AND NOT EXISTS (SELECT 1 FROM role_permissions p
                    WHERE p.role = r.role AND p.permission = r.permission);
