-- 预算调整幅度 and 预算调减比例 (src/query/derived-fields.ts budgetAdjustmentRate / budgetCutRate): the change of the
-- budget over the year as a share of 年初预算数, asked as a bound (调整幅度超过20%的项目), a ranking (调减比例最大的) or
-- a figure of one project. Indexed expression for expression, like every computed numeric field a question reads.
CREATE INDEX form_facts_budget_adjustment_rate ON form_facts
  (((budget - initial_budget) / NULLIF(initial_budget, 0) * 100));
CREATE INDEX form_facts_budget_cut_rate ON form_facts
  (((initial_budget - budget) / NULLIF(initial_budget, 0) * 100));
