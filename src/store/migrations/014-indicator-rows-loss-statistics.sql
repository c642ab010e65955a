-- The planner's estimate of the rows that lost points (src/query/row-answer.ts). `score < weight` compares two
-- columns, which PostgreSQL prices at a fixed third of the table: 272 000 of the ~820 000 indicator rows at 100 000
-- forms, where ~30 000 lost points. On that guess it read the few thousand index entries of the partial indexes with
-- parallel workers, whose start-up on a busy server cost more than the reading: 扣了分的指标有几条 took 85 ms in the
-- statement and 300–590 ms as a bench p95 (bench/query.bench.ts, rowCountLost), for ~3 ms of work.
-- A comparison of two columns has no statistics, but an expression has (extended statistics on an expression,
-- PostgreSQL 14+): the loss `weight - score` gets its own histogram, so `weight - score > 0` (lost points) and
-- `weight - score < 0` (scored above the 分值) are estimated from what is stored. The partial indexes of 035 and 036
-- are made again with those conditions, the ones row-answer.ts now writes: an index's condition is only used when the
-- query states it the same way. For finite numbers `weight - score > 0` holds exactly when `score < weight` does.
--
-- Numbered 014 but it must follow 034–036, which make the table and the indexes: on a store that has them this runs
-- the function below; on a new store (where 014 comes before 034) the table is not there yet and 036 runs it.
CREATE FUNCTION jixiao_indicator_rows_by_loss() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  CREATE STATISTICS IF NOT EXISTS indicator_rows_loss ON (weight - score) FROM indicator_rows;
  DROP INDEX IF EXISTS indicator_rows_lost_by_form;
  DROP INDEX IF EXISTS indicator_rows_above_by_form;
  DROP INDEX IF EXISTS indicator_rows_top_lost;
  CREATE INDEX indicator_rows_lost_by_form ON indicator_rows (form_id)
    INCLUDE (n, weight, score, level1, level2, name) WHERE weight - score > 0;
  CREATE INDEX indicator_rows_above_by_form ON indicator_rows (form_id)
    INCLUDE (n, weight, score, level1, level2, name) WHERE weight - score < 0;
  CREATE INDEX indicator_rows_top_lost ON indicator_rows ((weight - score), form_id, n) INCLUDE (weight, score)
    WHERE weight - score > 0;
  ANALYZE indicator_rows;
END
$$;

DO $$
BEGIN
  IF to_regclass('indicator_rows') IS NOT NULL THEN
    PERFORM jixiao_indicator_rows_by_loss();
  END IF;
END
$$;
