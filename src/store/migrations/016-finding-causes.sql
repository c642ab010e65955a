-- One finding per place (issue 11): the scorer combines the causes found for one cell into one finding whose `code` is
-- the worst cause and whose `causes` lists every code. The facts' `codes` (read by portfolio questions such as
-- 得分超过分值 or 计算有误) keep every cause, so combining never hides a form from a question. Runs after
-- form_versions_facts (triggers of one event fire in name order).
CREATE FUNCTION jixiao_finding_causes(p_check jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(DISTINCT c), '{}')
    FROM jsonb_array_elements(coalesce(p_check->'findings', '[]'::jsonb)) x
    CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x->'causes', '[]'::jsonb)) c
$$;

CREATE FUNCTION jixiao_finding_causes_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE form_facts ff
     SET codes = ARRAY(SELECT DISTINCT unnest(ff.codes || jixiao_finding_causes(n.check_result)))
    FROM (SELECT DISTINCT ON (form_id) * FROM new_versions ORDER BY form_id, version DESC) n
   WHERE ff.form_id = n.form_id AND ff.version = n.version
     AND NOT (jixiao_finding_causes(n.check_result) <@ ff.codes);
  RETURN NULL;
END
$$;

CREATE TRIGGER form_versions_zcauses AFTER INSERT ON form_versions REFERENCING NEW TABLE AS new_versions
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_finding_causes_of_statement();

UPDATE form_facts ff
   SET codes = ARRAY(SELECT DISTINCT unnest(ff.codes || jixiao_finding_causes(v.check_result)))
  FROM form_versions v
 WHERE v.form_id = ff.form_id AND v.version = ff.version
   AND NOT (jixiao_finding_causes(v.check_result) <@ ff.codes);
