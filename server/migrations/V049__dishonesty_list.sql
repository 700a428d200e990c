-- Issue 15 §4: the dishonesty list (安全生产严重失信主体名单, 应急管理部令第11号).
-- One row per case, from the candidate (detected from the data or entered by the regulator with
-- evidence) through the prior notice (告知) and the party's defence to the written decision (列入决定)
-- and its publication; the term (3 years, a business setting) ends on listed_until, or earlier on
-- removed_on when a credit repair (信用修复) is approved — a repair revoked for false evidence clears
-- removed_on again, so the entry is back with its original end date. "Listed on day D" is
--   listed_from <= D AND listed_until >= D AND (removed_on IS NULL OR removed_on > D)
-- (dishonesty_list_repository: ListedOn / ListedAmong / ListedSql). Every step is appended to
-- dishonesty_entry_events; nothing is deleted.
CREATE TABLE dishonesty_entries (
  id                 @ID@,
  enterprise_id      BIGINT NOT NULL REFERENCES enterprises(id),
  region_path        @CTEXT@ NOT NULL,          -- the enterprise's, for scoping in SQL
  criterion          TEXT NOT NULL,             -- major_accident | repeated_larger_accidents | ... (dishonesty_criteria_rules)
  source_kind        TEXT NOT NULL DEFAULT '',  -- accident | accident_finding | licence | manual
  source_ids         TEXT NOT NULL DEFAULT '',  -- the linked records' ids, comma-separated
  detection_key      TEXT,                      -- one candidate per detected fact (NULL when entered)
  facts              TEXT NOT NULL DEFAULT '',  -- what was found, in words
  principal_name     TEXT NOT NULL DEFAULT '',  -- the main head listed with the unit (art. 6)
  state              TEXT NOT NULL,             -- candidate | noticed | listed | expired | removed | dismissed
  agency_id          BIGINT REFERENCES agencies(id),  -- the deciding agency (谁处罚、谁决定)
  notice_number      TEXT NOT NULL DEFAULT '',
  noticed_on         TEXT,                      -- the prior notice's date
  defence_due_on     TEXT,                      -- last day to state a defence (working days)
  defence_text       TEXT NOT NULL DEFAULT '',
  defence_at         TEXT,
  decision_number    TEXT NOT NULL DEFAULT '',
  decision_reasons   TEXT NOT NULL DEFAULT '',
  decided_on         TEXT,
  listed_from        TEXT,                      -- first day listed (the day after the decision)
  listed_until       TEXT,                      -- last day of the term (original end, never moved)
  removed_on         TEXT,                      -- first day no longer listed after an approved repair
  published_at       TEXT,
  created_by         BIGINT REFERENCES users(id),  -- NULL: detected by the job
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  version            BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX ux_dishonesty_entries_detection ON dishonesty_entries (detection_key);
CREATE INDEX ix_dishonesty_entries_enterprise ON dishonesty_entries (enterprise_id, listed_from);
CREATE INDEX ix_dishonesty_entries_path ON dishonesty_entries (region_path, id);
CREATE INDEX ix_dishonesty_entries_state ON dishonesty_entries (state, listed_until);

CREATE TABLE dishonesty_entry_events (
  id                 @ID@,
  entry_id           BIGINT NOT NULL REFERENCES dishonesty_entries(id),
  kind               TEXT NOT NULL,             -- detected | entered | noticed | defence | decided | published | expired | dismissed | repair_applied | repair_approved | repair_refused | repair_revoked
  note               TEXT NOT NULL DEFAULT '',
  data_json          TEXT NOT NULL DEFAULT '{}',
  by_user_id         BIGINT REFERENCES users(id),  -- NULL: the job
  at                 TEXT NOT NULL
);
CREATE INDEX ix_dishonesty_entry_events ON dishonesty_entry_events (entry_id, id);

-- Credit repair (信用修复): applied for by the enterprise after the minimum time listed, decided by
-- the listing agency; an approval found false is revoked (state revoked, the entry back).
CREATE TABLE dishonesty_repairs (
  id                 @ID@,
  entry_id           BIGINT NOT NULL REFERENCES dishonesty_entries(id),
  state              TEXT NOT NULL,             -- pending | approved | refused | revoked
  reason             TEXT NOT NULL,
  applied_by         BIGINT NOT NULL REFERENCES users(id),
  applied_at         TEXT NOT NULL,
  decided_by         BIGINT REFERENCES users(id),
  decided_at         TEXT,
  decision_note      TEXT NOT NULL DEFAULT '',
  revoked_by         BIGINT REFERENCES users(id),
  revoked_at         TEXT,
  revoke_note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_dishonesty_repairs_entry ON dishonesty_repairs (entry_id, id);

-- Evidence files (entry or repair), an owner link of the files area, visible with credit:read in scope.
CREATE TABLE dishonesty_files (
  id                 @ID@,
  entry_id           BIGINT NOT NULL REFERENCES dishonesty_entries(id),
  repair_id          BIGINT REFERENCES dishonesty_repairs(id),
  file_id            BIGINT NOT NULL REFERENCES files(id),
  at                 TEXT NOT NULL
);
CREATE INDEX ix_dishonesty_files_file ON dishonesty_files (file_id);
CREATE INDEX ix_dishonesty_files_entry ON dishonesty_files (entry_id, id);

-- The regulator's finding that an accident was concealed (瞒报) or falsely reported (谎报): the
-- accident tables stay as they are; a finding is its own record and a candidate of criterion
-- concealed_accident.
CREATE TABLE accident_reporting_findings (
  id                 @ID@,
  accident_id        BIGINT NOT NULL REFERENCES accidents(id),
  enterprise_id      BIGINT NOT NULL REFERENCES enterprises(id),
  region_path        @CTEXT@ NOT NULL,
  kind               TEXT NOT NULL,             -- concealed | false_report
  finding            TEXT NOT NULL,
  found_on           TEXT NOT NULL,
  agency_id          BIGINT REFERENCES agencies(id),
  recorded_by        BIGINT NOT NULL REFERENCES users(id),
  at                 TEXT NOT NULL
);
CREATE INDEX ix_accident_reporting_findings ON accident_reporting_findings (accident_id, id);

-- Existing databases get the new permissions; a fresh database is filled by start-up.
INSERT INTO role_permissions (role, permission)
  SELECT r.role, r.permission FROM (
    SELECT 'regulator_rw' AS role, 'credit:read' AS permission
    UNION ALL SELECT 'regulator_rw', 'credit:decide'
    UNION ALL SELECT 'regulator_ro', 'credit:read'
    UNION ALL SELECT 'ent_principal', 'credit:read'
    UNION ALL SELECT 'ent_principal', 'credit:repair'
    UNION ALL SELECT 'ent_safety_officer', 'credit:read'
    UNION ALL SELECT 'ent_safety_officer', 'credit:repair'
  ) r
  WHERE EXISTS (SELECT 1 FROM role_permissions)
    AND NOT EXISTS (SELECT 1 FROM role_permissions p
                    WHERE p.role = r.role AND p.permission = r.permission);
