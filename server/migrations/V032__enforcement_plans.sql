-- Issue 11 §3: the annual enforcement inspection plan (年度监督检查计划) of a regulator agency and
-- its random draws (双随机一公开). A draw records its seed and both pools (the candidate
-- enterprises and inspectors, comma-separated ids) so anyone re-runs it and gets the same result;
-- a re-draw is a new row (never an update). Each drawn enterprise becomes a planned inspection
-- assigned to two drawn inspectors; it is done when an enforcement inspection is recorded for it.
--
-- The same migration dates the assessment cut-off of reported hidden dangers: the business
-- setting hidden_danger_escalation.assessment_applies_from defaults to the China date of this
-- migration's applied_at (hidden_danger::LoadEscalationConfig), so the deadline job's first run
-- does not escalate every report older than the rule.
CREATE TABLE enforcement_plans (
  id          @ID@,
  agency_id   BIGINT NOT NULL REFERENCES agencies(id),
  region_path @CTEXT@ NOT NULL,
  year        BIGINT NOT NULL,
  title       TEXT NOT NULL,
  created_by  BIGINT NOT NULL REFERENCES users(id),
  created_at  TEXT NOT NULL,
  UNIQUE (agency_id, year)
);
CREATE INDEX ix_enforcement_plans_path ON enforcement_plans(region_path, id);

-- Planned inspections by kind and quarter (the plan's targets).
CREATE TABLE enforcement_plan_targets (
  plan_id      BIGINT NOT NULL REFERENCES enforcement_plans(id),
  kind         TEXT NOT NULL,
  quarter      BIGINT NOT NULL,
  target_count BIGINT NOT NULL,
  PRIMARY KEY (plan_id, kind, quarter)
);

CREATE TABLE enforcement_draws (
  id               @ID@,
  plan_id          BIGINT NOT NULL REFERENCES enforcement_plans(id),
  seed             TEXT NOT NULL,
  kind             TEXT NOT NULL,
  due_on           TEXT NOT NULL,
  enterprise_count BIGINT NOT NULL,
  inspector_count  BIGINT NOT NULL,
  industry         TEXT NOT NULL DEFAULT '',
  region_code      TEXT NOT NULL DEFAULT '',
  risk_level       TEXT NOT NULL DEFAULT '',
  enterprise_pool  TEXT NOT NULL,
  key_pool         TEXT NOT NULL,
  inspector_pool   TEXT NOT NULL,
  drawn_by         BIGINT NOT NULL REFERENCES users(id),
  drawn_at         TEXT NOT NULL
);
CREATE INDEX ix_enforcement_draws_plan ON enforcement_draws(plan_id, id);

CREATE TABLE enforcement_planned_inspections (
  id                        @ID@,
  plan_id                   BIGINT NOT NULL REFERENCES enforcement_plans(id),
  draw_id                   BIGINT NOT NULL REFERENCES enforcement_draws(id),
  position                  BIGINT NOT NULL,
  enterprise_id             BIGINT NOT NULL REFERENCES enterprises(id),
  region_path               @CTEXT@ NOT NULL,
  kind                      TEXT NOT NULL,
  due_on                    TEXT NOT NULL,
  is_key                    INTEGER NOT NULL DEFAULT 0,
  enforcement_inspection_id BIGINT REFERENCES enforcement_inspections(id),
  done_on                   TEXT,
  created_at                TEXT NOT NULL
);
CREATE INDEX ix_planned_inspections_plan ON enforcement_planned_inspections(plan_id, due_on);
CREATE INDEX ix_planned_inspections_ent ON enforcement_planned_inspections(enterprise_id);

CREATE TABLE enforcement_planned_inspectors (
  planned_inspection_id BIGINT NOT NULL REFERENCES enforcement_planned_inspections(id),
  user_id               BIGINT NOT NULL REFERENCES users(id),
  PRIMARY KEY (planned_inspection_id, user_id)
);
CREATE INDEX ix_planned_inspectors_user ON enforcement_planned_inspectors(user_id);
