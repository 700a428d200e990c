-- Issue 11 §2 item 3 (civil-explosives ledger). The counterparty of a voucher (条例 art. 24
-- filings name 品种、数量、购买单位): a sale records its buyer (name, USCC, its purchase licence
-- 购买许可证), a purchase its seller (name, USCC, its sales licence 销售许可证), a transfer to or
-- from outside the ledger its transport licence (运输许可证). One row per voucher, written in the
-- posting's transaction; never changed.
-- Vouchers posted before this migration have none (the filing view says so).
CREATE TABLE IF NOT EXISTS voucher_counterparties (
  voucher_id           BIGINT PRIMARY KEY REFERENCES vouchers(id),
  role                 TEXT NOT NULL,           -- buyer | seller | transport
  name                 TEXT NOT NULL DEFAULT '',
  uscc                 TEXT NOT NULL DEFAULT '',
  licence_no           TEXT NOT NULL DEFAULT '',
  transport_licence_no TEXT NOT NULL DEFAULT ''
);
