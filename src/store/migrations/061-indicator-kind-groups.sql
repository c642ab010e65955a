-- 各部门的效益指标有多少条 / 数量指标最多的部门 (row-answer.ts countPerGroup over a kind of the templates): the rows of the
-- kind counted per group of their forms (主管部门, 实施单位, 街道, 年度). That joined every form to its rows of the kind and
-- grouped them (~100 000 forms, 1.6–3.1 s as bench p95s for an administrator); from the per-form counts of migration
-- 053 it was still 1.2 s (every form's count joined to its facts). The groups are few, so the counts are kept per
-- kind and per the form columns the groups are made of (GROUP_COLUMN: dept_key with the department as written,
-- implementing_unit, year; the 街道 is read from dept_key and implementing_unit): how many forms have rows of the kind,
-- and how many rows those are. A question then groups a few hundred kept rows (`forms > 0`: a combination no form has
-- any more stays with 0), and the department shown is the least of those written, as min(department) gives it.
-- A form's part is its counts of indicator_form_kinds placed in the group of its form_facts row; either can change:
-- 1. its rows (an upload, a re-upload, a deleted form): jixiao_indicator_form_kinds_of, called by 053's statement
--    triggers, takes the form's old counts out of its group before replacing them and puts the new ones in after;
-- 2. its facts (a department confirmed, a new version naming another office or year, a deleted form): a row
--    trigger on form_facts moves the form's counts from the old group to the new one.
-- Where only one of the two exists yet (form_facts is written before the rows of a version) the other write adds
-- the pair. Both are row-level upserts, each statement's groups in one order; no table-wide or advisory lock. A
-- change of the rows locks the forms' facts rows (FOR SHARE) before reading them, so a concurrent change of a
-- form's group waits for it (or it for that one) and then reads the other's committed state: neither moves counts
-- the other has already moved.
CREATE TABLE indicator_kind_groups (
  kind text NOT NULL,
  dept_key text,
  department text,
  implementing_unit text,
  year integer,
  forms bigint NOT NULL,
  row_count bigint NOT NULL
);

-- The form's counts into (p_sign 1) or out of (-1) the group of its facts, for the given forms.
CREATE FUNCTION jixiao_indicator_kind_groups_of(p_form_ids text[], p_sign integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO indicator_kind_groups AS g (kind, dept_key, department, implementing_unit, year, forms, row_count)
  SELECT c.kind, f.dept_key, f.department, f.implementing_unit, f.year, p_sign * count(*), p_sign * sum(c.row_count)
    FROM indicator_form_kinds c JOIN form_facts f ON f.form_id = c.form_id
   WHERE c.form_id = ANY (p_form_ids)
   GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (kind, dept_key, department, implementing_unit, year)
  DO UPDATE SET forms = g.forms + EXCLUDED.forms, row_count = g.row_count + EXCLUDED.row_count;
$$;

-- 060's function, with the groups moved beside the totals.
CREATE OR REPLACE FUNCTION jixiao_indicator_form_kinds_of(p_form_ids text[]) RETURNS void LANGUAGE sql AS $$
  SELECT 1 FROM form_facts WHERE form_id = ANY (p_form_ids) ORDER BY form_id FOR SHARE;
  SELECT jixiao_indicator_kind_groups_of(p_form_ids, -1);
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
  SELECT jixiao_indicator_kind_groups_of(p_form_ids, 1);
$$;

-- A form's facts written, removed or moved to another group: its counts follow (old group out, new group in, in
-- key order within the one statement).
CREATE FUNCTION jixiao_indicator_kind_groups_of_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO indicator_kind_groups AS g (kind, dept_key, department, implementing_unit, year, forms, row_count)
  SELECT c.kind, x.dept_key, x.department, x.implementing_unit, x.year, sum(x.sign), sum(x.sign * c.row_count)
    FROM indicator_form_kinds c
    CROSS JOIN (SELECT -1 AS sign, OLD.dept_key AS dept_key, OLD.department AS department,
                       OLD.implementing_unit AS implementing_unit, OLD.year AS year
                 WHERE TG_OP <> 'INSERT'
                UNION ALL
                SELECT 1, NEW.dept_key, NEW.department, NEW.implementing_unit, NEW.year
                 WHERE TG_OP <> 'DELETE') x
   WHERE c.form_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.form_id ELSE NEW.form_id END
   GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (kind, dept_key, department, implementing_unit, year)
  DO UPDATE SET forms = g.forms + EXCLUDED.forms, row_count = g.row_count + EXCLUDED.row_count;
  RETURN NULL;
END
$$;

CREATE TRIGGER form_facts_kind_groups_in AFTER INSERT ON form_facts
  FOR EACH ROW EXECUTE FUNCTION jixiao_indicator_kind_groups_of_facts();
CREATE TRIGGER form_facts_kind_groups_out AFTER DELETE ON form_facts
  FOR EACH ROW EXECUTE FUNCTION jixiao_indicator_kind_groups_of_facts();
-- Not UPDATE OF those columns: a BEFORE trigger sets dept_key (009: a confirmed claim writes the row again with no
-- column named), which a column list would not see.
CREATE TRIGGER form_facts_kind_groups_moved AFTER UPDATE ON form_facts
  FOR EACH ROW
  WHEN (OLD.dept_key IS DISTINCT FROM NEW.dept_key OR OLD.department IS DISTINCT FROM NEW.department
        OR OLD.implementing_unit IS DISTINCT FROM NEW.implementing_unit OR OLD.year IS DISTINCT FROM NEW.year)
  EXECUTE FUNCTION jixiao_indicator_kind_groups_of_facts();

-- Every stored form's counts in their groups; the key after them.
INSERT INTO indicator_kind_groups (kind, dept_key, department, implementing_unit, year, forms, row_count)
SELECT c.kind, f.dept_key, f.department, f.implementing_unit, f.year, count(*), sum(c.row_count)
  FROM indicator_form_kinds c JOIN form_facts f ON f.form_id = c.form_id
 GROUP BY 1, 2, 3, 4, 5;
-- NULLS NOT DISTINCT: a form of no 实施单位 (or whose department is held, dept_key NULL) is one group, as GROUP BY
-- makes it.
CREATE UNIQUE INDEX indicator_kind_groups_key
  ON indicator_kind_groups (kind, dept_key, department, implementing_unit, year) NULLS NOT DISTINCT;
ANALYZE indicator_kind_groups;
