-- Two more problems staff name in words (src/query/problem-words.ts): a reason written beside a row that lost no
-- points (满分的指标还写了偏差原因) and template rows left in the form (模板里的空行没删干净). As in migration 042, each
-- code set gets a partial index in list order, so a count is an index-only scan of its entries and the first page
-- of a list its first entries (src/query/execute.ts writes these sets literally; test/store/problem-indexes.test.ts
-- checks that every problem word's set has its index).
CREATE INDEX form_facts_deviation_on_full ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{DEVIATION_ON_FULL_SCORE}'::text[];
CREATE INDEX form_facts_placeholder_rows ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{PLACEHOLDER_ROWS}'::text[];
ANALYZE form_facts;
