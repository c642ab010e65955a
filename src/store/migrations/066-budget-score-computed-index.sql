-- 核算预算执行得分 (src/query/derived-fields.ts computedBudgetScore, stop 36: 预算执行得分按规则应该得几分): the score
-- the scorer computes for the budget row, a stored fact read as a field of its own now — an index like every stored
-- numeric fact's, so that a ranking reads its top entries and a condition only the forms that meet it.
CREATE INDEX form_facts_budget_score_computed ON form_facts (budget_score_computed);
