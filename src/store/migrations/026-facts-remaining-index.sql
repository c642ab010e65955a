-- 结余 (src/query/fields.ts `remaining`) is computed from two facts, `(budget - executed)`, not stored: an index on that
-- expression lets a ranking (结余最多的10个项目) read its top entries and a condition (结余超过50万) only the forms that
-- meet it, as migration 025 does for every stored numeric fact.
CREATE INDEX form_facts_remaining ON form_facts ((budget - executed));

-- The relations index of migration 025 is dropped: a question narrowed first by anything else (a department's forms,
-- a year) evaluated jixiao_relations on each remaining form as a filter, ~0.1 ms a form (153 pairs), so 2 000 forms
-- took longer than reading them all; and where the index was used, a comparison a quarter of all forms meet still
-- read nearly every page. Two fields are compared on the columns again.
DROP INDEX form_facts_relations;
DROP FUNCTION jixiao_relations(text[], double precision[]);
