-- The checks staff can now name in words (src/query/problem-words.ts, check-phrases.ts, budget-adjusted's reason check:
-- 有负分, 反向指标当正向打分, 满意度没有调查依据, 预算调整没说明原因, …). As in migrations 042 and 049, each code set gets a
-- partial index in list order, so a count is an index-only scan of its entries and the first page of a list its first
-- entries (src/query/execute.ts writes these sets literally; test/store/problem-indexes.test.ts checks that every
-- problem word's set has its index).
CREATE INDEX form_facts_adjusted_no_reason ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{BUDGET_ADJUSTED_NO_REASON}'::text[];
CREATE INDEX form_facts_low_rate_no_reason ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{LOW_EXECUTION_NO_REASON}'::text[];
CREATE INDEX form_facts_score_negative ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{SCORE_NEGATIVE}'::text[];
CREATE INDEX form_facts_weight_holds_score ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{BUDGET_WEIGHT_HOLDS_SCORE}'::text[];
CREATE INDEX form_facts_funds_missing ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{FUNDS_MISSING,FUNDS_UNREADABLE}'::text[];
CREATE INDEX form_facts_qual_out_of_band ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{QUAL_SCORE_OUT_OF_BAND}'::text[];
CREATE INDEX form_facts_level_one_nonstandard ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{LEVEL1_WEIGHTS_NONSTANDARD}'::text[];
CREATE INDEX form_facts_budget_weight_nonstandard ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{BUDGET_WEIGHT_NONSTANDARD}'::text[];
CREATE INDEX form_facts_indicator_score_differs ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{INDICATOR_SCORE_DIFFERS}'::text[];
CREATE INDEX form_facts_reverse_scored ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{REVERSE_SCORED_AS_POSITIVE}'::text[];
CREATE INDEX form_facts_over_achievement ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{OVER_ACHIEVEMENT}'::text[];
CREATE INDEX form_facts_no_evidence ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{SATISFACTION_NO_EVIDENCE}'::text[];
CREATE INDEX form_facts_form_incomplete ON form_facts (year DESC NULLS LAST, dept_key, project_key, form_id)
  WHERE codes && '{FORM_INCOMPLETE}'::text[];
ANALYZE form_facts;
