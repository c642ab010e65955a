-- Portfolio questions about any field of a form (src/query/fields.ts): the header and funds values that 002 left out,
-- as the form states them, so comparisons of two fields (年初预算 ≠ 全年预算, 得分 vs 分值) and empty tests run on
-- columns. A sequence stamps every facts write, so the question parser's vocabulary of names (departments, units,
-- owners, projects) is reloaded only after a write.
ALTER TABLE form_facts
  ADD COLUMN phone text,
  ADD COLUMN initial_budget double precision,
  ADD COLUMN budget_weight double precision,
  ADD COLUMN budget_score double precision,
  ADD COLUMN budget_score_computed double precision,
  ADD COLUMN stated_rate double precision,
  ADD COLUMN stated_total double precision,
  ADD COLUMN total_weight double precision,
  ADD COLUMN goals_expected text,
  ADD COLUMN goals_actual text,
  ADD COLUMN indicator_count integer;

CREATE SEQUENCE form_facts_stamp;

-- 万元: the cell's own 万元 figure when the reader gave one (valueWan), else the value (divided when written in 元).
CREATE FUNCTION jixiao_money_wan(cell jsonb) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce((cell->>'valueWan')::double precision, jixiao_money(cell))
$$;

CREATE OR REPLACE FUNCTION jixiao_form_facts_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('form_facts_stamp');
  INSERT INTO form_facts AS ff (form_id, version, owner_id, year, department, dept_key, implementing_unit, owner_name,
    project_name, project_key, budget, executed, execution_rate, total_score, grade, grade_rank,
    error_count, warning_count, missing_count, codes,
    phone, initial_budget, budget_weight, budget_score, budget_score_computed, stated_rate, stated_total, total_weight,
    goals_expected, goals_actual, indicator_count)
  SELECT n.form_id, n.version, f.owner_id,
    (n.record->>'year')::integer,
    NULLIF(btrim(n.record->>'department'), ''),
    NULLIF(regexp_replace(coalesce(n.record->>'department', ''), '\s', '', 'g'), ''),
    NULLIF(btrim(n.record->>'implementingUnit'), ''),
    NULLIF(btrim(n.record->>'owner'), ''),
    NULLIF(btrim(n.record->>'projectName'), ''),
    NULLIF(regexp_replace(coalesce(n.record->>'projectName', ''), '\s', '', 'g'), ''),
    jixiao_money_wan(n.record #> '{funds,total,annualBudget}'),
    jixiao_money_wan(n.record #> '{funds,total,executed}'),
    (n.check_result #>> '{score,budget,rate}')::double precision,
    (n.check_result #>> '{score,total,computed}')::double precision,
    n.check_result #>> '{score,grade}',
    CASE n.check_result #>> '{score,grade}' WHEN '优' THEN 1 WHEN '良' THEN 2 WHEN '中' THEN 3 WHEN '差' THEN 4 END,
    fc.errors, fc.warnings,
    coalesce(jsonb_array_length(n.check_result->'missing'), 0),
    ARRAY(
      SELECT DISTINCT c FROM (
        SELECT x->>'code' AS c FROM jsonb_array_elements(n.check_result->'findings') x
        UNION ALL
        SELECT (x->>'code') || ':' || (x->>'path') FROM jsonb_array_elements(n.check_result->'findings') x
          WHERE x->>'code' = 'FIELD_MISSING'
        UNION ALL
        SELECT 'MISSING:' || (m->>'path') FROM jsonb_array_elements(n.check_result->'missing') m
      ) s WHERE c IS NOT NULL
    ),
    NULLIF(btrim(n.record->>'phone'), ''),
    jixiao_money_wan(n.record #> '{funds,total,initialBudget}'),
    (n.record #>> '{funds,total,weight,value}')::double precision,
    (n.record #>> '{funds,total,score,value}')::double precision,
    (n.check_result #>> '{score,budget,computed}')::double precision,
    (n.record #>> '{funds,total,rate,value}')::double precision,
    (n.record->>'totalScore')::double precision,
    (n.record->>'totalWeight')::double precision,
    NULLIF(btrim(n.record #>> '{goals,expected}'), ''),
    NULLIF(btrim(n.record #>> '{goals,actual}'), ''),
    (SELECT count(*) FROM jsonb_array_elements(coalesce(n.record->'indicators', '[]'::jsonb)) i
      WHERE NOT coalesce((i->>'placeholder')::boolean, false))
  FROM (SELECT DISTINCT ON (form_id) * FROM new_versions ORDER BY form_id, version DESC) n
  JOIN forms f ON f.id = n.form_id
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE x->>'severity' = 'error') AS errors,
           count(*) FILTER (WHERE x->>'severity' = 'warning') AS warnings
    FROM jsonb_array_elements(n.check_result->'findings') x
  ) fc
  ON CONFLICT (form_id) DO UPDATE SET
    version = EXCLUDED.version, owner_id = EXCLUDED.owner_id, year = EXCLUDED.year,
    department = EXCLUDED.department, dept_key = EXCLUDED.dept_key, implementing_unit = EXCLUDED.implementing_unit,
    owner_name = EXCLUDED.owner_name, project_name = EXCLUDED.project_name, project_key = EXCLUDED.project_key,
    budget = EXCLUDED.budget, executed = EXCLUDED.executed, execution_rate = EXCLUDED.execution_rate,
    total_score = EXCLUDED.total_score, grade = EXCLUDED.grade, grade_rank = EXCLUDED.grade_rank,
    error_count = EXCLUDED.error_count, warning_count = EXCLUDED.warning_count,
    missing_count = EXCLUDED.missing_count, codes = EXCLUDED.codes,
    phone = EXCLUDED.phone, initial_budget = EXCLUDED.initial_budget, budget_weight = EXCLUDED.budget_weight,
    budget_score = EXCLUDED.budget_score, budget_score_computed = EXCLUDED.budget_score_computed,
    stated_rate = EXCLUDED.stated_rate, stated_total = EXCLUDED.stated_total, total_weight = EXCLUDED.total_weight,
    goals_expected = EXCLUDED.goals_expected, goals_actual = EXCLUDED.goals_actual,
    indicator_count = EXCLUDED.indicator_count
  WHERE ff.version <= EXCLUDED.version;
  RETURN NULL;
END
$$;

-- Forms stored before this migration; the 万元 figures follow the reader's valueWan from now on.
UPDATE form_facts ff SET
    budget = jixiao_money_wan(v.record #> '{funds,total,annualBudget}'),
    executed = jixiao_money_wan(v.record #> '{funds,total,executed}'),
    phone = NULLIF(btrim(v.record->>'phone'), ''),
    initial_budget = jixiao_money_wan(v.record #> '{funds,total,initialBudget}'),
    budget_weight = (v.record #>> '{funds,total,weight,value}')::double precision,
    budget_score = (v.record #>> '{funds,total,score,value}')::double precision,
    budget_score_computed = (v.check_result #>> '{score,budget,computed}')::double precision,
    stated_rate = (v.record #>> '{funds,total,rate,value}')::double precision,
    stated_total = (v.record->>'totalScore')::double precision,
    total_weight = (v.record->>'totalWeight')::double precision,
    goals_expected = NULLIF(btrim(v.record #>> '{goals,expected}'), ''),
    goals_actual = NULLIF(btrim(v.record #>> '{goals,actual}'), ''),
    indicator_count = (SELECT count(*) FROM jsonb_array_elements(coalesce(v.record->'indicators', '[]'::jsonb)) i
      WHERE NOT coalesce((i->>'placeholder')::boolean, false))
  FROM form_versions v WHERE v.form_id = ff.form_id AND v.version = ff.version;
