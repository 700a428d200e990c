-- The revision of the hidden-danger data: incremented in the transaction of every write to
-- hidden_dangers (with its transition), read before the cached statistics and list totals are
-- reused (hazard/read_cache.hpp), so a write by any process invalidates them.
CREATE TABLE hidden_danger_revision (
  id       INTEGER PRIMARY KEY,
  revision BIGINT NOT NULL
);
INSERT INTO hidden_danger_revision (id, revision) VALUES (1, 0);
