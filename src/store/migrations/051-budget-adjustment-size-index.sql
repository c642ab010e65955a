-- 预算调整绝对额 (src/query/derived-fields.ts budgetAdjustmentSize: |全年预算数 − 年初预算数|), a field computed from
-- two facts like 离满分差 (045): an index on its expression term for term, so that a ranking (年初和全年预算差得最多的)
-- reads its top entries and a condition only the forms that meet it.
CREATE INDEX form_facts_budget_adjustment_size ON form_facts ((abs(budget - initial_budget)));
