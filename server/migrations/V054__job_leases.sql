-- Issue 16: periodic jobs run on exactly one node. The node holding the PostgreSQL advisory lock
-- of the jobs increments `epoch` (the fencing token) when it takes the lock; every job
-- transaction checks the epoch is still its own. `pid` is the holder's backend (a standby ends it
-- when the lease has not been renewed for 30 s); `renewed_at` is the database's unix second.
CREATE TABLE job_leases (
  job TEXT PRIMARY KEY,
  holder TEXT NOT NULL DEFAULT '',
  epoch BIGINT NOT NULL DEFAULT 0,
  pid BIGINT NOT NULL DEFAULT 0,
  renewed_at BIGINT NOT NULL DEFAULT 0
);
INSERT INTO job_leases (job, holder, epoch, pid, renewed_at) VALUES ('jobs', '', 0, 0, 0);
