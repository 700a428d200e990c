-- The canonical text of a voucher (every line and every code, ~14 kB for 1,000 codes) was
-- written beside its hash but never read: `anjian ledger verify` rebuilds the text from the
-- voucher, its lines and its code movements and compares the hash, which is what proves the
-- books unchanged. Storing it doubled the bytes each voucher wrote. Nothing is lost: the text
-- is a function of rows that stay.
ALTER TABLE vouchers DROP COLUMN canonical_text;
