-- The funds sub-rows under 年度资金总额 (其中：当年财政拨款, 上年结转资金, 其他资金), each with 年初预算数 / 全年预算数 /
-- 全年执行数, kept on the facts row so that a question about them (潞源街道的表，财政拨款那一行的全年预算合计多少; 上年
-- 结转资金那一行有数的项目; 财政拨款跟年度资金总额对不上的表) is a condition, a sum or a ranking over form_facts like any
-- other amount (src/query/fields.ts, funds-rows.ts). Money in 万元, read as the 年度资金总额 row is (jixiao_money_wan).
--
-- Filled by a BEFORE INSERT OR UPDATE trigger of form_facts itself, from the version the row is written for, rather
-- than by extending the one statement of migration 025: the row is still written once per version (a BEFORE trigger
-- changes the row about to be written, no second copy), and the statement that writes it, which other migrations
-- replace to add their own facts, is left as it is.
ALTER TABLE form_facts
  ADD COLUMN fiscal_initial_budget double precision,
  ADD COLUMN fiscal_budget double precision,
  ADD COLUMN fiscal_executed double precision,
  ADD COLUMN carry_over_initial_budget double precision,
  ADD COLUMN carry_over_budget double precision,
  ADD COLUMN carry_over_executed double precision,
  ADD COLUMN other_initial_budget double precision,
  ADD COLUMN other_budget double precision,
  ADD COLUMN other_executed double precision;

-- A sub-row's amount in 万元. As jixiao_money_wan, and one more reading: when the form's 年度资金总额 row was taken as
-- 元 (an amount above 10 000 with no unit), its sub-rows are in the same unit, whatever their size (a 元 form's
-- 上年结转资金 of 5 000 is 0.5 万元, not 5 000 万元).
CREATE FUNCTION jixiao_sub_row_wan(cell jsonb, p_total_in_yuan boolean) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN cell->>'valueWan' IS NOT NULL OR cell->>'unit' IS NOT NULL THEN jixiao_money_wan(cell)
    WHEN p_total_in_yuan THEN (cell->>'value')::double precision / 10000
    ELSE jixiao_money_wan(cell) END
$$;

-- Whether a sub-row's amount was read as 元 by a guess (no unit written): said with every answer that uses it, as
-- money_guessed says it of the total row (migration 010). A 0 is 0 in either unit: no guess.
CREATE FUNCTION jixiao_sub_row_guessed(cell jsonb, p_total_in_yuan boolean) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT cell->>'valueWan' IS NULL AND cell->>'unit' IS NULL AND (cell->>'value')::double precision <> 0
     AND (p_total_in_yuan OR (cell->>'value')::double precision > 10000)
$$;

-- The columns this migration fills, by row and column of the form: the names money_guessed lists.
CREATE FUNCTION jixiao_funds_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_record jsonb;
  v_in_yuan boolean;
  v_guessed text[] := '{}';
  v_mine CONSTANT text[] := ARRAY['fiscal_initial_budget', 'fiscal_budget', 'fiscal_executed',
    'carry_over_initial_budget', 'carry_over_budget', 'carry_over_executed', 'other_initial_budget', 'other_budget',
    'other_executed'];
  v_rows CONSTANT text[] := ARRAY['fiscal', 'fiscal', 'fiscal', 'carryOver', 'carryOver', 'carryOver', 'other',
    'other', 'other'];
  v_cols CONSTANT text[] := ARRAY['initialBudget', 'annualBudget', 'executed', 'initialBudget', 'annualBudget',
    'executed', 'initialBudget', 'annualBudget', 'executed'];
  v_values double precision[] := '{}';
  v_cell jsonb;
BEGIN
  -- Written again for the same version (a hold decided, names clipped): the amounts stay as they are.
  IF TG_OP = 'UPDATE' AND NEW.version IS NOT DISTINCT FROM OLD.version THEN
    RETURN NEW;
  END IF;
  SELECT v.record INTO v_record FROM form_versions v WHERE v.form_id = NEW.form_id AND v.version = NEW.version;
  v_in_yuan := coalesce(jixiao_money_guessed(v_record #> '{funds,total,annualBudget}')
    OR jixiao_money_guessed(v_record #> '{funds,total,executed}')
    OR jixiao_money_guessed(v_record #> '{funds,total,initialBudget}'), false);
  FOR i IN 1 .. 9 LOOP
    v_cell := v_record #> ARRAY['funds', v_rows[i], v_cols[i]];
    v_values := v_values || jixiao_sub_row_wan(v_cell, v_in_yuan);
    IF coalesce(jixiao_sub_row_guessed(v_cell, v_in_yuan), false) THEN
      v_guessed := v_guessed || v_mine[i];
    END IF;
  END LOOP;
  NEW.fiscal_initial_budget := v_values[1];
  NEW.fiscal_budget := v_values[2];
  NEW.fiscal_executed := v_values[3];
  NEW.carry_over_initial_budget := v_values[4];
  NEW.carry_over_budget := v_values[5];
  NEW.carry_over_executed := v_values[6];
  NEW.other_initial_budget := v_values[7];
  NEW.other_budget := v_values[8];
  NEW.other_executed := v_values[9];
  -- The total row's guesses as the statement wrote them, then this row's own (never twice: an UPDATE for a new
  -- version carries the old row's list).
  NEW.money_guessed := NULLIF(
    ARRAY(SELECT g FROM unnest(coalesce(NEW.money_guessed, '{}')) g WHERE g <> ALL (v_mine)) || v_guessed, '{}');
  RETURN NEW;
END
$$;

CREATE TRIGGER form_facts_funds_rows BEFORE INSERT OR UPDATE ON form_facts
  FOR EACH ROW EXECUTE FUNCTION jixiao_funds_rows();

-- Every stored form's row written again, so the trigger fills its amounts: the rows copied aside and put back into
-- a table without dead rows (as 025 and 040 did; an UPDATE of every row would leave a dead copy of each, and PGlite
-- has no autovacuum). Every other column is put back as it was, whatever later migrations add to the row.
CREATE TEMP TABLE form_facts_before_046 ON COMMIT DROP AS SELECT * FROM form_facts;
TRUNCATE form_facts;
INSERT INTO form_facts SELECT * FROM form_facts_before_046;
SELECT nextval('form_facts_stamp');

-- Every stored numeric fact heads an index (a ranking reads its top entries; a rare condition, such as 上年结转资金
-- 有数, only the forms that meet it).
CREATE INDEX form_facts_fiscal_initial_budget ON form_facts (fiscal_initial_budget);
CREATE INDEX form_facts_fiscal_budget ON form_facts (fiscal_budget);
CREATE INDEX form_facts_fiscal_executed ON form_facts (fiscal_executed);
CREATE INDEX form_facts_carry_over_initial_budget ON form_facts (carry_over_initial_budget);
CREATE INDEX form_facts_carry_over_budget ON form_facts (carry_over_budget);
CREATE INDEX form_facts_carry_over_executed ON form_facts (carry_over_executed);
CREATE INDEX form_facts_other_initial_budget ON form_facts (other_initial_budget);
CREATE INDEX form_facts_other_budget ON form_facts (other_budget);
CREATE INDEX form_facts_other_executed ON form_facts (other_executed);
-- 其中财政拨款跟年度资金总额对不上 (src/query/field-pairs.ts): a sub-row against its total, as the pairs of 029.
CREATE INDEX form_facts_sign_fiscal_budget_budget ON form_facts ((sign(budget - fiscal_budget)))
  INCLUDE (fiscal_budget, budget);
CREATE INDEX form_facts_sign_fiscal_initial_budget ON form_facts ((sign(initial_budget - fiscal_initial_budget)))
  INCLUDE (fiscal_initial_budget, initial_budget);
CREATE INDEX form_facts_sign_fiscal_executed_executed ON form_facts ((sign(executed - fiscal_executed)))
  INCLUDE (fiscal_executed, executed);
ANALYZE form_facts;
