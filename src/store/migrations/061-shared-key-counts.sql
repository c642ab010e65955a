-- 有没有两个项目名字一样的 (execute.ts `shared`, projectName): the forms whose project name, as keyed, another form
-- also has. Over every form that grouped all 100 000 names (each one a key of its own, bar a few hundred) to find
-- those held twice (the grouping spilled to disk), and the planner then walked the forms testing each against them:
-- 0.6 s (PGlite) and 13.6 s (PostgreSQL, a nested loop over the groups) as bench p95s for an administrator. Here each
-- name's forms are counted as the facts are written, so the names held by two forms or more are the few entries of
-- a partial index, and their forms are found by an index on the key (below). A department's user compares only the
-- forms they see (execute.ts groups those, a few thousand). A phone's digits are not counted: they are few keys (44
-- at 100 000 forms, most of them shared), grouped cheaply over 052's index, where a kept count misleads the planner
-- into listing 95 000 forms before ordering them. `field` leaves room for another key.
-- The key is written term for term as execute.ts SHARED_KEY writes it. A key no form holds any more stays with 0.
CREATE TABLE form_key_counts (
  field text NOT NULL,
  key text NOT NULL,
  forms integer NOT NULL,
  PRIMARY KEY (field, key)
);

-- The keys of a form's facts (none where the cell is empty).
CREATE FUNCTION jixiao_form_keys(p_project_key text) RETURNS TABLE (field text, key text)
LANGUAGE sql IMMUTABLE AS $$
  SELECT f, k FROM (VALUES ('projectName', NULLIF(p_project_key, ''))) v(f, k) WHERE k IS NOT NULL
$$;

-- The counts moved by the facts removed (-1) and added (+1), under the advisory lock the row triggers take (053):
-- a form's facts and rows are written in one transaction, and two uploads wait for each other.
CREATE FUNCTION jixiao_form_keys_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    IF NOT EXISTS (SELECT 1 FROM old_facts) THEN RETURN NULL; END IF;
    PERFORM pg_advisory_xact_lock(7316, hashtext(current_schema()));
    INSERT INTO form_key_counts AS c (field, key, forms)
    SELECT k.field, k.key, -count(*) FROM old_facts o CROSS JOIN LATERAL jixiao_form_keys(o.project_key) k
     GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (field, key) DO UPDATE SET forms = c.forms + EXCLUDED.forms;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF NOT EXISTS (SELECT 1 FROM new_facts) THEN RETURN NULL; END IF;
    PERFORM pg_advisory_xact_lock(7316, hashtext(current_schema()));
    INSERT INTO form_key_counts AS c (field, key, forms)
    SELECT k.field, k.key, count(*) FROM new_facts n CROSS JOIN LATERAL jixiao_form_keys(n.project_key) k
     GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (field, key) DO UPDATE SET forms = c.forms + EXCLUDED.forms;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER form_facts_keys_in AFTER INSERT ON form_facts REFERENCING NEW TABLE AS new_facts
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_form_keys_of_statement();
CREATE TRIGGER form_facts_keys_out AFTER DELETE ON form_facts REFERENCING OLD TABLE AS old_facts
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_form_keys_of_statement();
CREATE TRIGGER form_facts_keys_again AFTER UPDATE ON form_facts REFERENCING OLD TABLE AS old_facts NEW TABLE AS new_facts
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_form_keys_of_statement();

INSERT INTO form_key_counts (field, key, forms)
SELECT k.field, k.key, count(*) FROM form_facts f CROSS JOIN LATERAL jixiao_form_keys(f.project_key) k
 GROUP BY 1, 2;
-- The keys held by two forms or more: a few hundred entries at 100 000 forms.
CREATE INDEX form_key_counts_shared ON form_key_counts (field, key) WHERE forms > 1;
-- A shared name's forms, by the key as execute.ts writes it.
CREATE INDEX form_facts_project_key_set ON form_facts ((NULLIF(project_key, '')));
ANALYZE form_key_counts;
ANALYZE form_facts;
