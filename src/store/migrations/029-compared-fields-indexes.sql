-- Portfolio questions at 100 000 forms (issue 10: p95 under 100 ms on both stores). Every index here is read by a
-- question that otherwise read every form.
--
-- 1. Two fields of one form compared (年初预算 ≠ 全年预算: a quarter of all forms). src/query/field-pairs.ts writes
--    `L op R` as `sign(R - L) = ANY(signs)` for the pairs staff compare (COMPARED_PAIRS, in this order); an index on
--    that sign, with both columns included so a count is an index-only scan, reads only the entries of the matching
--    signs instead of every form (the relations index of 025 was dropped by 026 for being slow as a filter; this
--    one is a subtraction, as cheap as the plain comparison when a department's forms are filtered instead).
CREATE INDEX form_facts_sign_initial_budget_budget ON form_facts ((sign(budget - initial_budget)))
  INCLUDE (initial_budget, budget);
CREATE INDEX form_facts_sign_initial_budget_executed ON form_facts ((sign(executed - initial_budget)))
  INCLUDE (initial_budget, executed);
CREATE INDEX form_facts_sign_budget_executed ON form_facts ((sign(executed - budget)))
  INCLUDE (budget, executed);
CREATE INDEX form_facts_sign_budget_score_weight ON form_facts ((sign(budget_weight - budget_score)))
  INCLUDE (budget_score, budget_weight);
CREATE INDEX form_facts_sign_satisfaction_score_weight ON form_facts
  ((sign(satisfaction_weight - satisfaction_score))) INCLUDE (satisfaction_score, satisfaction_weight);
CREATE INDEX form_facts_sign_stated_computed_total ON form_facts ((sign(total_score - stated_total)))
  INCLUDE (stated_total, total_score);
CREATE INDEX form_facts_sign_stated_computed_rate ON form_facts ((sign(execution_rate - stated_rate)))
  INCLUDE (stated_rate, execution_rate);

-- 2. The fields computed from two facts (src/query/derived-fields.ts; 结余 has its index since 026), on their
--    expressions term for term: a ranking (预算调整数最大的10个, 超支最多的) reads its top entries, a condition (得分率低于60%)
--    only the forms that meet it.
CREATE INDEX form_facts_budget_adjustment ON form_facts ((budget - initial_budget));
CREATE INDEX form_facts_overspend ON form_facts (((executed - budget + abs(executed - budget)) / 2));
CREATE INDEX form_facts_score_rate ON form_facts ((stated_total / NULLIF(total_weight, 0) * 100));
CREATE INDEX form_facts_budget_score_rate ON form_facts ((budget_score / NULLIF(budget_weight, 0) * 100));
CREATE INDEX form_facts_satisfaction_score_rate ON form_facts
  ((satisfaction_score / NULLIF(satisfaction_weight, 0) * 100));

-- 3. Names a question resolved to stored values (统计所经费的负责人是谁: project_key = ANY(…)). PostgreSQL before 18 cannot
--    skip through form_facts_project (year, dept_key, project_key) to its third column and read every form (~120 ms
--    at 100 000 forms); these read the named forms only.
CREATE INDEX form_facts_project_key ON form_facts (project_key);
CREATE INDEX form_facts_implementing_unit ON form_facts (implementing_unit);
CREATE INDEX form_facts_owner_name ON form_facts (owner_name);

ANALYZE form_facts;
