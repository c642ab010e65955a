-- 结余 (src/query/fields.ts `remaining`) is computed from two facts, `(budget - executed)`, not stored: an index on that
-- expression lets a ranking (结余最多的10个项目) read its top entries and a condition (结余超过50万) only the forms that
-- meet it, as migration 025 does for every stored numeric fact.
CREATE INDEX form_facts_remaining ON form_facts ((budget - executed));
