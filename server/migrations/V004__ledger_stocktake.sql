-- Stocktakes (盘点) and loss incidents (丢失被盗) of the civil-explosives stores ledger (issue 4).
-- A stocktake keeps its variance, not the counted codes: it was computed against the store's
-- books as of `book_voucher_id` (the store's last voucher then), so the counted set is exactly
-- those books minus the missing codes plus the extra ones, and a 1,000,000-code count writes
-- only its differences. State changes are appended to the event tables, never overwritten.

CREATE TABLE stocktakes (
  id                 @ID@,
  enterprise_id      BIGINT NOT NULL REFERENCES enterprises(id),
  region_path        @CTEXT@ NOT NULL,
  store_id           BIGINT NOT NULL REFERENCES stores(id),
  number             TEXT NOT NULL,
  method             TEXT NOT NULL,
  counted_by_user_id BIGINT NOT NULL REFERENCES users(id),
  counted_at         TEXT NOT NULL,
  book_voucher_id    BIGINT NOT NULL,
  book_code_count    BIGINT NOT NULL,
  counted_code_count BIGINT NOT NULL,
  duplicate_scans    BIGINT NOT NULL,
  missing_count      BIGINT NOT NULL,
  extra_count        BIGINT NOT NULL,
  source_filename    TEXT NOT NULL DEFAULT '',
  source_blake2b      TEXT NOT NULL DEFAULT '',
  note               TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_stocktakes_path ON stocktakes(region_path, id);
CREATE INDEX ix_stocktakes_enterprise ON stocktakes(enterprise_id, id);
CREATE INDEX ix_stocktakes_store ON stocktakes(store_id, id);

-- Missing (on the books, not counted) and extra (counted, not on the books) codes.
CREATE TABLE stocktake_codes (
  stocktake_id BIGINT NOT NULL REFERENCES stocktakes(id),
  code         @CTEXT@ NOT NULL,
  kind         TEXT NOT NULL,
  product_id   TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (stocktake_id, code)
);

-- Book and counted quantities of the uncoded products (thousandths of the unit).
CREATE TABLE stocktake_quantities (
  stocktake_id  BIGINT NOT NULL REFERENCES stocktakes(id),
  product_id    TEXT NOT NULL,
  book_milli    BIGINT NOT NULL,
  counted_milli BIGINT NOT NULL,
  PRIMARY KEY (stocktake_id, product_id)
);

-- counted → approved (with the adjustment vouchers) | rejected. The last event is the status.
CREATE TABLE stocktake_events (
  id           @ID@,
  stocktake_id BIGINT NOT NULL REFERENCES stocktakes(id),
  kind         TEXT NOT NULL,
  by_user_id   BIGINT NOT NULL REFERENCES users(id),
  at           TEXT NOT NULL,
  voucher_ids  TEXT NOT NULL DEFAULT '[]',
  note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_stocktake_events ON stocktake_events(stocktake_id, id);

-- Loss or theft of civil explosives (Art.41(四)): opened by an approved stocktake's missing codes
-- or reported by hand; must be reported to public security and the regulator at once.
CREATE TABLE loss_incidents (
  id               @ID@,
  enterprise_id    BIGINT NOT NULL REFERENCES enterprises(id),
  region_path      @CTEXT@ NOT NULL,
  store_id         BIGINT NOT NULL REFERENCES stores(id),
  stocktake_id     BIGINT REFERENCES stocktakes(id),
  number           TEXT NOT NULL,
  source           TEXT NOT NULL,
  discovered_at    TEXT NOT NULL,
  opened_by_user_id BIGINT NOT NULL REFERENCES users(id),
  description      TEXT NOT NULL DEFAULT '',
  code_count       BIGINT NOT NULL DEFAULT 0,
  quantities_json  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX ix_loss_incidents_path ON loss_incidents(region_path, id);
CREATE INDEX ix_loss_incidents_enterprise ON loss_incidents(enterprise_id, id);

CREATE TABLE loss_incident_codes (
  incident_id BIGINT NOT NULL REFERENCES loss_incidents(id),
  code        @CTEXT@ NOT NULL,
  product_id  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (incident_id, code)
);

-- opened | reported_police | reported_regulator | closed, each with who and when; reports carry
-- the time of the report and the reference number the receiving office gave.
CREATE TABLE loss_incident_events (
  id          @ID@,
  incident_id BIGINT NOT NULL REFERENCES loss_incidents(id),
  kind        TEXT NOT NULL,
  by_user_id  BIGINT NOT NULL REFERENCES users(id),
  at          TEXT NOT NULL,
  reported_at TEXT NOT NULL DEFAULT '',
  reference   TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_loss_incident_events ON loss_incident_events(incident_id, id);

-- Packaging: a case holds boxes, a box holds detonator codes. Registered once (on inbound, from
-- the producer's packing); scanning a case or box code then stands for every code inside it.
-- Package codes are never valid GA 441 detonator codes, so a scan is unambiguous.
CREATE TABLE packages (
  code                  @CTEXT@ PRIMARY KEY,
  kind                  TEXT NOT NULL,
  case_code             @CTEXT@,
  enterprise_id         BIGINT NOT NULL REFERENCES enterprises(id),
  region_path           @CTEXT@ NOT NULL,
  product_id            TEXT NOT NULL,
  code_count            BIGINT NOT NULL,
  registered_by_user_id BIGINT NOT NULL REFERENCES users(id),
  registered_at         TEXT NOT NULL
);
CREATE INDEX ix_packages_case ON packages(case_code);
CREATE INDEX ix_packages_path ON packages(region_path, code);

-- Each detonator code sits in one box for ever.
CREATE TABLE package_codes (
  code     @CTEXT@ PRIMARY KEY,
  box_code @CTEXT@ NOT NULL REFERENCES packages(code)
);
CREATE INDEX ix_package_codes_box ON package_codes(box_code, code);

-- Sales filings (销售备案, Art.24): each outbound sale is filed with the provincial authority and
-- the county public security within 3 days. Append-only; the latest per office counts.
CREATE TABLE sale_filings (
  id          @ID@,
  voucher_id  BIGINT NOT NULL REFERENCES vouchers(id),
  office      TEXT NOT NULL,
  filed_at    TEXT NOT NULL,
  reference   TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  by_user_id  BIGINT NOT NULL REFERENCES users(id),
  recorded_at TEXT NOT NULL
);
CREATE INDEX ix_sale_filings_voucher ON sale_filings(voucher_id, id);
