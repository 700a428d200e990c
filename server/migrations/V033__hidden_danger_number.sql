-- Issue 12: a hidden danger (and, below, an enforcement inspection) carries a business number (隐患编号) that people read, search and
-- quote instead of the internal id: "YH", the found date as YYYYMMDD, "-", the id in at least
-- six digits (YH20261206-000042; hidden_danger_number_rules.hpp). New rows get it when they are
-- reported; existing rows get the same number here, in id order (stable: derived from the row's
-- own found date and id). The index is partial so a row between its insert and its number (one
-- transaction) never collides.
ALTER TABLE hidden_dangers ADD COLUMN number TEXT NOT NULL DEFAULT '';
UPDATE hidden_dangers SET number = 'YH' || replace(found_on, '-', '') || '-' ||
  CASE WHEN id < 10 THEN '00000' WHEN id < 100 THEN '0000' WHEN id < 1000 THEN '000'
       WHEN id < 10000 THEN '00' WHEN id < 100000 THEN '0' ELSE '' END || id
  WHERE number = '';
CREATE UNIQUE INDEX ux_hd_number ON hidden_dangers(number) WHERE number <> '';

-- Enforcement inspections likewise (执法检查编号): "ZF", the inspection date, "-", the id
-- (ZF20261206-000007; enforcement_rules.hpp EnforcementInspectionNumber), instead of being
-- referred to by their date.
ALTER TABLE enforcement_inspections ADD COLUMN number TEXT NOT NULL DEFAULT '';
UPDATE enforcement_inspections SET number = 'ZF' || replace(inspected_on, '-', '') || '-' ||
  CASE WHEN id < 10 THEN '00000' WHEN id < 100 THEN '0000' WHEN id < 1000 THEN '000'
       WHEN id < 10000 THEN '00' WHEN id < 100000 THEN '0' ELSE '' END || id
  WHERE number = '';
CREATE UNIQUE INDEX ux_enforcement_number ON enforcement_inspections(number) WHERE number <> '';

-- Issue 12: the signers of a store's daily close (日清) are reminded once of each overdue
-- unsigned day (notification daily_close_overdue); a row here says the reminder was sent.
CREATE TABLE daily_close_reminders (
  store_id   BIGINT NOT NULL REFERENCES stores(id),
  close_date TEXT NOT NULL,
  sent_at    TEXT NOT NULL,
  PRIMARY KEY (store_id, close_date)
);
