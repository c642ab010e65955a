-- 时效指标一共有几条 asked by a department (src/query/row-answer.ts: its forms joined to indicator_rows, rows matched by
-- 一级, 二级 or 三级指标 name). At 100 000 forms the planner read all ~820 000 rows (a sequential scan, 105 000 of them
-- of that kind) and hashed them against the department's ~2 050 forms: 190–400 ms on PostgreSQL, 240–600 ms on
-- PGlite. Looking up each form's rows by the key and testing their names would take a few pages per form, but the
-- key held only (form_id, n), so every lookup also read the table, and the planner priced that above the scan.
-- The key now carries the three names: a form's rows are tested from the index alone (an index-only scan), which
-- the planner chooses for a scope of a few thousand forms and still not for a quarter of the portfolio (a year), where
-- the scan stays cheaper. One index, as before, a little wider (35 → ~70 MB at 100 000 forms) instead of a second
-- index on form_id. Nothing references the key, and its uniqueness is the same.
ALTER TABLE indicator_rows
  DROP CONSTRAINT indicator_rows_pkey,
  ADD CONSTRAINT indicator_rows_pkey PRIMARY KEY (form_id, n) INCLUDE (level1, level2, name);
ANALYZE indicator_rows;
