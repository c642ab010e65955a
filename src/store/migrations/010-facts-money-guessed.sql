-- Migration 006 reads an amount above 10 000 in a 万元 column with no unit written as 元 (divided by 10 000). That is a
-- guess, so the facts remember which amounts were guessed: every answer whose sum, ranking or list uses one says so
-- (src/query/README.md). `money_guessed` names the converted columns (budget, executed, initial_budget); NULL when
-- none, so a small partial index finds the few forms that have one.
ALTER TABLE form_facts ADD COLUMN money_guessed text[];

-- The rule of jixiao_money_wan (migration 006): no 万元 figure from the reader, no unit, above 10 000.
CREATE FUNCTION jixiao_money_guessed(cell jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT cell->>'valueWan' IS NULL AND cell->>'unit' IS NULL AND coalesce((cell->>'value')::double precision > 10000, false)
$$;

CREATE FUNCTION jixiao_money_guessed_columns(p_record jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT NULLIF(array_remove(ARRAY[
      CASE WHEN jixiao_money_guessed(p_record #> '{funds,total,annualBudget}') THEN 'budget' END,
      CASE WHEN jixiao_money_guessed(p_record #> '{funds,total,executed}') THEN 'executed' END,
      CASE WHEN jixiao_money_guessed(p_record #> '{funds,total,initialBudget}') THEN 'initial_budget' END
    ], NULL), '{}')
$$;

-- Runs after form_versions_facts (triggers of one event fire in name order).
CREATE FUNCTION jixiao_money_guessed_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE form_facts ff SET money_guessed = jixiao_money_guessed_columns(n.record)
    FROM (SELECT DISTINCT ON (form_id) * FROM new_versions ORDER BY form_id, version DESC) n
   WHERE ff.form_id = n.form_id AND ff.version = n.version
     AND ff.money_guessed IS DISTINCT FROM jixiao_money_guessed_columns(n.record);
  RETURN NULL;
END
$$;

CREATE TRIGGER form_versions_money_guessed AFTER INSERT ON form_versions REFERENCING NEW TABLE AS new_versions
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_money_guessed_of_statement();

UPDATE form_facts ff SET money_guessed = jixiao_money_guessed_columns(v.record)
  FROM form_versions v
 WHERE v.form_id = ff.form_id AND v.version = ff.version AND jixiao_money_guessed_columns(v.record) IS NOT NULL;

CREATE INDEX form_facts_money_guessed ON form_facts (form_id) WHERE money_guessed IS NOT NULL;
