-- Indexes for the common portfolio questions over ~100 000 forms: an administrator's question must not read the
-- whole table. Each partial index holds the list order of one common condition, so the first page is an index
-- scan and the count an index-only scan. src/query/execute.ts writes these conditions literally (COMMON_CODE_SETS).
CREATE INDEX form_facts_list ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id);
CREATE INDEX form_facts_sat ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{SATISFACTION_MISSING,SATISFACTION_NOT_SURVEYED}'::text[];
CREATE INDEX form_facts_deviation ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{DEVIATION_MISSING}'::text[];
CREATE INDEX form_facts_no_owner ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{FIELD_MISSING:owner,MISSING:owner}'::text[];
CREATE INDEX form_facts_no_phone ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{FIELD_MISSING:phone,MISSING:phone}'::text[];
CREATE INDEX form_facts_arithmetic ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{TOTAL_MISMATCH,RATE_MISMATCH,BUDGET_SCORE_MISMATCH,WEIGHT_SUM,INDICATOR_SCORE_DIFFERS}'::text[];
CREATE INDEX form_facts_errors ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE error_count > 0;
CREATE INDEX form_facts_open ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE error_count > 0 OR missing_count > 0;
-- Sums and averages by department (and year) from the index alone.
DROP INDEX form_facts_dept_year;
CREATE INDEX form_facts_dept_year ON form_facts (dept_key, year) INCLUDE (department, budget, executed, total_score);
CREATE INDEX form_facts_year_dept ON form_facts (year, dept_key) INCLUDE (department, budget, executed, total_score);
-- "Not submitted": last year's projects against this year's, both in index order.
CREATE INDEX form_facts_project ON form_facts (year, dept_key, project_key) INCLUDE (project_name, department, owner_id);
