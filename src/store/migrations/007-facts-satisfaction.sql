-- The 满意度 rows of a form in the facts (questions like 满意度得0分): the summed 得分 and 分值 of its non-placeholder
-- indicator rows whose 一级 or 二级 label says 满意. Filled by a second statement trigger that runs after the facts
-- trigger (triggers of one event fire in name order).
ALTER TABLE form_facts
  ADD COLUMN satisfaction_score double precision,
  ADD COLUMN satisfaction_weight double precision;

CREATE FUNCTION jixiao_satisfaction_facts(p_record jsonb) RETURNS TABLE (score double precision, weight double precision)
LANGUAGE sql IMMUTABLE AS $$
  SELECT sum((i->>'score')::double precision), sum((i->>'weight')::double precision)
    FROM jsonb_array_elements(coalesce(p_record->'indicators', '[]'::jsonb)) i
   WHERE NOT coalesce((i->>'placeholder')::boolean, false)
     AND (coalesce(i->>'level1', '') LIKE '%满意%' OR coalesce(i->>'level2', '') LIKE '%满意%')
$$;

CREATE FUNCTION jixiao_satisfaction_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE form_facts ff SET satisfaction_score = s.score, satisfaction_weight = s.weight
    FROM (SELECT DISTINCT ON (form_id) * FROM new_versions ORDER BY form_id, version DESC) n
    CROSS JOIN LATERAL jixiao_satisfaction_facts(n.record) s
   WHERE ff.form_id = n.form_id AND ff.version = n.version;
  RETURN NULL;
END
$$;

CREATE TRIGGER form_versions_satisfaction AFTER INSERT ON form_versions REFERENCING NEW TABLE AS new_versions
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_satisfaction_of_statement();

UPDATE form_facts ff SET satisfaction_score = s.score, satisfaction_weight = s.weight
  FROM form_versions v CROSS JOIN LATERAL jixiao_satisfaction_facts(v.record) s
 WHERE v.form_id = ff.form_id AND v.version = ff.version;
