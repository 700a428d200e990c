-- Storekeepers assigned to a store (issue 4: "each store has its rated limits and its
-- storekeepers"). An assignment is never deleted: unassigning stamps unassigned_at/by, so the
-- table itself keeps who kept which store when; at most one open assignment per user and store.
CREATE TABLE store_storekeepers (
  id                     @ID@,
  store_id               BIGINT NOT NULL REFERENCES stores(id),
  user_id                BIGINT NOT NULL REFERENCES users(id),
  assigned_at            TEXT NOT NULL,
  assigned_by_user_id    BIGINT REFERENCES users(id),
  unassigned_at          TEXT,
  unassigned_by_user_id  BIGINT REFERENCES users(id)
);
CREATE UNIQUE INDEX ux_store_storekeepers_open ON store_storekeepers(store_id, user_id)
  WHERE unassigned_at IS NULL;
CREATE INDEX ix_store_storekeepers_user ON store_storekeepers(user_id);
