-- The company-level daily inspection of civil-explosives enterprises (seed 000 §3(2), rules.md
-- §12): a missed day is reported to the regulator in charge the next morning, once — the task
-- remembers when (NULL: not reported). The mandatory duties themselves are created, with an
-- audit entry each, by the task job at start-up and on registration (task_generation_service).
ALTER TABLE inspection_tasks ADD COLUMN regulator_notified_at TEXT;
