-- Civil-explosives stores ledger (issue 4): stores, posted vouchers (append-only, hash-chained
-- per enterprise), where every detonator code is now and every move it ever made, and the stock
-- balances the posting service keeps equal to the sum of the vouchers.

CREATE TABLE stores (
  id                  @ID@,
  enterprise_id       BIGINT NOT NULL REFERENCES enterprises(id),
  region_path         @CTEXT@ NOT NULL,
  name                TEXT NOT NULL,
  kind                TEXT NOT NULL,
  rated_net_mass_g    BIGINT,
  rated_pieces        BIGINT,
  product_limits_json TEXT NOT NULL DEFAULT '{}',
  holds_non_normal    INTEGER NOT NULL DEFAULT 0,
  status              TEXT NOT NULL DEFAULT 'active',
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  UNIQUE (enterprise_id, name)
);
CREATE INDEX ix_stores_path ON stores(region_path, id);

-- Append-only: a posted voucher is never updated or deleted; reversals reference the original.
CREATE TABLE vouchers (
  id                    @ID@,
  enterprise_id         BIGINT NOT NULL REFERENCES enterprises(id),
  region_path           @CTEXT@ NOT NULL,
  store_id              BIGINT NOT NULL REFERENCES stores(id),
  target_store_id       BIGINT REFERENCES stores(id),
  direction             TEXT NOT NULL,
  reason                TEXT NOT NULL,
  is_reversal           INTEGER NOT NULL DEFAULT 0,
  number                TEXT NOT NULL,
  reverses_voucher_id   BIGINT UNIQUE REFERENCES vouchers(id),
  storekeeper_user_id   BIGINT NOT NULL REFERENCES users(id),
  second_person_user_id BIGINT NOT NULL REFERENCES users(id),
  posted_at             TEXT NOT NULL,
  canonical_text        TEXT NOT NULL,
  prev_hash             TEXT NOT NULL,
  hash                  TEXT NOT NULL
);
CREATE INDEX ix_vouchers_enterprise ON vouchers(enterprise_id, id);
CREATE INDEX ix_vouchers_path ON vouchers(region_path, id);
CREATE INDEX ix_vouchers_store ON vouchers(store_id, id);
CREATE INDEX ix_vouchers_target ON vouchers(target_store_id, id);

CREATE TABLE voucher_lines (
  voucher_id     BIGINT NOT NULL REFERENCES vouchers(id),
  line_no        INTEGER NOT NULL,
  product_id     TEXT NOT NULL,
  quantity_milli BIGINT NOT NULL,
  condition      TEXT NOT NULL,
  batch          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (voucher_id, line_no)
);

-- Where each detonator code is in stock now; a code that left every store has no row. The
-- primary key is the backstop against two vouchers booking the same code at once.
-- The two per-code tables carry no foreign keys: a store's or voucher's existence is checked once
-- per voucher by the posting service (the store locked, the voucher inserted in the same
-- transaction), not once per code (on PostgreSQL a per-row trigger, 4x the cost of the insert);
-- `anjian ledger verify` checks that every code row names an existing store and voucher.
-- WITHOUT ROWID on SQLite: the rows live in the primary key's b-tree, one tree less per code.
CREATE TABLE detonator_codes (
  code          @CTEXT@ PRIMARY KEY,
  store_id      BIGINT NOT NULL,
  enterprise_id BIGINT NOT NULL,
  product_id    TEXT NOT NULL
)@WITHOUT_ROWID@;
CREATE INDEX ix_detonator_codes_store ON detonator_codes(store_id, code);

-- Every move of every code (trace), append-only. from/to NULL = outside the ledger.
CREATE TABLE code_movements (
  code          @CTEXT@ NOT NULL,
  voucher_id    BIGINT NOT NULL,
  line_no       INTEGER NOT NULL,
  from_store_id BIGINT,
  to_store_id   BIGINT,
  at            TEXT NOT NULL,
  PRIMARY KEY (voucher_id, code)
)@WITHOUT_ROWID@;
CREATE INDEX ix_code_movements_code ON code_movements(code, voucher_id);

CREATE TABLE stock_balances (
  store_id       BIGINT NOT NULL REFERENCES stores(id),
  product_id     TEXT NOT NULL,
  quantity_milli BIGINT NOT NULL,
  PRIMARY KEY (store_id, product_id)
);

-- Head of each enterprise's voucher hash chain; locked while a voucher is posted.
CREATE TABLE ledger_heads (
  enterprise_id   BIGINT PRIMARY KEY REFERENCES enterprises(id),
  last_voucher_id BIGINT NOT NULL,
  last_hash       TEXT NOT NULL
);

-- Existing databases get the new permissions; a fresh database is filled by start-up
-- (which only fills an empty role_permissions table, hence the EXISTS guard).
INSERT INTO role_permissions (role, permission)
  SELECT r.role, r.permission FROM (
    SELECT 'regulator_rw' AS role, 'ledger:read' AS permission
    UNION ALL SELECT 'regulator_ro', 'ledger:read'
    UNION ALL SELECT 'ent_principal', 'ledger:read'
    UNION ALL SELECT 'ent_principal', 'ledger:write'
    UNION ALL SELECT 'ent_principal', 'ledger:manage'
    UNION ALL SELECT 'ent_safety_officer', 'ledger:read'
    UNION ALL SELECT 'ent_safety_officer', 'ledger:write'
    UNION ALL SELECT 'ent_safety_officer', 'ledger:manage'
    UNION ALL SELECT 'ent_storekeeper', 'ledger:read'
    UNION ALL SELECT 'ent_storekeeper', 'ledger:write'
    UNION ALL SELECT 'ent_duty_officer', 'ledger:read'
  ) r
  WHERE EXISTS (SELECT 1 FROM role_permissions)
    AND NOT EXISTS (SELECT 1 FROM role_permissions p
                    WHERE p.role = r.role AND p.permission = r.permission);
