-- Issue 15 §2: people's training and qualifications (人员资格). One row per person in a post of an
-- enterprise (principal 主要负责人, safety managers 安全管理人员, special-operation workers, storekeepers,
-- guards, escorts, drivers, blasting staff) or, for enforcement staff, of an agency (seed 003 §7); linked
-- to an account where they have one. Certificates, examinations (234号 item 3: principal and safety
-- managers examined within 6 months of appointment) and training records are appended, never deleted
-- (a certificate is revoked, a person leaves the post). exam_due_on is fixed when the appointment is
-- recorded (the business setting `people_qualifications` and the working-day calendar of that day).
CREATE TABLE safety_departments (
  enterprise_id     BIGINT NOT NULL PRIMARY KEY REFERENCES enterprises(id),
  name              TEXT NOT NULL,
  established_on    TEXT NOT NULL,
  document_no       TEXT NOT NULL DEFAULT '',
  updated_by        BIGINT NOT NULL REFERENCES users(id),
  updated_at        TEXT NOT NULL
);

CREATE TABLE qualified_people (
  id                @ID@,
  enterprise_id     BIGINT REFERENCES enterprises(id),
  agency_id         BIGINT REFERENCES agencies(id),
  region_path       @CTEXT@ NOT NULL,
  name              TEXT NOT NULL,
  role              TEXT NOT NULL,
  post              TEXT NOT NULL DEFAULT '',
  is_manager        INTEGER NOT NULL DEFAULT 0,
  full_time         INTEGER NOT NULL DEFAULT 0,
  user_id           BIGINT REFERENCES users(id),
  phone             TEXT NOT NULL DEFAULT '',
  appointed_on      TEXT NOT NULL,
  exam_due_on       TEXT,
  left_on           TEXT,
  version           BIGINT NOT NULL DEFAULT 1,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE INDEX ix_qualified_people_enterprise ON qualified_people (enterprise_id, role, id);
CREATE INDEX ix_qualified_people_path ON qualified_people (region_path, id);
CREATE INDEX ix_qualified_people_user ON qualified_people (user_id);
CREATE INDEX ix_qualified_people_agency ON qualified_people (agency_id, id);
CREATE INDEX ix_qualified_people_exam_due ON qualified_people (exam_due_on);

CREATE TABLE person_certificates (
  id                @ID@,
  person_id         BIGINT NOT NULL REFERENCES qualified_people(id),
  kind              TEXT NOT NULL,
  number            TEXT NOT NULL,
  issuer            TEXT NOT NULL,
  valid_from        TEXT NOT NULL,
  valid_to          TEXT NOT NULL,
  file_id           BIGINT REFERENCES files(id),
  revoked_on        TEXT,
  revoked_reason    TEXT NOT NULL DEFAULT '',
  created_by        BIGINT NOT NULL REFERENCES users(id),
  created_at        TEXT NOT NULL
);
CREATE INDEX ix_person_certificates_person ON person_certificates (person_id, kind, valid_to);
CREATE INDEX ix_person_certificates_expiry ON person_certificates (valid_to, id);

CREATE TABLE person_examinations (
  id                @ID@,
  person_id         BIGINT NOT NULL REFERENCES qualified_people(id),
  appointed_on      TEXT NOT NULL,
  examined_on       TEXT NOT NULL,
  passed            INTEGER NOT NULL,
  authority         TEXT NOT NULL,
  certificate_no    TEXT NOT NULL DEFAULT '',
  note              TEXT NOT NULL DEFAULT '',
  recorded_by       BIGINT NOT NULL REFERENCES users(id),
  recorded_at       TEXT NOT NULL
);
CREATE INDEX ix_person_examinations_person ON person_examinations (person_id, passed, examined_on);

CREATE TABLE training_records (
  id                @ID@,
  person_id         BIGINT NOT NULL REFERENCES qualified_people(id),
  course            TEXT NOT NULL,
  provider          TEXT NOT NULL DEFAULT '',
  trained_on        TEXT NOT NULL,
  class_hours       BIGINT NOT NULL,
  exam_result       TEXT NOT NULL DEFAULT 'none',
  score             BIGINT,
  recorded_by       BIGINT NOT NULL REFERENCES users(id),
  recorded_at       TEXT NOT NULL
);
CREATE INDEX ix_training_records_person ON training_records (person_id, trained_on);

-- One row per certificate and reminder threshold (60/30/7 days): the deadline job sends once.
CREATE TABLE certificate_reminders (
  certificate_id    BIGINT NOT NULL REFERENCES person_certificates(id),
  threshold_days    BIGINT NOT NULL,
  sent_at           TEXT NOT NULL,
  PRIMARY KEY (certificate_id, threshold_days)
);

-- Existing databases get the new permissions; a fresh database is filled by start-up
-- (which only fills an empty role_permissions table, hence the EXISTS guard).
INSERT INTO role_permissions (role, permission)
  SELECT r.role, r.permission FROM (
    SELECT 'regulator_rw' AS role, 'qualification:read' AS permission
    UNION ALL SELECT 'regulator_rw', 'staff_training:manage'
    UNION ALL SELECT 'regulator_ro', 'qualification:read'
    UNION ALL SELECT 'ent_principal', 'qualification:read'
    UNION ALL SELECT 'ent_principal', 'qualification:write'
    UNION ALL SELECT 'ent_safety_officer', 'qualification:read'
    UNION ALL SELECT 'ent_safety_officer', 'qualification:write'
    UNION ALL SELECT 'ent_storekeeper', 'qualification:read'
    UNION ALL SELECT 'ent_duty_officer', 'qualification:read'
  ) r
  WHERE EXISTS (SELECT 1 FROM role_permissions)
    AND NOT EXISTS (SELECT 1 FROM role_permissions p
                    WHERE p.role = r.role AND p.permission = r.permission);
