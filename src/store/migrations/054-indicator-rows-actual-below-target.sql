-- 哪些指标的实际值比目标值低 (src/query/row-question.ts belowTarget): a row whose 实际完成值 is below its 年度指标值, both
-- read as one number in the same unit (≥95% against 93%: below; 100% against 100%: not; 10次 against 完成: cannot be
-- compared). A cell is read as an optional label ending in 达 / 为 (满意度达90%), an optional bound word or sign, one
-- number, and a short unit of no digits (以上 / 以下 / 左右 after it say nothing of the number); full-width characters as
-- their plain forms, thousands commas dropped.
-- jixiao_row_below is NULL when the two cannot be compared, so that such rows can be counted and said, never dropped
-- or taken as below (counted as all rows less the comparable ones, src/query/row-answer.ts). Partial indexes on the
-- rows below and on the comparable rows (a few per cent of them) keep a count over every form to those rows.
-- Built-in functions only, one body: an index is built with a search path of pg_catalog alone (PostgreSQL 17), where
-- a helper function of the store's schema would not be found.
CREATE FUNCTION jixiao_row_below(target text, actual text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN t IS NULL OR a IS NULL OR t[2] <> a[2] THEN NULL
    ELSE a[1]::double precision < t[1]::double precision
  END
  FROM (SELECT regexp_match(
      regexp_replace(
        regexp_replace(
          regexp_replace(translate(coalesce(target, ''), '％＞＜＝．０１２３４５６７８９，≧≦', '%><=.0123456789,≥≤'), '\s+', '', 'g'),
          '([0-9]),([0-9])', '\1\2', 'g'),
        '(及以上|及以下|以上|以下|以内|左右)$', ''),
      '^(?:[^0-9]{0,8}(?:达到|达|为))?(?:≥|≤|>=|<=|>|<|=|大于等于|小于等于|不低于|不少于|不高于|不超过|不大于|不小于|大于|小于|高于|低于|超过|至少|达到|约)?([0-9]+(?:\.[0-9]+)?)([^0-9.]{0,6})$') AS t,
               regexp_match(
      regexp_replace(
        regexp_replace(
          regexp_replace(translate(coalesce(actual, ''), '％＞＜＝．０１２３４５６７８９，≧≦', '%><=.0123456789,≥≤'), '\s+', '', 'g'),
          '([0-9]),([0-9])', '\1\2', 'g'),
        '(及以上|及以下|以上|以下|以内|左右)$', ''),
      '^(?:[^0-9]{0,8}(?:达到|达|为))?(?:≥|≤|>=|<=|>|<|=|大于等于|小于等于|不低于|不少于|不高于|不超过|不大于|不小于|大于|小于|高于|低于|超过|至少|达到|约)?([0-9]+(?:\.[0-9]+)?)([^0-9.]{0,6})$') AS a) x
$$;

CREATE INDEX indicator_rows_actual_below ON indicator_rows (form_id) WHERE jixiao_row_below(target, actual);
CREATE INDEX indicator_rows_actual_comparable ON indicator_rows (form_id)
  WHERE jixiao_row_below(target, actual) IS NOT NULL;
