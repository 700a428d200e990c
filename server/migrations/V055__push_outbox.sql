-- Issue 16: WebSocket pushes fan out to every node through NOTIFY anjian_push. A push whose text
-- would not fit a notification (7,900 bytes) is stored here and travels as its id; each node reads
-- it and delivers it to its own clients. Rows are dropped after an hour.
CREATE TABLE push_outbox (
  id @ID@,
  user_id BIGINT NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
