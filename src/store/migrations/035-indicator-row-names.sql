-- Row questions (src/query/row-answer.ts) at 100 000 forms (~1 million indicator rows) in well under 100 ms
-- (bench/query.bench.ts, the row kinds). A row is named by containment in its 一级, 二级 or 三级指标 (满意度 matches
-- 满意度指标, 服务对象满意度指标 and 群众满意度); `LIKE '%满意度%'` on three columns of every row read the whole table
-- (~400 ms). But the distinct names are few — every form repeats its template's levels and most of its 三级指标 — so:
-- 1. indicator_names holds each distinct name once (one row per text, whatever its level): the containment is done
--    there, and the rows or forms are then found by the exact names it returned.
-- 2. indicator_forms holds per form the distinct names of its rows, GIN-indexed: 有X指标的项目有几个 and 哪些项目有X这个
--    指标 read the forms having one of the names, never their rows.
-- Both are kept by a statement trigger on form_versions that runs after form_versions_indicator_rows (triggers fire
-- in name order) and reads what it left, so the rows stay defined in one place (migration 034). A name no longer on
-- any form stays in indicator_names: it then matches no form, which is the right answer, and the table stays small.
CREATE TABLE indicator_names (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE
);

-- The names as numbers: a form's array is ~20 integers instead of ~20 texts, so the table and its GIN index stay a
-- fraction of the size and counting half of 100 000 forms reads a few hundred pages.
CREATE TABLE indicator_forms (
  form_id text PRIMARY KEY REFERENCES forms (id) ON DELETE CASCADE,
  names integer[] NOT NULL
);
CREATE INDEX indicator_forms_names ON indicator_forms USING gin (names);
-- No statistics on the arrays: with them the planner sees a common name on most forms and reads every form's array
-- (`&&` on each: 250 ms at 100 000 forms) rather than the index (50 ms); the questions that would favour the table
-- are the ones row-answer.ts sends by another path (a department's forms, each looked up).
ALTER TABLE indicator_forms ALTER COLUMN names SET STATISTICS 0;

-- The names of the given forms' rows, from indicator_rows as the trigger of migration 034 left them.
CREATE FUNCTION jixiao_indicator_names_of(p_form_ids text[]) RETURNS void LANGUAGE sql AS $$
  -- In one order, so that two uploads adding the same new names cannot wait on each other.
  INSERT INTO indicator_names (name)
  SELECT DISTINCT x.name
    FROM (SELECT DISTINCT form_id FROM unnest(p_form_ids) form_id) u
    JOIN indicator_rows r ON r.form_id = u.form_id
    CROSS JOIN LATERAL (VALUES (r.level1), (r.level2), (r.name)) x(name)
   WHERE x.name IS NOT NULL
   ORDER BY 1
  ON CONFLICT (name) DO NOTHING;
  INSERT INTO indicator_forms AS f (form_id, names)
  SELECT u.form_id, coalesce((
           SELECT array_agg(DISTINCT n.id ORDER BY n.id)
             FROM indicator_rows r
             CROSS JOIN LATERAL (VALUES (r.level1), (r.level2), (r.name)) x(name)
             JOIN indicator_names n ON n.name = x.name
            WHERE r.form_id = u.form_id), '{}')
    FROM (SELECT DISTINCT form_id FROM unnest(p_form_ids) form_id) u
  ON CONFLICT (form_id) DO UPDATE SET names = EXCLUDED.names WHERE f.names IS DISTINCT FROM EXCLUDED.names;
$$;

CREATE FUNCTION jixiao_indicator_names_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM jixiao_indicator_names_of(ARRAY(SELECT form_id FROM new_versions));
  RETURN NULL;
END
$$;

CREATE TRIGGER form_versions_indicator_rows_names AFTER INSERT ON form_versions REFERENCING NEW TABLE AS new_versions
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_indicator_names_of_statement();

-- Every stored form (one with no rows gets '{}').
SELECT jixiao_indicator_names_of(ARRAY(SELECT id FROM forms));

-- 3. The rows that lost points (得分 below 分值) or scored above it are a few in a hundred: a department's 扣分最多,
--    成本指标没拿满分的项目 or 扣了分的指标有几条 read them alone, by form and with the columns they test, without
--    touching the table (an index-only scan; 100 ms for the heap of 30 000 lost rows at 100 000 forms).
CREATE INDEX indicator_rows_lost_by_form ON indicator_rows (form_id) INCLUDE (n, weight, score, level1, level2, name)
  WHERE score < weight;
CREATE INDEX indicator_rows_above_by_form ON indicator_rows (form_id) INCLUDE (n, weight, score, level1, level2, name)
  WHERE score > weight;
ANALYZE indicator_forms;
ANALYZE indicator_names;
