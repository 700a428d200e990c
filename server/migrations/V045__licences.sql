-- Issue 15 §1: licences (许可证). One row per licence an enterprise holds: kind (安全生产许可证,
-- 民用爆炸物品生产/销售许可证 or a kind the business setting `licences` adds), number, issuer,
-- validity and its stored status (valid | suspended | revoked; "expired" is derived from valid_to
-- and the day asked about, never stored). A renewal extends the same row, so a licence keeps its
-- id; every state change and every extension is appended to licence_events (history never lost).
-- The scope is three child tables: licensed product types with their annual quantity (thousandths
-- of the catalogue product's unit, like the ledger), approved magazine design capacities and the
-- permitted working hours (on the licence row: ISO weekdays and a daily window).
CREATE TABLE licences (
  id                      @ID@,
  enterprise_id           BIGINT NOT NULL REFERENCES enterprises(id),
  region_path             @CTEXT@ NOT NULL,
  kind                    TEXT NOT NULL,
  number                  TEXT NOT NULL,
  issuer_agency_id        BIGINT REFERENCES agencies(id),
  issuer_name             TEXT NOT NULL,
  issued_on               TEXT NOT NULL,
  valid_from              TEXT NOT NULL,
  valid_to                TEXT NOT NULL,
  status                  TEXT NOT NULL,            -- valid | suspended | revoked
  status_reason           TEXT NOT NULL DEFAULT '',
  status_document_file_id BIGINT REFERENCES files(id),
  status_since            TEXT NOT NULL,
  work_days               TEXT NOT NULL DEFAULT '', -- ISO weekdays permitted, e.g. "12345"; '' = not limited
  work_from               TEXT NOT NULL DEFAULT '', -- "HH:MM" China time; '' = not limited
  work_to                 TEXT NOT NULL DEFAULT '', -- "HH:MM"; earlier than work_from = over midnight
  scope_note              TEXT NOT NULL DEFAULT '',
  document_file_id        BIGINT REFERENCES files(id),
  created_by              BIGINT NOT NULL REFERENCES users(id),
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  row_version             BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX ux_licences_number ON licences (kind, number);
CREATE INDEX ix_licences_path ON licences (region_path, id);
CREATE INDEX ix_licences_enterprise ON licences (enterprise_id, kind, valid_to);
CREATE INDEX ix_licences_valid_to ON licences (valid_to, status);

-- 许可品种及年产（销）量: the catalogue's product code (products.code) and the annual quantity.
CREATE TABLE licence_products (
  licence_id             BIGINT NOT NULL REFERENCES licences(id),
  product_code           TEXT NOT NULL,
  annual_quantity_milli  BIGINT NOT NULL,
  unit                   TEXT NOT NULL,
  PRIMARY KEY (licence_id, product_code)
)@WITHOUT_ROWID@;

-- 库房设计储存容量 approved with the licence (store_id → net mass in grams and/or pieces).
CREATE TABLE licence_magazines (
  licence_id        BIGINT NOT NULL REFERENCES licences(id),
  store_id          BIGINT NOT NULL,  -- stores.id (no foreign key: ledger_test drops and re-applies the ledger tables)
  net_mass_g        BIGINT,
  pieces            BIGINT,
  PRIMARY KEY (licence_id, store_id)
)@WITHOUT_ROWID@;

-- Applications (申请): new, renewal (延期) or change (变更). The art. 6 checklist is computed from
-- the data at submission and again at the decision (conditions_json, decision_conditions_json);
-- requested_scope_json carries the scope a new licence or a change asks for.
CREATE TABLE licence_applications (
  id                        @ID@,
  enterprise_id             BIGINT NOT NULL REFERENCES enterprises(id),
  region_path               @CTEXT@ NOT NULL,
  kind                      TEXT NOT NULL,
  application_type          TEXT NOT NULL,          -- new | renewal | change
  licence_id                BIGINT REFERENCES licences(id),
  status                    TEXT NOT NULL,          -- submitted | approved | refused | withdrawn
  requested_scope_json      TEXT NOT NULL DEFAULT '{}',
  note                      TEXT NOT NULL DEFAULT '',
  without_review            INTEGER NOT NULL DEFAULT 0, -- art. 9: renewal of a licence with no fatal accident in its validity
  conditions_json           TEXT NOT NULL DEFAULT '[]',
  submitted_by              BIGINT NOT NULL REFERENCES users(id),
  submitted_at              TEXT NOT NULL,
  submitted_on              TEXT NOT NULL,          -- China date: the decision period counts from it
  decided_by                BIGINT REFERENCES users(id),
  decided_at                TEXT,
  decided_on                TEXT,
  decision_note             TEXT NOT NULL DEFAULT '',
  decision_document_file_id BIGINT REFERENCES files(id),
  decision_conditions_json  TEXT NOT NULL DEFAULT '[]',
  row_version               BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX ix_licence_applications_path ON licence_applications (region_path, id);
CREATE INDEX ix_licence_applications_enterprise ON licence_applications (enterprise_id, status, id);

-- Append-only history of licences and applications: registered, renewed, changed, suspended,
-- reinstated, revoked (licence) and submitted, approved, refused, withdrawn (application).
CREATE TABLE licence_events (
  id                @ID@,
  licence_id        BIGINT REFERENCES licences(id),
  application_id    BIGINT REFERENCES licence_applications(id),
  kind              TEXT NOT NULL,
  from_status       TEXT NOT NULL DEFAULT '',
  to_status         TEXT NOT NULL DEFAULT '',
  valid_from        TEXT NOT NULL DEFAULT '',
  valid_to          TEXT NOT NULL DEFAULT '',
  reason            TEXT NOT NULL DEFAULT '',
  document_file_id  BIGINT REFERENCES files(id),
  snapshot_json     TEXT NOT NULL DEFAULT '{}',
  by_user_id        BIGINT NOT NULL REFERENCES users(id),
  at                TEXT NOT NULL
);
CREATE INDEX ix_licence_events_licence ON licence_events (licence_id, id);
CREATE INDEX ix_licence_events_application ON licence_events (application_id, id);

-- Safety evaluations (安全评价, 条例 art. 6(十)): agency, date, conclusion, report file, valid until.
CREATE TABLE safety_evaluations (
  id              @ID@,
  enterprise_id   BIGINT NOT NULL REFERENCES enterprises(id),
  region_path     @CTEXT@ NOT NULL,
  agency_name     TEXT NOT NULL,
  evaluated_on    TEXT NOT NULL,
  conclusion      TEXT NOT NULL,                  -- pass | fail (合格 | 不合格)
  valid_until     TEXT NOT NULL,
  report_file_id  BIGINT NOT NULL REFERENCES files(id),
  note            TEXT NOT NULL DEFAULT '',
  recorded_by     BIGINT NOT NULL REFERENCES users(id),
  recorded_at     TEXT NOT NULL
);
CREATE INDEX ix_safety_evaluations_enterprise ON safety_evaluations (enterprise_id, evaluated_on);
CREATE INDEX ix_safety_evaluations_path ON safety_evaluations (region_path, id);

-- Expiry reminders: one row per licence, validity end and threshold (90/30/7 days, setting), so a
-- reminder is sent once and a renewed licence is reminded again for its new end.
CREATE TABLE licence_reminders (
  licence_id      BIGINT NOT NULL REFERENCES licences(id),
  valid_to        TEXT NOT NULL,
  threshold_days  BIGINT NOT NULL,
  sent_at         TEXT NOT NULL,
  PRIMARY KEY (licence_id, valid_to, threshold_days)
)@WITHOUT_ROWID@;

INSERT INTO role_permissions (role, permission)
  SELECT r.role, r.permission FROM (
    SELECT 'regulator_rw' AS role, 'licence:read' AS permission
    UNION ALL SELECT 'regulator_rw', 'licence:manage'
    UNION ALL SELECT 'regulator_rw', 'licence:decide'
    UNION ALL SELECT 'regulator_ro', 'licence:read'
    UNION ALL SELECT 'ent_principal', 'licence:read'
    UNION ALL SELECT 'ent_principal', 'licence:apply'
    UNION ALL SELECT 'ent_safety_officer', 'licence:read'
    UNION ALL SELECT 'ent_safety_officer', 'licence:apply'
  ) r
  WHERE EXISTS (SELECT 1 FROM role_permissions)
    AND NOT EXISTS (SELECT 1 FROM role_permissions p
                    WHERE p.role = r.role AND p.permission = r.permission);
