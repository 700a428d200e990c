-- Password history (等保 2.0: a new password may not repeat a recent one). Every password a
-- user sets by changing it is appended here as its argon2id hash; the change refuses a new
-- password that matches the current one or any of the last `password_history` entries of the
-- security policy. Only hashes are kept, and only the most recent 24 per user (the policy's
-- upper bound).
CREATE TABLE password_history (
  id            @ID@,
  user_id       BIGINT NOT NULL REFERENCES users(id),
  password_hash TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX ix_password_history_user ON password_history (user_id, id);
