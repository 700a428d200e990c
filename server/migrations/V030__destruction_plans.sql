-- Issue 11 §2: destruction of waste, expired and seized civil explosives (条例 art. 43). Before a
-- `destruction` voucher the enterprise registers the goods (登记造册) in a destruction plan
-- (销毁实施方案: reason, method, place, planned date) and reports it to the province-level
-- civil-explosives authority and to the county public-security organ; the voucher that books the
-- destruction executes (closes) the plan and records who supervised it. The plan's state changes
-- are appended to destruction_plan_events (never updated); `status` repeats the latest state for
-- lists.
CREATE TABLE destruction_plans (
  id            @ID@,
  enterprise_id BIGINT NOT NULL REFERENCES enterprises(id),
  region_path   @CTEXT@ NOT NULL,
  number        TEXT NOT NULL,
  reason        TEXT NOT NULL,
  description   TEXT NOT NULL DEFAULT '',
  method        TEXT NOT NULL,
  place         TEXT NOT NULL,
  planned_on    TEXT NOT NULL,
  status        TEXT NOT NULL DEFAULT 'draft',
  created_by    BIGINT NOT NULL REFERENCES users(id),
  created_at    TEXT NOT NULL
);
CREATE INDEX ix_destruction_plans_path ON destruction_plans (region_path, id);
CREATE INDEX ix_destruction_plans_enterprise ON destruction_plans (enterprise_id, id);

CREATE TABLE destruction_plan_items (
  plan_id        BIGINT NOT NULL REFERENCES destruction_plans(id),
  line_no        BIGINT NOT NULL,
  product_id     TEXT NOT NULL,
  quantity_milli BIGINT NOT NULL,
  PRIMARY KEY (plan_id, line_no)
);

CREATE TABLE destruction_plan_codes (
  plan_id    BIGINT NOT NULL REFERENCES destruction_plans(id),
  code       @CTEXT@ NOT NULL,
  product_id TEXT NOT NULL,
  PRIMARY KEY (plan_id, code)
);

-- kind: created | reported_province | reported_police | closed. A report carries its date, the
-- receiving unit and the document number; the closure the voucher, the supervisor (监督人) and
-- the actual date and result.
CREATE TABLE destruction_plan_events (
  id              @ID@,
  plan_id         BIGINT NOT NULL REFERENCES destruction_plans(id),
  kind            TEXT NOT NULL,
  at              TEXT NOT NULL,
  by_user_id      BIGINT NOT NULL REFERENCES users(id),
  reported_on     TEXT NOT NULL DEFAULT '',
  receiving_unit  TEXT NOT NULL DEFAULT '',
  document_number TEXT NOT NULL DEFAULT '',
  voucher_id      BIGINT REFERENCES vouchers(id),
  supervisor_name TEXT NOT NULL DEFAULT '',
  supervisor_unit TEXT NOT NULL DEFAULT '',
  destroyed_on    TEXT NOT NULL DEFAULT '',
  result          TEXT NOT NULL DEFAULT '',
  note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_destruction_plan_events_plan ON destruction_plan_events (plan_id, id);
