-- Issue 14 §4: accidents and abnormal events (事故和险情信息报告, 493号令). One row per event
-- with the facts as last reported and the grade computed from them (art. 3); every report —
-- the first, corrections, follow-ups (续报) — is appended to accident_reports with all the facts
-- it carried (history never lost); each agency's acknowledgement and forwarding up (its own
-- clock) is appended to accident_forwards. The report-chain deadlines are computed, not stored.
CREATE TABLE accidents (
  id                @ID@,
  enterprise_id     BIGINT NOT NULL REFERENCES enterprises(id),
  region_path       @CTEXT@ NOT NULL,
  number            TEXT NOT NULL,
  title             TEXT NOT NULL,
  accident_type     TEXT NOT NULL DEFAULT '',
  road_traffic      INTEGER NOT NULL DEFAULT 0,
  address           TEXT NOT NULL DEFAULT '',
  latitude          @REAL@,
  longitude         @REAL@,
  occurred_at       TEXT NOT NULL,
  deaths            BIGINT NOT NULL DEFAULT 0,
  serious_injuries  BIGINT NOT NULL DEFAULT 0,
  missing           BIGINT NOT NULL DEFAULT 0,
  direct_loss_yuan  BIGINT NOT NULL DEFAULT 0,
  course            TEXT NOT NULL DEFAULT '',
  measures          TEXT NOT NULL DEFAULT '',
  grade             TEXT NOT NULL,
  grade_since       TEXT NOT NULL,
  reported_at       TEXT NOT NULL,
  reported_by       BIGINT NOT NULL REFERENCES users(id),
  loss_incident_id  BIGINT,  -- loss_incidents.id (no foreign key: ledger_test drops and re-applies the ledger tables)
  version           BIGINT NOT NULL DEFAULT 1,
  updated_at        TEXT NOT NULL
);
CREATE INDEX ix_accidents_path ON accidents (region_path, occurred_at);
CREATE INDEX ix_accidents_enterprise ON accidents (enterprise_id, occurred_at);

CREATE TABLE accident_reports (
  id            @ID@,
  accident_id   BIGINT NOT NULL REFERENCES accidents(id),
  version       BIGINT NOT NULL,
  kind          TEXT NOT NULL,
  facts_json    TEXT NOT NULL,
  grade         TEXT NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  by_user_id    BIGINT NOT NULL REFERENCES users(id),
  at            TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_accident_reports_version ON accident_reports (accident_id, version);

CREATE TABLE accident_forwards (
  id            @ID@,
  accident_id   BIGINT NOT NULL REFERENCES accidents(id),
  level         TEXT NOT NULL,
  agency_id     BIGINT NOT NULL REFERENCES agencies(id),
  by_user_id    BIGINT NOT NULL REFERENCES users(id),
  note          TEXT NOT NULL DEFAULT '',
  at            TEXT NOT NULL
);
CREATE INDEX ix_accident_forwards_accident ON accident_forwards (accident_id, id);

-- Existing databases get the new permissions; a fresh database is filled by start-up
-- (which only fills an empty role_permissions table, hence the EXISTS guard).
INSERT INTO role_permissions (role, permission)
  SELECT r.role, r.permission FROM (
    SELECT 'regulator_rw' AS role, 'accident:read' AS permission
    UNION ALL SELECT 'regulator_rw', 'accident:report'
    UNION ALL SELECT 'regulator_rw', 'accident:forward'
    UNION ALL SELECT 'regulator_ro', 'accident:read'
    UNION ALL SELECT 'ent_principal', 'accident:read'
    UNION ALL SELECT 'ent_principal', 'accident:report'
    UNION ALL SELECT 'ent_safety_officer', 'accident:read'
    UNION ALL SELECT 'ent_safety_officer', 'accident:report'
    UNION ALL SELECT 'ent_storekeeper', 'accident:read'
    UNION ALL SELECT 'ent_storekeeper', 'accident:report'
    UNION ALL SELECT 'ent_duty_officer', 'accident:read'
    UNION ALL SELECT 'ent_duty_officer', 'accident:report'
  ) r
  WHERE EXISTS (SELECT 1 FROM role_permissions)
    AND NOT EXISTS (SELECT 1 FROM role_permissions p
                    WHERE p.role = r.role AND p.permission = r.permission);
