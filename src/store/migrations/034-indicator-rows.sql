-- Questions about indicator rows (src/query/rows.ts): 扣分最多的指标, 群众满意度的年度指标值, 有几条三级指标, 成本指标扣了分的
-- 项目. form_facts keeps one row per form; these are the real (non-placeholder) 绩效指标 rows of each form's latest
-- version, one table row each, kept by a statement trigger on form_versions like the facts (an older version written
-- after a newer one never replaces it). Access and every form-level condition stay on form_facts, joined by form_id.
CREATE TABLE indicator_rows (
  form_id text NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
  version integer NOT NULL,
  -- Position among the form's rows (placeholders counted), so a row is shown in the form's order.
  n integer NOT NULL,
  level1 text,
  level2 text,
  name text,
  target text,
  actual text,
  weight double precision,
  score double precision,
  deviation text,
  PRIMARY KEY (form_id, n)
);

CREATE FUNCTION jixiao_indicator_rows(p_form_id text, p_version integer, p_record jsonb)
RETURNS SETOF indicator_rows LANGUAGE sql IMMUTABLE AS $$
  SELECT p_form_id, p_version, (o.n - 1)::integer,
         NULLIF(btrim(o.i->>'level1'), ''), NULLIF(btrim(o.i->>'level2'), ''), NULLIF(btrim(o.i->>'name'), ''),
         NULLIF(btrim(o.i->>'target'), ''), NULLIF(btrim(o.i->>'actual'), ''),
         (o.i->>'weight')::double precision, (o.i->>'score')::double precision,
         NULLIF(btrim(o.i->>'deviation'), '')
    FROM jsonb_array_elements(coalesce(p_record->'indicators', '[]'::jsonb)) WITH ORDINALITY AS o(i, n)
   WHERE NOT coalesce((o.i->>'placeholder')::boolean, false)
$$;

CREATE FUNCTION jixiao_indicator_rows_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM indicator_rows r
   USING (SELECT form_id, max(version) AS version FROM new_versions GROUP BY form_id) n
   WHERE r.form_id = n.form_id AND r.version <= n.version;
  INSERT INTO indicator_rows
  SELECT x.*
    FROM (SELECT DISTINCT ON (form_id) * FROM new_versions ORDER BY form_id, version DESC) n
    CROSS JOIN LATERAL jixiao_indicator_rows(n.form_id, n.version, n.record) x
   WHERE NOT EXISTS (SELECT 1 FROM indicator_rows r WHERE r.form_id = n.form_id AND r.version > n.version);
  RETURN NULL;
END
$$;

CREATE TRIGGER form_versions_indicator_rows AFTER INSERT ON form_versions REFERENCING NEW TABLE AS new_versions
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_indicator_rows_of_statement();

INSERT INTO indicator_rows
SELECT x.*
  FROM (SELECT DISTINCT ON (form_id) * FROM form_versions ORDER BY form_id, version DESC) v
  CROSS JOIN LATERAL jixiao_indicator_rows(v.form_id, v.version, v.record) x;

-- The rows of the forms a question selected (a named project, a department) are read by form_id (the primary key);
-- the rows that lost points, by their loss: 扣分最多的指标 reads the top entries, 扣了分的指标有几条 only those rows.
CREATE INDEX indicator_rows_lost ON indicator_rows ((weight - score)) WHERE score < weight;
ANALYZE indicator_rows;
