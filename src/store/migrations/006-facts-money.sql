-- An amount above 10 000 in a 万元 column with no unit written is taken as 元 (divided by 10 000): the validator's
-- FUNDS_UNIT_SUSPECT "tooLarge" reading (src/score/validate-funds.ts) and the corpus convention, so one form written
-- in 元 does not move every sum and ranking by four orders of magnitude.
CREATE OR REPLACE FUNCTION jixiao_money_wan(cell jsonb) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN cell->>'valueWan' IS NOT NULL THEN (cell->>'valueWan')::double precision
    WHEN cell->>'unit' IS NULL AND (cell->>'value')::double precision > 10000
      THEN (cell->>'value')::double precision / 10000
    ELSE jixiao_money(cell) END
$$;

UPDATE form_facts ff SET
    budget = jixiao_money_wan(v.record #> '{funds,total,annualBudget}'),
    executed = jixiao_money_wan(v.record #> '{funds,total,executed}'),
    initial_budget = jixiao_money_wan(v.record #> '{funds,total,initialBudget}')
  FROM form_versions v WHERE v.form_id = ff.form_id AND v.version = ff.version;
