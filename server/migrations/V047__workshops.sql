-- Issue 15 §3: hazardous workshops (危险工房定员定量) and 四超 (234号 item 4).
-- A workshop of a civil-explosives producer carries its design limits (GB 28263-2024 附录 C/D:
-- 操作定员, 最大允许定员, 危险品定量), each version with the design document it was entered from
-- (workshop_versions, appended, never updated: the history). A line's intermediate stores (中转库)
-- are ledger stores linked to the workshop (workshop_stores), so the workshop's stock is the
-- ledger's stock of those stores, never a second stock book.
CREATE TABLE workshops (
  id                    @ID@,
  enterprise_id         BIGINT NOT NULL REFERENCES enterprises(id),
  region_path           @CTEXT@ NOT NULL,
  name                  TEXT NOT NULL,
  building_number       TEXT NOT NULL,
  hazard_class          TEXT NOT NULL,
  production_line       TEXT NOT NULL DEFAULT '',
  operating_staff       BIGINT NOT NULL,
  max_allowed_people    BIGINT NOT NULL,
  quantity_limit        BIGINT NOT NULL,  -- grams of net explosive mass, or pieces
  quantity_unit         TEXT NOT NULL,    -- kg | pieces
  standard_annex        TEXT NOT NULL,    -- C | D (GB 28263-2024)
  design_document       TEXT NOT NULL,
  design_file_id        BIGINT REFERENCES files(id),
  status                TEXT NOT NULL DEFAULT 'active',
  version               BIGINT NOT NULL DEFAULT 1,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  UNIQUE (enterprise_id, building_number)
);
CREATE INDEX ix_workshops_path ON workshops (region_path, id);

CREATE TABLE workshop_versions (
  id            @ID@,
  workshop_id   BIGINT NOT NULL REFERENCES workshops(id),
  version       BIGINT NOT NULL,
  facts_json    TEXT NOT NULL,
  file_id       BIGINT REFERENCES files(id),
  by_user_id    BIGINT NOT NULL REFERENCES users(id),
  at            TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_workshop_versions ON workshop_versions (workshop_id, version);

-- A workshop's intermediate stores: ledger stores (store_id = stores.id; no foreign key:
-- ledger_test drops and re-applies the ledger tables). A store serves one workshop at most.
CREATE TABLE workshop_stores (
  store_id      BIGINT PRIMARY KEY,
  workshop_id   BIGINT NOT NULL REFERENCES workshops(id),
  linked_at     TEXT NOT NULL,
  by_user_id    BIGINT NOT NULL REFERENCES users(id)
);
CREATE INDEX ix_workshop_stores_workshop ON workshop_stores (workshop_id, store_id);

-- Check-in counts (people in the workshop now), entered on a phone or, later, sent by a sensor
-- through the same API; appended.
CREATE TABLE workshop_headcounts (
  id            @ID@,
  workshop_id   BIGINT NOT NULL REFERENCES workshops(id),
  people        BIGINT NOT NULL,
  source        TEXT NOT NULL,  -- manual | sensor
  counted_at    TEXT NOT NULL,
  by_user_id    BIGINT NOT NULL REFERENCES users(id)
);
CREATE INDEX ix_workshop_headcounts ON workshop_headcounts (workshop_id, id);

-- 四超 cases found from the data: one open case per criterion and subject; a case clears when
-- the figures no longer exceed the limit (the hidden danger it opened goes on through its own
-- handling). derived_key is the key of the major hidden danger opened for it (once per case).
CREATE TABLE four_over_cases (
  id                @ID@,
  enterprise_id     BIGINT NOT NULL REFERENCES enterprises(id),
  region_path       @CTEXT@ NOT NULL,
  criterion         TEXT NOT NULL,
  subject           TEXT NOT NULL,
  subject_name      TEXT NOT NULL,
  measured          TEXT NOT NULL,
  limit_text        TEXT NOT NULL,
  detail_zh         TEXT NOT NULL,
  detail_en         TEXT NOT NULL,
  is_open           INTEGER NOT NULL DEFAULT 1,
  detected_at       TEXT NOT NULL,
  cleared_at        TEXT,
  hidden_danger_id  BIGINT
);
CREATE INDEX ix_four_over_path ON four_over_cases (region_path, id);
CREATE INDEX ix_four_over_open ON four_over_cases (enterprise_id, criterion, subject, is_open);
