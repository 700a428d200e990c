-- Issue 14 §3: emergency drills (应急演练). One row per drill with the facts recorded (what was
-- drilled, type, scenario, date, place, participants, evaluation) and its results report
-- (演练总结) submitted to and acknowledged by the regulator; the plans drilled (copies of the
-- plan's kind and title at the time; emergency_plans is V041), photos (files), the problems found —
-- each turned at most once into a hidden danger or a plan revision trigger — and every step
-- appended to drill_events (history never lost). Compliance is computed, not stored.
CREATE TABLE drills (
  id                   @ID@,
  enterprise_id        BIGINT NOT NULL REFERENCES enterprises(id),
  region_path          @CTEXT@ NOT NULL,
  number               TEXT NOT NULL,
  drill_type           TEXT NOT NULL,
  scenario             TEXT NOT NULL,
  drilled_on           TEXT NOT NULL,
  place                TEXT NOT NULL DEFAULT '',
  participant_count    BIGINT NOT NULL DEFAULT 0,
  participant_names    TEXT NOT NULL DEFAULT '',
  evaluation           TEXT NOT NULL DEFAULT '',
  effective            INTEGER NOT NULL DEFAULT 1,
  report_status        TEXT NOT NULL DEFAULT 'none',
  report_summary       TEXT NOT NULL DEFAULT '',
  report_submitted_at  TEXT,
  report_submitted_by  BIGINT REFERENCES users(id),
  report_ack_at        TEXT,
  report_ack_by        BIGINT REFERENCES users(id),
  report_ack_agency_id BIGINT REFERENCES agencies(id),
  report_ack_note      TEXT NOT NULL DEFAULT '',
  created_by           BIGINT NOT NULL REFERENCES users(id),
  created_at           TEXT NOT NULL
);
CREATE INDEX ix_drills_path ON drills (region_path, drilled_on);
CREATE INDEX ix_drills_enterprise ON drills (enterprise_id, drilled_on);

CREATE TABLE drill_plans (
  drill_id    BIGINT NOT NULL REFERENCES drills(id),
  plan_id     BIGINT NOT NULL,  -- emergency_plans.id (V041)
  plan_kind   TEXT NOT NULL,
  plan_title  TEXT NOT NULL,
  PRIMARY KEY (drill_id, plan_id)
);
CREATE INDEX ix_drill_plans_plan ON drill_plans (plan_id);

CREATE TABLE drill_photos (
  drill_id  BIGINT NOT NULL REFERENCES drills(id),
  file_id   BIGINT NOT NULL REFERENCES files(id),
  PRIMARY KEY (drill_id, file_id)
);
CREATE INDEX ix_drill_photos_file ON drill_photos (file_id);

CREATE TABLE drill_problems (
  id                @ID@,
  drill_id          BIGINT NOT NULL REFERENCES drills(id),
  position          BIGINT NOT NULL,
  description       TEXT NOT NULL,
  action            TEXT NOT NULL DEFAULT '',  -- '' | hidden_danger | revision
  hidden_danger_id  BIGINT REFERENCES hidden_dangers(id),
  plan_id           BIGINT,  -- the plan set to "revision required"
  acted_by          BIGINT REFERENCES users(id),
  acted_at          TEXT
);
CREATE UNIQUE INDEX ux_drill_problems_position ON drill_problems (drill_id, position);

CREATE TABLE drill_events (
  id          @ID@,
  drill_id    BIGINT NOT NULL REFERENCES drills(id),
  kind        TEXT NOT NULL,  -- recorded | report_submitted | report_acknowledged | problem_hidden_danger | problem_revision
  note        TEXT NOT NULL DEFAULT '',
  by_user_id  BIGINT NOT NULL REFERENCES users(id),
  at          TEXT NOT NULL
);
CREATE INDEX ix_drill_events_drill ON drill_events (drill_id, id);
