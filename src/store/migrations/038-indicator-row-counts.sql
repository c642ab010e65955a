-- 时效指标一共有几条 over every form counted the rows of indicator_rows matching the names (~107 000 of ~820 000 rows at
-- 100 000 forms: 170–400 ms). Rows repeat their template's levels and most of their 三级指标, so the distinct
-- (一级, 二级, 三级指标) of all rows are few: indicator_row_counts keeps how many rows each has, and a count over every
-- form is the sum over the combinations having a matching name at some level — each row counted once, as the rows'
-- own condition (name, level2 or level1 among the names) counts it. A count over some forms (a department, a year)
-- still counts their rows (src/query/row-answer.ts).
-- An absent level is '' here (indicator_rows stores none: NULLIF(btrim(…), '')), so the combination is a plain key.
-- A combination no row has any more stays with 0 rows, like a name in indicator_names.
CREATE TABLE indicator_row_counts (
  level1 text NOT NULL,
  level2 text NOT NULL,
  name text NOT NULL,
  row_count bigint NOT NULL,
  PRIMARY KEY (level1, level2, name)
);

-- Rows added or removed by one statement on indicator_rows (the trigger of migration 034 removes a form's old rows
-- and adds its new ones; a deleted form's rows go by cascade), counted in the same transaction. The combinations are
-- taken in one order and after one lock, so that two uploads touching the same combinations (every form has
-- 满意度指标) wait for each other instead of locking them in opposite orders across their two statements.
CREATE FUNCTION jixiao_indicator_row_counts_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT 1 FROM new_rows) THEN RETURN NULL; END IF;
    PERFORM pg_advisory_xact_lock(7316, hashtext(current_schema()));
    INSERT INTO indicator_row_counts AS c (level1, level2, name, row_count)
    SELECT coalesce(level1, ''), coalesce(level2, ''), coalesce(name, ''), count(*)
      FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (level1, level2, name) DO UPDATE SET row_count = c.row_count + EXCLUDED.row_count;
  ELSIF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;
    PERFORM pg_advisory_xact_lock(7316, hashtext(current_schema()));
    INSERT INTO indicator_row_counts AS c (level1, level2, name, row_count)
    SELECT coalesce(level1, ''), coalesce(level2, ''), coalesce(name, ''), -count(*)
      FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (level1, level2, name) DO UPDATE SET row_count = c.row_count + EXCLUDED.row_count;
  ELSE
    IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;
    PERFORM pg_advisory_xact_lock(7316, hashtext(current_schema()));
    INSERT INTO indicator_row_counts AS c (level1, level2, name, row_count)
    SELECT l1, l2, n, sum(d)
      FROM (SELECT coalesce(level1, '') l1, coalesce(level2, '') l2, coalesce(name, '') n, 1 d FROM new_rows
            UNION ALL
            SELECT coalesce(level1, ''), coalesce(level2, ''), coalesce(name, ''), -1 FROM old_rows) x
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (level1, level2, name) DO UPDATE SET row_count = c.row_count + EXCLUDED.row_count;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER indicator_rows_counted_in AFTER INSERT ON indicator_rows REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_indicator_row_counts_of_statement();
CREATE TRIGGER indicator_rows_counted_out AFTER DELETE ON indicator_rows REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_indicator_row_counts_of_statement();
CREATE TRIGGER indicator_rows_counted_again AFTER UPDATE ON indicator_rows
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_indicator_row_counts_of_statement();

INSERT INTO indicator_row_counts (level1, level2, name, row_count)
SELECT coalesce(level1, ''), coalesce(level2, ''), coalesce(name, ''), count(*)
  FROM indicator_rows
 GROUP BY 1, 2, 3;
ANALYZE indicator_row_counts;
