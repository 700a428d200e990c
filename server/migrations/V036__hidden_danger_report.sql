-- Issue 11 §3: the quarterly and annual hidden-danger report (隐患排查治理情况统计分析报告, 16号令)
-- an enterprise generates from its own hidden dangers, its principal signs and it submits to the
-- regulator in direct charge. `figures` is the JSON the server computed (never typed in), frozen
-- at generation; `content_hash` is the SHA-256 of the report's canonical text (period, figures,
-- analysis, next measures), and a signature records the hash it signed. States move draft →
-- signed → submitted and every step is appended to hidden_danger_report_events; a correction is
-- a new version of the same period (the earlier versions stay as they were).
CREATE TABLE hidden_danger_reports (
  id                 @ID@,
  enterprise_id      BIGINT NOT NULL REFERENCES enterprises(id),
  region_path        @CTEXT@ NOT NULL,
  period_key         TEXT NOT NULL,            -- 2026-Q3 | 2026
  period_kind        TEXT NOT NULL,            -- quarter | year
  period_from        TEXT NOT NULL,
  period_to          TEXT NOT NULL,
  version            INTEGER NOT NULL,
  state              TEXT NOT NULL,            -- draft | signed | submitted
  figures            TEXT NOT NULL,
  figures_at         TEXT NOT NULL,
  analysis           TEXT NOT NULL DEFAULT '',
  next_measures      TEXT NOT NULL DEFAULT '',
  content_hash       TEXT NOT NULL,
  created_by         BIGINT NOT NULL REFERENCES users(id),
  created_by_name    TEXT NOT NULL DEFAULT '',
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  signed_by          BIGINT REFERENCES users(id),
  signed_by_name     TEXT NOT NULL DEFAULT '',
  signed_at          TEXT,
  signed_hash        TEXT NOT NULL DEFAULT '',
  submitted_by_name  TEXT NOT NULL DEFAULT '',
  submitted_at       TEXT,
  UNIQUE (enterprise_id, period_key, version)
);
CREATE INDEX ix_hd_reports_path ON hidden_danger_reports (region_path, period_key, id);
CREATE INDEX ix_hd_reports_period ON hidden_danger_reports (period_key, enterprise_id, submitted_at);

CREATE TABLE hidden_danger_report_events (
  id              @ID@,
  report_id       BIGINT NOT NULL REFERENCES hidden_danger_reports(id),
  action          TEXT NOT NULL,               -- generate | update | sign | submit
  actor_user_id   BIGINT REFERENCES users(id),
  actor_name      TEXT NOT NULL DEFAULT '',
  at              TEXT NOT NULL,
  content_hash    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_hd_report_events ON hidden_danger_report_events (report_id, id);
