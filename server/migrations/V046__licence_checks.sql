-- Issue 15 §1 "licences drive the rest": the nightly conditions-lapsed sweep's warnings
-- (许可条件预警). One row per licence and failed condition (alert_key, unique), so the enterprise and
-- the issuing regulator are told once; an expired or missing required licence also names the major
-- hidden danger the sweep opened (234号 item 1). resolved_on is set by the first sweep that finds
-- the condition holding again. The ledger gate and the industry structure own no table: they read
-- the licences (V045) and the vouchers.
CREATE TABLE licence_condition_alerts (
  id                @ID@,
  alert_key         TEXT NOT NULL UNIQUE,  -- cond:<licence>:<condition> | expired:<licence>:<valid_until> | missing:<enterprise>:<kind>
  licence_id        BIGINT,                -- licences.id (V045); NULL for a missing licence
  enterprise_id     BIGINT NOT NULL REFERENCES enterprises(id),
  region_path       @CTEXT@ NOT NULL,
  licence_kind      TEXT NOT NULL,
  licence_number    TEXT NOT NULL DEFAULT '',
  valid_until       TEXT NOT NULL DEFAULT '',
  issuer            TEXT NOT NULL DEFAULT '',
  condition_id      TEXT NOT NULL,         -- the licence conditions' id, or licence_expired | licence_missing
  label_zh          TEXT NOT NULL,
  label_en          TEXT NOT NULL,
  source            TEXT NOT NULL DEFAULT '',
  detected_on       TEXT NOT NULL,         -- China date of the sweep that found it
  detected_at       TEXT NOT NULL,
  hidden_danger_id  BIGINT,                -- hidden_dangers.id opened for it (expired / missing)
  resolved_on       TEXT
);
CREATE INDEX ix_licence_alerts_path ON licence_condition_alerts(region_path, id);
CREATE INDEX ix_licence_alerts_enterprise ON licence_condition_alerts(enterprise_id, id);
