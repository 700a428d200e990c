-- Issue 15: major hidden dangers the system determines from the data (系统判定, source derived):
-- an expired or missing licence (工信部安全〔2024〕234号 item 1), a principal or safety manager
-- not examined within 6 months of appointment (item 3), 四超 (item 4) … Each is opened once per
-- cause episode: `derived_key` (e.g. "licence:12:expired:2026-11-30") is unique, so a job that
-- runs twice, on two nodes or after a crash opens nothing twice. The row also keeps the basis
-- (the 234号 item) and the record the determination rests on (origin_kind + origin_id), which the
-- hidden danger's detail names and links.
CREATE TABLE hidden_danger_derivations (
  derived_key       @CTEXT@ PRIMARY KEY,
  hidden_danger_id  BIGINT NOT NULL REFERENCES hidden_dangers(id),
  enterprise_id     BIGINT NOT NULL REFERENCES enterprises(id),
  basis             TEXT NOT NULL,
  basis_text_zh     TEXT NOT NULL,
  basis_text_en     TEXT NOT NULL,
  origin_kind       TEXT NOT NULL DEFAULT '',
  origin_id         BIGINT,
  created_at        TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_hidden_danger_derivations_hd ON hidden_danger_derivations (hidden_danger_id);
CREATE INDEX ix_hidden_danger_derivations_ent ON hidden_danger_derivations (enterprise_id);
