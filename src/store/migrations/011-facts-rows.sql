-- Questions about indicator rows in a clerk's words (src/query/README.md): 扣分 (a row scored below its 分值), a row
-- scored above it, 实际完成值 left empty on a weighted row (every such row, the survey rows too: the validator's
-- ACTUAL_EMPTY leaves out rows whose survey was not done, a clerk asking what is empty does not). Counts of the
-- non-placeholder rows, kept by a statement trigger after the facts trigger (triggers fire in name order). And the
-- 执行率 is kept rounded to two decimals, as every answer shows it: 99.998 % reads 100 %, so it is not "below 100 %".
ALTER TABLE form_facts
  ADD COLUMN rows_below_weight integer,
  ADD COLUMN rows_above_weight integer,
  ADD COLUMN rows_actual_empty integer;

CREATE FUNCTION jixiao_row_facts(p_record jsonb)
RETURNS TABLE (below integer, above integer, actual_empty integer) LANGUAGE sql IMMUTABLE AS $$
  SELECT count(*) FILTER (WHERE (i->>'score')::double precision < (i->>'weight')::double precision)::integer,
         count(*) FILTER (WHERE (i->>'score')::double precision > (i->>'weight')::double precision)::integer,
         count(*) FILTER (WHERE coalesce((i->>'weight')::double precision, 0) > 0
                            AND btrim(coalesce(i->>'actual', '')) = '')::integer
    FROM jsonb_array_elements(coalesce(p_record->'indicators', '[]'::jsonb)) i
   WHERE NOT coalesce((i->>'placeholder')::boolean, false)
$$;

CREATE FUNCTION jixiao_row_facts_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE form_facts ff
     SET rows_below_weight = s.below, rows_above_weight = s.above, rows_actual_empty = s.actual_empty
    FROM (SELECT DISTINCT ON (form_id) * FROM new_versions ORDER BY form_id, version DESC) n
    CROSS JOIN LATERAL jixiao_row_facts(n.record) s
   WHERE ff.form_id = n.form_id AND ff.version = n.version;
  RETURN NULL;
END
$$;

CREATE TRIGGER form_versions_rows AFTER INSERT ON form_versions REFERENCING NEW TABLE AS new_versions
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_row_facts_of_statement();

CREATE FUNCTION jixiao_round_rate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.execution_rate := round(NEW.execution_rate::numeric, 2)::double precision;
  RETURN NEW;
END
$$;

CREATE TRIGGER form_facts_round_rate BEFORE INSERT OR UPDATE ON form_facts
  FOR EACH ROW EXECUTE FUNCTION jixiao_round_rate();

UPDATE form_facts ff
   SET rows_below_weight = s.below, rows_above_weight = s.above, rows_actual_empty = s.actual_empty
  FROM form_versions v CROSS JOIN LATERAL jixiao_row_facts(v.record) s
 WHERE v.form_id = ff.form_id AND v.version = ff.version;
