-- 一级指标那栏空着的项目 / 二级指标没填的指标 (src/query/row-cells.ts, a label cell left empty): such rows are a few
-- in a thousand (a merged cell never filled down), so each test reads them alone by a partial index instead of every
-- row's label (~1 million rows at 100 000 forms).
CREATE INDEX indicator_rows_level1_blank ON indicator_rows (form_id) INCLUDE (n) WHERE level1 IS NULL;
CREATE INDEX indicator_rows_level2_blank ON indicator_rows (form_id) INCLUDE (n) WHERE level2 IS NULL;
CREATE INDEX indicator_rows_name_blank ON indicator_rows (form_id) INCLUDE (n) WHERE name IS NULL;
