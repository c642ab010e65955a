-- 分值加起来超过100的表 / 各项分值合计不到100分的项目 (src/query/fields.ts `weightSum`): the 分值 of the budget row and of
-- every real indicator row added up, kept on the facts row so that a comparison with a number reads an index, not
-- every form's rows (the WEIGHT_SUM finding only says "not 100", never which way nor by how much).
-- NULL when neither the budget row nor any indicator row states a 分值: there is nothing to add up.
CREATE FUNCTION jixiao_weight_sum(p_record jsonb) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN b.weight IS NULL AND r.weights IS NULL THEN NULL
              ELSE coalesce(b.weight, 0) + coalesce(r.weights, 0) END
    FROM (SELECT (p_record #>> '{funds,total,weight,value}')::double precision AS weight) b
    CROSS JOIN (
      SELECT sum((i->>'weight')::double precision) AS weights
        FROM jsonb_array_elements(coalesce(p_record->'indicators', '[]'::jsonb)) i
       WHERE NOT coalesce((i->>'placeholder')::boolean, false)
    ) r
$$;

ALTER TABLE form_facts ADD COLUMN weight_sum double precision;

-- The one write per version of migration 025, with the new fact (jixiao_facts itself is unchanged).
CREATE OR REPLACE FUNCTION jixiao_form_facts_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('form_facts_stamp');
  INSERT INTO form_facts AS ff (form_id, version, owner_id, year, department, dept_key, implementing_unit, owner_name,
    project_name, project_key, budget, executed, execution_rate, total_score, grade, grade_rank, error_count,
    warning_count, missing_count, codes, phone, initial_budget, budget_weight, budget_score, budget_score_computed,
    stated_rate, stated_total, total_weight, goals_expected, goals_actual, indicator_count, satisfaction_score,
    satisfaction_weight, money_guessed, rows_below_weight, rows_above_weight, rows_actual_empty, satisfaction_rate,
    weight_sum)
  SELECT n.form_id, n.version, f.owner_id, x.*, jixiao_weight_sum(n.record)
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
    rows_actual_empty = EXCLUDED.rows_actual_empty, satisfaction_rate = EXCLUDED.satisfaction_rate,
    weight_sum = EXCLUDED.weight_sum
  WHERE ff.version <= EXCLUDED.version;
  RETURN NULL;
END
$$;

-- Every stored form again from its latest version, into a table without dead rows (as 025 did: an UPDATE of every
-- row would leave a dead copy of each, and PGlite has no autovacuum to take them away).
TRUNCATE form_facts;
INSERT INTO form_facts (form_id, version, owner_id, year, department, dept_key, implementing_unit, owner_name,
  project_name, project_key, budget, executed, execution_rate, total_score, grade, grade_rank, error_count,
  warning_count, missing_count, codes, phone, initial_budget, budget_weight, budget_score, budget_score_computed,
  stated_rate, stated_total, total_weight, goals_expected, goals_actual, indicator_count, satisfaction_score,
  satisfaction_weight, money_guessed, rows_below_weight, rows_above_weight, rows_actual_empty, satisfaction_rate,
  weight_sum)
SELECT v.form_id, v.version, f.owner_id, x.*, jixiao_weight_sum(v.record)
  FROM (SELECT DISTINCT ON (form_id) * FROM form_versions ORDER BY form_id, version DESC) v
  JOIN forms f ON f.id = v.form_id
  CROSS JOIN LATERAL jixiao_facts(v.record, v.check_result) x;
SELECT nextval('form_facts_stamp');

-- Compared with a number (超过100 / 不到100): the few forms off 100 are read from the index.
CREATE INDEX form_facts_weight_sum ON form_facts (weight_sum);
ANALYZE form_facts;
