-- A code movement's stores and time are its voucher's: an inbound voucher brings the code into
-- its store, an outbound one takes it out of that store, a transfer moves it to the target
-- store, all at the voucher's posted_at (ledger/movement_sql.hpp derives them in queries).
-- Stored per code they were half of each movement row, written a thousand times per voucher.
-- Nothing is lost: vouchers are append-only and keep store, target, direction and time.
ALTER TABLE code_movements DROP COLUMN from_store_id;
ALTER TABLE code_movements DROP COLUMN to_store_id;
ALTER TABLE code_movements DROP COLUMN at;
