-- Dual-prevention gaps (issue 3): the three accountable people of a major hazard installation
-- become accounts, so their checks are generated as inspection tasks in their to-do lists
-- (source_key "h<id>p", "h<id>t", "h<id>o"). The *_name columns stay: they keep the name as it
-- was and cover people without an account (no task is generated for those).
ALTER TABLE major_hazards ADD COLUMN principal_user_id BIGINT REFERENCES users(id);
ALTER TABLE major_hazards ADD COLUMN technical_user_id BIGINT REFERENCES users(id);
ALTER TABLE major_hazards ADD COLUMN operational_user_id BIGINT REFERENCES users(id);
ALTER TABLE inspection_tasks ADD COLUMN major_hazard_id BIGINT REFERENCES major_hazards(id);

-- Record list filters by checklist and inspector inside the scoped range.
CREATE INDEX ix_inspection_records_checklist ON inspection_records(checklist_id, id);
CREATE INDEX ix_inspection_records_inspector ON inspection_records(inspector_user_id, id);
