-- Daily close (日清, issue 4): a store's daily summary confirmed and signed. Append-only: a
-- correction is a new row pointing at the one it supersedes, so who signed which figures when
-- is never lost. close_date is the China Standard Time day; figures_json is the summary as
-- signed (voucher count and per-product opening/in/out/closing), figures_hash its SHA-256.
CREATE TABLE store_daily_closes (
  id                 @ID@,
  store_id           BIGINT NOT NULL REFERENCES stores(id),
  close_date         @CTEXT@ NOT NULL,
  voucher_count      BIGINT NOT NULL,
  figures_json       TEXT NOT NULL,
  figures_hash       TEXT NOT NULL,
  signed_by_user_id  BIGINT NOT NULL REFERENCES users(id),
  signed_at          TEXT NOT NULL,
  note               TEXT NOT NULL DEFAULT '',
  supersedes_id      BIGINT REFERENCES store_daily_closes(id)
);
CREATE INDEX ix_store_daily_closes_store_date ON store_daily_closes(store_id, close_date);

-- The buyer's filing (购买备案, Art.24): a purchase of civil explosives is filed with the county
-- public security within 3 days. Append-only; the latest counts.
CREATE TABLE purchase_filings (
  id          @ID@,
  voucher_id  BIGINT NOT NULL REFERENCES vouchers(id),
  filed_at    TEXT NOT NULL,
  reference   TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  by_user_id  BIGINT NOT NULL REFERENCES users(id),
  recorded_at TEXT NOT NULL
);
CREATE INDEX ix_purchase_filings_voucher ON purchase_filings(voucher_id, id);
