-- Issue 14 §1: the daily zero report (零报告). A regulator declares a period (holidays, 两会, a
-- warning) over its jurisdiction or a sub-region, optionally over some industries, with a daily
-- deadline (China time). Each enterprise in scope reports once a day "nothing abnormal" or an
-- event: zero_report_days holds the day's state (one row per enterprise and day: what it says
-- now, when it first reported, minutes late), zero_reports every version appended (a correction
-- is a new version; the first is never overwritten). The reminder
-- job writes one row per enterprise and day before it notifies (so nothing is sent twice), and
-- one row per period, day and superior agency when the overdue list reaches the next level.
-- A declaration notifies every account of thousands of enterprises: their users are found by
-- enterprise (without this index each lookup read the whole users table).
CREATE INDEX ix_users_enterprise ON users (enterprise_id, status);

CREATE TABLE zero_report_periods (
  id              @ID@,
  agency_id       BIGINT NOT NULL REFERENCES agencies(id),
  region_path     @CTEXT@ NOT NULL,
  region_code     TEXT NOT NULL,
  title           TEXT NOT NULL,
  reason          TEXT NOT NULL,
  first_date      TEXT NOT NULL,
  last_date       TEXT NOT NULL,
  deadline_time   TEXT NOT NULL,
  remind_minutes  BIGINT NOT NULL,
  industries      TEXT NOT NULL DEFAULT '',
  note            TEXT NOT NULL DEFAULT '',
  declared_by     BIGINT NOT NULL REFERENCES users(id),
  declared_at     TEXT NOT NULL
);
CREATE INDEX ix_zero_report_periods_path ON zero_report_periods (region_path, last_date);
CREATE INDEX ix_zero_report_periods_days ON zero_report_periods (last_date, first_date);

CREATE TABLE zero_reports (
  id              @ID@,
  period_id       BIGINT NOT NULL REFERENCES zero_report_periods(id),
  enterprise_id   BIGINT NOT NULL REFERENCES enterprises(id),
  region_path     @CTEXT@ NOT NULL,
  report_date     TEXT NOT NULL,
  version         BIGINT NOT NULL,
  kind            TEXT NOT NULL,
  content         TEXT NOT NULL DEFAULT '',
  accident_id     BIGINT,  -- accidents.id (the event reported as an accident; no foreign key like accidents.loss_incident_id)
  late_minutes    BIGINT NOT NULL DEFAULT 0,
  reported_by     BIGINT NOT NULL REFERENCES users(id),
  channel         TEXT NOT NULL DEFAULT 'online',  -- online (the enterprise) | phone (recorded by the regulator)
  reported_at     TEXT NOT NULL,
  UNIQUE (period_id, report_date, enterprise_id, version)
);
CREATE INDEX ix_zero_reports_enterprise ON zero_reports (enterprise_id, report_date);

CREATE TABLE zero_report_days (
  period_id      BIGINT NOT NULL REFERENCES zero_report_periods(id),
  report_date    TEXT NOT NULL,
  enterprise_id  BIGINT NOT NULL REFERENCES enterprises(id),
  kind           TEXT NOT NULL,
  content        TEXT NOT NULL DEFAULT '',
  accident_id    BIGINT,
  late_minutes   BIGINT NOT NULL DEFAULT 0,
  first_at       TEXT NOT NULL,
  version        BIGINT NOT NULL,
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (period_id, report_date, enterprise_id)
);

CREATE TABLE zero_report_reminders (
  period_id      BIGINT NOT NULL REFERENCES zero_report_periods(id),
  report_date    TEXT NOT NULL,
  enterprise_id  BIGINT NOT NULL REFERENCES enterprises(id),
  sent_at        TEXT NOT NULL,
  PRIMARY KEY (period_id, report_date, enterprise_id)
);

CREATE TABLE zero_report_escalations (
  period_id      BIGINT NOT NULL REFERENCES zero_report_periods(id),
  report_date    TEXT NOT NULL,
  agency_id      BIGINT NOT NULL REFERENCES agencies(id),
  missing        BIGINT NOT NULL,
  sent_at        TEXT NOT NULL,
  PRIMARY KEY (period_id, report_date, agency_id)
);
