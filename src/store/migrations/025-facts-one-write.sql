-- Portfolio questions of an administrator (every department, ~100 000 forms) must answer in well under 100 ms.
--
-- 1. One write per form version. The facts row used to be inserted by form_versions_facts and then updated by five
--    more statement triggers (satisfaction 007, money_guessed 010, rows 011, finding causes 016, satisfaction rate
--    023): every upload left five dead copies of the row and of its entries in every index, and at 100 000 forms the
--    table was five times its size (27 000 pages instead of ~5 000), so every scan read five times the data. Now one
--    statement computes every column (jixiao_facts below) and writes the row once; the five triggers are gone.
--    A later migration that adds a fact extends jixiao_facts (or adds its own trigger after this one, name order).
-- 2. The existing rows are computed again from their latest version into a compact table (TRUNCATE + INSERT), which
--    also drops the bloat an existing installation carries. Holds (migration 009) are decided again by the
--    form_facts_hold trigger from the same users and department_claims, so they come out as they were.
-- 3. An index on every numeric fact a question compares, ranks or counts on (src/query/fields.ts; test/store checks
--    that every numeric field has one): a ranking (预算最多的10个) reads ten index entries instead of sorting the
--    table, a condition that few forms meet (总分低于80分, 有扣分) reads only those, and a count of them is an
--    index-only scan.
-- 4. Two fields of one form compared (年初预算 ≠ 全年预算: a quarter of all forms) read a GIN index over the order of
--    every pair of same-kind numeric facts (jixiao_relations: `initial_budget<budget`, …) instead of every form. The
--    index expression is src/query/relations.ts's RELATIONS_SQL, term for term.

CREATE FUNCTION jixiao_facts(p_record jsonb, p_check jsonb)
RETURNS TABLE (
  year integer, department text, dept_key text, implementing_unit text, owner_name text, project_name text,
  project_key text, budget double precision, executed double precision, execution_rate double precision,
  total_score double precision, grade text, grade_rank smallint, error_count integer, warning_count integer,
  missing_count integer, codes text[], phone text, initial_budget double precision, budget_weight double precision,
  budget_score double precision, budget_score_computed double precision, stated_rate double precision,
  stated_total double precision, total_weight double precision, goals_expected text, goals_actual text,
  indicator_count integer, satisfaction_score double precision, satisfaction_weight double precision,
  money_guessed text[], rows_below_weight integer, rows_above_weight integer, rows_actual_empty integer,
  satisfaction_rate double precision
) LANGUAGE sql IMMUTABLE AS $$
  SELECT
    (p_record->>'year')::integer,
    NULLIF(btrim(p_record->>'department'), ''),
    NULLIF(regexp_replace(coalesce(p_record->>'department', ''), '\s', '', 'g'), ''),
    NULLIF(btrim(p_record->>'implementingUnit'), ''),
    NULLIF(btrim(p_record->>'owner'), ''),
    NULLIF(btrim(p_record->>'projectName'), ''),
    NULLIF(regexp_replace(coalesce(p_record->>'projectName', ''), '\s', '', 'g'), ''),
    jixiao_money_wan(p_record #> '{funds,total,annualBudget}'),
    jixiao_money_wan(p_record #> '{funds,total,executed}'),
    (p_check #>> '{score,budget,rate}')::double precision,
    (p_check #>> '{score,total,computed}')::double precision,
    p_check #>> '{score,grade}',
    (CASE p_check #>> '{score,grade}' WHEN '优' THEN 1 WHEN '良' THEN 2 WHEN '中' THEN 3 WHEN '差' THEN 4 END)::smallint,
    fc.errors::integer, fc.warnings::integer,
    coalesce(jsonb_array_length(p_check->'missing'), 0),
    -- Finding codes, `CODE:path` for FIELD_MISSING, `MISSING:path` per required field missing, and every cause of a
    -- combined finding (016).
    ARRAY(
      SELECT DISTINCT c FROM (
        SELECT x->>'code' AS c FROM jsonb_array_elements(p_check->'findings') x
        UNION ALL
        SELECT (x->>'code') || ':' || (x->>'path') FROM jsonb_array_elements(p_check->'findings') x
          WHERE x->>'code' = 'FIELD_MISSING'
        UNION ALL
        SELECT 'MISSING:' || (m->>'path') FROM jsonb_array_elements(p_check->'missing') m
        UNION ALL
        SELECT unnest(jixiao_finding_causes(p_check))
      ) s WHERE c IS NOT NULL
    ),
    NULLIF(btrim(p_record->>'phone'), ''),
    jixiao_money_wan(p_record #> '{funds,total,initialBudget}'),
    (p_record #>> '{funds,total,weight,value}')::double precision,
    (p_record #>> '{funds,total,score,value}')::double precision,
    (p_check #>> '{score,budget,computed}')::double precision,
    (p_record #>> '{funds,total,rate,value}')::double precision,
    (p_record->>'totalScore')::double precision,
    (p_record->>'totalWeight')::double precision,
    NULLIF(btrim(p_record #>> '{goals,expected}'), ''),
    NULLIF(btrim(p_record #>> '{goals,actual}'), ''),
    (SELECT count(*) FROM jsonb_array_elements(coalesce(p_record->'indicators', '[]'::jsonb)) i
      WHERE NOT coalesce((i->>'placeholder')::boolean, false))::integer,
    sat.score, sat.weight,
    jixiao_money_guessed_columns(p_record),
    rf.below, rf.above, rf.actual_empty,
    jixiao_satisfaction_rate(p_record)
  FROM (
    SELECT count(*) FILTER (WHERE x->>'severity' = 'error') AS errors,
           count(*) FILTER (WHERE x->>'severity' = 'warning') AS warnings
      FROM jsonb_array_elements(p_check->'findings') x
  ) fc
  CROSS JOIN jixiao_satisfaction_facts(p_record) sat
  CROSS JOIN jixiao_row_facts(p_record) rf
$$;

CREATE OR REPLACE FUNCTION jixiao_form_facts_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('form_facts_stamp');
  INSERT INTO form_facts AS ff (form_id, version, owner_id, year, department, dept_key, implementing_unit, owner_name,
    project_name, project_key, budget, executed, execution_rate, total_score, grade, grade_rank, error_count,
    warning_count, missing_count, codes, phone, initial_budget, budget_weight, budget_score, budget_score_computed,
    stated_rate, stated_total, total_weight, goals_expected, goals_actual, indicator_count, satisfaction_score,
    satisfaction_weight, money_guessed, rows_below_weight, rows_above_weight, rows_actual_empty, satisfaction_rate)
  SELECT n.form_id, n.version, f.owner_id, x.*
    FROM (SELECT DISTINCT ON (form_id) * FROM new_versions ORDER BY form_id, version DESC) n
    JOIN forms f ON f.id = n.form_id
    CROSS JOIN LATERAL jixiao_facts(n.record, n.check_result) x
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
    indicator_count = EXCLUDED.indicator_count, satisfaction_score = EXCLUDED.satisfaction_score,
    satisfaction_weight = EXCLUDED.satisfaction_weight, money_guessed = EXCLUDED.money_guessed,
    rows_below_weight = EXCLUDED.rows_below_weight, rows_above_weight = EXCLUDED.rows_above_weight,
    rows_actual_empty = EXCLUDED.rows_actual_empty, satisfaction_rate = EXCLUDED.satisfaction_rate
  WHERE ff.version <= EXCLUDED.version;
  RETURN NULL;
END
$$;

DROP TRIGGER form_versions_satisfaction ON form_versions;
DROP TRIGGER form_versions_money_guessed ON form_versions;
DROP TRIGGER form_versions_rows ON form_versions;
DROP TRIGGER form_versions_zcauses ON form_versions;
DROP TRIGGER form_versions_zsatisfaction_rate ON form_versions;
-- Dropped with their triggers, so a later CREATE OR REPLACE of one cannot look like it still runs.
DROP FUNCTION jixiao_satisfaction_of_statement();
DROP FUNCTION jixiao_money_guessed_of_statement();
DROP FUNCTION jixiao_row_facts_of_statement();
DROP FUNCTION jixiao_finding_causes_of_statement();
DROP FUNCTION jixiao_satisfaction_rate_of_statement();

-- Every stored form again, from its latest version, into a table without dead rows.
TRUNCATE form_facts;
INSERT INTO form_facts (form_id, version, owner_id, year, department, dept_key, implementing_unit, owner_name,
  project_name, project_key, budget, executed, execution_rate, total_score, grade, grade_rank, error_count,
  warning_count, missing_count, codes, phone, initial_budget, budget_weight, budget_score, budget_score_computed,
  stated_rate, stated_total, total_weight, goals_expected, goals_actual, indicator_count, satisfaction_score,
  satisfaction_weight, money_guessed, rows_below_weight, rows_above_weight, rows_actual_empty, satisfaction_rate)
SELECT v.form_id, v.version, f.owner_id, x.*
  FROM (SELECT DISTINCT ON (form_id) * FROM form_versions ORDER BY form_id, version DESC) v
  JOIN forms f ON f.id = v.form_id
  CROSS JOIN LATERAL jixiao_facts(v.record, v.check_result) x;
SELECT nextval('form_facts_stamp');

-- The numeric facts a question compares, ranks or counts on (execution_rate and total_score have theirs since 002).
CREATE INDEX form_facts_budget ON form_facts (budget);
CREATE INDEX form_facts_executed ON form_facts (executed);
CREATE INDEX form_facts_initial_budget ON form_facts (initial_budget);
CREATE INDEX form_facts_stated_rate ON form_facts (stated_rate);
CREATE INDEX form_facts_budget_weight ON form_facts (budget_weight);
CREATE INDEX form_facts_budget_score ON form_facts (budget_score);
CREATE INDEX form_facts_stated_total ON form_facts (stated_total);
CREATE INDEX form_facts_satisfaction_score ON form_facts (satisfaction_score);
CREATE INDEX form_facts_satisfaction_weight ON form_facts (satisfaction_weight);
CREATE INDEX form_facts_total_weight ON form_facts (total_weight);
CREATE INDEX form_facts_indicator_count ON form_facts (indicator_count);
CREATE INDEX form_facts_error_count ON form_facts (error_count);
CREATE INDEX form_facts_missing_count ON form_facts (missing_count);
CREATE INDEX form_facts_rows_below_weight ON form_facts (rows_below_weight);
CREATE INDEX form_facts_rows_above_weight ON form_facts (rows_above_weight);
CREATE INDEX form_facts_rows_actual_empty ON form_facts (rows_actual_empty);
CREATE INDEX form_facts_satisfaction_rate ON form_facts (satisfaction_rate);
-- For each pair of facts of one kind (the `kind:` prefix of p_names) that are both filled, `first<second`,
-- `first=second` or `first>second`, in p_names order.
CREATE FUNCTION jixiao_relations(p_names text[], p_values double precision[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(
           split_part(p_names[i], ':', 2)
           || CASE WHEN p_values[i] < p_values[j] THEN '<' WHEN p_values[i] > p_values[j] THEN '>' ELSE '=' END
           || split_part(p_names[j], ':', 2)), '{}')
    FROM generate_subscripts(p_names, 1) i
    JOIN generate_subscripts(p_names, 1) j ON i < j
   WHERE split_part(p_names[i], ':', 1) = split_part(p_names[j], ':', 1)
     AND p_values[i] IS NOT NULL AND p_values[j] IS NOT NULL
$$;

CREATE INDEX form_facts_relations ON form_facts USING gin ((jixiao_relations(ARRAY['money:initial_budget',
  'money:budget', 'money:executed', 'percent:execution_rate', 'percent:stated_rate', 'score:budget_weight',
  'score:budget_score', 'score:stated_total', 'score:total_score', 'score:satisfaction_score',
  'score:satisfaction_weight', 'score:total_weight', 'count:indicator_count', 'count:error_count',
  'count:missing_count', 'count:rows_below_weight', 'count:rows_above_weight', 'count:rows_actual_empty'],
  ARRAY[initial_budget, budget, executed, execution_rate, stated_rate, budget_weight, budget_score, stated_total,
  total_score, satisfaction_score, satisfaction_weight, total_weight, indicator_count, error_count, missing_count,
  rows_below_weight, rows_above_weight, rows_actual_empty])));
ANALYZE form_facts;
