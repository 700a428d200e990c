-- Look-back queries of the stores ledger (issue 4) read vouchers by posted_at, which no index
-- held: each overview walked every voucher of the scope, and each store's daily summary, daily
-- close and month of days every voucher of the store. Vouchers are few beside their codes (one
-- row per up to 1,000 codes), so these entries cost posting next to nothing.
--
-- The missing-daily-close alert (ledger/daily_close.cpp OverdueDailyClosesByStore) reads the
-- scope's vouchers of the last `daily_close_lookback_days` days, posted_at in [since, tomorrow):
-- an enterprise seeks (enterprise_id, posted_at); a regulator's subtree is a region_path range,
-- so its index leads with the time window (weeks out of years) and checks region_path inside the
-- index. Both carry the columns the query reads, so the table is not visited (SQLite, which plans
-- without statistics, also prefers a covering index over the region_path range of ix_vouchers_path).
CREATE INDEX ix_vouchers_enterprise_posted ON vouchers(enterprise_id, posted_at, store_id,
  target_store_id);
CREATE INDEX ix_vouchers_posted_path ON vouchers(posted_at, region_path, store_id, target_store_id);
-- One store's day or month (StoreMovementDays, the summary's voucher count: store_id = ? OR
-- target_store_id = ?, posted_at in [from, to)): one seek per side of the OR.
CREATE INDEX ix_vouchers_store_posted ON vouchers(store_id, posted_at);
CREATE INDEX ix_vouchers_target_posted ON vouchers(target_store_id, posted_at);
-- Late sale and purchase filings (overview_routes.cpp, purchase_filing_routes.cpp): sales or
-- purchases posted more than 3 days ago, for a subtree or for one enterprise; only the vouchers
-- of that reason are read instead of every voucher of the scope.
CREATE INDEX ix_vouchers_reason_posted ON vouchers(reason, direction, posted_at);
CREATE INDEX ix_vouchers_enterprise_reason ON vouchers(enterprise_id, reason, direction, posted_at);

-- The printed daily summary names the capacity in which its signer signed (a store's assigned
-- storekeeper, or the enterprise's safety officer: ledger/daily_close.cpp
-- RequireDailyCloseSigner); recorded at signing, since assignments and roles change later.
-- Earlier signatures: the safety officer was accepted first, so a signer holding that role
-- signed as such.
ALTER TABLE store_daily_closes ADD COLUMN signed_as TEXT NOT NULL DEFAULT 'storekeeper';
UPDATE store_daily_closes SET signed_as = 'safety_officer'
 WHERE EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = store_daily_closes.signed_by_user_id
               AND r.role = 'ent_safety_officer');
