-- Row questions about a kind of the templates over many forms (src/query/row-answer.ts): 哪个项目的产出指标最多 ranks
-- the forms by how many rows of the kind each has, and 满意度指标的目标值一般设多少 counts the values of a column over
-- the rows of the kind. Both counted or grouped every row of the kind (~150 000 产出 rows at 100 000 forms, with each
-- form's facts): 0.7 s and 0.3–0.4 s as bench p95s for an administrator. The kinds are the templates' own, a fixed
-- few (row-terms.ts KIND_WORDS), and a row's kind depends on its 一级 and 二级指标 alone, so both are kept here as
-- rows are written:
-- 1. indicator_row_kinds: the kinds, each with the 二级指标 kinds under it when it is a 一级指标 of the templates
--    (row-answer.ts KINDS: 产出 holds 数量, 质量, 时效, 成本). A row is of the kind when its 一级 or 二级指标 contains the
--    word, or its 二级指标 contains a kind under it and its 一级 cell was left empty (merged on the form) — the
--    condition row-answer.ts writes for such a term (namedWhere over the names containing it, levelsOnly).
--    test/store/indicator-row-kinds.test.ts checks that this list is the one the code reads.
-- 2. indicator_form_kinds: per form and kind, how many of its rows are of the kind (only those with one or more), in
--    rank order per kind: the most (or fewest) are the first index entries, ties read until they end.
-- 3. indicator_kind_values: per kind and column, how many rows hold each value as the answer groups it (spaces and
--    line breaks left out; `filled` false for an empty cell), so the values of every form's rows are read in their
--    order of frequency. A value no row holds any more stays with 0 rows, like indicator_row_counts (038).
-- Kept by statement triggers on indicator_rows, in the same transaction as the rows (a write on any replica is seen
-- by every later question), after those of 038 (triggers fire in name order) and under the same advisory lock.
CREATE TABLE indicator_row_kinds (
  kind text PRIMARY KEY,
  under text[] NOT NULL DEFAULT '{}'
);
INSERT INTO indicator_row_kinds (kind, under) VALUES
  ('产出', '{数量,质量,时效,成本}'),
  ('效益', '{经济效益,社会效益,生态效益,可持续影响}'),
  ('满意度', '{满意度}'),
  ('数量', '{}'),
  ('质量', '{}'),
  ('时效', '{}'),
  ('成本', '{}'),
  ('经济效益', '{}'),
  ('社会效益', '{}'),
  ('生态效益', '{}'),
  ('可持续影响', '{}'),
  ('可持续', '{}'),
  ('服务对象满意度', '{}'),
  ('社会公众满意度', '{}');

-- The kinds of a row with these 一级 and 二级指标.
CREATE FUNCTION jixiao_row_kinds(p_level1 text, p_level2 text) RETURNS SETOF text LANGUAGE sql STABLE AS $$
  SELECT k.kind FROM indicator_row_kinds k
   WHERE p_level1 LIKE '%' || k.kind || '%' OR p_level2 LIKE '%' || k.kind || '%'
      OR (coalesce(p_level1, '') ~ '^\s*$'
          AND EXISTS (SELECT 1 FROM unnest(k.under) u WHERE p_level2 LIKE '%' || u || '%'))
$$;

-- No reference to forms: a deleted form's rows go by cascade, and the trigger below then removes its counts (a
-- reference checked per row made the backfill of 1.1 million counts take most of a minute). Its key and index are
-- made after the backfill.
CREATE TABLE indicator_form_kinds (
  form_id text NOT NULL,
  kind text NOT NULL,
  row_count integer NOT NULL
);

CREATE TABLE indicator_kind_values (
  kind text NOT NULL,
  col text NOT NULL,
  filled boolean NOT NULL,
  value text NOT NULL,
  row_count bigint NOT NULL
);
-- A value is keyed by its digest: a cell's text can be longer than an index entry may be (~2 700 bytes).
CREATE UNIQUE INDEX indicator_kind_values_key ON indicator_kind_values (kind, col, filled, md5(value));
-- The order the answer lists them in: most rows first (then the values, an empty cell last, sorted among ties).
CREATE INDEX indicator_kind_values_rank ON indicator_kind_values (kind, col, row_count DESC);

-- The columns a typical value is asked of, each as row-answer.ts COLUMN writes it and grouped as its answerTypical
-- groups it, for each kind of a row with these cells.
CREATE FUNCTION jixiao_row_kind_values(p_level1 text, p_level2 text, p_target text, p_actual text,
                                       p_weight double precision, p_score double precision, p_deviation text)
RETURNS TABLE (kind text, col text, filled boolean, value text) LANGUAGE sql STABLE AS $$
  SELECT k.kind, c.col, c.v IS NOT NULL, coalesce(regexp_replace(c.v, '\s+', '', 'g'), '')
    FROM jixiao_row_kinds(p_level1, p_level2) k(kind)
    CROSS JOIN LATERAL (VALUES ('target', p_target), ('actual', p_actual), ('weight', p_weight::text),
                               ('score', p_score::text),
                               ('lost', (round((p_weight - p_score)::numeric, 2)::double precision)::text),
                               ('deviation', p_deviation)) c(col, v)
$$;

-- The kind counts of the given forms, from their rows as they now are.
CREATE FUNCTION jixiao_indicator_form_kinds_of(p_form_ids text[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM indicator_form_kinds WHERE form_id = ANY (p_form_ids);
  INSERT INTO indicator_form_kinds (kind, form_id, row_count)
  SELECT k.kind, r.form_id, count(*)
    FROM indicator_rows r CROSS JOIN LATERAL jixiao_row_kinds(r.level1, r.level2) k(kind)
   WHERE r.form_id = ANY (p_form_ids)
   GROUP BY 1, 2;
$$;

-- The value counts moved by the rows removed (-1) and added (+1), taken in one order so that two uploads wait for
-- each other instead of locking the same values in opposite orders; then the kind counts of their forms.
CREATE FUNCTION jixiao_indicator_kinds_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- each transition table only looked at where the event has it (an INSERT has no old_rows)
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;
    PERFORM pg_advisory_xact_lock(7316, hashtext(current_schema()));
    INSERT INTO indicator_kind_values AS c (kind, col, filled, value, row_count)
    SELECT v.kind, v.col, v.filled, v.value, -count(*)
      FROM old_rows o
      CROSS JOIN LATERAL jixiao_row_kind_values(o.level1, o.level2, o.target, o.actual, o.weight, o.score, o.deviation) v
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (kind, col, filled, md5(value)) DO UPDATE SET row_count = c.row_count + EXCLUDED.row_count;
    PERFORM jixiao_indicator_form_kinds_of(ARRAY(SELECT DISTINCT form_id FROM old_rows));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF NOT EXISTS (SELECT 1 FROM new_rows) THEN RETURN NULL; END IF;
    PERFORM pg_advisory_xact_lock(7316, hashtext(current_schema()));
    INSERT INTO indicator_kind_values AS c (kind, col, filled, value, row_count)
    SELECT v.kind, v.col, v.filled, v.value, count(*)
      FROM new_rows n
      CROSS JOIN LATERAL jixiao_row_kind_values(n.level1, n.level2, n.target, n.actual, n.weight, n.score, n.deviation) v
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (kind, col, filled, md5(value)) DO UPDATE SET row_count = c.row_count + EXCLUDED.row_count;
    PERFORM jixiao_indicator_form_kinds_of(ARRAY(SELECT DISTINCT form_id FROM new_rows));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER indicator_rows_kinds_in AFTER INSERT ON indicator_rows REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_indicator_kinds_of_statement();
CREATE TRIGGER indicator_rows_kinds_out AFTER DELETE ON indicator_rows REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_indicator_kinds_of_statement();
CREATE TRIGGER indicator_rows_kinds_again AFTER UPDATE ON indicator_rows
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_indicator_kinds_of_statement();

-- Every stored row, a statement at a time (each within the serving statement timeout at 100 000 forms). A row's
-- kinds depend on its 一级 and 二级指标 only, and those pairs are few (migration 038 keeps them, an absent level as
-- '', which the kinds read as they read NULL): the kinds are found once per pair, and the rows joined to them.
CREATE TEMPORARY TABLE kinds_of_pairs ON COMMIT DROP AS
SELECT p.level1, p.level2, k.kind
  FROM (SELECT DISTINCT level1, level2 FROM indicator_row_counts WHERE row_count > 0) p
  CROSS JOIN LATERAL jixiao_row_kinds(p.level1, p.level2) k(kind);
ANALYZE kinds_of_pairs;

INSERT INTO indicator_form_kinds (kind, form_id, row_count)
SELECT k.kind, r.form_id, count(*)
  FROM indicator_rows r
  JOIN kinds_of_pairs k ON k.level1 = coalesce(r.level1, '') AND k.level2 = coalesce(r.level2, '')
 GROUP BY 1, 2;
-- A form's counts by its key (the trigger replaces them; a department's forms are looked up), and each kind's in
-- rank order.
ALTER TABLE indicator_form_kinds ADD PRIMARY KEY (form_id, kind);
CREATE INDEX indicator_form_kinds_rank ON indicator_form_kinds (kind, row_count DESC, form_id);

-- The values of one column: each distinct cell of a pair once, then as the answer groups it, per kind.
CREATE FUNCTION pg_temp.jixiao_kind_values_backfill(p_col text, p_cell text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    $q$INSERT INTO indicator_kind_values (kind, col, filled, value, row_count)
       SELECT k.kind, %L, g.cell IS NOT NULL, coalesce(regexp_replace(g.cell, '\s+', '', 'g'), ''), sum(g.n)
         FROM (SELECT coalesce(level1, '') AS level1, coalesce(level2, '') AS level2, %s AS cell, count(*) AS n
                 FROM indicator_rows GROUP BY 1, 2, 3) g
         JOIN kinds_of_pairs k ON k.level1 = g.level1 AND k.level2 = g.level2
        GROUP BY 1, 2, 3, 4$q$,
    p_col, p_cell);
END
$$;
SELECT pg_temp.jixiao_kind_values_backfill('target', 'target');
SELECT pg_temp.jixiao_kind_values_backfill('actual', 'actual');
SELECT pg_temp.jixiao_kind_values_backfill('weight', 'weight::text');
SELECT pg_temp.jixiao_kind_values_backfill('score', 'score::text');
SELECT pg_temp.jixiao_kind_values_backfill('lost', '(round((weight - score)::numeric, 2)::double precision)::text');
SELECT pg_temp.jixiao_kind_values_backfill('deviation', 'deviation');
DROP FUNCTION pg_temp.jixiao_kind_values_backfill(text, text);
ANALYZE indicator_form_kinds;
ANALYZE indicator_kind_values;
