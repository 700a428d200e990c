-- anjian schema v1: regions, agencies, enterprises, accounts, sessions, audit log,
-- responsibility matrix, files, notices, notifications.
-- Tokens replaced per dialect: @ID@ (auto id primary key), @CTEXT@ (byte-ordered text, so
-- region-path range scans use the index on both databases), @BLOB@, @REAL@.

CREATE TABLE regions (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  name_en     TEXT NOT NULL DEFAULT '',
  kind        TEXT NOT NULL,
  parent_code TEXT REFERENCES regions(code),
  path        @CTEXT@ NOT NULL,
  level       INTEGER NOT NULL
);

CREATE TABLE agencies (
  id          @ID@,
  region_code TEXT NOT NULL REFERENCES regions(code),
  region_path @CTEXT@ NOT NULL,
  name        TEXT NOT NULL,
  phone       TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL DEFAULT 'active',
  created_at  TEXT NOT NULL
);
CREATE INDEX ix_agencies_path ON agencies(region_path);

CREATE TABLE enterprises (
  id                   @ID@,
  name                 TEXT NOT NULL,
  name_lower           TEXT NOT NULL,
  uscc                 TEXT NOT NULL UNIQUE,
  region_code          TEXT NOT NULL REFERENCES regions(code),
  region_path          @CTEXT@ NOT NULL,
  industry             TEXT NOT NULL,
  industry_code        TEXT NOT NULL DEFAULT '',
  supervision          TEXT NOT NULL,
  scale                TEXT NOT NULL DEFAULT '',
  address              TEXT NOT NULL DEFAULT '',
  legal_representative TEXT NOT NULL DEFAULT '',
  contact_phone        TEXT NOT NULL DEFAULT '',
  employees            BIGINT,
  park_name            TEXT NOT NULL DEFAULT '',
  latitude             @REAL@,
  longitude            @REAL@,
  status               TEXT NOT NULL DEFAULT 'active',
  uscc_warning         TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
);
CREATE INDEX ix_enterprises_path ON enterprises(region_path, id);
CREATE INDEX ix_enterprises_industry ON enterprises(industry, region_path);

CREATE TABLE users (
  id                   @ID@,
  username             TEXT NOT NULL UNIQUE,
  display_name         TEXT NOT NULL,
  phone                TEXT NOT NULL DEFAULT '',
  password_hash        TEXT NOT NULL,
  agency_id            BIGINT REFERENCES agencies(id),
  enterprise_id        BIGINT REFERENCES enterprises(id),
  status               TEXT NOT NULL DEFAULT 'active',
  must_change_password INTEGER NOT NULL DEFAULT 0,
  password_changed_at  TEXT NOT NULL,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
);

CREATE TABLE user_roles (
  user_id BIGINT NOT NULL REFERENCES users(id),
  role    TEXT NOT NULL,
  PRIMARY KEY (user_id, role)
);

CREATE TABLE role_permissions (
  role       TEXT NOT NULL,
  permission TEXT NOT NULL,
  PRIMARY KEY (role, permission)
);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE sessions (
  id           @ID@,
  token_hash   TEXT NOT NULL UNIQUE,
  csrf_token   TEXT NOT NULL,
  user_id      BIGINT NOT NULL REFERENCES users(id),
  ip           TEXT NOT NULL DEFAULT '',
  user_agent   TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  revoked_at   TEXT
);

CREATE TABLE login_failures (
  id       @ID@,
  username TEXT NOT NULL,
  at_unix  BIGINT NOT NULL,
  ip       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_login_failures ON login_failures(username, at_unix);

-- Append-only, hash-chained. audit_head serialises appends so the chain never forks.
CREATE TABLE audit_log (
  id          BIGINT PRIMARY KEY,
  at          TEXT NOT NULL,
  actor_id    BIGINT,
  actor_name  TEXT NOT NULL,
  ip          TEXT NOT NULL DEFAULT '',
  action      TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   TEXT NOT NULL DEFAULT '',
  before_json TEXT,
  after_json  TEXT,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
);
CREATE INDEX ix_audit_entity ON audit_log(entity, entity_id);
CREATE INDEX ix_audit_at ON audit_log(at);

CREATE TABLE audit_head (
  id        INTEGER PRIMARY KEY,
  last_id   BIGINT NOT NULL,
  last_hash TEXT NOT NULL
);

CREATE TABLE responsibilities (
  id            @ID@,
  owner_kind    TEXT NOT NULL,
  agency_id     BIGINT REFERENCES agencies(id),
  enterprise_id BIGINT REFERENCES enterprises(id),
  region_path   @CTEXT@ NOT NULL,
  person_name   TEXT NOT NULL,
  position      TEXT NOT NULL DEFAULT '',
  unit_name     TEXT NOT NULL DEFAULT '',
  kind          TEXT NOT NULL,
  phone         TEXT NOT NULL DEFAULT '',
  duties        TEXT NOT NULL DEFAULT '',
  status        TEXT NOT NULL DEFAULT 'active',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX ix_resp_path ON responsibilities(region_path);
CREATE INDEX ix_resp_ent ON responsibilities(enterprise_id);
CREATE INDEX ix_resp_agency ON responsibilities(agency_id);

CREATE TABLE files (
  id          @ID@,
  name        TEXT NOT NULL,
  mime        TEXT NOT NULL,
  size        BIGINT NOT NULL,
  sha256      TEXT NOT NULL,
  content     @BLOB@ NOT NULL,
  uploaded_by BIGINT NOT NULL REFERENCES users(id),
  created_at  TEXT NOT NULL
);

CREATE TABLE notices (
  id                  @ID@,
  sender_agency_id    BIGINT NOT NULL REFERENCES agencies(id),
  sender_user_id      BIGINT NOT NULL REFERENCES users(id),
  parent_notice_id    BIGINT REFERENCES notices(id),
  parent_recipient_id BIGINT,
  title               TEXT NOT NULL,
  body                TEXT NOT NULL,
  required_actions    TEXT NOT NULL DEFAULT '',
  feedback_deadline   TEXT,
  recipients_json     TEXT NOT NULL DEFAULT '{}',
  status              TEXT NOT NULL DEFAULT 'draft',
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  sent_at             TEXT
);
CREATE INDEX ix_notices_sender ON notices(sender_agency_id, id);

CREATE TABLE notice_attachments (
  notice_id BIGINT NOT NULL REFERENCES notices(id),
  file_id   BIGINT NOT NULL REFERENCES files(id),
  PRIMARY KEY (notice_id, file_id)
);

CREATE TABLE notice_recipients (
  id               @ID@,
  notice_id        BIGINT NOT NULL REFERENCES notices(id),
  recipient_kind   TEXT NOT NULL,
  agency_id        BIGINT REFERENCES agencies(id),
  enterprise_id    BIGINT REFERENCES enterprises(id),
  region_path      @CTEXT@ NOT NULL,
  read_at          TEXT,
  acknowledged_at  TEXT,
  feedback_at      TEXT,
  feedback_text    TEXT,
  reminded_count   INTEGER NOT NULL DEFAULT 0,
  last_reminded_at TEXT
);
CREATE INDEX ix_recipients_notice ON notice_recipients(notice_id);
CREATE INDEX ix_recipients_agency ON notice_recipients(agency_id);
CREATE INDEX ix_recipients_ent ON notice_recipients(enterprise_id);

CREATE TABLE feedback_attachments (
  recipient_id BIGINT NOT NULL REFERENCES notice_recipients(id),
  file_id      BIGINT NOT NULL REFERENCES files(id),
  PRIMARY KEY (recipient_id, file_id)
);

-- Append-only history of every notice state change (sent, read, acknowledged, ...).
CREATE TABLE notice_events (
  id           @ID@,
  notice_id    BIGINT NOT NULL REFERENCES notices(id),
  recipient_id BIGINT,
  user_id      BIGINT,
  event        TEXT NOT NULL,
  at           TEXT NOT NULL
);
CREATE INDEX ix_notice_events ON notice_events(notice_id);

CREATE TABLE notifications (
  id         @ID@,
  user_id    BIGINT NOT NULL REFERENCES users(id),
  kind       TEXT NOT NULL,
  title      TEXT NOT NULL,
  body       TEXT NOT NULL DEFAULT '',
  link       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  read_at    TEXT
);
CREATE INDEX ix_notifications_user ON notifications(user_id, id);
