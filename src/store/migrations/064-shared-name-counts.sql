-- 有没有两个项目名字一样的 (execute.ts `shared`, projectName) over every form: the forms whose project name, as keyed,
-- another form also has. Grouping all 100 000 keys (each one of its own, bar a few hundred) read every entry of the
-- project_key index three times per question (the count, the page, the amounts read as 元): 0.65 s (PGlite) as a bench
-- p95 for an administrator, and PostgreSQL planned the page as a nested loop over the groups (13.6 s). Here each key's
-- forms are counted as the facts are written, so the keys held by two forms or more are the few entries of a partial
-- index, and their forms are found by form_facts_project_key (029). A department's user compares only the forms they
-- see (execute.ts groups those, a few thousand).
--
-- Stop 35's 061 kept the same count under a schema-wide advisory lock, and a write waiting behind an open transaction
-- timed out; it was reverted. Here no lock is taken beyond the rows of the keys a statement changes: each is an
-- INSERT … ON CONFLICT DO UPDATE adding the statement's net change to the key's own row (additions commute, so two
-- writers of one key serialize on that row only and both counts land). A statement's keys are written in key order,
-- so two statements never wait on each other's keys crosswise. An UPDATE that leaves a form's key as it was (a new
-- version of the same project, a department claimed or changed, money or scores) nets to nothing and writes nothing.
-- A key no form holds any more stays with 0 forms (deleting it would race a writer adding it back).
CREATE TABLE project_key_counts (
  key text PRIMARY KEY,
  forms integer NOT NULL
);

-- The net change of a statement's old rows (-1) and new rows (+1) per key, keys in order. `project_key` is never ''
-- (jixiao_facts writes NULL for an empty name), and execute.ts compares on NULLIF(project_key, '') all the same.
CREATE FUNCTION jixiao_project_key_counts_add(p_keys text[], p_deltas integer[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO project_key_counts AS c (key, forms)
  SELECT k, sum(d) FROM unnest(p_keys, p_deltas) u(k, d)
   WHERE k IS NOT NULL AND k <> ''
   GROUP BY k HAVING sum(d) <> 0 ORDER BY k
  ON CONFLICT (key) DO UPDATE SET forms = c.forms + EXCLUDED.forms
$$;

CREATE FUNCTION jixiao_project_key_counts_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[];
  deltas integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(project_key), array_agg(1) INTO keys, deltas FROM new_facts;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(project_key), array_agg(-1) INTO keys, deltas FROM old_facts;
  ELSE
    -- Only the rows whose key changed: most updates (a new version of the same project) change none.
    SELECT array_agg(k), array_agg(d) INTO keys, deltas FROM (
      SELECT o.project_key, -1 FROM old_facts o JOIN new_facts n USING (form_id)
       WHERE o.project_key IS DISTINCT FROM n.project_key
      UNION ALL
      SELECT n.project_key, 1 FROM old_facts o JOIN new_facts n USING (form_id)
       WHERE o.project_key IS DISTINCT FROM n.project_key
    ) changed(k, d);
  END IF;
  IF keys IS NOT NULL THEN
    PERFORM jixiao_project_key_counts_add(keys, deltas);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER form_facts_key_counts_in AFTER INSERT ON form_facts REFERENCING NEW TABLE AS new_facts
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_project_key_counts_of_statement();
CREATE TRIGGER form_facts_key_counts_out AFTER DELETE ON form_facts REFERENCING OLD TABLE AS old_facts
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_project_key_counts_of_statement();
CREATE TRIGGER form_facts_key_counts_again AFTER UPDATE ON form_facts
  REFERENCING OLD TABLE AS old_facts NEW TABLE AS new_facts
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_project_key_counts_of_statement();

-- TRUNCATE fires no DELETE trigger (025 rebuilt the facts so): the counts go with the rows, and the INSERT that
-- refills the facts counts them again.
CREATE FUNCTION jixiao_project_key_counts_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM project_key_counts;
  RETURN NULL;
END
$$;
CREATE TRIGGER form_facts_key_counts_truncated AFTER TRUNCATE ON form_facts
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_project_key_counts_truncated();

INSERT INTO project_key_counts (key, forms)
SELECT project_key, count(*) FROM form_facts WHERE project_key IS NOT NULL AND project_key <> '' GROUP BY 1;
-- The keys held by two forms or more: a few hundred entries at 100 000 forms.
CREATE INDEX project_key_counts_shared ON project_key_counts (key) WHERE forms > 1;
ANALYZE project_key_counts;
