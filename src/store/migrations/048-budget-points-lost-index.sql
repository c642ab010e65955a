-- 预算执行扣分 (src/query/derived-fields.ts budgetPointsLost: 预算执行分值 − 预算执行得分, never below 0), a field
-- computed from two facts like 离满分差 (045): an index on its expression term for term, so that a ranking
-- (预算执行扣分最多的) reads its top entries and a condition (预算执行扣了2分以上) only the forms that meet it.
CREATE INDEX form_facts_budget_points_lost ON form_facts ((greatest(budget_weight - budget_score, 0)));
