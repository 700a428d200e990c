-- Issue 14 §1: the China working-day calendar (节假日安排). Statutory holidays (放假, including the
-- weekend days a notice folds into a holiday) and adjusted working days (调休上班, a Saturday or
-- Sunday worked) are data, one row per day; any other Saturday or Sunday is a rest day and any
-- other weekday a working day (calendar/working_day_rules.hpp). Each year names the State
-- Council notice it follows; the system administrator replaces a year's days (PUT
-- /api/v1/calendar), and every replacement is appended to working_calendar_changes with the days
-- before and after (never updated). Seeded for 2024-2026 from the State Council's notices; the
-- notice for 2027 was not available when this was written, so 2027 is left to the administrator
-- (a year without a row counts weekends only and is shown as not yet published).
CREATE TABLE working_calendar_years (
  year            INTEGER PRIMARY KEY,
  source          TEXT NOT NULL,           -- the notice the days follow
  updated_by      BIGINT REFERENCES users(id),
  updated_at      TEXT NOT NULL
);
CREATE TABLE working_calendar_days (
  day             TEXT PRIMARY KEY,        -- YYYY-MM-DD (China calendar)
  year            INTEGER NOT NULL REFERENCES working_calendar_years(year),
  kind            TEXT NOT NULL,           -- holiday | workday
  name            TEXT NOT NULL            -- 春节, 国庆节 ... (a workday: the holiday it makes up for)
);
CREATE INDEX ix_working_calendar_days_year ON working_calendar_days (year, day);
CREATE TABLE working_calendar_changes (
  id              @ID@,
  year            INTEGER NOT NULL,
  before_json     TEXT NOT NULL,           -- {"source":..., "days":[...]} before; {} for a new year
  after_json      TEXT NOT NULL,
  changed_by      BIGINT REFERENCES users(id),
  changed_by_name TEXT NOT NULL DEFAULT '',
  changed_at      TEXT NOT NULL
);
CREATE INDEX ix_working_calendar_changes_year ON working_calendar_changes (year, id);

INSERT INTO working_calendar_years (year, source, updated_by, updated_at) VALUES (2024, '《国务院办公厅关于2024年部分节假日安排的通知》（2023年10月25日）', NULL, '2026-12-06T00:00:00Z');
INSERT INTO working_calendar_days (day, year, kind, name) VALUES
  ('2024-01-01', 2024, 'holiday', '元旦'),
  ('2024-02-04', 2024, 'workday', '春节'),
  ('2024-02-10', 2024, 'holiday', '春节'),
  ('2024-02-11', 2024, 'holiday', '春节'),
  ('2024-02-12', 2024, 'holiday', '春节'),
  ('2024-02-13', 2024, 'holiday', '春节'),
  ('2024-02-14', 2024, 'holiday', '春节'),
  ('2024-02-15', 2024, 'holiday', '春节'),
  ('2024-02-16', 2024, 'holiday', '春节'),
  ('2024-02-17', 2024, 'holiday', '春节'),
  ('2024-02-18', 2024, 'workday', '春节'),
  ('2024-04-04', 2024, 'holiday', '清明节'),
  ('2024-04-05', 2024, 'holiday', '清明节'),
  ('2024-04-06', 2024, 'holiday', '清明节'),
  ('2024-04-07', 2024, 'workday', '清明节'),
  ('2024-04-28', 2024, 'workday', '劳动节'),
  ('2024-05-01', 2024, 'holiday', '劳动节'),
  ('2024-05-02', 2024, 'holiday', '劳动节'),
  ('2024-05-03', 2024, 'holiday', '劳动节'),
  ('2024-05-04', 2024, 'holiday', '劳动节'),
  ('2024-05-05', 2024, 'holiday', '劳动节'),
  ('2024-05-11', 2024, 'workday', '劳动节'),
  ('2024-06-10', 2024, 'holiday', '端午节'),
  ('2024-09-14', 2024, 'workday', '中秋节'),
  ('2024-09-15', 2024, 'holiday', '中秋节'),
  ('2024-09-16', 2024, 'holiday', '中秋节'),
  ('2024-09-17', 2024, 'holiday', '中秋节'),
  ('2024-09-29', 2024, 'workday', '国庆节'),
  ('2024-10-01', 2024, 'holiday', '国庆节'),
  ('2024-10-02', 2024, 'holiday', '国庆节'),
  ('2024-10-03', 2024, 'holiday', '国庆节'),
  ('2024-10-04', 2024, 'holiday', '国庆节'),
  ('2024-10-05', 2024, 'holiday', '国庆节'),
  ('2024-10-06', 2024, 'holiday', '国庆节'),
  ('2024-10-07', 2024, 'holiday', '国庆节'),
  ('2024-10-12', 2024, 'workday', '国庆节');
INSERT INTO working_calendar_years (year, source, updated_by, updated_at) VALUES (2025, '《国务院办公厅关于2025年部分节假日安排的通知》（2024年11月12日）', NULL, '2026-12-06T00:00:00Z');
INSERT INTO working_calendar_days (day, year, kind, name) VALUES
  ('2025-01-01', 2025, 'holiday', '元旦'),
  ('2025-01-26', 2025, 'workday', '春节'),
  ('2025-01-28', 2025, 'holiday', '春节'),
  ('2025-01-29', 2025, 'holiday', '春节'),
  ('2025-01-30', 2025, 'holiday', '春节'),
  ('2025-01-31', 2025, 'holiday', '春节'),
  ('2025-02-01', 2025, 'holiday', '春节'),
  ('2025-02-02', 2025, 'holiday', '春节'),
  ('2025-02-03', 2025, 'holiday', '春节'),
  ('2025-02-04', 2025, 'holiday', '春节'),
  ('2025-02-08', 2025, 'workday', '春节'),
  ('2025-04-04', 2025, 'holiday', '清明节'),
  ('2025-04-05', 2025, 'holiday', '清明节'),
  ('2025-04-06', 2025, 'holiday', '清明节'),
  ('2025-04-27', 2025, 'workday', '劳动节'),
  ('2025-05-01', 2025, 'holiday', '劳动节'),
  ('2025-05-02', 2025, 'holiday', '劳动节'),
  ('2025-05-03', 2025, 'holiday', '劳动节'),
  ('2025-05-04', 2025, 'holiday', '劳动节'),
  ('2025-05-05', 2025, 'holiday', '劳动节'),
  ('2025-05-31', 2025, 'holiday', '端午节'),
  ('2025-06-01', 2025, 'holiday', '端午节'),
  ('2025-06-02', 2025, 'holiday', '端午节'),
  ('2025-09-28', 2025, 'workday', '国庆节、中秋节'),
  ('2025-10-01', 2025, 'holiday', '国庆节、中秋节'),
  ('2025-10-02', 2025, 'holiday', '国庆节、中秋节'),
  ('2025-10-03', 2025, 'holiday', '国庆节、中秋节'),
  ('2025-10-04', 2025, 'holiday', '国庆节、中秋节'),
  ('2025-10-05', 2025, 'holiday', '国庆节、中秋节'),
  ('2025-10-06', 2025, 'holiday', '国庆节、中秋节'),
  ('2025-10-07', 2025, 'holiday', '国庆节、中秋节'),
  ('2025-10-08', 2025, 'holiday', '国庆节、中秋节'),
  ('2025-10-11', 2025, 'workday', '国庆节、中秋节');
INSERT INTO working_calendar_years (year, source, updated_by, updated_at) VALUES (2026, '《国务院办公厅关于2026年部分节假日安排的通知》（2025年11月4日）', NULL, '2026-12-06T00:00:00Z');
INSERT INTO working_calendar_days (day, year, kind, name) VALUES
  ('2026-01-01', 2026, 'holiday', '元旦'),
  ('2026-01-02', 2026, 'holiday', '元旦'),
  ('2026-01-03', 2026, 'holiday', '元旦'),
  ('2026-01-04', 2026, 'workday', '元旦'),
  ('2026-02-14', 2026, 'workday', '春节'),
  ('2026-02-15', 2026, 'holiday', '春节'),
  ('2026-02-16', 2026, 'holiday', '春节'),
  ('2026-02-17', 2026, 'holiday', '春节'),
  ('2026-02-18', 2026, 'holiday', '春节'),
  ('2026-02-19', 2026, 'holiday', '春节'),
  ('2026-02-20', 2026, 'holiday', '春节'),
  ('2026-02-21', 2026, 'holiday', '春节'),
  ('2026-02-22', 2026, 'holiday', '春节'),
  ('2026-02-23', 2026, 'holiday', '春节'),
  ('2026-02-28', 2026, 'workday', '春节'),
  ('2026-04-04', 2026, 'holiday', '清明节'),
  ('2026-04-05', 2026, 'holiday', '清明节'),
  ('2026-04-06', 2026, 'holiday', '清明节'),
  ('2026-05-01', 2026, 'holiday', '劳动节'),
  ('2026-05-02', 2026, 'holiday', '劳动节'),
  ('2026-05-03', 2026, 'holiday', '劳动节'),
  ('2026-05-04', 2026, 'holiday', '劳动节'),
  ('2026-05-05', 2026, 'holiday', '劳动节'),
  ('2026-05-09', 2026, 'workday', '劳动节'),
  ('2026-06-19', 2026, 'holiday', '端午节'),
  ('2026-06-20', 2026, 'holiday', '端午节'),
  ('2026-06-21', 2026, 'holiday', '端午节'),
  ('2026-09-20', 2026, 'workday', '国庆节'),
  ('2026-09-25', 2026, 'holiday', '中秋节'),
  ('2026-09-26', 2026, 'holiday', '中秋节'),
  ('2026-09-27', 2026, 'holiday', '中秋节'),
  ('2026-10-01', 2026, 'holiday', '国庆节'),
  ('2026-10-02', 2026, 'holiday', '国庆节'),
  ('2026-10-03', 2026, 'holiday', '国庆节'),
  ('2026-10-04', 2026, 'holiday', '国庆节'),
  ('2026-10-05', 2026, 'holiday', '国庆节'),
  ('2026-10-06', 2026, 'holiday', '国庆节'),
  ('2026-10-07', 2026, 'holiday', '国庆节'),
  ('2026-10-10', 2026, 'workday', '国庆节');
