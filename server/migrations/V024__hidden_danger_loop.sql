-- Issue 11 §3, the hidden-danger loop and enforcement.
-- The deadline job finds reported hidden dangers not yet assessed within the assessment period
-- (setting hidden_danger_escalation.assessment_hours) by state and report time.
CREATE INDEX IF NOT EXISTS ix_hd_state_reported ON hidden_dangers(state, reported_at);
