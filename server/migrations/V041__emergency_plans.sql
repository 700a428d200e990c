-- Issue 14 §2: emergency plans (应急预案, 88号令 as amended by 应急管理部令第2号). One row per plan of an
-- enterprise (kind comprehensive 综合应急预案 | special 专项应急预案 | onsite 现场处置方案) with its
-- current state; every version (the document and the risk assessment and resource survey it rests
-- on), review (评审 or 论证, art. 21–22), filing (备案, art. 26) and evaluation (评估, art. 35) is a
-- row of its own, and every state change — with its cause and source for a revision trigger
-- (art. 36) — is appended to emergency_plan_events. Deadlines are computed from these dates with
-- the working-day calendar and the business setting `emergency_plans`, not stored.
CREATE TABLE emergency_plans (
  id                   @ID@,
  enterprise_id        BIGINT NOT NULL REFERENCES enterprises(id),
  region_path          @CTEXT@ NOT NULL,
  kind                 TEXT NOT NULL,            -- comprehensive | special | onsite
  title                TEXT NOT NULL,
  status               TEXT NOT NULL,            -- draft | published | filing_submitted | returned | filed | revision_required
  current_version      BIGINT NOT NULL DEFAULT 0,
  published_on         TEXT,                     -- China date of the current publication
  signed_by            BIGINT REFERENCES users(id),
  signed_by_name       TEXT NOT NULL DEFAULT '',
  filed_on             TEXT,                     -- China date the current publication was filed
  filing_number        TEXT NOT NULL DEFAULT '',
  revision_cause       TEXT NOT NULL DEFAULT '', -- art. 36 trigger while revision_required
  revision_source_kind TEXT NOT NULL DEFAULT '', -- drill | response | enterprise | evaluation | manual
  revision_source_id   BIGINT,
  revision_note        TEXT NOT NULL DEFAULT '',
  revision_required_at TEXT,
  created_by           BIGINT NOT NULL REFERENCES users(id),
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  row_version          BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX ix_emergency_plans_path ON emergency_plans (region_path, id);
CREATE INDEX ix_emergency_plans_enterprise ON emergency_plans (enterprise_id, kind, id);

CREATE TABLE emergency_plan_versions (
  id                      @ID@,
  plan_id                 BIGINT NOT NULL REFERENCES emergency_plans(id),
  version_no              BIGINT NOT NULL,
  document_file_id        BIGINT NOT NULL REFERENCES files(id),
  risk_assessment_file_id BIGINT NOT NULL REFERENCES files(id),
  resource_survey_file_id BIGINT NOT NULL REFERENCES files(id),
  summary                 TEXT NOT NULL DEFAULT '',
  created_by              BIGINT NOT NULL REFERENCES users(id),
  created_at              TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_emergency_plan_versions ON emergency_plan_versions (plan_id, version_no);

CREATE TABLE emergency_plan_reviews (
  id              @ID@,
  plan_id         BIGINT NOT NULL REFERENCES emergency_plans(id),
  version_no      BIGINT NOT NULL,
  review_kind     TEXT NOT NULL,                -- review (评审) | demonstration (论证)
  reviewed_on     TEXT NOT NULL,
  experts_json    TEXT NOT NULL,                -- [{name, organization, title, conflict_declared, conflict_note}]
  minutes_file_id BIGINT NOT NULL REFERENCES files(id),
  conclusion      TEXT NOT NULL DEFAULT '',
  created_by      BIGINT NOT NULL REFERENCES users(id),
  created_at      TEXT NOT NULL
);
CREATE INDEX ix_emergency_plan_reviews_plan ON emergency_plan_reviews (plan_id, version_no, id);

CREATE TABLE emergency_plan_filings (
  id                      @ID@,
  plan_id                 BIGINT NOT NULL REFERENCES emergency_plans(id),
  region_path             @CTEXT@ NOT NULL,
  version_no              BIGINT NOT NULL,
  published_on            TEXT NOT NULL,
  status                  TEXT NOT NULL,        -- submitted | accepted | returned
  application_file_id     BIGINT NOT NULL REFERENCES files(id),
  review_opinion_file_id  BIGINT NOT NULL REFERENCES files(id),
  plan_file_id            BIGINT NOT NULL REFERENCES files(id),
  risk_assessment_file_id BIGINT NOT NULL REFERENCES files(id),
  resource_survey_file_id BIGINT NOT NULL REFERENCES files(id),
  submitted_by            BIGINT NOT NULL REFERENCES users(id),
  submitted_at            TEXT NOT NULL,
  submitted_on            TEXT NOT NULL,        -- China date
  decided_by              BIGINT REFERENCES users(id),
  decided_by_name         TEXT NOT NULL DEFAULT '',
  agency_id               BIGINT REFERENCES agencies(id),
  decided_at              TEXT,
  reasons                 TEXT NOT NULL DEFAULT '',
  filing_number           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_emergency_plan_filings_plan ON emergency_plan_filings (plan_id, id);
CREATE INDEX ix_emergency_plan_filings_path ON emergency_plan_filings (region_path, status, id);

CREATE TABLE emergency_plan_evaluations (
  id             @ID@,
  plan_id        BIGINT NOT NULL REFERENCES emergency_plans(id),
  evaluated_on   TEXT NOT NULL,
  conclusion     TEXT NOT NULL,                 -- no_revision | revision_required
  cause          TEXT NOT NULL DEFAULT '',
  report_file_id BIGINT NOT NULL REFERENCES files(id),
  note           TEXT NOT NULL DEFAULT '',
  created_by     BIGINT NOT NULL REFERENCES users(id),
  created_at     TEXT NOT NULL
);
CREATE INDEX ix_emergency_plan_evaluations_plan ON emergency_plan_evaluations (plan_id, evaluated_on);

-- Status history, append-only: every change of state and every revision trigger (art. 36) with
-- its cause and where it came from (a drill, a real response, the registry's principal change…).
CREATE TABLE emergency_plan_events (
  id           @ID@,
  plan_id      BIGINT NOT NULL REFERENCES emergency_plans(id),
  from_status  TEXT NOT NULL DEFAULT '',
  to_status    TEXT NOT NULL,
  action       TEXT NOT NULL,
  cause        TEXT NOT NULL DEFAULT '',
  source_kind  TEXT NOT NULL DEFAULT '',
  source_id    BIGINT,
  note         TEXT NOT NULL DEFAULT '',
  by_user_id   BIGINT REFERENCES users(id),
  at           TEXT NOT NULL
);
CREATE INDEX ix_emergency_plan_events_plan ON emergency_plan_events (plan_id, id);

-- Every file a plan's versions, reviews, filings and evaluations refer to: the files area shows
-- it with emergency_plan:read and the plan's jurisdiction.
CREATE TABLE emergency_plan_files (
  plan_id  BIGINT NOT NULL REFERENCES emergency_plans(id),
  file_id  BIGINT NOT NULL REFERENCES files(id),
  PRIMARY KEY (plan_id, file_id)
);
CREATE INDEX ix_emergency_plan_files_file ON emergency_plan_files (file_id);

INSERT INTO role_permissions (role, permission)
  SELECT r.role, r.permission FROM (
    SELECT 'regulator_rw' AS role, 'emergency_plan:read' AS permission
    UNION ALL SELECT 'regulator_rw', 'emergency_plan:filing_review'
    UNION ALL SELECT 'regulator_ro', 'emergency_plan:read'
    UNION ALL SELECT 'ent_principal', 'emergency_plan:read'
    UNION ALL SELECT 'ent_principal', 'emergency_plan:write'
    UNION ALL SELECT 'ent_principal', 'emergency_plan:publish'
    UNION ALL SELECT 'ent_safety_officer', 'emergency_plan:read'
    UNION ALL SELECT 'ent_safety_officer', 'emergency_plan:write'
    UNION ALL SELECT 'ent_storekeeper', 'emergency_plan:read'
    UNION ALL SELECT 'ent_duty_officer', 'emergency_plan:read'
  ) r
  WHERE EXISTS (SELECT 1 FROM role_permissions)
    AND NOT EXISTS (SELECT 1 FROM role_permissions p
                    WHERE p.role = r.role AND p.permission = r.permission);
