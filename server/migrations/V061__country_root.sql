-- Issue 16: the ministry level. The country root (000000 中华人民共和国, kind 'country', path '/',
-- level 0) sits above the provinces; its path is the prefix of every path, so an agency there
-- (工业和信息化部安全生产司) supervises the whole country. A new database gets the root here and
-- the rest of GB/T 2260 from the reference data (app/bootstrap.cpp, provinces with parent
-- '000000'); an existing one gets the root and its provinces re-parented under it.
INSERT INTO regions (code, name, name_en, kind, parent_code, path, level)
SELECT '000000', '中华人民共和国', 'People''s Republic of China', 'country', NULL, '/', 0
WHERE NOT EXISTS (SELECT 1 FROM regions WHERE code = '000000');
UPDATE regions SET parent_code = '000000' WHERE kind = 'province' AND parent_code IS NULL;
