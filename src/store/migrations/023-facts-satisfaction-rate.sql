-- The 满意度 a form states, as a percentage, for questions like 满意度低于90%的项目 (src/survey/query.ts): the first
-- percentage written in the 实际完成值 of a non-placeholder row whose 一级 or 二级 label says 满意 (a survey's result
-- is written there too). Kept by a statement trigger that runs after the facts trigger (name order).
ALTER TABLE form_facts ADD COLUMN satisfaction_rate double precision;

CREATE FUNCTION jixiao_satisfaction_rate(p_record jsonb) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
  SELECT (substring(i->>'actual' FROM '([0-9]+(?:\.[0-9]+)?)\s*[%％]'))::double precision
    FROM jsonb_array_elements(coalesce(p_record->'indicators', '[]'::jsonb)) WITH ORDINALITY AS t(i, n)
   WHERE NOT coalesce((i->>'placeholder')::boolean, false)
     AND (coalesce(i->>'level1', '') LIKE '%满意%' OR coalesce(i->>'level2', '') LIKE '%满意%')
     AND i->>'actual' ~ '[0-9]\s*[%％]'
   ORDER BY n LIMIT 1
$$;

CREATE FUNCTION jixiao_satisfaction_rate_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE form_facts ff SET satisfaction_rate = jixiao_satisfaction_rate(n.record)
    FROM (SELECT DISTINCT ON (form_id) * FROM new_versions ORDER BY form_id, version DESC) n
   WHERE ff.form_id = n.form_id AND ff.version = n.version;
  RETURN NULL;
END
$$;

CREATE TRIGGER form_versions_zsatisfaction_rate AFTER INSERT ON form_versions REFERENCING NEW TABLE AS new_versions
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_satisfaction_rate_of_statement();

UPDATE form_facts ff SET satisfaction_rate = jixiao_satisfaction_rate(v.record)
  FROM form_versions v WHERE v.form_id = ff.form_id AND v.version = ff.version;
