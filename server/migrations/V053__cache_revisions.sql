-- Issue 16: cluster-wide cache invalidation. One row per cache family (identity, enterprises,
-- settings, catalogue, regions, ...); every writer of cached data bumps its family's revision
-- inside the writing transaction (platform/storage/cluster.hpp BumpRevision), and every node drops
-- the caches of a family whose revision moved (NOTIFY anjian_cache, and a re-read every 250 ms).
CREATE TABLE cache_revisions (
  family TEXT PRIMARY KEY,
  revision BIGINT NOT NULL DEFAULT 0
);
INSERT INTO cache_revisions (family, revision) VALUES
  ('identity', 0), ('enterprises', 0), ('settings', 0), ('catalogue', 0), ('regions', 0);
