-- 年初预算和全年执行数差得最多的项目 (src/query/derived-fields.ts `initialExecutedGapSize`): how far the amount spent lies
-- from the budget set at the start of the year, ranked. Indexed expression for expression, like every computed numeric
-- field a question reads.
CREATE INDEX form_facts_initial_executed_gap ON form_facts ((abs(initial_budget - executed)));
