-- Issue 11 §3, the hidden-danger loop and enforcement.
-- The deadline job finds reported hidden dangers not yet assessed within the assessment period
-- (setting hidden_danger_escalation.assessment_hours) by state and report time.
CREATE INDEX IF NOT EXISTS ix_hd_state_reported ON hidden_dangers(state, reported_at);

-- 山东省安全生产条例 Art.44: workers withdrawn and production halted when safety cannot be
-- assured; the restart only with the regulator's approval. A halt is recorded by the enterprise
-- or the regulator; its restart (state restarted) names the regulator's inspection.
CREATE TABLE IF NOT EXISTS production_halts (
  id                       @ID@,
  enterprise_id            BIGINT NOT NULL REFERENCES enterprises(id),
  region_path              @CTEXT@ NOT NULL,
  hidden_danger_id         BIGINT REFERENCES hidden_dangers(id),
  scope                    TEXT NOT NULL,
  reason                   TEXT NOT NULL,
  halted_at                TEXT NOT NULL,
  recorded_by              BIGINT NOT NULL REFERENCES users(id),
  recorded_by_name         TEXT NOT NULL,
  recorded_by_regulator    INTEGER NOT NULL DEFAULT 0,
  recorded_at              TEXT NOT NULL,
  -- halted | restarted
  state                    TEXT NOT NULL,
  restart_approved_at      TEXT,
  restart_approved_by      BIGINT REFERENCES users(id),
  restart_approved_by_name TEXT NOT NULL DEFAULT '',
  restart_inspected_on     TEXT NOT NULL DEFAULT '',
  restart_inspection       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS ix_production_halts_path ON production_halts(region_path, state, id);
CREATE INDEX IF NOT EXISTS ix_production_halts_enterprise ON production_halts(enterprise_id, id);
-- The halt's history, append-only: halt, restart (who, when, what).
CREATE TABLE IF NOT EXISTS production_halt_events (
  id            @ID@,
  halt_id       BIGINT NOT NULL REFERENCES production_halts(id),
  action        TEXT NOT NULL,
  actor_user_id BIGINT REFERENCES users(id),
  actor_name    TEXT NOT NULL,
  at            TEXT NOT NULL,
  details_json  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS ix_production_halt_events ON production_halt_events(halt_id, id);

-- Enforcement inspections: the kind (routine | duty_emergency: seed 000 §3(3)'s duty and
-- emergency special check | special); an inspection without findings is a clean one, with no
-- order (order_deadline ''). A penalty names its legal basis (a code of the list in
-- dual_prevention/enforcement/enforcement_rules.cpp, or other with the text).
ALTER TABLE enforcement_inspections ADD COLUMN kind TEXT NOT NULL DEFAULT 'routine';
ALTER TABLE enforcement_actions ADD COLUMN legal_basis TEXT NOT NULL DEFAULT '';
ALTER TABLE enforcement_actions ADD COLUMN legal_basis_text TEXT NOT NULL DEFAULT '';
-- 复查: an order may require the regulator's re-check before its findings close.
ALTER TABLE enforcement_inspections ADD COLUMN recheck_required INTEGER NOT NULL DEFAULT 0;
