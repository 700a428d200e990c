-- Issue 15 §1: a magazine's rated capacity (核定储量) comes from the approved design, and a change
-- needs the regulator's approval. The enterprise files a request (库房核定储量变更申请) with the
-- proposed limits, the design document and a reason; a regulator over the store's region approves
-- it with the approving document (文号, date, scan) or rejects it with reasons. Until then the
-- store keeps its rated limits; on approval they change and store_capacity_changes gets its row.
-- A request is written once and decided once (status pending → approved | rejected), never
-- deleted. A store created through the API records its first rating with an 'initial' request and
-- shows it as 待核定 until a request of the store is approved. store_id and change_id carry no
-- foreign key: ledger_test drops and re-applies the ledger tables (as licence_magazines).
CREATE TABLE store_capacity_requests (
  id                           @ID@,
  store_id                     BIGINT NOT NULL,  -- stores.id
  enterprise_id                BIGINT NOT NULL REFERENCES enterprises(id),
  region_path                  TEXT NOT NULL,
  kind                         TEXT NOT NULL DEFAULT 'change',  -- change | initial
  status                       TEXT NOT NULL DEFAULT 'pending', -- pending | approved | rejected
  old_rated_net_mass_g         BIGINT,
  old_rated_pieces             BIGINT,
  old_product_limits_json      TEXT NOT NULL DEFAULT '{}',
  new_rated_net_mass_g         BIGINT,
  new_rated_pieces             BIGINT,
  new_product_limits_json      TEXT NOT NULL DEFAULT '{}',
  design_file_id               BIGINT REFERENCES files(id),
  reason                       TEXT NOT NULL,
  requested_by                 BIGINT NOT NULL REFERENCES users(id),
  requested_at                 TEXT NOT NULL,
  decided_by                   BIGINT REFERENCES users(id),
  decided_at                   TEXT,
  decision_agency_id           BIGINT REFERENCES agencies(id),
  document_number              TEXT,
  approved_on                  TEXT,
  approval_file_id             BIGINT REFERENCES files(id),
  rejection_reason             TEXT,
  change_id                    BIGINT  -- store_capacity_changes.id of an approval
);
CREATE INDEX ix_store_capacity_requests_store ON store_capacity_requests (store_id, id);
CREATE INDEX ix_store_capacity_requests_path ON store_capacity_requests (status, region_path);
