-- Issue 15 §4: one-vote veto (安全生产"一票否决") in awards, subsidies, funds and demonstration
-- bases. A round (评选批次) is organised by an agency and seen from its region down; its
-- applications are the enterprises' (scoped by their region and id). A check stores each
-- application's result and every reason (JSON: code, record type and id, texts) until the
-- agency confirms the round: then results are frozen under a content hash. Every step is
-- appended to veto_events (history never lost).
CREATE TABLE veto_rounds (
  id                 @ID@,
  agency_id          BIGINT NOT NULL REFERENCES agencies(id),
  region_path        @CTEXT@ NOT NULL,
  name               TEXT NOT NULL,
  kind               TEXT NOT NULL,
  period_from        TEXT NOT NULL,
  period_to          TEXT NOT NULL,
  status             TEXT NOT NULL DEFAULT 'open',  -- open | confirmed
  checked_at         TEXT,
  applications       BIGINT NOT NULL DEFAULT 0,     -- figures of the last check
  vetoed             BIGINT NOT NULL DEFAULT 0,
  confirmed_at       TEXT,
  confirmed_by       BIGINT REFERENCES users(id),
  result_hash        TEXT NOT NULL DEFAULT '',
  created_by         BIGINT NOT NULL REFERENCES users(id),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
);
CREATE INDEX ix_veto_rounds_path ON veto_rounds (region_path, id);

CREATE TABLE veto_applications (
  id                 @ID@,
  round_id           BIGINT NOT NULL REFERENCES veto_rounds(id),
  enterprise_id      BIGINT NOT NULL REFERENCES enterprises(id),
  region_path        @CTEXT@ NOT NULL,
  applicant_name     TEXT NOT NULL DEFAULT '',  -- the entrepreneur (the principal) for person awards
  project            TEXT NOT NULL DEFAULT '',
  source             TEXT NOT NULL,             -- agency | import | enterprise
  result             TEXT NOT NULL DEFAULT 'pending',  -- pending | passed | vetoed
  reasons_json       TEXT NOT NULL DEFAULT '[]',
  checked_at         TEXT,
  created_by         BIGINT NOT NULL REFERENCES users(id),
  created_at         TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_veto_applications_enterprise ON veto_applications (round_id, enterprise_id);
CREATE INDEX ix_veto_applications_path ON veto_applications (region_path, id);
CREATE INDEX ix_veto_applications_enterprise ON veto_applications (enterprise_id, id);

CREATE TABLE veto_events (
  id                 @ID@,
  round_id           BIGINT NOT NULL REFERENCES veto_rounds(id),
  application_id     BIGINT REFERENCES veto_applications(id),
  action             TEXT NOT NULL,  -- create | apply | import | check | confirm
  details_json       TEXT NOT NULL DEFAULT '{}',
  by_user_id         BIGINT NOT NULL REFERENCES users(id),
  at                 TEXT NOT NULL
);
CREATE INDEX ix_veto_events_round ON veto_events (round_id, id);

-- The set-based check reads an enterprise's major hidden dangers by this index (province scale:
-- 1,000,000 rows, a round of 10,000 applications).
CREATE INDEX ix_hd_veto ON hidden_dangers (enterprise_id, level, found_on, closed_on,
  effective_deadline);

INSERT INTO role_permissions (role, permission)
  SELECT r.role, r.permission FROM (
    SELECT 'regulator_rw' AS role, 'veto:read' AS permission
    UNION ALL SELECT 'regulator_rw', 'veto:manage'
    UNION ALL SELECT 'regulator_ro', 'veto:read'
    UNION ALL SELECT 'ent_principal', 'veto:read'
    UNION ALL SELECT 'ent_principal', 'veto:apply'
    UNION ALL SELECT 'ent_safety_officer', 'veto:read'
    UNION ALL SELECT 'ent_safety_officer', 'veto:apply'
  ) r
  WHERE EXISTS (SELECT 1 FROM role_permissions)
    AND NOT EXISTS (SELECT 1 FROM role_permissions p
                    WHERE p.role = r.role AND p.permission = r.permission);
