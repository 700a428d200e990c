-- Issue 12: a notice carries its document number (文号, e.g. 济工信安〔2026〕12号) and its urgency
-- (紧急程度, GB/T 9704-2012 §7.2.4: 特急 / 加急; otherwise an ordinary document), as the form of an
-- official document shows them. Existing notices keep an empty number and ordinary urgency.
ALTER TABLE notices ADD COLUMN document_number TEXT NOT NULL DEFAULT '';
ALTER TABLE notices ADD COLUMN urgency TEXT NOT NULL DEFAULT 'normal';
