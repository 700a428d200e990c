-- Issue 11 §2: the product catalogue (民爆物品品种) is data. The deployment's catalogue (owner
-- NULL, kept by the system administrator) holds the seven products the ledger was built with,
-- under their old codes, so every voucher, balance and stocktake naming them keeps working; an
-- enterprise adds its own products (owner_enterprise_id, with the owner's region path stamped
-- so a regulator's scope is a range in SQL). A product named by a voucher or a balance is never
-- deleted, only deactivated (status 'inactive'); every change is appended to product_changes
-- with the row before and after.
CREATE TABLE products (
  id                   @ID@,
  code                 TEXT NOT NULL UNIQUE,
  name                 TEXT NOT NULL,
  name_en              TEXT NOT NULL DEFAULT '',
  kind                 TEXT NOT NULL,
  brand                TEXT NOT NULL DEFAULT '',
  specification        TEXT NOT NULL DEFAULT '',
  manufacturer         TEXT NOT NULL DEFAULT '',
  unit                 TEXT NOT NULL,
  net_mass_per_unit_g  @REAL@ NOT NULL,
  storage_class        TEXT NOT NULL,
  coded                INTEGER NOT NULL DEFAULT 0,
  ga441_codes          INTEGER NOT NULL DEFAULT 0,
  status               TEXT NOT NULL DEFAULT 'active',
  owner_enterprise_id  BIGINT REFERENCES enterprises(id),
  owner_region_path    @CTEXT@,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
);
CREATE INDEX ix_products_owner ON products (owner_region_path, owner_enterprise_id, id);

CREATE TABLE product_changes (
  id           @ID@,
  product_id   BIGINT NOT NULL,  -- no foreign key: a deleted (never used) product keeps its history
  action       TEXT NOT NULL,
  before_json  TEXT,
  after_json   TEXT NOT NULL,
  changed_by   BIGINT REFERENCES users(id),
  changed_at   TEXT NOT NULL
);
CREATE INDEX ix_product_changes_product ON product_changes (product_id, id);

-- The built-in seven (GB 6722 table 14-7 masses, rules.md §2a), as catalogue_rules
-- DefaultCatalogue had them.
INSERT INTO products (code, name, name_en, kind, unit, net_mass_per_unit_g, storage_class, coded,
                      ga441_codes, created_at, updated_at) VALUES
  ('industrial_explosive', '工业炸药', 'Industrial explosive', 'industrial_explosive', 'kg', 1000, 'explosive', 0, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
  ('electronic_detonator', '数码电子雷管', 'Electronic detonator', 'electronic_detonator', 'piece', 1, 'detonator', 1, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
  ('detonating_cord', '工业导爆索', 'Detonating cord', 'detonating_cord', 'm', 12, 'detonating_cord', 0, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
  ('shock_tube', '塑料导爆管', 'Shock tube', 'shock_tube', 'm', 0, 'shock_tube', 0, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
  ('black_powder', '黑火药', 'Black powder', 'black_powder', 'kg', 1000, 'black_powder', 0, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
  ('ammonium_nitrate', '硝酸铵（原材料）', 'Ammonium nitrate (raw material)', 'ammonium_nitrate', 'kg', 1000, 'ammonium_nitrate', 0, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
  ('semi_finished', '半成品', 'Semi-finished product', 'semi_finished', 'kg', 1000, 'semi_finished', 0, 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
