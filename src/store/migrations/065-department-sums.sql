-- An administrator's questions per 主管部门 over every form (execute.ts keptGroups): 哪些部门的项目超过10个 (a count
-- per department), 哪个部门执行率最高 (each department's pooled rate: its 执行数 over its 预算, summed), 哪些单位的表
-- 要退回重做 (the forms with errors per department). Each grouped all 100 000 forms (an index-only scan of 100 000
-- entries, or a scan of the table for the forms with errors): 300–400 ms as bench p95s on both stores. The figures
-- they read are kept here per department (as keyed, with the name as written) and year as the facts are written,
-- ~200 rows at 100 000 forms, and grouped per department in a moment.
--
-- No lock beyond the rows a statement changes (stop 35's 061, a schema-wide lock, was reverted): each write adds its
-- net change to the rows of its own departments and years with INSERT … ON CONFLICT DO UPDATE, in key order, so two
-- writers of one department serialize on that row only (until the first commits) and both changes land. A statement
-- that changes none of these figures (a new version with the same money, a name corrected) nets to nothing and writes
-- nothing. Sums are numeric, so that adding and taking away a form's amount leave the sum exactly as it was. A row
-- no form is counted in any more stays with 0 forms (deleting it would race a writer adding it back).
CREATE TABLE department_sums (
  dept_key text,
  department text,
  year integer,
  forms integer NOT NULL,
  error_forms integer NOT NULL,
  -- The amounts filled (sum() of none is NULL, not 0) and their sum.
  executed_n integer NOT NULL,
  executed_sum numeric NOT NULL,
  budget_n integer NOT NULL,
  budget_sum numeric NOT NULL
);
CREATE UNIQUE INDEX department_sums_key ON department_sums (dept_key, department, year) NULLS NOT DISTINCT;

-- A statement's rows as signed changes (`sign` -1 for rows gone, +1 for rows come), netted per key and written in key
-- order; keys whose change nets to nothing are left alone.
CREATE FUNCTION jixiao_department_sums_add(p_changes jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO department_sums AS s (dept_key, department, year, forms, error_forms, executed_n, executed_sum,
                                    budget_n, budget_sum)
  SELECT c.dept_key, c.department, c.year, sum(c.sign), sum(c.sign * (c.error_count > 0)::integer),
         sum(c.sign * (c.executed IS NOT NULL)::integer), coalesce(sum(c.sign * c.executed::numeric), 0),
         sum(c.sign * (c.budget IS NOT NULL)::integer), coalesce(sum(c.sign * c.budget::numeric), 0)
    FROM jsonb_to_recordset(p_changes) c(sign integer, dept_key text, department text, year integer,
                                         error_count integer, executed double precision, budget double precision)
   GROUP BY 1, 2, 3
  HAVING sum(c.sign) <> 0 OR sum(c.sign * (c.error_count > 0)::integer) <> 0
      OR sum(c.sign * (c.executed IS NOT NULL)::integer) <> 0 OR coalesce(sum(c.sign * c.executed::numeric), 0) <> 0
      OR sum(c.sign * (c.budget IS NOT NULL)::integer) <> 0 OR coalesce(sum(c.sign * c.budget::numeric), 0) <> 0
   ORDER BY 1 NULLS FIRST, 2 NULLS FIRST, 3 NULLS FIRST
  ON CONFLICT (dept_key, department, year) DO UPDATE SET
    forms = s.forms + EXCLUDED.forms,
    error_forms = s.error_forms + EXCLUDED.error_forms,
    executed_n = s.executed_n + EXCLUDED.executed_n,
    executed_sum = s.executed_sum + EXCLUDED.executed_sum,
    budget_n = s.budget_n + EXCLUDED.budget_n,
    budget_sum = s.budget_sum + EXCLUDED.budget_sum
$$;

CREATE FUNCTION jixiao_department_sums_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changes jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(jsonb_build_object('sign', 1, 'dept_key', dept_key, 'department', department, 'year', year,
                     'error_count', error_count, 'executed', executed, 'budget', budget))
      INTO changes FROM new_facts;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(jsonb_build_object('sign', -1, 'dept_key', dept_key, 'department', department, 'year', year,
                     'error_count', error_count, 'executed', executed, 'budget', budget))
      INTO changes FROM old_facts;
  ELSE
    -- Only the rows where a figure kept here changed: most new versions change none of them.
    SELECT jsonb_agg(c) INTO changes FROM (
      SELECT jsonb_build_object('sign', -1, 'dept_key', o.dept_key, 'department', o.department, 'year', o.year,
                                'error_count', o.error_count, 'executed', o.executed, 'budget', o.budget) AS c
        FROM old_facts o JOIN new_facts n USING (form_id)
       WHERE (o.dept_key, o.department, o.year, o.error_count > 0, o.executed, o.budget)
             IS DISTINCT FROM (n.dept_key, n.department, n.year, n.error_count > 0, n.executed, n.budget)
      UNION ALL
      SELECT jsonb_build_object('sign', 1, 'dept_key', n.dept_key, 'department', n.department, 'year', n.year,
                                'error_count', n.error_count, 'executed', n.executed, 'budget', n.budget)
        FROM old_facts o JOIN new_facts n USING (form_id)
       WHERE (o.dept_key, o.department, o.year, o.error_count > 0, o.executed, o.budget)
             IS DISTINCT FROM (n.dept_key, n.department, n.year, n.error_count > 0, n.executed, n.budget)
    ) changed;
  END IF;
  IF changes IS NOT NULL THEN
    PERFORM jixiao_department_sums_add(changes);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER form_facts_department_sums_in AFTER INSERT ON form_facts REFERENCING NEW TABLE AS new_facts
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_department_sums_of_statement();
CREATE TRIGGER form_facts_department_sums_out AFTER DELETE ON form_facts REFERENCING OLD TABLE AS old_facts
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_department_sums_of_statement();
CREATE TRIGGER form_facts_department_sums_again AFTER UPDATE ON form_facts
  REFERENCING OLD TABLE AS old_facts NEW TABLE AS new_facts
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_department_sums_of_statement();

-- TRUNCATE fires no DELETE trigger: the sums go with the rows, and the INSERT that refills the facts adds them again.
CREATE FUNCTION jixiao_department_sums_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM department_sums;
  RETURN NULL;
END
$$;
CREATE TRIGGER form_facts_department_sums_truncated AFTER TRUNCATE ON form_facts
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_department_sums_truncated();

INSERT INTO department_sums (dept_key, department, year, forms, error_forms, executed_n, executed_sum, budget_n,
                             budget_sum)
SELECT dept_key, department, year, count(*), count(*) FILTER (WHERE error_count > 0), count(executed),
       coalesce(sum(executed::numeric), 0), count(budget), coalesce(sum(budget::numeric), 0)
  FROM form_facts GROUP BY 1, 2, 3;
ANALYZE department_sums;
