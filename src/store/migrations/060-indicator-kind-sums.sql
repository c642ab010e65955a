-- 质量指标一共占多少分值 / 效益指标得分加起来多少 (row-answer.ts sumColumn over a kind of the templates): each form's
-- 分值, 得分 or 扣分 of its rows of the kind added up, the forms then totalled. That grouped every row of the kind
-- (~116 000 质量 rows at 100 000 forms) and sent each form's sum to the answer: 4.7 s (PGlite) and 5.3 s (PostgreSQL)
-- as bench p95s for an administrator, 0.9–1.4 s for a department's user. Kept here as rows are written, beside the
-- row counts of migration 053:
-- 1. indicator_form_kinds gets each form's sums over its rows of the kind, as the answer adds them: sum(weight),
--    sum(score), and the sum of each row's 扣分 rounded to 2 places (NULL where no row of the kind has the cell).
-- 2. indicator_kind_totals: per kind, the forms having one or more such rows, their rows, and the sums over those
--    forms of each form's sum rounded to 2 places (the answer's total is the sum of the per-project figures it lists).
-- Kept by jixiao_indicator_form_kinds_of, which 053's statement triggers call under their advisory lock: a form's
-- old counts are taken off the totals before they are replaced, its new ones added after.
ALTER TABLE indicator_form_kinds
  ADD COLUMN weight_sum double precision,
  ADD COLUMN score_sum double precision,
  ADD COLUMN lost_sum double precision;

CREATE TABLE indicator_kind_totals (
  kind text PRIMARY KEY,
  forms bigint NOT NULL DEFAULT 0,
  row_count bigint NOT NULL DEFAULT 0,
  weight numeric NOT NULL DEFAULT 0,
  score numeric NOT NULL DEFAULT 0,
  lost numeric NOT NULL DEFAULT 0
);

-- The kind counts and sums of the given forms, from their rows as they now are, with the totals moved by them.
CREATE OR REPLACE FUNCTION jixiao_indicator_form_kinds_of(p_form_ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO indicator_kind_totals AS t (kind, forms, row_count, weight, score, lost)
  SELECT kind, -count(*), -sum(row_count), -coalesce(sum(round(weight_sum::numeric, 2)), 0),
         -coalesce(sum(round(score_sum::numeric, 2)), 0), -coalesce(sum(round(lost_sum::numeric, 2)), 0)
    FROM indicator_form_kinds WHERE form_id = ANY (p_form_ids)
   GROUP BY kind ORDER BY kind
  ON CONFLICT (kind) DO UPDATE SET forms = t.forms + EXCLUDED.forms, row_count = t.row_count + EXCLUDED.row_count,
    weight = t.weight + EXCLUDED.weight, score = t.score + EXCLUDED.score, lost = t.lost + EXCLUDED.lost;
  DELETE FROM indicator_form_kinds WHERE form_id = ANY (p_form_ids);
  INSERT INTO indicator_form_kinds (kind, form_id, row_count, weight_sum, score_sum, lost_sum)
  SELECT k.kind, r.form_id, count(*), sum(r.weight), sum(r.score),
         sum(round((r.weight - r.score)::numeric, 2)::double precision)
    FROM indicator_rows r CROSS JOIN LATERAL jixiao_row_kinds(r.level1, r.level2) k(kind)
   WHERE r.form_id = ANY (p_form_ids)
   GROUP BY 1, 2;
  INSERT INTO indicator_kind_totals AS t (kind, forms, row_count, weight, score, lost)
  SELECT kind, count(*), sum(row_count), coalesce(sum(round(weight_sum::numeric, 2)), 0),
         coalesce(sum(round(score_sum::numeric, 2)), 0), coalesce(sum(round(lost_sum::numeric, 2)), 0)
    FROM indicator_form_kinds WHERE form_id = ANY (p_form_ids)
   GROUP BY kind ORDER BY kind
  ON CONFLICT (kind) DO UPDATE SET forms = t.forms + EXCLUDED.forms, row_count = t.row_count + EXCLUDED.row_count,
    weight = t.weight + EXCLUDED.weight, score = t.score + EXCLUDED.score, lost = t.lost + EXCLUDED.lost;
$$;

-- Every stored form's counts again, now with the sums (as 053 made them: the kinds found once per pair of levels),
-- the keys dropped while they are written and made after.
CREATE TEMPORARY TABLE kinds_of_pairs_summed ON COMMIT DROP AS
SELECT p.level1, p.level2, k.kind
  FROM (SELECT DISTINCT level1, level2 FROM indicator_row_counts WHERE row_count > 0) p
  CROSS JOIN LATERAL jixiao_row_kinds(p.level1, p.level2) k(kind);
ANALYZE kinds_of_pairs_summed;

ALTER TABLE indicator_form_kinds DROP CONSTRAINT indicator_form_kinds_pkey;
DROP INDEX indicator_form_kinds_rank;
TRUNCATE indicator_form_kinds;
INSERT INTO indicator_form_kinds (kind, form_id, row_count, weight_sum, score_sum, lost_sum)
SELECT k.kind, r.form_id, count(*), sum(r.weight), sum(r.score),
       sum(round((r.weight - r.score)::numeric, 2)::double precision)
  FROM indicator_rows r
  JOIN kinds_of_pairs_summed k ON k.level1 = coalesce(r.level1, '') AND k.level2 = coalesce(r.level2, '')
 GROUP BY 1, 2;
ALTER TABLE indicator_form_kinds ADD PRIMARY KEY (form_id, kind);
CREATE INDEX indicator_form_kinds_rank ON indicator_form_kinds (kind, row_count DESC, form_id);

INSERT INTO indicator_kind_totals (kind, forms, row_count, weight, score, lost)
SELECT k.kind, count(c.form_id), coalesce(sum(c.row_count), 0), coalesce(sum(round(c.weight_sum::numeric, 2)), 0),
       coalesce(sum(round(c.score_sum::numeric, 2)), 0), coalesce(sum(round(c.lost_sum::numeric, 2)), 0)
  FROM indicator_row_kinds k LEFT JOIN indicator_form_kinds c ON c.kind = k.kind
 GROUP BY k.kind;
ANALYZE indicator_form_kinds;
ANALYZE indicator_kind_totals;
DROP TABLE kinds_of_pairs_summed;
