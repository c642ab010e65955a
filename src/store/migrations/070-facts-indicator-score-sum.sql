-- 总分里漏算了预算执行得分、只把各项指标得分加起来的表 (src/query/derived-fields.ts `indicatorScoreGap`, and
-- `totalScoreGap` for a total that is neither sum): the stated 总分
-- against the 得分 of the form's real indicator rows added up — 0 where the budget row's points were left out of the
-- total (SCORING.md TOTAL_MISMATCH, "总分未计入预算执行得分"). The scorer's own detail of that kind is no help here: when
-- the weights were rebased it files such totals under WEIGHT_SUM. Summing each form's rows when asked read every
-- form's rows at 100 000 forms; the sum is kept on the facts row instead, and the gap indexed like every computed
-- numeric field a question reads.
-- NULL when no real indicator row states a 得分: there is nothing to add up.
CREATE FUNCTION jixiao_indicator_score_sum(p_record jsonb) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT sum((i->>'score')::double precision)
    FROM jsonb_array_elements(coalesce(p_record->'indicators', '[]'::jsonb)) i
   WHERE NOT coalesce((i->>'placeholder')::boolean, false)
$$;

ALTER TABLE form_facts ADD COLUMN indicator_score_sum double precision;

-- Filled by a BEFORE trigger from the version the row is written for, as migration 046 fills the funds rows: the row
-- is still written once per version, and the statement that writes it is left as it is.
CREATE FUNCTION jixiao_facts_indicator_score_sum() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Written again for the same version (a hold decided, names clipped): the sum stays as it is.
  IF TG_OP = 'UPDATE' AND NEW.version IS NOT DISTINCT FROM OLD.version THEN
    RETURN NEW;
  END IF;
  SELECT jixiao_indicator_score_sum(v.record) INTO NEW.indicator_score_sum
    FROM form_versions v WHERE v.form_id = NEW.form_id AND v.version = NEW.version;
  RETURN NEW;
END
$$;

CREATE TRIGGER form_facts_indicator_score_sum BEFORE INSERT OR UPDATE ON form_facts
  FOR EACH ROW EXECUTE FUNCTION jixiao_facts_indicator_score_sum();

-- Every stored form's sum, from the version its row was written for. Not by writing the rows again as 046 did: the
-- counts later migrations keep from form_facts rows (061's groups have no TRUNCATE trigger) would take every row in
-- a second time. The table's triggers are held while the one new column is filled — no kept count reads it — and the
-- dead row versions the UPDATE leaves are vacuumed when the store opens after a migration (open.ts).
ALTER TABLE form_facts DISABLE TRIGGER USER;
UPDATE form_facts f SET indicator_score_sum = jixiao_indicator_score_sum(v.record)
  FROM form_versions v
 WHERE v.form_id = f.form_id AND v.version = f.version;
ALTER TABLE form_facts ENABLE TRIGGER USER;
SELECT nextval('form_facts_stamp');

-- 总分等于各指标得分之和 is a bound on the gap (不超过0.1分): the few forms near 0 are read from the index.
CREATE INDEX form_facts_indicator_score_gap ON form_facts ((abs(stated_total - indicator_score_sum)));
-- …也不等于预算执行得分加指标得分之和 (totalScoreGap): the total against every score on the form, indexed the same way.
CREATE INDEX form_facts_total_score_gap ON form_facts
  ((abs(stated_total - coalesce(budget_score, 0) - indicator_score_sum)));
ANALYZE form_facts;
