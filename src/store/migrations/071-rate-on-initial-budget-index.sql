-- 执行率是按年初预算数算的项目 (src/query/derived-fields.ts `rateOnInitialBudgetGap`): the stated rate against 全年执行数 ÷
-- 年初预算数, asked as a bound (near 0, with the rate found wrong). Indexed expression for expression, like every
-- computed numeric field a question reads.
CREATE INDEX form_facts_rate_on_initial_budget_gap ON form_facts
  ((abs(stated_rate - (executed / NULLIF(initial_budget, 0) * 100))));
