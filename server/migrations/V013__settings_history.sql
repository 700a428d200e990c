-- Business settings (业务参数): every change to a settings key an administrator edits is
-- appended here, so the page can show who changed what when, and a reset (which deletes the
-- settings row so the default is in force again) keeps the earlier values. Append-only.
CREATE TABLE settings_history (
  id              @ID@,
  key             TEXT NOT NULL,
  action          TEXT NOT NULL,           -- update | reset
  value           TEXT,                    -- the value stored; NULL for a reset
  changed_by      BIGINT REFERENCES users(id),
  changed_by_name TEXT NOT NULL DEFAULT '',
  changed_at      TEXT NOT NULL
);
CREATE INDEX settings_history_key ON settings_history (key, id);

-- Existing databases get the new permissions; a fresh database is filled by start-up
-- (which only fills an empty role_permissions table, hence the EXISTS guard).
INSERT INTO role_permissions (role, permission)
  SELECT r.role, r.permission FROM (
    SELECT 'sys_admin' AS role, 'settings:read' AS permission
    UNION ALL SELECT 'sys_admin', 'settings:manage'
    UNION ALL SELECT 'regulator_rw', 'settings:read'
    UNION ALL SELECT 'regulator_ro', 'settings:read'
  ) r
  WHERE EXISTS (SELECT 1 FROM role_permissions)
    AND NOT EXISTS (SELECT 1 FROM role_permissions p
                    WHERE p.role = r.role AND p.permission = r.permission);
