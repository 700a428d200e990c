-- Issue 11 §2: a magazine's rated capacity (核定库容) is the approved design's (GB 50089). Every
-- change of it is appended here (never updated) with the approving document (批复文号, 批复单位,
-- 批复日期, optionally its scan), the ratings before and after, who changed it and when; the
-- store's supervising regulators are notified and read this history. Stores created before every
-- store needed a rating keep their NULL ratings and are shown as 未核定库容 until they are rated.
CREATE TABLE store_capacity_changes (
  id                      @ID@,
  store_id                BIGINT NOT NULL REFERENCES stores(id),
  old_rated_net_mass_g    BIGINT,
  old_rated_pieces        BIGINT,
  old_product_limits_json TEXT NOT NULL DEFAULT '{}',
  new_rated_net_mass_g    BIGINT,
  new_rated_pieces        BIGINT,
  new_product_limits_json TEXT NOT NULL DEFAULT '{}',
  document_number         TEXT NOT NULL,
  issuer                  TEXT NOT NULL,
  approved_on             TEXT NOT NULL,
  file_id                 BIGINT REFERENCES files(id),
  changed_by              BIGINT NOT NULL REFERENCES users(id),
  changed_at              TEXT NOT NULL
);
CREATE INDEX ix_store_capacity_changes_store ON store_capacity_changes (store_id, id);
