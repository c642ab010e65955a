-- Two fields read by questions of stop 36, indexed like every other numeric field a question reads (a ranking reads
-- its top entries, a condition only the forms that meet it):
-- 核算预算执行得分 (src/query/derived-fields.ts computedBudgetScore: 预算执行得分按规则应该得几分), the score the scorer
-- computes for the budget row, a stored fact;
CREATE INDEX form_facts_budget_score_computed ON form_facts (budget_score_computed);
-- 预算调减额 (budgetCut: 比年初压减得最多，减了多少 — 年初预算数 − 全年预算数), computed from two facts like 预算调整数,
-- its expression indexed term for term (预算调减额最大的 is a ranking too).
CREATE INDEX form_facts_budget_cut ON form_facts ((initial_budget - budget));
