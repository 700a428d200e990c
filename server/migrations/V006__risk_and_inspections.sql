-- Graded risk control and inspections (issue 3): the risk register (objects → units → events →
-- control measures), assessments (append-only), the four-colour map, major hazard installations,
-- checklists with the seed's built-ins, inspection duties, tasks and records.
-- Register rows are deactivated, never deleted; every change is also in the audit log.

CREATE TABLE risk_objects (
  id            @ID@,
  enterprise_id BIGINT NOT NULL REFERENCES enterprises(id),
  region_path   @CTEXT@ NOT NULL,
  name          TEXT NOT NULL,
  hazard_code   TEXT NOT NULL DEFAULT '',
  description   TEXT NOT NULL DEFAULT '',
  active        INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX ix_risk_objects_enterprise ON risk_objects(enterprise_id, id);

-- current_* repeat the latest assessment so lists and maps filter by level without a join on
-- the history; risk_assessments keeps every assessment.
CREATE TABLE risk_units (
  id                 @ID@,
  enterprise_id      BIGINT NOT NULL REFERENCES enterprises(id),
  region_path        @CTEXT@ NOT NULL,
  risk_object_id     BIGINT NOT NULL REFERENCES risk_objects(id),
  name               TEXT NOT NULL,
  unit_type          TEXT NOT NULL,
  department         TEXT NOT NULL DEFAULT '',
  responsible_person TEXT NOT NULL DEFAULT '',
  polygon_json       TEXT NOT NULL DEFAULT '[]',
  current_method     TEXT,
  current_score      @REAL@,
  current_level      TEXT,
  current_level_rank INTEGER NOT NULL DEFAULT 0,
  assessed_at        TEXT,
  active             INTEGER NOT NULL DEFAULT 1,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
);
CREATE INDEX ix_risk_units_enterprise ON risk_units(enterprise_id, id);
CREATE INDEX ix_risk_units_path ON risk_units(region_path, id);
CREATE INDEX ix_risk_units_object ON risk_units(risk_object_id, id);

CREATE TABLE risk_assessments (
  id            @ID@,
  risk_unit_id  BIGINT NOT NULL REFERENCES risk_units(id),
  enterprise_id BIGINT NOT NULL REFERENCES enterprises(id),
  method        TEXT NOT NULL,
  l_value       @REAL@,
  e_value       @REAL@,
  c_value       @REAL@,
  s_value       @REAL@,
  score         @REAL@ NOT NULL,
  level         TEXT NOT NULL,
  assessed_by   BIGINT REFERENCES users(id),
  assessed_by_name TEXT NOT NULL,
  assessed_at   TEXT NOT NULL
);
-- The assessor's name as it was; assessed_by is NULL only for register data loaded without an
-- account (the demo).
CREATE INDEX ix_risk_assessments_unit ON risk_assessments(risk_unit_id, id);

CREATE TABLE risk_events (
  id            @ID@,
  enterprise_id BIGINT NOT NULL REFERENCES enterprises(id),
  region_path   @CTEXT@ NOT NULL,
  risk_unit_id  BIGINT NOT NULL REFERENCES risk_units(id),
  name          TEXT NOT NULL,
  accident_type TEXT NOT NULL,
  hazard_factor TEXT NOT NULL,
  description   TEXT NOT NULL DEFAULT '',
  active        INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX ix_risk_events_unit ON risk_events(risk_unit_id, id);

CREATE TABLE control_measures (
  id             @ID@,
  enterprise_id  BIGINT NOT NULL REFERENCES enterprises(id),
  region_path    @CTEXT@ NOT NULL,
  risk_event_id  BIGINT NOT NULL REFERENCES risk_events(id),
  risk_unit_id   BIGINT NOT NULL REFERENCES risk_units(id),
  kind           TEXT NOT NULL,
  control_level  TEXT NOT NULL,
  description    TEXT NOT NULL,
  owner_user_id  BIGINT REFERENCES users(id),
  frequency      TEXT NOT NULL,
  active         INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE INDEX ix_control_measures_event ON control_measures(risk_event_id, id);
CREATE INDEX ix_control_measures_enterprise ON control_measures(enterprise_id, active);

-- The enterprise's site plan for the four-colour map (one current plan; older ones stay in files
-- and in the audit log).
CREATE TABLE risk_maps (
  enterprise_id BIGINT PRIMARY KEY REFERENCES enterprises(id),
  region_path   @CTEXT@ NOT NULL,
  file_id       BIGINT NOT NULL REFERENCES files(id),
  width         INTEGER NOT NULL,
  height        INTEGER NOT NULL,
  updated_at    TEXT NOT NULL
);

-- 重大危险源 with the three accountable people (包保责任人) and their check frequencies.
CREATE TABLE major_hazards (
  id                      @ID@,
  enterprise_id           BIGINT NOT NULL REFERENCES enterprises(id),
  region_path             @CTEXT@ NOT NULL,
  name                    TEXT NOT NULL,
  grade                   TEXT NOT NULL,
  risk_object_id          BIGINT REFERENCES risk_objects(id),
  principal_name          TEXT NOT NULL,
  principal_frequency     TEXT NOT NULL,
  technical_name          TEXT NOT NULL,
  technical_frequency     TEXT NOT NULL,
  operational_name        TEXT NOT NULL,
  operational_frequency   TEXT NOT NULL,
  active                  INTEGER NOT NULL DEFAULT 1,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL
);
CREATE INDEX ix_major_hazards_path ON major_hazards(region_path, id);

-- Checklist templates: enterprise_id NULL for the built-ins every enterprise can use.
CREATE TABLE checklists (
  id            @ID@,
  enterprise_id BIGINT REFERENCES enterprises(id),
  code          TEXT NOT NULL DEFAULT '',
  kind          TEXT NOT NULL,
  name          TEXT NOT NULL,
  active        INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX ix_checklists_enterprise ON checklists(enterprise_id, id);

CREATE TABLE checklist_items (
  id             @ID@,
  checklist_id   BIGINT NOT NULL REFERENCES checklists(id),
  position       INTEGER NOT NULL,
  content        TEXT NOT NULL,
  requires_photo INTEGER NOT NULL DEFAULT 0,
  active         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_checklist_items_checklist ON checklist_items(checklist_id, position);

-- An enterprise's standing duty to run a checklist at a frequency (the company-level daily
-- inspection of production and storage areas is one).
CREATE TABLE inspection_duties (
  id               @ID@,
  enterprise_id    BIGINT NOT NULL REFERENCES enterprises(id),
  region_path      @CTEXT@ NOT NULL,
  checklist_id     BIGINT NOT NULL REFERENCES checklists(id),
  frequency        TEXT NOT NULL,
  assignee_user_id BIGINT REFERENCES users(id),
  active           INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  UNIQUE (enterprise_id, checklist_id)
);

-- One task per source and period: source_key is "m<measure id>" or "d<duty id>", so the
-- generation job can run any number of times without duplicating tasks. due_at is UTC.
CREATE TABLE inspection_tasks (
  id                 @ID@,
  enterprise_id      BIGINT NOT NULL REFERENCES enterprises(id),
  region_path        @CTEXT@ NOT NULL,
  source_key         TEXT NOT NULL,
  control_measure_id BIGINT REFERENCES control_measures(id),
  duty_id            BIGINT REFERENCES inspection_duties(id),
  checklist_id       BIGINT REFERENCES checklists(id),
  title              TEXT NOT NULL,
  frequency          TEXT NOT NULL,
  period_key         TEXT NOT NULL,
  period_start       TEXT NOT NULL,
  due_at             TEXT NOT NULL,
  assignee_user_id   BIGINT REFERENCES users(id),
  status             TEXT NOT NULL DEFAULT 'open',
  done_at            TEXT,
  missed_at          TEXT,
  created_at         TEXT NOT NULL,
  UNIQUE (enterprise_id, source_key, period_key)
);
CREATE INDEX ix_inspection_tasks_path ON inspection_tasks(region_path, status, due_at);
CREATE INDEX ix_inspection_tasks_enterprise ON inspection_tasks(enterprise_id, status, due_at);
CREATE INDEX ix_inspection_tasks_open ON inspection_tasks(status, due_at);

-- A completed inspection, append-only. Names are kept as they were at the time (accounts get
-- renamed; demo enterprises without accounts record their inspector by name only).
CREATE TABLE inspection_records (
  id                @ID@,
  enterprise_id     BIGINT NOT NULL REFERENCES enterprises(id),
  region_path       @CTEXT@ NOT NULL,
  task_id           BIGINT REFERENCES inspection_tasks(id),
  checklist_id      BIGINT REFERENCES checklists(id),
  title             TEXT NOT NULL,
  inspector_user_id BIGINT REFERENCES users(id),
  inspector_name    TEXT NOT NULL,
  inspected_at      TEXT NOT NULL,
  failed_count      INTEGER NOT NULL DEFAULT 0,
  note              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_inspection_records_path ON inspection_records(region_path, id);
CREATE INDEX ix_inspection_records_enterprise ON inspection_records(enterprise_id, id);
-- At most one record per task (the record's task_id is the link; NULL for ad hoc ones).
CREATE UNIQUE INDEX ux_inspection_records_task ON inspection_records(task_id);

CREATE TABLE inspection_record_items (
  record_id        BIGINT NOT NULL REFERENCES inspection_records(id),
  position         INTEGER NOT NULL,
  checklist_item_id BIGINT REFERENCES checklist_items(id),
  content          TEXT NOT NULL,
  outcome          TEXT NOT NULL,
  note             TEXT NOT NULL DEFAULT '',
  photo_ids_json   TEXT NOT NULL DEFAULT '[]',
  hidden_danger_id BIGINT,
  PRIMARY KEY (record_id, position)
);

-- Built-in checklists from the Jining notice (seed 000 §3(1)-(2)).
INSERT INTO checklists (enterprise_id, code, kind, name, created_at, updated_at) VALUES
  (NULL, 'company_daily', 'company_daily', '公司级每日检查（生产区、库区）', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
  (NULL, 'fire_special', 'special', '防火专项排查', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
  (NULL, 'concentrated_rectification', 'special', '安全生产集中整治检查', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');

INSERT INTO checklist_items (checklist_id, position, content, requires_photo)
  SELECT c.id, i.position, i.content, i.requires_photo FROM checklists c JOIN (
    SELECT 'company_daily' AS code, 1 AS position, '生产区：危险工房、工段现场安全状况正常，无超员、超量' AS content, 1 AS requires_photo
    UNION ALL SELECT 'company_daily', 2, '生产区：专用生产设备运行正常，无带病运转', 0
    UNION ALL SELECT 'company_daily', 3, '生产区：安全联锁和防传（殉）爆措施、安全防护设施完好有效', 0
    UNION ALL SELECT 'company_daily', 4, '库区：库房储存不超量，无废旧、来路不明危险品同库存放', 1
    UNION ALL SELECT 'company_daily', 5, '库区：出入库登记完整，账物一致', 0
    UNION ALL SELECT 'company_daily', 6, '库区：门锁、监控、报警和值班值守正常', 0
    UNION ALL SELECT 'company_daily', 7, '职工操作行为规范，无违规违章', 0
    UNION ALL SELECT 'fire_special', 1, '厂区、库区内电路、电器无隐患', 1
    UNION ALL SELECT 'fire_special', 2, '消防器材和设施完好有效', 1
    UNION ALL SELECT 'fire_special', 3, '枯草等可燃物已清除', 1
    UNION ALL SELECT 'fire_special', 4, '用火严格管控（动火审批、监护）', 0
    UNION ALL SELECT 'fire_special', 5, '严防火种进入管控区（入口检查、火种收存）', 0
    UNION ALL SELECT 'fire_special', 6, '厂区、库区周边巡防管控到位', 0
    UNION ALL SELECT 'concentrated_rectification', 1, '高危工段等高风险点段监管到位', 1
    UNION ALL SELECT 'concentrated_rectification', 2, '关键设备无带病运转', 0
    UNION ALL SELECT 'concentrated_rectification', 3, '爆炸物品装卸环节监管到位', 1
    UNION ALL SELECT 'concentrated_rectification', 4, '安全联锁和防传（殉）爆措施完好有效', 0
    UNION ALL SELECT 'concentrated_rectification', 5, '职工操作行为受控，无违规违章', 0
    UNION ALL SELECT 'concentrated_rectification', 6, '严禁超量存储，无不明危险品同库存储', 0
  ) i ON i.code = c.code
  WHERE c.enterprise_id IS NULL;

-- Existing databases get the permissions of this issue (a fresh database is filled by start-up,
-- which only fills an empty role_permissions table, hence the EXISTS guard).
INSERT INTO role_permissions (role, permission)
  SELECT r.role, r.permission FROM (
    SELECT 'regulator_rw' AS role, 'risk:read' AS permission
    UNION ALL SELECT 'regulator_rw', 'inspection:read'
    UNION ALL SELECT 'regulator_ro', 'risk:read'
    UNION ALL SELECT 'regulator_ro', 'inspection:read'
    UNION ALL SELECT 'ent_principal', 'risk:read'
    UNION ALL SELECT 'ent_principal', 'risk:write'
    UNION ALL SELECT 'ent_principal', 'inspection:read'
    UNION ALL SELECT 'ent_principal', 'inspection:write'
    UNION ALL SELECT 'ent_safety_officer', 'risk:read'
    UNION ALL SELECT 'ent_safety_officer', 'risk:write'
    UNION ALL SELECT 'ent_safety_officer', 'inspection:read'
    UNION ALL SELECT 'ent_safety_officer', 'inspection:write'
    UNION ALL SELECT 'ent_storekeeper', 'risk:read'
    UNION ALL SELECT 'ent_storekeeper', 'inspection:read'
    UNION ALL SELECT 'ent_storekeeper', 'inspection:write'
    UNION ALL SELECT 'ent_duty_officer', 'risk:read'
    UNION ALL SELECT 'ent_duty_officer', 'inspection:read'
    UNION ALL SELECT 'ent_duty_officer', 'inspection:write'
  ) r
  WHERE EXISTS (SELECT 1 FROM role_permissions)
    AND NOT EXISTS (SELECT 1 FROM role_permissions p
                    WHERE p.role = r.role AND p.permission = r.permission);
