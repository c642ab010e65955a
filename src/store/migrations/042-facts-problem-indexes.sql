-- The problems staff name in words (src/query/problem-words.ts: 执行率算错, 总分和明细对不上, 分值加起来不等于100, …)
-- select forms by their check's codes. Through the GIN index on codes (002), a count read every form it found from
-- the table: 总分和明细对不上的项目有几个 matches half the forms at 100 000 (WEIGHT_SUM is common in the corpus), so the
-- bitmap touched every page of form_facts (7 250 pages; 93 ms on PostgreSQL, 115 ms on PGlite at low load).
-- As the common conditions of migration 003, each problem's code set gets a partial index in list order: a count is
-- an index-only scan of its entries, and the first page of a list the first entries. src/query/execute.ts writes these
-- sets literally (COMMON_CODE_SETS, from PROBLEM_WORDS), as an index's condition is only used when the query states
-- it the same way; test/store/problem-indexes.test.ts checks that every problem word's set has its index.
CREATE INDEX form_facts_rate_mismatch ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{RATE_MISMATCH}'::text[];
CREATE INDEX form_facts_budget_score_mismatch ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{BUDGET_SCORE_MISMATCH}'::text[];
CREATE INDEX form_facts_total_mismatch ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{TOTAL_MISMATCH,WEIGHT_SUM}'::text[];
CREATE INDEX form_facts_weight_sum_wrong ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{WEIGHT_SUM}'::text[];
CREATE INDEX form_facts_rounded_up ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{RATE_ROUNDED_UP_TO_FULL}'::text[];
ANALYZE form_facts;
