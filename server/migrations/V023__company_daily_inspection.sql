-- Dual prevention, issue 11 §3.
-- The company-level daily inspection of civil-explosives enterprises (seed 000 §3(2), rules.md
-- §12): a missed day is reported to the regulator in charge the next morning, once — the task
-- remembers when (NULL: not reported). The mandatory duties themselves are created, with an
-- audit entry each, by the task job at start-up and on registration (task_generation_service).
ALTER TABLE inspection_tasks ADD COLUMN regulator_notified_at TEXT;

-- The built-in fire-prevention checklist gets the two items of seed 000 §3(1) it lacked:
-- 全员防火教育 and 突发事件处置预案. Added after the existing items; records already made keep
-- the items they were made with (inspection_record_items copies each item's text).
INSERT INTO checklist_items (checklist_id, position, content, requires_photo)
  SELECT c.id, (SELECT MAX(x.position) FROM checklist_items x WHERE x.checklist_id = c.id) + i.n,
         i.content, 0
  FROM checklists c JOIN (
    SELECT 1 AS n, '已开展全员防火教育，提高思想认识，增强应对突发火情能力' AS content
    UNION ALL SELECT 2, '已针对春季风干物燥等情况做好突发事件（火情）的处置预案'
  ) i ON 1 = 1
  WHERE c.enterprise_id IS NULL AND c.code = 'fire_special'
    AND NOT EXISTS (SELECT 1 FROM checklist_items y WHERE y.checklist_id = c.id AND y.content = i.content);
